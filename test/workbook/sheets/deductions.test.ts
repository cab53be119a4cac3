/**
 * The Special deductions sheet (issue 13, layout 11): its items read back into each person's
 * staff[].deductions — build → read → the same config — whatever a user makes of the cells (a Chinese
 * id, an amount typed as "1,000.00", a blank row, a note that looks like a formula), and what is wrong
 * with an item said on its cell. The formulas' figures are proven against core in LibreOffice
 * (test/oracle/payroll.oracle.test.ts, the "special-deductions" cases).
 */
import { parseConfig } from "../../../src/core/config";
import { capSteps, DEDUCTION_CATEGORIES } from "../../../src/core/tax/deductions";
import type { Config } from "../../../src/core/types";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE, SHEET } from "../../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { deductionsSheet, deductionsTable } from "../../../src/workbook/sheets/deductions";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { linesFor } from "../../../src/workbook/textFit";
import { specGrid } from "../read/specGrid";

const RAW = {
  roles: [{ id: "plain", share: null, baseMin: null, insured: false }],
  staff: [
    { id: "A1", name: "甲", role: "plain", base: "9000" },
    {
      id: "王五",
      role: "plain",
      base: "12000",
      deductions: [
        { category: "childEducation", from: "2026-01", note: "=1+1" },
        { category: "elderlySupport", from: "2026-02", to: "2026-11", amount: "1500", shared: true },
        { category: "infantCare", from: "2026-03", share: "half" },
        { category: "continuingEducationCertificate", from: "2026-02" },
      ],
    },
    { id: "C3", role: "plain", base: "8000", deductions: [{ category: "housingRent", from: "2025-07", amount: "800" }] },
  ],
  months: [{ month: "2026-03", grossMargin: "0" }],
};

function config(raw: unknown = RAW): Config {
  const r = parseConfig(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

const plainStaff = (c: Config) => JSON.parse(JSON.stringify(c.staff)) as unknown;

function readBack(lang: Lang, edit?: Parameters<typeof specGrid>[1]) {
  const built = buildWorkbook(config(), "2026-03", lang);
  const read = readConfig(specGrid(built.spec, edit), lang, { months: workbookMonths(built.spec.sheets.map((s) => s.key)) });
  return { read, back: parseRead(read) };
}

test("the sheet's formulas know two dated standards a category: every category has at most two (add a step when a third comes)", () => {
  for (const category of DEDUCTION_CATEGORIES) {
    for (const shared of [false, true]) expect([category, shared, capSteps({ category, share: "full", shared }).length <= 2]).toEqual([category, shared, true]);
  }
});

test.each(["zh-CN", "en-US"] as const)("a %s workbook gives back each person's items as the config had them", (lang) => {
  const { read, back } = readBack(lang);
  expect(read.problems).toEqual([]);
  if (!back.ok) throw new Error(back.problems.map((p) => describeReadProblem(p, "en-US")).join("\n"));
  expect(plainStaff(back.config)).toEqual(plainStaff(config()));
});

test("the standard says what its figure is (layout 15): a month's, a certificate's once, a pension's a year's cap — not 每月 over them all", () => {
  const staff = config({
    ...RAW,
    staff: [{ id: "A1", role: "plain", base: "9000", deductions: [{ category: "childEducation", from: "2026-01" }, { category: "continuingEducationCertificate", from: "2026-02" }, { category: "personalPension", from: "2026-01", amount: "1000" }] }],
  }).staff;
  const zh = deductionsSheet(staff, "zh-CN").tables[0]!;
  expect(zh.columns.find((c) => c.key === "standard")!.header).toBe("现行标准");
  // The standards of 国发〔2023〕13号 (2,000 a month per child), 国发〔2018〕41号 (3,600 in the year obtained) and
  // 财政部 税务总局公告2022年第34号 (12,000 a year).
  expect(zh.rows.map((r) => [r.standard, r.standardUnit])).toEqual([
    [2000, "每月"],
    [3600, "取得当年一次（起始月份扣除）"],
    [12000, "每年上限（按实际缴费）"],
  ]);
  const en = deductionsSheet(staff, "en-US").tables[0]!;
  expect(en.columns.find((c) => c.key === "standard")!.header).toBe("Current standard");
  expect(en.rows.map((r) => r.standardUnit)).toEqual(["a month", "once, in the year obtained (the from month)", "a year at most (as paid)"]);
  // The column's formula gives the same words by the row's category (recalculated: test/oracle/payroll.oracle.test.ts).
  const formula = en.columns.find((c) => c.key === "standardUnit")!.formula!;
  expect(["a month", "once, in the year obtained (the from month)", "a year at most (as paid)"].every((t) => formula.includes(`"${t}"`))).toBe(true);
});

test("the categories are shown by their names in the workbook's language, the share as 100%/50%, the note as text", () => {
  const zh = deductionsSheet(config().staff, "zh-CN").tables[0]!;
  expect(zh.rows.map((r) => [r.person, r.category, r.share, r.shared])).toEqual([
    ["王五", "子女教育", "100%", "否"],
    ["王五", "赡养老人", "100%", "是"],
    ["王五", "3岁以下婴幼儿照护", "50%", "否"],
    ["王五", "继续教育（职业资格证书）", "100%", "否"],
    ["C3", "住房租金", "100%", "否"],
  ]);
  expect(zh.rows[0]!.note).toBe("=1+1");
  const en = deductionsSheet(config().staff, "en-US").tables[0]!;
  expect(en.rows.map((r) => r.category)).toEqual(["child education", "elderly support", "care of a child under 3", "continuing education (certificate)", "housing rent"]);
  // The drop-down offers the names, never the ids.
  const drop = zh.columns.find((c) => c.key === "category")!.validation;
  expect(drop).toMatchObject({ kind: "list", values: expect.arrayContaining(["子女教育", "赡养老人", "个人养老金"]) });
  expect(JSON.stringify(drop)).not.toMatch(/childEducation|elderlySupport/);
});

test("hostile cells: an amount typed as 1,000.00 text, a blank row, a date typed for a month, 50% as a number", () => {
  const { back } = readBack("zh-CN", ({ tables }) => {
    const rows = tables.get(TABLE.deductions)!;
    rows[1]!.amount = "1,000.00"; // the shared elderly support, as text with a comma
    rows[2]!.share = 0.5; // Excel made a number of a typed 50%
    rows[2]!.from = "2026-03"; // the month as text
    const blank = Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, ""]));
    rows.splice(2, 0, blank);
  });
  if (!back.ok) throw new Error(back.problems.map((p) => describeReadProblem(p, "en-US")).join("\n"));
  const items = back.config.staff.find((s) => s.id === "王五")!.deductions!;
  expect(items.map((d) => [d.category, d.from, d.amount?.toString() ?? null, d.share])).toEqual([
    ["childEducation", "2026-01", null, "full"],
    ["elderlySupport", "2026-02", "1000", "full"],
    ["infantCare", "2026-03", null, "half"],
    ["continuingEducationCertificate", "2026-02", null, "full"],
  ]);
});

test("an item naming nobody on Staff, and one above its standard, are said on their cells in the workbook's words", () => {
  const { back } = readBack("zh-CN", ({ tables }) => {
    const rows = tables.get(TABLE.deductions)!;
    rows[0]!.person = "无此人";
    rows[1]!.amount = 2000; // shared elderly support: at most 1,500 (国发〔2023〕13号)
  });
  expect(back.ok).toBe(false);
  const said = back.ok ? [] : back.problems.map((p) => describeReadProblem(p, "zh-CN"));
  // Row 6 is the table's first data row (header in row 5); person in column A, amount in column F.
  expect(said).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^“专项附加扣除”表第 6 行.*A6.*员工编号「无此人」不在员工表中/),
      expect.stringMatching(/^“专项附加扣除”表第 7 行.*F7.*每人每月最多 1500\.00/),
    ]),
  );
});

test("the sheet is one of the workbook's, after Staff, and open (not protected) like Staff", () => {
  const built = buildWorkbook(config(), "2026-03", "zh-CN", { protect: true });
  const keys = built.spec.sheets.map((s) => s.key);
  expect(keys.indexOf(SHEET.deductions)).toBe(keys.indexOf(SHEET.staff) + 1);
  expect(built.spec.sheets.find((s) => s.key === SHEET.deductions)!.protect).toBeUndefined();
});

test.each(["zh-CN", "en-US"] as const)("the %s sheet's formulas hold the workbook's words, never a message key (是 for a shared item)", (lang) => {
  const table = deductionsSheet(config().staff, lang).tables[0]!;
  const formulas = table.columns.flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
  expect(formulas.filter((f) => /wb\.|\{\}/.test(f))).toEqual([]);
  if (lang === "zh-CN") expect(table.columns.find((c) => c.key === "standard")!.formula).toContain('[@shared]="是"');
});

test("a row with its person but no category or start month says they are missing, on their cells", () => {
  const { back } = readBack("en-US", ({ tables }) => {
    const rows = tables.get(TABLE.deductions)!;
    rows[0]!.category = "";
    rows[1]!.from = "";
  });
  const said = back.ok ? [] : back.problems.map((p) => describeReadProblem(p, "en-US"));
  expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/row 6, column “Category” \(C6\)/), expect.stringMatching(/row 7, column “From month” \(D7\)/)]));
  expect(said.join("\n")).not.toContain("undefined");
});

describe("the Special deductions sheet as it prints", () => {
  test("the name column holds each example person's name on one line (王经理（示例）was cut off by the category)", () => {
    const parsed = parseConfig(exampleTeamConfig("2026-11"));
    if (!parsed.ok) throw new Error("example refused");
    const name = deductionsTable(parsed.config.staff, "zh-CN").columns.find((c) => c.key === "name")!;
    for (const p of parsed.config.staff) expect({ name: p.name, lines: linesFor(p.name, name.width!) }).toEqual({ name: p.name, lines: 1 });
  });
});
