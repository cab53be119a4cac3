/**
 * The e-filing client's import file: rendered to .xlsx by the project's renderer and read back with
 * exceljs, the headers are the declared template's, in order, and every figure is the one given.
 */
import * as ExcelJS from "exceljs";
import { D, money } from "../../../src/core/money";
import { TAX_TEMPLATE_2023, TAX_TEMPLATE_CURRENT } from "../../../src/workbook/exports/taxTemplate";
import { taxFilingWorkbook, type TaxFilingPerson } from "../../../src/workbook/exports/taxFiling";
import { validateWorkbook } from "../../../src/workbook/validate";
import { toBufferFast as toBuffer } from "../../../src/xlsx/writer";

/** The issue's list (issue 14), typed from the issue, not from the code. */
const ISSUE_WAGES = [
  "工号", "*姓名", "*证件类型", "*证件号码", "本期收入", "本期免税收入", "基本养老保险费", "基本医疗保险费", "失业保险费",
  "住房公积金", "累计子女教育", "累计继续教育", "累计住房贷款利息", "累计住房租金", "累计赡养老人",
  "累计3岁以下婴幼儿照护", "累计个人养老金", "企业(职业)年金", "商业健康保险", "税延养老保险", "其他",
  "准予扣除的捐赠额", "减免税额", "备注",
];
const ISSUE_BONUS = ["工号", "*姓名", "*证件类型", "*证件号码", "*全年一次性奖金额", "免税收入", "其他", "准予扣除的捐赠额", "减免税额", "备注"];

const PEOPLE: TaxFilingPerson[] = [
  // ID numbers: GB 11643's own examples and one worked by hand (test/core/personal/idNumber.test.ts)
  { id: "E01", name: "王五", idNumber: "11010519491231002X", income: new D("12345.67"), pension: new D("640.00"), medical: "160.00", unemployment: "40.00", housingFund: "400.00", bonus: "36000" },
  { id: "E02", name: "=HYPERLINK(\"x\")", idType: "居民身份证", idNumber: "440524188001010014", income: "2,500.00", pension: "356.96", note: "试用期" },
  { id: "00123", name: "Zoë 李", idNumber: "33010619900101123x", income: new D("0.1").plus("0.2"), bonus: null },
];

async function readBack(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, r: number, n: number): unknown[] {
  return Array.from({ length: n }, (_, c) => ws.getRow(r).getCell(c + 1).value ?? null);
}

test("the 2023 template is exactly the issue's list; the current one holds it in the same order", () => {
  expect(TAX_TEMPLATE_2023.wages.columns.map((c) => c.header)).toEqual(ISSUE_WAGES);
  expect(TAX_TEMPLATE_2023.bonus.columns.map((c) => c.header)).toEqual(ISSUE_BONUS);
  const current = TAX_TEMPLATE_CURRENT.wages.columns.map((c) => c.header);
  expect(current.filter((h) => ISSUE_WAGES.includes(h))).toEqual(ISSUE_WAGES);
  expect(current).toHaveLength(29);
  expect(TAX_TEMPLATE_CURRENT.bonus.columns).toHaveLength(11);
});

test.each([TAX_TEMPLATE_CURRENT, TAX_TEMPLATE_2023])("renders and reads back: headers in order, every figure as given ($version)", async (template) => {
  const r = taxFilingWorkbook(PEOPLE, { template });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  validateWorkbook(r.value);
  const wb = await readBack(await toBuffer(r.value));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["正常工资薪金收入", "全年一次性奖金收入"]);

  const wages = wb.getWorksheet("正常工资薪金收入")!;
  const headers = template.wages.columns.map((c) => c.header);
  expect(rowValues(wages, 1, headers.length + 1)).toEqual([...headers, null]);
  expect(wages.rowCount).toBe(1 + PEOPLE.length);
  const col = (h: string) => headers.indexOf(h) + 1;
  const at = (r: number, h: string) => wages.getRow(r).getCell(col(h)).value;
  expect([at(2, "工号"), at(2, "*姓名"), at(2, "*证件类型"), at(2, "*证件号码")]).toEqual(["E01", "王五", "居民身份证", "11010519491231002X"]);
  expect([at(2, "本期收入"), at(2, "基本养老保险费"), at(2, "基本医疗保险费"), at(2, "失业保险费"), at(2, "住房公积金")].map((v) => money(v as number))).toEqual(["12345.67", "640.00", "160.00", "40.00", "400.00"]);
  expect(at(2, "累计子女教育")).toBeNull();
  // formula-like text stays text; "00123" keeps its zeros; lower-case x is written upper-case
  expect([at(3, "*姓名"), at(3, "备注"), money(at(3, "本期收入") as number), money(at(3, "基本养老保险费") as number)]).toEqual(["=HYPERLINK(\"x\")", "试用期", "2500.00", "356.96"]);
  expect([at(4, "工号"), at(4, "*证件号码"), money(at(4, "本期收入") as number)]).toEqual(["00123", "33010619900101123X", "0.30"]);

  const bonus = wb.getWorksheet("全年一次性奖金收入")!;
  const bonusHeaders = template.bonus.columns.map((c) => c.header);
  expect(rowValues(bonus, 1, bonusHeaders.length)).toEqual(bonusHeaders);
  expect(bonus.rowCount).toBe(2);
  expect(bonus.getRow(2).getCell(bonusHeaders.indexOf("*全年一次性奖金额") + 1).value).toBe(36000);
});

test("no bonus, no bonus sheet", () => {
  const r = taxFilingWorkbook([{ id: "E01", name: "王五", idNumber: "11010519491231002X", income: "1" }]);
  expect(r.ok && r.value.sheets.map((s) => s.name)).toEqual(["正常工资薪金收入"]);
});

test("every bad person is reported at their config path, and no file is made", () => {
  const r = taxFilingWorkbook([
    { id: "E01", name: " ", idNumber: "110105194912310021", income: "abc", where: "staff[0]" },
    { id: "E02", name: "李四", idNumber: "110105491231002", income: "-1", where: "staff[1]" },
    { id: "E03", name: "张三", idNumber: "11010519491231002X", income: "1", where: "staff[2]" },
    { id: "E04", name: "张三", idNumber: "11010519491231002x", income: "1", where: "staff[3]" },
  ]);
  expect(!r.ok && r.problems.map((p) => [p.code, p.where])).toEqual([
    ["config.required", "staff[0].name"],
    ["idNumber.checkDigit", "staff[0].idNumber"],
    ["value.notAmount", "staff[0].income"],
    ["idNumber.fifteenDigits", "staff[1].idNumber"],
    ["value.negative", "staff[1].income"],
    ["export.duplicateIdNumber", "staff[3].idNumber"],
  ]);
});
