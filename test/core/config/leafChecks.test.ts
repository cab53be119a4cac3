/**
 * The config's leaf checks without zod (issue 15: the task pane checks a field with them, zod stays out
 * of its first download): each refuses what the config refuses, with the same message code, and reads
 * the same value — the zod schemas of ./leaves.ts are built on them, and the whole-config check and a
 * field's check must never disagree.
 */
import fc from "fast-check";
import { LEAF_CHECKS, runLeaf, type LeafCheck } from "../../../src/core/config/leafChecks";
import { LEAVES } from "../../../src/core/config/leaves";

const codeOf = (v: unknown, k: keyof typeof LEAF_CHECKS) => {
  const r = runLeaf(LEAF_CHECKS[k] as LeafCheck, v);
  return r.ok ? null : r.code;
};

test("values checked by hand: amounts with commas, rates with %, ids with wildcards, numbers that lost digits", () => {
  expect(String(runLeaf(LEAF_CHECKS.amount, "1,234.50").ok && (runLeaf(LEAF_CHECKS.amount, "1,234.50") as { value: unknown }).value)).toBe("1234.5");
  expect(codeOf("abc", "amount")).toBe("value.notAmount");
  expect(codeOf("-1", "money")).toBe("value.negative");
  expect(String((runLeaf(LEAF_CHECKS.rate, "8%") as { value: unknown }).value)).toBe("0.08");
  expect(codeOf("101%", "rate")).toBe("value.rateRange");
  expect(codeOf("E?1", "staffId")).toBe("id.wildcard");
  expect(codeOf("客服*", "roleName")).toBe("name.wildcard");
  expect(codeOf("=客服", "roleName")).toBeNull();
  expect(codeOf("客服＊", "roleName")).toBeNull();
  expect(codeOf("=SUM(A1)", "roleId")).toBe("id.comparison");
  expect(codeOf("a".repeat(25), "roleId")).toBe("id.tooLong");
  expect(codeOf(330106199001011000, "idNumber")).toBe("idNumber.notText");
  expect(codeOf("3301**********1234", "bankAccount")).toBe("bankAccount.masked");
  expect(codeOf("745", "overtimeHours")).toBe("value.outOfRange");
  expect(codeOf("12", "openingMonths")).toBe("value.outOfRange");
  expect(codeOf("2026-02-30", "isoDate")).toBe("value.notDate");
  expect(codeOf("02-29", "eventDate")).toBeNull();
});

const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom("1,234.50", "8%", "0.08", "-3", "21.75", "744", "E01", "E?1", " x ", "", "true", "2026-11", "2026-11-30", "11-11", "perPerson", "3301**********1234", "330106199001011234"),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

test("each check and the config's zod leaf agree on every value: the same value read, or the same code", () => {
  const names = Object.keys(LEAF_CHECKS) as (keyof typeof LEAF_CHECKS)[];
  fc.assert(
    fc.property(fc.constantFrom(...names), anyValue, (k, v) => {
      const plain = runLeaf(LEAF_CHECKS[k] as LeafCheck, v);
      const zod = LEAVES[k].safeParse(v);
      expect(zod.success).toBe(plain.ok);
      if (plain.ok && zod.success) expect(String(zod.data)).toBe(String(plain.value));
      if (!plain.ok && !zod.success) expect(zod.error.issues[0]!.message).toBe(plain.code);
    }),
    { numRuns: 2000 },
  );
});

test("a role name is refused exactly when it holds * ? or ~ (ASCII), naming the first; otherwise it is read as text reads it", () => {
  const plain = fc.string({ unit: fc.constantFrom("客", "服", "a", "Z", " ", "=", "<", ">", "＊", "？", "～", "1") });
  fc.assert(
    fc.property(plain, fc.constantFrom("*", "?", "~"), plain, (before, wild, after) => {
      const s = `${before}${wild}${after}`;
      const r = runLeaf(LEAF_CHECKS.roleName, s);
      if (s.trim() === "") return;
      expect(r).toEqual({ ok: false, code: "name.wildcard", params: { value: s.trim(), char: wild } });
    }),
  );
  fc.assert(
    fc.property(plain, (s) => {
      expect(runLeaf(LEAF_CHECKS.roleName, s)).toEqual(runLeaf(LEAF_CHECKS.text, s));
    }),
  );
});
