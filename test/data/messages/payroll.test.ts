import fc from "fast-check";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { computePayrollYear } from "../../../src/core/payroll";
import { allocatePool } from "../../../src/core/pool";
import type { Warning } from "../../../src/core/types";
import { LANGS } from "../../../src/data/lang";
import { formatMessage, type MessageTable } from "../../../src/data/messages";
import { payrollMessages } from "../../../src/data/messages/payroll";
import { attendanceMessages } from "../../../src/data/messages/attendance";
import { ruleMessages as rulesTable } from "../../../src/data/messages/rules";

const ruleMessages = { ...rulesTable, ...attendanceMessages };
import { shopArb } from "../../core/payroll/arbitraries";
import { d, role } from "../../core/payroll/fixtures";

const SOURCES = [join(__dirname, "../../../src/core/pool.ts"), ...readdirSync(join(__dirname, "../../../src/core/payroll")).map((f) => join(__dirname, "../../../src/core/payroll", f))];

/** Every `code: "…"` the engine's source can emit. */
function emittedCodes(): string[] {
  const codes = SOURCES.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/code: "([\w.]+)"/g)].map((m) => m[1]!));
  return [...new Set(codes)].sort();
}

describe("payroll messages", () => {
  it("has a zh-CN and an en-US template for every warning code the engine emits, and no stale ones", () => {
    const all = emittedCodes();
    // Issue 13's rules keep their texts in their own tables (src/data/messages/rules.ts, attendance.ts).
    const codes = all.filter((c) => !(c in ruleMessages));
    expect(codes.length).toBeGreaterThan(10);
    expect(Object.keys(payrollMessages).sort()).toEqual(codes);
    for (const code of codes) for (const lang of LANGS) expect((payrollMessages as MessageTable)[code]?.[lang]).toBeTruthy();
    for (const code of all.filter((c) => c in ruleMessages)) for (const lang of LANGS) expect((ruleMessages as MessageTable)[code]?.[lang]).toBeTruthy();
  });

  it("fills every placeholder from the warning's params, in both languages", () => {
    const unfilled = (w: Warning) => LANGS.flatMap((lang) => (formatMessage(w.code, w.params, lang).match(/\{\w+\}/g) ?? []).map((p) => `${w.code} ${lang} ${p}`));
    // the rare over-allocation, then whatever random shops produce
    const over = allocatePool({ month: "2026-03", grossMargin: d(1), rate: d(1), roles: [role("x", { share: d(2) })], holders: new Map([["x", 1]]) });
    expect(over.warnings.flatMap(unfilled)).toEqual([]);
    fc.assert(
      fc.property(shopArb, ({ config, month }) => {
        expect(computePayrollYear(config, month).flatMap((r) => r.warnings.flatMap(unfilled))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
