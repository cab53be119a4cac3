/**
 * The exports' Office.js side against the strict double: the month's config read from the workbook
 * (Staff's personal columns included), and a new workbook opened from bytes (ExcelApi 1.8).
 */
import { runPayroll, setUpRolesAndStaff } from "../../../src/office";
import { openWorkbook, readMonthConfig } from "../../../src/office/commands/exports";
import { freshExcel, teamInput } from "../helpers";

const MONTH = "2026-11";

async function workbook(apiVersion = 1.9) {
  const fake = freshExcel(apiVersion);
  const t = teamInput(2);
  const staff = (t.staff as Record<string, unknown>[]).map((p, i) => (i === 0 ? { ...p, idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222 0212 3456 7890 123" } : p));
  expect((await setUpRolesAndStaff({ lang: "zh-CN", ...t, staff })).ok).toBe(true);
  return fake;
}

test("the month's config: Staff's personal columns as checked values; the tax year's payroll months", async () => {
  await workbook();
  expect((await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 50000 })).ok).toBe(true);
  const r = await readMonthConfig(MONTH, { lang: "en-US" });
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  expect(r.config.staff[0]).toMatchObject({ idType: "居民身份证", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123" });
  expect(r.config.staff[1]!.idNumber).toBeUndefined();
  expect(r.config.months.map((m) => [m.month, m.grossMargin?.toString()])).toEqual([[MONTH, "50000"]]);
});

test("without the month's payroll sheet it says to run the payroll first", async () => {
  await workbook();
  const r = await readMonthConfig(MONTH, { lang: "en-US" });
  expect(!r.ok && r.messages.map((m) => m.code)).toEqual(["tp.payroll.noSheet"]);
});

test("openWorkbook hands Excel the bytes; an Excel before ExcelApi 1.8 is told so; Excel's refusal is said, never thrown", async () => {
  const fake = await workbook();
  expect(await openWorkbook("UEsDBA==", { lang: "en-US" })).toMatchObject({ ok: true });
  expect(fake.created).toEqual([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]);
  fake.apiVersion = 1.7;
  expect(await openWorkbook("UEsDBA==", { lang: "en-US" })).toMatchObject({ ok: false, messages: [{ code: "office.export.needs18" }] });
  fake.apiVersion = 1.9;
  fake.excel.createWorkbook = async () => {
    throw new Error("This operation is not allowed due to the extension hardening policy.");
  };
  const refused = await openWorkbook("UEsDBA==", { lang: "en-US" });
  expect(refused).toMatchObject({ ok: false, messages: [{ code: "office.export.openFailed" }] });
  expect(!refused.ok && refused.messages[0]!.text).toContain("extension hardening policy");
});
