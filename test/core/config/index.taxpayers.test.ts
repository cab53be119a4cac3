import { parseConfig } from "../../../src/core/config";
import { formatMessage } from "../../../src/data/messages";

/** Issue 13's staff keys in a config file: `iit.previousYearUnder60k`, `iit.firstJobThisYear` and `deductions`. */

const person = (over: Record<string, unknown>) => ({ staff: [{ id: "s1", name: "李四", role: "designer", ...over }] });

describe("staff iit flags", () => {
  it("reads both flags; a person without `iit` has none", () => {
    const r = parseConfig({ staff: [{ id: "a", role: "designer", iit: { previousYearUnder60k: true } }, { id: "b", role: "designer", iit: { firstJobThisYear: "true" } }, { id: "c", role: "designer" }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.config.staff.map((s) => s.iit)).toEqual([{ previousYearUnder60k: true, firstJobThisYear: false }, { previousYearUnder60k: false, firstJobThisYear: true }, undefined]);
  });

  it("refuses a bad flag and an unknown key, each where it is", () => {
    const r = parseConfig(person({ iit: { previousYearUnder60k: "是的", under60k: true } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.where])).toEqual([
      ["value.notBoolean", "staff[0].iit.previousYearUnder60k"],
      ["config.unknownKey", "staff[0].iit"],
    ]);
  });
});

describe("staff deductions", () => {
  it("reads the items, categories by id or by Chinese or English name, amounts with commas", () => {
    const r = parseConfig(
      person({
        deductions: [
          { category: "子女教育", from: "2026-01" },
          { category: "Elderly Support", from: "2026-01", shared: true, amount: "1,500" },
          { category: "housingRent", from: "2026-01", to: "2026-06", amount: 1500 },
        ],
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.config.staff[0]!.deductions!.map((e) => [e.category, e.from, e.to, e.amount?.toFixed(2) ?? null, e.shared])).toEqual([
      ["childEducation", "2026-01", null, null, false],
      ["elderlySupport", "2026-01", null, "1500.00", true],
      ["housingRent", "2026-01", "2026-06", "1500.00", false],
    ]);
  });

  it("every bad item is an error with its place, with the other problems of the file at once", () => {
    const r = parseConfig({
      staff: [
        { id: "s1", role: "designer", base: "abc", deductions: [{ category: "pets", from: "2026-01" }, { category: "housingRent", from: "2026-01", amount: 1200 }, { category: "childEducation", from: "2026-01", amount: "12.345" }] },
        { id: "s2", role: "designer", deductions: "2000" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.where])).toEqual([
      ["value.notAmount", "staff[0].base"],
      ["deductions.categoryUnknown", "staff[0].deductions[0].category"],
      ["deductions.rentTier", "staff[0].deductions[1].amount"],
      ["deductions.amountInvalid", "staff[0].deductions[2].amount"],
      ["deductions.notAList", "staff[1].deductions"],
    ]);
    const unknown = r.errors[1]!;
    expect(formatMessage(unknown.code, unknown.params, "zh-CN")).toContain("子女教育");
  });

  it("a formula-like category is refused as text, never evaluated", () => {
    const r = parseConfig(person({ deductions: [{ category: "=HYPERLINK(\"x\")", from: "2026-01" }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.where, e.params.category])).toEqual([["deductions.categoryUnknown", "staff[0].deductions[0].category", '=HYPERLINK("x")']]);
  });
});

test("a re-hire's record may not hold flags or deductions of its own: they are the first record's, and would be ignored", () => {
  const r = parseConfig({
    staff: [
      { id: "A", role: "designer", endDate: "2026-02-28", iit: { firstJobThisYear: true } },
      { id: "A2", role: "designer", startDate: "2026-05-01", sameAs: "A", iit: { previousYearUnder60k: true }, deductions: [{ category: "childEducation", from: "2026-05" }] },
    ],
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.map((e) => [e.code, e.where, e.params.first])).toEqual([
    ["staff.sameAsTaxpayerKeys", "staff[1].iit", "A"],
    ["staff.sameAsTaxpayerKeys", "staff[1].deductions", "A"],
  ]);
});
