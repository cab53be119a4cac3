/**
 * The Special deductions sheet's rows gathered into each person's staff[i].deductions: by id as Excel's
 * lookups match it (case and width ignored), in the sheet's order, the share's 100%/50% as the config's
 * words, every cell's place moved to the item's new path, and a row naming nobody reported on its cell.
 */
import { attachDeductions } from "../../../src/workbook/read/deductionRows";
import { Locator } from "../../../src/workbook/read/locator";
import type { ReadProblem } from "../../../src/workbook/read/problems";

const at = (row: number, column: string) => ({ sheet: "专项附加扣除", address: `${column}${row}`, row, column });

function placed(rows: Record<string, unknown>[]): Locator {
  const locator = new Locator();
  rows.forEach((_, k) => {
    locator.set(`deductions[${k}]`, at(6 + k, "A"));
    locator.set(`deductions[${k}].staff`, at(6 + k, "A"));
    locator.set(`deductions[${k}].amount`, at(6 + k, "F"));
  });
  return locator;
}

test("items go to their person by id (case ignored, as Excel's MATCH; a width apart is refused below), in order, the share as full/half, each cell's place under the new path", () => {
  const staff: Record<string, unknown>[] = [{ id: "E01" }, { id: "王五" }];
  const rows = [
    { staff: "王五", category: "子女教育", from: "2026-01", share: "50%" },
    { staff: "e01", category: "赡养老人", from: "2026-02", amount: 1500, share: 1 },
    { staff: "王五", category: "住房租金", from: "2026-03", amount: 800, share: 0.5 },
  ];
  const locator = placed(rows);
  const problems: ReadProblem[] = [];
  attachDeductions(staff, rows, locator, problems);
  expect(problems).toEqual([]);
  expect(staff).toEqual([
    { id: "E01", deductions: [{ category: "赡养老人", from: "2026-02", amount: 1500, share: "full" }] },
    {
      id: "王五",
      deductions: [
        { category: "子女教育", from: "2026-01", share: "half" },
        { category: "住房租金", from: "2026-03", amount: 800, share: "half" },
      ],
    },
  ]);
  // What core says of 王五's second item is said on the sheet's third row.
  expect(locator.find("staff[1].deductions[1].amount")).toEqual(at(8, "F"));
  expect(locator.find("staff[0].deductions[0]")).toEqual(at(7, "A"));
});

test("a row naming nobody on Staff is reported on its person cell; a blank person's placeholder is left to the blank's own report", () => {
  const staff: Record<string, unknown>[] = [{ id: "E01" }];
  const rows = [
    { staff: "E99", category: "子女教育", from: "2026-01" },
    { staff: "?7", category: "子女教育", from: "2026-01" },
  ];
  const problems: ReadProblem[] = [];
  attachDeductions(staff, rows, placed(rows), problems);
  expect(problems).toEqual([{ code: "deductions.personUnknown", params: { staff: "E99" }, path: "deductions[0].staff", place: at(6, "A") }]);
  expect(staff).toEqual([{ id: "E01" }]);
});

test("a row naming a Staff ID in other widths (Ｅ01 for E01) is refused on its person cell: the sheet's MATCH would not find it while core's key would", () => {
  // Excel's MATCH ignores case only (e01 finds E01): https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a
  const staff: Record<string, unknown>[] = [{ id: "E01" }, { id: "王五" }];
  const rows = [
    { staff: "Ｅ01", category: "子女教育", from: "2026-01" },
    { staff: "e01", category: "子女教育", from: "2026-01" },
    { staff: "王五", category: "子女教育", from: "2026-01" },
  ];
  const problems: ReadProblem[] = [];
  attachDeductions(staff, rows, placed(rows), problems);
  expect(problems).toEqual([{ code: "deductions.personWidth", params: { staff: "Ｅ01", id: "E01" }, path: "deductions[0].staff", place: at(6, "A") }]);
  expect((staff[0]!.deductions as unknown[]).length).toBe(1);
  expect((staff[1]!.deductions as unknown[]).length).toBe(1);
});


describe("a category core reads but the sheet's code (TRIM, then = ignoring case only) does not is refused on its cell, naming what to write", () => {
  // Each written by hand from the sheet's rule: Excel's TRIM drops half-width spaces at the ends and makes each run
  // inside one; = ignores case and nothing else (no width, no other spaces).
  test.each([
    ["住房 贷款利息", "住房贷款利息", "Housing loan interest"],
    ["ｃｈｉｌｄＥｄｕｃａｔｉｏｎ", "子女教育", "Child education"],
    ["Child\teducation", "子女教育", "Child education"],
    ["子女\u3000教育", "子女教育", "Child education"],
  ])("%j", (category, nameZh, nameEn) => {
    const staff: Record<string, unknown>[] = [{ id: "E01" }];
    const rows = [{ staff: "E01", category, from: "2026-01" }];
    const problems: ReadProblem[] = [];
    attachDeductions(staff, rows, placed(rows), problems);
    expect(problems.map((p) => [p.code, p.path, p.params])).toEqual([["deductions.categoryAsTyped", "deductions[0].category", { typed: category, categoryZh: nameZh, categoryEn: expect.stringMatching(new RegExp(`^${nameEn}$`, "i")) }]]);
    expect(staff).toEqual([{ id: "E01" }]);
  });

  // Childeducation is the id childEducation, case apart: in the sheet's list too.
  test.each(["子女教育", "CHILD EDUCATION", "child   education", "Childeducation", "子女*", "赡养"])("%j is left to core: the sheet finds it as core does, or neither does", (category) => {
    const staff: Record<string, unknown>[] = [{ id: "E01" }];
    const rows = [{ staff: "E01", category, from: "2026-01" }];
    const problems: ReadProblem[] = [];
    attachDeductions(staff, rows, placed(rows), problems);
    expect(problems).toEqual([]);
  });
});
