/**
 * The pane's exports against the strict Office double: the config read from the workbook, the file made
 * by src/xlsx/exportFiles.ts, Excel.createWorkbook given its bytes — the very bytes `shopsheet export`
 * writes for the same team and month (compared byte for byte, the clock fixed as the CLI's).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPayroll, setUpRolesAndStaff } from "../../src/office";
import { exportFile } from "../../src/taskpane/officeBridge";
import { xlsxGrids } from "../../src/xlsx/readGrid";
import { cli } from "../cli/run";
import { freshExcel, teamInput } from "../office/helpers";

/** The CLI tests' clock (test/cli/run.ts). */
const NOW = new Date("2026-11-26T12:00:00+08:00");
const MONTH = "2026-11";

/** A team of five with made-up ID numbers (valid check digits) and accounts; the third has no account. */
function team() {
  const t = teamInput(5);
  const ids = ["330106198803120417", "330106199307081521", "330183199511202629", "330102199702153729", "330621199909300817"];
  const staff = (t.staff as Record<string, unknown>[]).map((p, i) => ({ ...p, idNumber: ids[i], bank: "中国工商银行", ...(i === 2 ? {} : { bankAccount: `622202120000000001${i}` }) }));
  return { ...t, staff };
}

beforeEach(() => {
  // Only the clock: the double's sync runs on setImmediate.
  jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "setImmediate", "clearImmediate", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "hrtime", "performance"] });
});
afterEach(() => jest.useRealTimers());

async function workbook() {
  const fake = freshExcel();
  expect((await setUpRolesAndStaff({ lang: "zh-CN", ...team() })).ok).toBe(true);
  expect((await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 100000 })).ok).toBe(true);
  return fake;
}

test("Export for tax filing opens a new workbook holding the bytes shopsheet export tax writes", async () => {
  const fake = await workbook();
  const r = await exportFile("tax", MONTH, { lang: "zh-CN" });
  if (!r.ok) throw new Error(JSON.stringify(r.messages));
  expect(r.summary).toContain("5 人");
  expect(fake.created).toHaveLength(1);
  // The open workbook is left as it was: no sheet added.
  expect(fake.sheets.some((s) => s.name === "正常工资薪金收入")).toBe(false);

  const dir = mkdtempSync(join(tmpdir(), "shopsheet-pane-export-"));
  const config = join(dir, "team.json");
  writeFileSync(config, JSON.stringify({ ...team(), months: [{ month: MONTH, grossMargin: "100000" }] }));
  const out = join(dir, "tax.xlsx");
  const c = await cli(["export", "tax", "--config", config, "--month", MONTH, "--out", out]);
  expect(c.code).toBe(0);
  expect(Buffer.from(fake.created[0]!).equals(readFileSync(out))).toBe(true);
  const [sheet] = await xlsxGrids(fake.created[0]!);
  expect(sheet!.sheet).toBe("正常工资薪金收入");
  expect(sheet!.grid.slice(1).map((row) => row[3])).toEqual(team().staff.map((p) => p.idNumber));
});

test("Export the bank list: the .xlsx the CLI writes; the person without an account is said, by name", async () => {
  const fake = await workbook();
  const r = await exportFile("bank", MONTH, { lang: "en-US" });
  if (!r.ok) throw new Error(JSON.stringify(r.messages));
  expect(r.messages.map((m) => [m.code, m.level])).toEqual([["export.bank.missing.account", "warning"]]);
  expect(r.summary).toMatch(/4 people, ¥\d{1,3}(,\d{3})*\.\d{2} in all/);
  // The message names the person already: no "员工3 (P3):" before it.
  expect(r.messages[0]!.text).toMatch(/^员工3 has no bank account/);
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-pane-export-"));
  const config = join(dir, "team.json");
  writeFileSync(config, JSON.stringify({ ...team(), months: [{ month: MONTH, grossMargin: "100000" }] }));
  const out = join(dir, "bank.xlsx");
  expect((await cli(["export", "bank", "--config", config, "--month", MONTH, "--out", out, "--lang", "en-US"])).code).toBe(0);
  expect(Buffer.from(fake.created[0]!).equals(readFileSync(out))).toBe(true);
});

test("a wrong or missing ID number stops the tax export before Excel opens anything; the message names the person, masked", async () => {
  const fake = freshExcel();
  const t = team();
  delete (t.staff[1] as Record<string, unknown>).idNumber;
  expect((await setUpRolesAndStaff({ lang: "zh-CN", ...t })).ok).toBe(true);
  expect((await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 100000 })).ok).toBe(true);
  const r = await exportFile("tax", MONTH, { lang: "zh-CN" });
  expect(r.ok).toBe(false);
  expect(r.ok ? [] : r.messages.map((m) => m.text)).toEqual(["员工2 (P2): 缺少证件号码"]);
  expect(fake.created).toEqual([]);
});

test("an Excel without ExcelApi 1.8 is told so, and nothing is opened", async () => {
  const fake = await workbook();
  fake.apiVersion = 1.7;
  const r = await exportFile("tax", MONTH, { lang: "en-US" });
  expect(!r.ok && r.messages.map((m) => m.code)).toEqual(["office.export.needs18"]);
  expect(fake.created).toEqual([]);
});
