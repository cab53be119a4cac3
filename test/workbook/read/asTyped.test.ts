/**
 * Ids that differ only by spaces, read from the workbook. The sheet's formulas find a row by its text as
 * typed, ignoring case only (MATCH, SUMIFS, =: "E01 " is not "E01", nor is "E　01" with a full-width space
 * "E 01"; https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a), while
 * reading trims text and core folds width. Wherever the two would disagree the cell is refused, on its
 * cell, and never trimmed quietly; where ShopSheet writes the text itself from the engine's (a payroll
 * row's id), reading trims it. test/oracle/idSpaces.oracle.test.ts (and test/workbook/read/readConfig.idSpaces.test.ts, a property) shows the disagreement in LibreOffice.
 */
import { buildWorkbook } from "../../../src/workbook/build";
import { payrollTable, TABLE } from "../../../src/workbook/names";
import { showSurroundingSpaces } from "../../../src/workbook/read/asTyped";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";


const CITY = {
  id: "苏州",
  nameZh: "苏州",
  nameEn: "苏州",
  periods: [{ from: "2026-01", to: null, bases: { pension: { floor: "4494", ceiling: "24042" } }, rounding: { socialInsurance: "fen", housingFund: "fen" }, source: "" }],
};

const CONFIG = parsed({
  settings: { insuranceProfile: "苏州" },
  insuranceProfiles: [CITY],
  roles: [{ id: "plain", share: null, baseMin: null, insured: true }],
  staff: [
    { id: "E01", name: "王五", role: "plain", base: "9000", endDate: "2026-01-31", deductions: [{ category: "赡养老人", from: "2026-01", amount: "3000" }] },
    { id: "E 02", name: "赵六", role: "plain", base: "6000" },
    { id: "E01-2", name: "王五", role: "plain", base: "9000", startDate: "2026-03-01", sameAs: "E01" },
  ],
  months: [{ month: "2026-03", grossMargin: "0", entries: [{ staff: "E 02", reward: "100" }] }],
});

type Grid = Parameters<NonNullable<Parameters<typeof specGrid>[1]>>[0];
/** An edit of the built grid; `nameAt` tells where a defined name points (the Settings cell of SI_Profile). */
type Edit = (grid: Grid, nameAt: (name: string) => string) => void;

function read(edit: Edit, lang: "zh-CN" | "en-US" = "zh-CN") {
  const built = buildWorkbook(CONFIG, "2026-03", lang);
  const names = built.spec.names;
  const result = parseRead(
    readConfig(
      specGrid(built.spec, (g) => edit(g, (name) => names.find((n) => n.name === name)!.range)),
      lang,
      { months: workbookMonths(built.spec.sheets.map((s) => s.key)) },
    ),
  );
  return result.ok ? { config: result.config, said: [] as string[], codes: [] as string[] } : { config: null, said: result.problems.map((p) => describeReadProblem(p, lang)), codes: result.problems.map((p) => p.code) };
}
const staffRow = (tables: Map<string, Record<string, unknown>[]>, id: string) => tables.get(TABLE.staff)!.find((r) => r.id === id)!;

test("the workbook as built reads back without a problem (the cases below are the edits alone)", () => {
  expect(read(() => undefined).said).toEqual([]);
});

test("a Staff ID with a space, a full-width space or a tab at its end or start is refused on its cell, the spaces shown", () => {
  for (const typed of ["E01 ", " E01", "E01\u3000", "\tE01", "E01\u00a0"]) {
    const { said, codes } = read(({ tables }) => void (staffRow(tables, "E01").id = typed));
    expect([typed, codes]).toEqual([typed, ["id.surroundingSpace"]]);
    expect(said[0]).toMatch(/^“员工”表第 6 行“编号”列（A6）：/);
    expect(said[0]).toContain(`“${showSurroundingSpaces(typed)}”的开头或结尾有空格`);
  }
  const en = read(({ tables }) => void (staffRow(tables, "E01").id = "E01 "), "en-US");
  expect(en.said).toHaveLength(1);
  expect(en.said[0]).toMatch(/^Staff, row \d+, column “ID” \(A\d+\): "E01␣" has a space at its start or end/);
});

test("a Staff ID with spaces inside (one, two, full-width) is the ID as typed: the sheet and the engine both use it so", () => {
  for (const typed of ["E  01", "E\u300001", "E 0 1"]) {
    const { codes } = read(({ tables }) => void (staffRow(tables, "E01").id = typed));
    // The re-hire and the deduction still name E01: refused as naming nobody, as the sheet's MATCH finds nobody.
    expect([typed, [...codes].sort()]).toEqual([typed, ["deductions.personUnknown", "staff.sameAsUnknown"]]);
  }
  const { config, said } = read(({ tables }) => {
    staffRow(tables, "E 02").id = "E\u300002";
  });
  // E 02's payroll row still says "E 02" (ShopSheet wrote it): the engine matches it to "E　02" by core's key, and the
  // payroll command writes the row again under the id as typed on Staff (the row's id is ShopSheet's to write).
  expect(said).toEqual([]);
  expect(config!.staff.map((s) => s.id)).toEqual(["E01", "E\u300002", "E01-2"]);
});

test("a re-hire's link (sameAs) with a space around it is refused; one a width or a kind of space apart is refused too; case is fine", () => {
  const spaced = read(({ tables }) => void (staffRow(tables, "E01-2").sameAs = "E01 "));
  expect(spaced.codes).toEqual(["id.surroundingSpace"]);
  const wide = read(({ tables }) => void (staffRow(tables, "E01-2").sameAs = "Ｅ01"));
  expect(wide.codes).toEqual(["staff.sameAsWidth"]);
  expect(wide.said[0]).toContain("“Ｅ01”与员工表的编号“E01”只差全角/半角或空格的种类");
  const fullWidthSpace = read(({ tables }) => {
    staffRow(tables, "E01").sameAs = "";
    staffRow(tables, "E 02").sameAs = "";
    staffRow(tables, "E01-2").sameAs = "E\u300002";
  });
  // (Core, which links them, also finds the two records both employed in March.)
  expect(fullWidthSpace.codes).toContain("staff.sameAsWidth");
  const cased = read(({ tables }) => void (staffRow(tables, "E01-2").sameAs = "e01"));
  expect(cased.said).toEqual([]);
  expect(cased.config!.staff[2]!.sameAs).toBe("E01");
});

test("a special deduction's person with a space around it is refused; a full-width space inside is a width apart", () => {
  const row = (tables: Map<string, Record<string, unknown>[]>) => tables.get(TABLE.deductions)![0]!;
  expect(read(({ tables }) => void (row(tables).person = "E01 ")).codes).toEqual(["id.surroundingSpace"]);
  expect(read(({ tables }) => void (row(tables).person = "\u3000E01")).codes).toEqual(["id.surroundingSpace"]);
  expect(read(({ tables }) => void (row(tables).person = "E\u300002")).codes).toEqual(["deductions.personWidth"]);
  expect(read(({ tables }) => void (row(tables).person = "e01")).said).toEqual([]);
});

test("a city profile's name with a space around it, on InsuranceBases or in the Settings cell choosing it, is refused", () => {
  expect(read(({ tables }) => void (tables.get(TABLE.insuranceBases)![0]!.profile = "苏州 ")).codes).toContain("id.surroundingSpace");
  const chosen = read(({ cells }, nameAt) => void cells.set(`settings!${nameAt("SI_Profile")}`, "苏州\u3000"));
  expect(chosen.codes).toEqual(["id.surroundingSpace"]);
  expect(chosen.said[0]).toMatch(/^“设置”表 B\d+：“苏州␣”/);
});

test("a payroll row's id, which ShopSheet writes, is read trimmed: the entry is the person's", () => {
  const { config, said } = read(({ tables }) => {
    const row = tables.get(payrollTable("2026-03"))!.find((r) => r.id === "E 02")!;
    row.id = "E 02 ";
  });
  expect(said).toEqual([]);
  expect(config!.months[0]!.entries.map((e) => [e.staff, e.reward.toFixed(2)])).toEqual([["E 02", "100.00"]]);
});

test("the spaces at either end are shown as ␣, one each, inner ones as they are", () => {
  expect(showSurroundingSpaces("E01 ")).toBe("E01␣");
  expect(showSurroundingSpaces("\u3000\tE 01\u00a0")).toBe("␣␣E 01␣");
  expect(showSurroundingSpaces("E01")).toBe("E01");
});
