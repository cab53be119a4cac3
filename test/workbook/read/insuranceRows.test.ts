/**
 * Issue 13: the city profiles on the Settings sheet (InsuranceBases) read back — build → read → the same
 * `insuranceProfiles` and `settings.insuranceProfile` — and what a user types there, hostile or wrong,
 * placed on its cell with the sheet, row and column.
 */
import type { Config } from "../../../src/core/types";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { TABLE } from "../../../src/workbook/names";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";


/** A user's city (names = its id: the table keeps the id, see the report), its bases changing in July. */
const CITY = {
  id: "苏州",
  nameZh: "苏州",
  nameEn: "苏州",
  periods: [
    {
      from: "2025-01",
      to: "2025-06",
      bases: { pension: { floor: "4494", ceiling: "24042" }, medical: { floor: "5000", ceiling: "24042" }, housingFund: { floor: null, ceiling: "24042" } },
      rounding: { socialInsurance: "jiao", housingFund: "yuan" },
      source: "typed by the user",
    },
    { from: "2025-07", to: null, bases: { pension: { floor: "4700", ceiling: "25000" } }, rounding: { socialInsurance: "jiaoUp", housingFund: "fen" }, source: "" },
  ],
};
const OTHER = { id: "=SUM(A1)", nameZh: "=SUM(A1)", nameEn: "=SUM(A1)", periods: [{ from: "2024-01", to: "2024-12", bases: { injury: { floor: "1", ceiling: "2" } }, rounding: { socialInsurance: "yuan", housingFund: "fen" }, source: "" }] };

const base = { roles: [{ id: "plain", share: null, baseMin: null, insured: true }], staff: [{ id: "A", role: "plain", base: "9000" }], months: [{ month: "2025-03", grossMargin: "0" }] };

function readBack(config: Config, lang: Lang, edit?: Parameters<typeof specGrid>[1]) {
  const built = buildWorkbook(config, "2025-03", lang);
  return readConfig(specGrid(built.spec, edit), lang, { months: workbookMonths(built.spec.sheets.map((s) => s.key)) });
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe.each(["zh-CN", "en-US"] as const)("a %s workbook's city profiles read back", (lang) => {
  it("a shipped example in use stays the example: only its id comes back", () => {
    const config = parsed({ ...base, settings: { insuranceProfile: "shanghai" } });
    const back = parseRead(readBack(config, lang));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.config.settings.insuranceProfile).toBe("shanghai");
    expect(back.config.insuranceProfiles).toBeUndefined();
  });

  it("the user's profiles, the one in use and another, come back equal (periods, blank floors, each rounding)", () => {
    const config = parsed({ ...base, settings: { insuranceProfile: "苏州" }, insuranceProfiles: [CITY, OTHER] });
    const back = parseRead(readBack(config, lang));
    if (!back.ok) throw new Error(JSON.stringify(back.problems.map((p) => describeReadProblem(p, "en-US"))));
    expect(json(back.config.insuranceProfiles)).toEqual(json(config.insuranceProfiles));
    expect(back.config.settings.insuranceProfile).toBe("苏州");
  });

  it("no profile: nothing comes back, as before", () => {
    const back = parseRead(readBack(parsed(base), lang));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.config.settings.insuranceProfile).toBeNull();
    expect(back.config.insuranceProfiles).toBeUndefined();
  });
});

describe("what the user types into InsuranceBases", () => {
  const config = parsed({ ...base, settings: { insuranceProfile: "苏州" }, insuranceProfiles: [CITY] });
  const said = (edit: Parameters<typeof specGrid>[1], lang: Lang = "zh-CN") => {
    const r = parseRead(readBack(config, lang, edit));
    return r.ok ? { config: r.config, problems: [] as string[] } : { config: null, problems: r.problems.map((p) => describeReadProblem(p, lang)) };
  };

  it("an amount with commas, typed as text, is the amount; a blank row is no row", () => {
    const { config: back, problems } = said(({ tables }) => {
      const rows = tables.get(TABLE.insuranceBases)!;
      rows[0]!.floor = "4,600.00";
      rows.splice(1, 0, Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, ""])));
    });
    expect(problems).toEqual([]);
    expect(back!.insuranceProfiles![0]!.periods[0]!.bases.pension!.floor!.toFixed(2)).toBe("4600.00");
    expect(back!.insuranceProfiles![0]!.periods[0]!.bases.medical!.floor!.toFixed(2)).toBe("5000.00");
  });

  it("an edited example becomes the user's own, under the example's id", () => {
    const sh = parsed({ ...base, settings: { insuranceProfile: "shanghai" } });
    const built = buildWorkbook(sh, "2025-03", "zh-CN");
    const read = readConfig(specGrid(built.spec, ({ tables }) => void (tables.get(TABLE.insuranceBases)![0]!.ceiling = 40000)), "zh-CN", { months: ["2025-03"] });
    const back = parseRead(read);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.config.settings.insuranceProfile).toBe("shanghai");
    expect(back.config.insuranceProfiles![0]).toMatchObject({ id: "shanghai", example: false });
    expect(back.config.insuranceProfiles![0]!.periods[0]!.bases.pension!.ceiling!.toFixed(0)).toBe("40000");
  });

  it("overlapping periods are said with the sheet, row and column", () => {
    // The second period now starts in June, inside the first (to 2025-06).
    const { problems } = said(({ tables }) => {
      for (const r of tables.get(TABLE.insuranceBases)!) if (r.from === "2025-07") r.from = "2025-06";
    });
    expect(problems).toEqual([expect.stringMatching(/^“设置”表第 5 行“起始月（年-月）”列（T5）：.*2025-01.*2025-06.*重叠/)]);
  });

  it("a type or rounding not in the list, a blank profile: each on its cell, in the workbook's words", () => {
    const { problems } = said(({ tables }) => {
      const rows = tables.get(TABLE.insuranceBases)!;
      rows[0]!.type = "养老金";
      rows[1]!.rounding = "四舍五入";
      rows[2]!.profile = "";
    });
    expect(problems).toEqual([
      expect.stringMatching(/^“设置”表第 5 行“险种”列（S5）：.*养老金.*养老、医疗/),
      expect.stringMatching(/^“设置”表第 6 行“进位方式”列（X6）：.*四舍五入.*到分/),
      expect.stringMatching(/^“设置”表第 7 行“城市档案”列（R7）：必填/),
    ]);
  });

  it("social insurances of one period rounded two ways is refused (the housing fund may differ)", () => {
    const { problems } = said(({ tables }) => void (tables.get(TABLE.insuranceBases)![1]!.rounding = "到元"), "zh-CN");
    expect(problems).toEqual([expect.stringMatching(/^“设置”表第 6 行“进位方式”列（X6）：.*进位方式不同（到元、到角）/)]);
  });
});
