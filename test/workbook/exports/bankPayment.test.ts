/** The bank payment list: checks, the sheet (read back from .xlsx) and the CSV bytes. */
import * as ExcelJS from "exceljs";
import { D } from "../../../src/core/money";
import { csvGrid } from "../../../src/workbook/imports/csvGrid";
import { bankPaymentCsv, bankPaymentList, bankPaymentSheet, utf8WithBom, type BankPaymentPerson } from "../../../src/workbook/exports/bankPayment";
import { toBufferFast as toBuffer } from "../../../src/xlsx/writer";

const PEOPLE: BankPaymentPerson[] = [
  { id: "E01", name: "王五", bank: "中国工商银行杭州西湖支行", bankAccount: "6222 0212 3456 7890 123", netPay: new D("8123.45") },
  { id: "E02", name: "李四, Jr.", bank: "招商银行 \"总行营业部\"", bankAccount: "6214-8300-0000-0001", netPay: "2,456.70" },
  { id: "E03", name: "赵六", bank: "中国农业银行", bankAccount: "6228480000000000000", netPay: "0" },
];

function list() {
  const r = bankPaymentList(PEOPLE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

test("zero net pay is left out with a note; the total is the sum (8,123.45 + 2,456.70 = 10,580.15)", () => {
  const r = list();
  expect(r.value.rows.map((x) => [x.name, x.account, x.netPay.toFixed(2)])).toEqual([
    ["王五", "6222021234567890123", "8123.45"],
    ["李四, Jr.", "6214830000000001", "2456.70"],
  ]);
  expect(r.value.total.toFixed(2)).toBe("10580.15");
  expect(r.notes).toEqual([{ code: "export.zeroPayLeftOut", params: { name: "赵六" }, where: "people[2]" }]);
});

test("the CSV: UTF-8 with BOM, quoted where needed, accounts as digits, total last; it reads back", () => {
  const text = bankPaymentCsv(list().value, "zh-CN");
  expect(text).toBe(
    "姓名,开户银行,银行账号,实发工资\r\n" +
      "王五,中国工商银行杭州西湖支行,6222021234567890123,8123.45\r\n" +
      "\"李四, Jr.\",\"招商银行 \"\"总行营业部\"\"\",6214830000000001,2456.70\r\n" +
      "合计,,,10580.15\r\n",
  );
  const bytes = utf8WithBom(text);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const back = csvGrid(bytes);
  expect(back.ok && back.value.grid[2]).toEqual(["李四, Jr.", "招商银行 \"总行营业部\"", "6214830000000001", "2456.70"]);
  expect(bankPaymentCsv(list().value, "en-US").split("\r\n")[0]).toBe("Name,Bank,Account,Net pay");
});

test("the sheet: accounts stay text (no 6.22E+18), the total is a live SUM with the right cached value", async () => {
  const sheet = bankPaymentSheet(list().value, "zh-CN", "2026-11");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toBuffer({ sheets: [sheet], names: [] })) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("代发工资 2026-11")!;
  expect(ws.getCell("C2").value).toBe("6222021234567890123");
  expect(ws.getCell("D3").value).toBe(2456.7);
  expect(ws.getCell("D4").value).toMatchObject({ formula: "SUM(D2:D3)", result: 10580.15 });
  expect(ws.getCell("A4").value).toBe("合计");
});

test("formula-like names, bad accounts and negative pay are refused, each at its path", () => {
  const r = bankPaymentList([
    { id: "E01", name: "=cmd|' /C calc'!A0", bank: "+银行", bankAccount: "6222", netPay: "-1.00", where: "staff[0]" },
    { id: "E02", name: "", bank: "", bankAccount: "62220212345678901234567890123456", netPay: "x", where: "staff[1]" },
  ]);
  expect(!r.ok && r.problems.map((p) => [p.code, p.where])).toEqual([
    ["export.formulaLike", "staff[0].name"],
    ["export.formulaLike", "staff[0].bank"],
    ["bankAccount.length", "staff[0].bankAccount"],
    ["value.negative", "staff[0].netPay"],
    ["config.required", "staff[1].name"],
    ["bankAccount.length", "staff[1].bankAccount"],
    ["value.notAmount", "staff[1].netPay"],
  ]);
});

test("someone without an account or a bank: a note naming them, listed after the total and not in it — never dropped silently", async () => {
  const r = bankPaymentList([
    ...PEOPLE.slice(0, 2),
    { id: "E04", name: "钱八", bank: "中国银行", bankAccount: "", netPay: "3000.10", where: "staff[3]" },
    { id: "E05", name: "孙九", bank: "", bankAccount: "6228480000000000000", netPay: "100.00", where: "staff[4]" },
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(r.notes.map((n) => [n.code, n.where, n.params.name, n.params.netPay])).toEqual([
    ["export.bank.missing.account", "staff[3].bankAccount", "钱八", "3000.10"],
    ["export.bank.missing.bank", "staff[4].bank", "孙九", "100.00"],
  ]);
  // The total is what the bank pays: 8,123.45 + 2,456.70 = 10,580.15, without the two.
  expect(r.value.total.toFixed(2)).toBe("10580.15");
  const csv = bankPaymentCsv(r.value, "zh-CN").split("\r\n");
  expect(csv.slice(3)).toEqual(["合计,,,10580.15", "以下人员缺少开户银行或银行账号，未列入代发，也不计入合计：,,,", "钱八,中国银行,,3000.10", "孙九,,,100.00", ""]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toBuffer({ sheets: [bankPaymentSheet(r.value, "en-US", "2026-11")], names: [] })) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Bank payments 2026-11")!;
  expect(ws.getCell("D4").value).toMatchObject({ formula: "SUM(D2:D3)", result: 10580.15 });
  expect([ws.getCell("A6").value, ws.getCell("A7").value, ws.getCell("D7").value, ws.getCell("C7").value]).toEqual(["Not on this list (no bank or account), and not in the total:", "钱八", 3000.1, null]);
});
