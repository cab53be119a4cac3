/**
 * Issue 13, city social-insurance profiles on the sheets: the payroll's band of the month's limits (looked up
 * from Settings' InsuranceBases table) and the contributions clamped per type and rounded the city's way,
 * recalculated by LibreOffice and compared with core to the fen — employee and employer contributions, the
 * tax and the net, every month of the chain and the slips — plus figures worked by hand. Never skips.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { MONEY_KEYS, payColumnsWhere, type MoneyKey } from "../../src/core/payroll";
import { buildWorkbook, type BuiltWorkbook } from "../../src/workbook/build";
import { SHEET, TABLE, payrollTable } from "../../src/workbook/names";
import { slipCell } from "../../src/workbook/sheets/slips";
import { bandCell } from "../../src/workbook/sheets/insuranceBand";
import { writeXlsxFast as writeXlsx } from "../../src/xlsx/writer";
import { compareCachedValues } from "./cachedValues";
import { disposeOracle, errorCells, recalculate } from "./libreoffice";
import { cellByKey, fen, fenOf, rowsByKey } from "./workbookReader";

const SLIP_MONEY = payColumnsWhere("slip").flatMap((c) => (c.kind === "money" ? [c.key as MoneyKey] : []));

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

const months = (year: number, upTo: number) => Array.from({ length: upTo }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, "0")}`, grossMargin: "0" }));
const insured = [{ id: "plain", share: null, baseMin: null, insured: true }];

/**
 * A city whose bases change in July, and each rounding: January–June social insurance to the jiao, the housing
 * fund to the fen (no floor); from July the social insurance to the yuan, the housing fund up to the jiao.
 * Medical has its own floor in the first half; injury has no row there (Settings' single limits, 4,462–22,311).
 */
const JULY_CITY = {
  id: "七月城",
  periods: [
    {
      from: "2025-01",
      to: "2025-06",
      bases: {
        pension: { floor: "5000", ceiling: "25000" },
        medical: { floor: "6000", ceiling: "25000" },
        unemployment: { floor: "5000", ceiling: "25000" },
        maternity: { floor: "6000", ceiling: "25000" },
        housingFund: { floor: null, ceiling: "25000" },
      },
      rounding: { socialInsurance: "jiao", housingFund: "fen" },
      source: "test city, first half",
    },
    {
      from: "2025-07",
      to: null,
      bases: {
        pension: { floor: "5500", ceiling: "28000" },
        medical: { floor: "5500", ceiling: "28000" },
        unemployment: { floor: "5500", ceiling: "28000" },
        injury: { floor: "5500", ceiling: "28000" },
        maternity: { floor: "5500", ceiling: "28000" },
        housingFund: { floor: "2500", ceiling: "28000" },
      },
      rounding: { socialInsurance: "yuan", housingFund: "jiaoUp" },
      source: "test city, from July",
    },
  ],
};

const team = [
  { id: "LOW", name: "=低", role: "plain", base: "3000", startDate: "2020-01-01" },
  { id: "MID", name: "中", role: "plain", base: "12345.67", contributionBase: "12345.67", startDate: "2020-01-01" },
  { id: "HIGH", name: "+高", role: "plain", base: "30000", startDate: "2020-01-01" },
];

const CASES = {
  shanghai: { month: "2025-03", lang: "zh-CN", config: configOf({ settings: { insuranceProfile: "shanghai" }, roles: insured, staff: team, months: months(2025, 3) }) },
  julyCity: { month: "2025-08", lang: "zh-CN", config: configOf({ settings: { insuranceProfile: "七月城" }, insuranceProfiles: [JULY_CITY], roles: insured, staff: team, months: months(2025, 8) }) },
  beijingEn: { month: "2021-05", lang: "en-US", config: configOf({ settings: { insuranceProfile: "beijing" }, roles: insured, staff: team, months: months(2021, 5) }) },
  // Chosen, but the profile does not cover the month: Settings' single limits, to the fen (as core).
  uncovered: { month: "2026-02", lang: "zh-CN", config: configOf({ settings: { insuranceProfile: "shanghai" }, roles: insured, staff: team, months: months(2026, 2) }) },
} as const;
type CaseName = keyof typeof CASES;

const dir = mkdtempSync(join(tmpdir(), "shopsheet-profile-oracle-"));
let recalculated: Map<string, ExcelJS.Workbook>;
const built = new Map<string, BuiltWorkbook>();
const written = new Map<string, Buffer>();

beforeAll(async () => {
  const paths: string[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    const b = buildWorkbook(c.config, c.month, c.lang);
    built.set(name, b);
    const path = join(dir, `${name}.xlsx`);
    await writeXlsx(b.spec, path);
    written.set(name, readFileSync(path));
    paths.push(path);
  }
  // Not a case of its own (its payroll cannot equal core's: core refuses the overlap): the July city's workbook
  // with its second period's pension row starting in June, over the first period's June.
  const overlap = buildWorkbook(CASES.julyCity.config, CASES.julyCity.month, "zh-CN");
  const bases = overlap.spec.sheets.find((x) => x.key === SHEET.settings)!.tables.find((t) => t.name === TABLE.insuranceBases)!;
  const july = bases.rows.findIndex((r) => r.from === "2025-07" && r.type === "养老");
  bases.rows[july] = { ...bases.rows[july]!, from: "2025-06", fromKey: 202506 };
  await writeXlsx(overlap.spec, join(dir, "overlap.xlsx"));
  paths.push(join(dir, "overlap.xlsx"));
  recalculated = new Map([...(await recalculate(paths))].map(([p, wb]) => [p.slice(dir.length + 1, -5), wb]));
}, 240_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

/** A recalculated payroll row's money figure, to the fen. */
function figure(name: CaseName, month: string, id: string, key: MoneyKey): string {
  const { spec } = built.get(name)!;
  const row = rowsByKey(recalculated.get(name)!, spec, SHEET.payroll(month), payrollTable(month)).find((r) => r.id === id)!;
  return fen(row[key]!);
}

describe("city profiles: the payroll's formulas, recalculated by LibreOffice, equal core to the fen", () => {
  test.each(Object.keys(CASES) as CaseName[])("%s: every money column of every month, and the slips", (name) => {
    const wb = recalculated.get(name)!;
    const { spec, payroll } = built.get(name)!;
    expect(errorCells(wb)).toEqual([]);
    for (const result of payroll) {
      const rows = rowsByKey(wb, spec, SHEET.payroll(result.month), payrollTable(result.month)).filter((r) => r.id !== null);
      result.employees.forEach((e, i) => {
        const got = Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(rows[i]![k]!)]));
        const want = Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])]));
        expect({ month: result.month, id: e.id, ...got }).toEqual({ month: result.month, id: e.id, ...want });
      });
    }
    const c = CASES[name];
    payroll[payroll.length - 1]!.employees.forEach((e, i) => {
      const got = Object.fromEntries(SLIP_MONEY.map((k) => [k, fen(cellByKey(wb, SHEET.slips(c.month), slipCell(i, k)))]));
      expect({ id: e.id, ...got }).toEqual({ id: e.id, ...Object.fromEntries(SLIP_MONEY.map((k) => [k, fenOf(e[k])])) });
    });
  });

  test("every cached value (the band's included) is LibreOffice's recalculation", async () => {
    for (const name of Object.keys(CASES)) {
      const r = await compareCachedValues(written.get(name)!, recalculated.get(name)!);
      expect([name, r.mismatches]).toEqual([name, []]);
    }
  });

  test("Shanghai's example, 12,345.67 in 2025-03, by hand: 见分进角 and the housing fund to the yuan", () => {
    // 12,345.67 × 8% = 987.6536 → 987.65 → 987.70; × 2% = 246.9134 → 246.91 → 247.00; × 0.5% = 61.72835 → 61.73 → 61.80.
    expect(figure("shanghai", "2025-03", "MID", "socialInsurance")).toBe("1296.50");
    // × 5% = 617.2835 → 617 (精确到元).
    expect(figure("shanghai", "2025-03", "MID", "housingFund")).toBe("617.00");
    // Employer: × 16% 1,975.3072 → 1,975.40; × 9.5% 1,172.83865 → 1,172.90; × 0.5% 61.80; × 0.2% 24.69134 → 24.70.
    expect(figure("shanghai", "2025-03", "MID", "employerSocialInsurance")).toBe("3234.80");
    // 3,000 is below the floor of 7,384: 590.72 → 590.80; 147.68 → 147.70; 36.92 → 37.00; the fund (floor 2,690) on 3,000: 150.
    expect(figure("shanghai", "2025-03", "LOW", "socialInsurance")).toBe("775.50");
    expect(figure("shanghai", "2025-03", "LOW", "housingFund")).toBe("150.00");
  });

  test("a city whose bases change in July, by hand: each half its own floors, ceilings and rounding", () => {
    // March (to the jiao; the fund to the fen, no floor): MID 987.6536 → 987.70, 246.9134 → 246.90, 61.72835 → 61.70.
    expect(figure("julyCity", "2025-03", "MID", "socialInsurance")).toBe("1296.30");
    expect(figure("julyCity", "2025-03", "MID", "housingFund")).toBe("617.28");
    // Injury has no row in March: Settings' 4,462–22,311, to the jiao: 24.69134 → 24.70; 1,975.30 + 1,172.80 + 61.70 + 24.70.
    expect(figure("julyCity", "2025-03", "MID", "employerSocialInsurance")).toBe("3234.50");
    // LOW in March: pension and unemployment on 5,000 (400.0, 25.0), medical on its own floor 6,000 (120.0); the fund on 3,000.
    expect(figure("julyCity", "2025-03", "LOW", "socialInsurance")).toBe("545.00");
    expect(figure("julyCity", "2025-03", "LOW", "housingFund")).toBe("150.00");
    // HIGH in March: 25,000 × 10.5% = 2,625.00; injury at Settings' ceiling 22,311 × 0.2% = 44.622 → 44.60.
    expect(figure("julyCity", "2025-03", "HIGH", "socialInsurance")).toBe("2625.00");
    expect(figure("julyCity", "2025-03", "HIGH", "employerSocialInsurance")).toBe("6544.60"); // 4,000.0 + 2,375.0 + 125.0 + 44.60
    // August (to the yuan; the fund up to the jiao): MID 988 + 247 + 62; fund 617.2835 → 617.28 → 617.30.
    expect(figure("julyCity", "2025-08", "MID", "socialInsurance")).toBe("1297.00");
    expect(figure("julyCity", "2025-08", "MID", "housingFund")).toBe("617.30");
    // LOW in August: 5,500 → 440 + 110 + 27.5 → 28 (half away from zero) = 578; fund on 3,000 (floor 2,500) 150.00.
    expect(figure("julyCity", "2025-08", "LOW", "socialInsurance")).toBe("578.00");
    // HIGH in August at the ceiling 28,000: 2,240 + 560 + 140; fund 1,400.00.
    expect(figure("julyCity", "2025-08", "HIGH", "socialInsurance")).toBe("2940.00");
    expect(figure("julyCity", "2025-08", "HIGH", "housingFund")).toBe("1400.00");
  });

  test("two rows of a profile and insurance whose periods overlap each name the other in the table's check; the rest say nothing", () => {
    const wb = recalculated.get("overlap")!;
    // InsuranceBases' header is at R4: the first period's five rows are 5–9 (pension at 5), the second's six from 10 (pension at 10).
    const checks = [5, 6, 9, 10, 11, 15].map((row) => [row, cellByKey(wb, SHEET.settings, `AF${row}`) ?? ""]);
    expect(checks).toEqual([
      [5, "与第 10 行的时期重叠：同一档案、同一险种每月只能有一行"],
      [6, ""],
      [9, ""],
      [10, "与第 5 行的时期重叠：同一档案、同一险种每月只能有一行"],
      [11, ""],
      [15, ""],
    ]);
    // The cases' own tables say nothing.
    expect(cellByKey(recalculated.get("julyCity")!, SHEET.settings, "AF5") ?? "").toBe("");
  });

  test("the band shows the month's limits: a blank floor stays blank, and no profile for the month is Settings'", () => {
    const band = (name: CaseName, month: string, type: Parameters<typeof bandCell>[0], row: Parameters<typeof bandCell>[1]) =>
      cellByKey(recalculated.get(name)!, SHEET.payroll(month), bandCell(type, row).replace(/\$/g, ""));
    expect(band("julyCity", "2025-03", "housingFund", "floor")).toBe(null);
    expect(band("julyCity", "2025-03", "medical", "floor")).toBe(6000);
    expect(band("julyCity", "2025-03", "injury", "ceiling")).toBe(22311);
    expect(band("julyCity", "2025-03", "pension", "rounding")).toBe("到角");
    expect(band("julyCity", "2025-03", "injury", "rounding")).toBe("到角");
    expect(band("julyCity", "2025-08", "housingFund", "rounding")).toBe("见分进角");
    expect(band("beijingEn", "2021-05", "medical", "floor")).toBe(5360);
    expect(band("beijingEn", "2021-05", "pension", "rounding")).toBe("fen");
    expect(band("uncovered", "2026-02", "pension", "floor")).toBe(4462);
    expect(band("uncovered", "2026-02", "housingFund", "rounding")).toBe("到分");
  });
});
