import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { D } from "../../../src/core/money";
import type { Warning } from "../../../src/core/types";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { decideBonuses, type BonusPayment } from "../../../src/core/tax/annualBonusChecks";
import { checkSpecialTaxpayer } from "../../../src/core/tax/basicDeduction";
import { parseDeductions } from "../../../src/core/tax/deductionEntries";
import { parseAllowances, parseLeaveDays, parseOvertimeHours } from "../../../src/core/pay/attendance";
import { checkMinimumWage } from "../../../src/core/compliance/minimumWage";
import { checkPenalty } from "../../../src/core/compliance/penalties";
import { checkInsured, checkLateJoinerInsurance } from "../../../src/core/compliance/insurance";
import { checkOvertimeLimit } from "../../../src/core/compliance/overtimeLimit";
import { loadProfiles, parseInsuranceProfile, profileForMonth } from "../../../src/core/insurance/profiles";
import { exampleInsuranceProfiles } from "../../../src/data/rules/insuranceProfiles";
import { buildHolidayCalendar, coverageWarnings, holidayOvertimeWarnings, parseCalendarYears } from "../../../src/core/holidayCalendar";
import { LANGS } from "../../../src/data/lang";
import { formatMessage, type MessageTable } from "../../../src/data/messages";
import { attendanceMessages } from "../../../src/data/messages/attendance";
import { ruleMessages as rulesTable } from "../../../src/data/messages/rules";
import { calendarMessages } from "../../../src/data/messages/calendar";
import { insuranceMessages } from "../../../src/data/messages/insurance";
import { monthProfile, readProfiles } from "../../../src/core/insurance/select";
import { deductionMessages } from "../../../src/data/messages/deductions";

/** Issue 13's rules' texts: the rules' table, the attendance's (a table of its own, which the custom functions carry), the calendar's, the insurance profiles' and the deductions' (the pane's config check carries it). */
const ruleMessages = { ...rulesTable, ...attendanceMessages, ...calendarMessages, ...insuranceMessages, ...deductionMessages };

const ROOT = join(__dirname, "../../../src/core");
const SOURCES = [
  ...["tax/annualBonus.ts", "tax/annualBonusChecks.ts", "tax/basicDeduction.ts", "tax/deductions.ts", "tax/deductionEntries.ts", "holidayCalendar.ts"].map((f) => join(ROOT, f)),
  ...["pay", "compliance", "insurance"].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => join(ROOT, dir, f))),
];

/** The workbook's readers of the rules' tables (Holidays, InsuranceBases, Special deductions): they raise some
 *  of the rules' codes themselves, about a cell (each reader's own test checks those texts with their cells). */
const READERS = ["holidayRows.ts", "insuranceRows.ts", "profileNames.ts", "deductionRows.ts"].map((f) => join(__dirname, "../../../src/workbook/read", f));

/** The quoted "area.code" strings of the rules' areas in `files`. */
function codesIn(files: readonly string[]): string[] {
  const codes = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/"((?:bonus|iit|deductions|attendance|allowance|compliance|insurance|calendar)\.\w+)"/g)].map((m) => m[1]!));
  return [...new Set(codes)].sort();
}

/** Every message code the rule modules can emit. */
function emittedCodes(): string[] {
  return codesIn(SOURCES);
}

const d = (x: string | number) => new D(x);
const person = { id: "s1", name: "张三", month: "2026-11", roleZh: "客服", roleEn: "Customer service" };

/** Calls that between them raise every code, each with the params its callers give. */
function everyWarning(): Warning[] {
  const annualTable = defaultEngineSettings().taxTable;
  const pay = (over: Partial<BonusPayment>): BonusPayment => ({ staffId: "s1", name: "张三", paidOn: "2026-01-20", amount: d(36000), requested: null, taxableWithoutBonus: d(55500), where: "w", ...over });
  const out: Warning[] = [];
  const bonuses = [pay({}), pay({ paidOn: "2026-06-01" }), pay({ staffId: "s2", amount: d(24000), taxableWithoutBonus: d(-30000) }), pay({ staffId: "s3", amount: d(38000), requested: "separate" }), pay({ staffId: "s4", requested: "merged" }), pay({ staffId: "s5", paidOn: "2028-01-05", requested: "separate" })];
  out.push(...decideBonuses(bonuses, { annualTable }).flatMap((b) => b.warnings));
  out.push(...checkSpecialTaxpayer({ previousYearUnder60k: true, firstJobThisYear: true }, "2026-02-01", 2026, "staff[0]", person));
  out.push(
    ...parseDeductions(
      [
        { category: "childEducation", from: "2026-13" },
        { category: "childEducation", from: "2026-03", to: "2026-01" },
        { category: "childEducation", from: "2026-03", amount: "x" },
        { category: "pets", from: "2026-03" },
        { category: "seriousIllness", from: "2026-03" },
        { category: "continuingEducationCertificate", from: "2026-03", to: "2026-04" },
        { category: "childEducation", from: "2026-03", share: "most" },
        { category: "elderlySupport", from: "2026-03", share: "half" },
        { category: "elderlySupport", from: "2026-03", shared: "yes" },
        { category: "housingRent", from: "2026-03", shared: true },
        { category: "housingRent", from: "2026-03" },
        { category: "infantCare", from: "2021-03" },
        { category: "housingRent", from: "2026-03", amount: 900 },
        { category: "childEducation", from: "2026-03", amount: 9000 },
        { category: "elderlySupport", from: "2026-03", shared: true, amount: 2000 },
        { category: "continuingEducationDegree", from: "2020-01", to: "2026-01" },
        { category: "childEducation", from: "2026-03", note: 5 },
        { category: "housingRent", from: "2026-01", amount: 1500 },
        { category: "housingLoanInterest", from: "2026-01" },
        { category: "personalPension", from: "2026-01", amount: 2000 },
        { category: "continuingEducationCertificate", from: "2026-03" },
        { category: "continuingEducationCertificate", from: "2026-09" },
        7,
      ],
      "staff[0].deductions",
    ).problems,
  );
  out.push(...parseDeductions("x", "d").problems);
  out.push(...parseOvertimeHours({ workday: "x" }, "o").problems, ...parseOvertimeHours(3, "o").problems, ...parseLeaveDays({}, "l").problems);
  out.push(...parseAllowances([{ name: "a", amount: "x" }, 5, { amount: 1 }, { name: "b", amount: 1 }, { name: "c", amount: 1, taxable: "no" }], "a").problems, ...parseAllowances("x", "a").problems);
  const minimum = { monthlyMinimum: d(2690), paidDays: d("21.75"), paidDaysPerMonth: d("21.75"), hours: d(100), hourlyMinimum: d(30), where: "w", params: person };
  out.push(...checkMinimumWage({ ...minimum, pay: d(1000) }));
  out.push(...checkPenalty({ penalty: d(2000), monthPay: d(3000), monthlyMinimum: d(2690), where: "w", params: person }));
  out.push(...checkInsured({ month: "2025-08", insured: false, where: "w", params: person }), ...checkInsured({ month: "2025-09", insured: false, where: "w", params: person }));
  out.push(...checkLateJoinerInsurance({ month: "2026-11", startDate: "2026-11-25", gross: d(500), employeeInsurance: d(468), where: "w", params: person }, d("0.5")));
  out.push(...checkOvertimeLimit(d(40), "w", person));
  out.push(...profileForMonth(loadProfiles(exampleInsuranceProfiles)[0]!, "2020-01", "w").warnings);
  out.push(
    ...parseInsuranceProfile({ periods: [] }, "p").problems,
    ...parseInsuranceProfile(null, "p").problems,
    ...parseInsuranceProfile({ id: "x", periods: [5, { from: "x" }, { from: "2025-01", bases: { pets: {}, medical: 5, pension: { floor: "x", ceiling: 1 }, injury: { floor: 9, ceiling: 1 } }, rounding: { housingFund: "up" } }] }, "p").problems,
    ...parseInsuranceProfile({ id: "y", periods: [{ from: "2025-01" }, { from: "2025-02" }] }, "p").problems,
  );
  out.push(...coverageWarnings(buildHolidayCalendar(), "2027-01", "w"));
  out.push(...holidayOvertimeWarnings(buildHolidayCalendar(), "2026-03", d(8), "w", person));
  const settings = { ...defaultEngineSettings(), insuranceProfile: "shanghai" };
  out.push(...monthProfile({ settings }, "2025-01").warnings);
  out.push(...readProfiles([{ id: "x", periods: [{ from: "2025-01" }] }, { id: "x", periods: [{ from: "2025-01" }] }], "nowhere").problems);
  out.push(...parseCalendarYears("x", "c").problems, ...parseCalendarYears([{ year: 2027, holidays: ["x", "2026-01-01"], makeUpWorkdays: ["2027-01-04"] }, { year: 2027 }, { year: 0 }, { year: 2028, holidays: ["2028-01-01", "2028-01-08"], makeUpWorkdays: ["2028-01-08"] }], "c").problems);
  // A day listed twice; a statutory flag that is not true or false.
  out.push(...parseCalendarYears([{ year: 2029, holidays: ["2029-01-01", "2029-01-01", { date: "2029-01-02", statutory: "yes" }] }], "c").problems);
  return out;
}

describe("rule messages", () => {
  it("has a zh-CN and an en-US template for every code the rule modules emit, and no stale ones", () => {
    const codes = emittedCodes();
    expect(codes.length).toBeGreaterThan(50);
    expect(Object.keys(ruleMessages).sort()).toEqual(codesIn([...SOURCES, ...READERS]));
    for (const code of codesIn([...SOURCES, ...READERS])) for (const lang of LANGS) expect((ruleMessages as MessageTable)[code]?.[lang]).toBeTruthy();
  });

  it("every code is raised by some call here, and each message's placeholders are filled in both languages", () => {
    const warnings = everyWarning();
    expect([...new Set(warnings.map((w) => w.code))].sort()).toEqual(emittedCodes());
    const unfilled = warnings.flatMap((w) => LANGS.flatMap((lang) => (formatMessage(w.code, w.params, lang).match(/\{\w+\}/g) ?? []).map((p) => `${w.code} ${lang} ${p}`)));
    expect(unfilled).toEqual([]);
  });

  it("puts Chinese first and keeps Chinese out of the English template", () => {
    for (const [code, m] of Object.entries(ruleMessages)) {
      expect([code, Object.keys(m)]).toEqual([code, ["zh-CN", "en-US"]]);
      expect([code, /[\u4e00-\u9fff]/.test(m["zh-CN"])]).toEqual([code, true]);
      expect([code, /[\u4e00-\u9fff]/.test(m["en-US"])]).toEqual([code, false]);
    }
  });
});
