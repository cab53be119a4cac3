/**
 * The export files as bytes, from a checked config: the template chosen, a month nobody is paid in, a
 * payroll that cannot be paid, the bank list in both forms; the same inputs and time give the same bytes.
 */
import { parseConfig } from "../../src/core/config";
import { csvGrid } from "../../src/workbook/imports/csvGrid";
import { bankListFile, taxFilingFile } from "../../src/xlsx/exportFiles";
import { xlsxGrids } from "../../src/xlsx/readGrid";

const WHEN = new Date("2026-11-26T04:00:00Z");
const raw = (extra: Record<string, unknown> = {}) => ({
  staff: [
    { id: "E01", name: "王五", role: "manager", base: "6000", startDate: "2026-01-01", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123", ...extra },
  ],
  months: [{ month: "2026-11", grossMargin: "10000" }],
});
const config = (r: unknown) => {
  const c = parseConfig(r);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.config;
};

test("the 2023 template's 24 columns or the current 29; the same inputs, the same bytes", async () => {
  const c = config(raw());
  const now = taxFilingFile(c, "2026-11", "current", { lang: "zh-CN", created: WHEN });
  const old = taxFilingFile(c, "2026-11", "2023", { lang: "zh-CN", created: WHEN });
  if (!now.ok || !old.ok) throw new Error("export");
  expect(now.value.sheets).toEqual(["正常工资薪金收入"]);
  expect((await xlsxGrids(now.value.bytes))[0]!.grid[0]).toHaveLength(29);
  expect((await xlsxGrids(old.value.bytes))[0]!.grid[0]).toHaveLength(24);
  const again = taxFilingFile(c, "2026-11", "current", { lang: "zh-CN", created: WHEN });
  expect(again.ok && Buffer.from(again.value.bytes).equals(Buffer.from(now.value.bytes))).toBe(true);
});

test("nobody paid in the month, or a month that cannot be paid, is a problem, not an empty file", () => {
  const c = config(raw());
  expect(taxFilingFile(c, "2025-11", "current", { lang: "en-US" })).toMatchObject({ ok: false, problems: [{ code: "export.nobody", where: "staff" }] });
  const unpayable = config({ ...raw(), months: [{ month: "2026-11", grossMargin: "10000", entries: [{ staff: "E01", penalty: "90000" }] }] });
  const r = bankListFile(unpayable, "2026-11", "csv", { lang: "en-US" });
  expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(["payroll.negativeGross"]);
});

test("the bank list as CSV (UTF-8 with a BOM) and as .xlsx, the same rows", async () => {
  const c = config(raw());
  const csv = bankListFile(c, "2026-11", "csv", { lang: "en-US" });
  const xlsx = bankListFile(c, "2026-11", "xlsx", { lang: "en-US", created: WHEN });
  if (!csv.ok || !xlsx.ok) throw new Error("export");
  expect([...csv.value.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const grid = csvGrid(csv.value.bytes);
  const rows = grid.ok ? grid.value.grid : [];
  const sheet = (await xlsxGrids(xlsx.value.bytes))[0]!.grid;
  expect(rows[1]).toEqual(["王五", "工行", "6222021234567890123", csv.value.total.toFixed(2)]);
  expect(sheet[1]).toEqual(["王五", "工行", "6222021234567890123", csv.value.total.toNumber()]);
  expect([csv.value.rows, csv.value.missing]).toEqual([1, 0]);
});
