/**
 * SHOP.COMMISSION's fast path (src/functions/commissionFast.ts, issue 15) gives what the function
 * gives without it (COMMISSION_REFERENCE: every argument read by its Param, decimal.js in core) on
 * random arguments of every kind Excel passes — the same number, or the same error and message — and
 * takes most ordinary calls. fenOfNumber, its reading of a margin, against decimalOf on random doubles.
 */
import fc from "fast-check";
import { D } from "../../src/core/money";
import { decimalOf, fenOfNumber } from "../../src/functions/cells";
import { commissionFast } from "../../src/functions/commissionFast";
import { clearRolesCache } from "../../src/functions/ranges";
import { COMMISSION_REFERENCE, SHOP } from "../../src/functions/shop";
import { errorOf, installHost, setDisplayLanguage } from "./host";

beforeAll(() => installHost());
afterEach(() => setDisplayLanguage(undefined));

/** A double next to x, `steps` representable doubles away from it. */
function nudge(x: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(steps) * (x < 0 ? -1n : 1n));
  return view.getFloat64(0);
}

const BIG = 10 ** 12;
/**
 * Margins as Excel holds them: whole-fen amounts typed in, computed ones a few ulps off, and any double.
 * (The fast path declines what would leave the safe integers — a margin of billions at a rate and share
 * with many decimals — so the largest ones test the way back to decimal.js.)
 */
const margin = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((f) => f / 100) }, // a shop's month: up to ¥10 million
  { weight: 3, arbitrary: fc.integer({ min: -BIG, max: BIG }).map((f) => f / 100) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -BIG, max: BIG }), fc.integer({ min: -4, max: 4 })).map(([f, s]) => nudge(f / 100, s)) },
  { weight: 1, arbitrary: fc.double({ min: -1e14, max: 1e14, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -0, 0.005, 1, 0.99, 99999999999.99, 100000000000, 1e11 + 0.01, NaN, Infinity, "50000", true, null) },
);

describe("fenOfNumber reads a margin as decimalOf does, or declines", () => {
  test("every fen it gives is decimalOf's value × 100, and it takes the doubles nearest whole-fen amounts", () => {
    let taken = 0;
    let nearest = 0;
    fc.assert(
      fc.property(margin, (v) => {
        if (typeof v !== "number") return;
        const f = fenOfNumber(v);
        const want = decimalOf(v);
        if (f !== null) {
          taken++;
          expect(want).not.toBeNull();
          expect(want!.times(100).toString()).toBe(new D(f).toString());
        }
        const g = Math.round(v * 100);
        if (Math.abs(v) >= 1 && Math.abs(v) < 1e11 && g / 100 === v) {
          nearest++;
          expect(f).toBe(g);
        }
      }),
      { numRuns: 20000 },
    );
    expect(taken).toBeGreaterThan(5000);
    expect(nearest).toBeGreaterThan(5000);
  });

  test("examples", () => {
    expect(fenOfNumber(50040.11)).toBe(5004011);
    expect(fenOfNumber(50000 + 3 * 13.37)).toBe(5004011); // 50040.11 computed, an ulp off or not
    expect(fenOfNumber(-1234.5)).toBe(-123450);
    expect(fenOfNumber(1234.565)).toBeNull(); // half a fen
    expect(fenOfNumber(0.5)).toBeNull(); // below 1: left to decimalOf
    expect(fenOfNumber(1e11)).toBeNull(); // too large to be sure
  });
});

const ROLE_IDS = ["manager", "promoter", "designer", "service", "shipping", "x1"];
/** How a user might write a role: as listed, upper case, full width, spaced, Chinese, unknown, blank, not text. */
const roleTyped = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...ROLE_IDS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>("MANAGER", "ｍａｎａｇｅｒ", " promoter ", "电商部经理", "推广策划和实施专员", "客服人员", "Customer service", "x1 en", "nobody", "", "  ") },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(7, null, true) },
);
const share = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 10 ** 6 }).map((u): unknown => u / 10 ** 6) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", "30%", 0.1234567, 2, "lots") },
);
/** A Roles range with English headers, one row per role; now and then an odd cell, so that parsing fails. */
const rolesRange = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(...ROLE_IDS),
      headcount: fc.oneof(fc.integer({ min: 0, max: 5 }).map((n): unknown => n), fc.constant<unknown>("")),
      share,
      basis: fc.oneof({ weight: 12, arbitrary: fc.constantFrom<unknown>("perPerson", "splitRole", "") }, { weight: 1, arbitrary: fc.constant<unknown>("both") }),
      holders: fc.oneof(fc.integer({ min: 0, max: 40 }).map((n): unknown => n), fc.constant<unknown>("")),
    }),
    { minLength: 1, maxLength: 5, selector: (r) => r.id },
  )
  .map((rows): unknown => [
    ["id", "nameZh", "nameEn", "headcount", "share", "shareBasis", "holders"],
    ...rows.map((r) => [r.id, `${r.id}中`, `${r.id} en`, r.headcount, r.share, r.basis, r.holders]),
  ]);
const roles = fc.oneof(
  { weight: 2, arbitrary: fc.constant<unknown>(null) },
  { weight: 3, arbitrary: rolesRange },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([[""]], [["id"], ["manager"]], "manager") },
);
const rate = fc.oneof(
  { weight: 3, arbitrary: fc.constant<unknown>(null) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10000 }).map((r): unknown => r / 10000) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(1.5, -0.1, "40%", 0.123456789, 0) },
);
const holders = fc.oneof(
  { weight: 3, arbitrary: fc.constant<unknown>(null) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 30 }).map((n): unknown => n) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, 2.5, 10001, "3", 3.0000000000000004) },
);

/** What a call gives: the number, or the error's code and message. */
function outcome(call: () => number): { value: number } | { code: string; message: string } {
  try {
    return { value: call() };
  } catch {
    return errorOf(call);
  }
}

describe("SHOP.COMMISSION with and without its fast path", () => {
  test("the same number, or the same error and message, on random arguments", () => {
    let fast = 0;
    let calls = 0;
    fc.assert(
      fc.property(margin, roleTyped, roles, rate, holders, fc.constantFrom("en-US", "zh-CN"), (m, r, range, rt, h, lang) => {
        setDisplayLanguage(lang);
        // Twice: the first call may fill the roles cache, the second may then take the fast path.
        for (let twice = 0; twice < 2; twice++) {
          const copy = range === null ? null : structuredClone(range); // a fresh copy each call, as from Excel
          calls++;
          if (commissionFast([m, r, copy, rt, h]) !== undefined) fast++;
          const got = outcome(() => SHOP.COMMISSION(m, r, copy, rt, h));
          const want = outcome(() => COMMISSION_REFERENCE(m, r, structuredClone(copy), rt, h));
          expect(got).toEqual(want);
          if ("value" in got) expect(Object.is(got.value, -0)).toBe(false);
        }
      }),
      { numRuns: 4000 },
    );
    // Not vacuous: a good part of these calls (the generators favour odd ones) went the fast way.
    expect(fast / calls).toBeGreaterThan(0.08);
  });

  test("every ordinary call takes the fast path: a whole-fen margin of a shop's size, a catalogue role, the default rate", () => {
    const ordinary = fc.integer({ min: 100, max: 10 ** 9 }).map((f) => f / 100);
    fc.assert(
      fc.property(ordinary, fc.constantFrom("manager", "promoter", "designer", "service", "电商部经理"), (m, r) => {
        expect(commissionFast([m, r, null, null, null])).toBe(SHOP.COMMISSION(m, r));
        expect(commissionFast([m, r, null, null, null])).not.toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test("hand-checked values through the fast path", () => {
    clearRolesCache();
    // pool = ROUND(50040.11 × 40%, 2) = 20016.04; promoter 8% per person: ⌊1601.2832⌋ = 1601.28
    expect(commissionFast([50040.11, "推广策划和实施专员", null, null, null])).toBe(1601.28);
    expect(commissionFast([50040.11, "PROMOTER", null, null, null])).toBe(1601.28);
    // a splitRole share of 30% over the table's 3 holders: ⌊40000 × 0.3 ÷ 3⌋ = 4000
    const range = [["id", "share", "shareBasis", "holders"], ["manager", 0.3, "splitRole", 3]];
    expect(commissionFast([100000, "manager", range, null, null])).toBeUndefined(); // not read yet: the full path reads it
    expect(SHOP.COMMISSION(100000, "manager", range, null, null)).toBe(4000);
    expect(commissionFast([100000, "manager", structuredClone(range), null, null])).toBe(4000);
    // the holders argument wins over the table's count: ⌊40000 × 0.3 ÷ 4⌋ = 3000
    expect(commissionFast([100000, "manager", structuredClone(range), null, 4])).toBe(3000);
    // pool ROUND(250.02 × 40%, 2) = 100.01, 30% split over 3: ⌊10.001⌋ = 10.00 — never above the share
    expect(commissionFast([250.02, "manager", structuredClone(range), 0.4, null])).toBe(10);
    // half a fen of margin: declined, the full path computes it
    expect(commissionFast([250.025, "manager", structuredClone(range), null, null])).toBeUndefined();
    // a loss month pays nothing, and never -0
    expect(Object.is(commissionFast([-5000, "manager", structuredClone(range), null, null]), 0)).toBe(true);
  });
});
