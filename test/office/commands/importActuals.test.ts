/**
 * The pane's "Import actuals" against the strict Office double: the export pasted into a sheet of its
 * own (not at A1), read from that sheet's used range, written into the month's Targets actual columns
 * through the reconciler; bad rows named on the pasted sheet with nothing written; typed actuals never
 * overwritten without saying so. The figures are the fixture's, summed by hand
 * (test/workbook/imports/productDaily.test.ts shows each sum).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planMonth, setUpRolesAndStaff } from "../../../src/office";
import { importActuals } from "../../../src/office/commands/importActuals";
import { colLetters } from "../../../src/workbook/address";
import { csvGrid } from "../../../src/workbook/imports/csvGrid";
import { SHEET } from "../../../src/workbook/names";
import { DAILY_KEYS } from "../../../src/workbook/sheets/targets";
import type { FakeExcel } from "../fake";
import { freshExcel, sheetOf, snapshot, teamInput } from "../helpers";

const MONTH = "2026-11";
const FIXTURE = join(__dirname, "../../fixtures/imports/product-daily-2026-11.utf8.csv");
/** Column letter of a daily-table column (the table starts at A). */
const col = (key: (typeof DAILY_KEYS)[number]) => colLetters(1 + DAILY_KEYS.indexOf(key));
/** Sheet row of a day of November (the header is row 12). */
const row = (day: number) => 12 + day;

/** The fixture pasted into a new sheet "商品日报" from `at` (as text: the double keeps "6,069" as typed). */
function paste(fake: FakeExcel, at = { row: 3, col: 2 }, edit?: (grid: string[][]) => void): void {
  const parsed = csvGrid(readFileSync(FIXTURE));
  if (!parsed.ok) throw new Error("fixture");
  const grid = parsed.value.grid.map((r) => [...r]);
  edit?.(grid);
  const ws = fake.addSheet("商品日报");
  grid.forEach((cells, r) => cells.forEach((text, c) => text !== "" && ws.type(`${colLetters(at.col + c)}${at.row + r}`, text.startsWith("=") ? `'${text}` : text)));
  fake.activeName = "商品日报";
}

async function planned(lang: "zh-CN" | "en-US" = "en-US"): Promise<FakeExcel> {
  const fake = freshExcel();
  await setUpRolesAndStaff({ lang, ...teamInput(5) });
  expect((await planMonth(MONTH, 560000, { lang })).ok).toBe(true);
  return fake;
}

test("the pasted export's days go into the Targets sheet: sales, orders, visitors; what was read comes back", async () => {
  const fake = await planned();
  paste(fake);
  const r = await importActuals(MONTH, { lang: "en-US" });
  if (!r.ok) throw new Error(JSON.stringify(r.messages));
  const ws = sheetOf(fake, SHEET.targets(MONTH));
  // 15,217.00 + 12,331.00 + 8,845.00; 12,186.70 + 0 + "-"; 2,372.90 + 1,525.00
  expect([1, 2, 3].map((d) => ws.value(row(d), 1 + DAILY_KEYS.indexOf("actual")))).toEqual([36393, 12186.7, 3897.9]);
  expect([1, 2, 3].map((d) => ws.get(row(d), 1 + DAILY_KEYS.indexOf("actualOrders"))?.v)).toEqual([187, 295, 38]);
  expect([1, 2, 3].map((d) => ws.get(row(d), 1 + DAILY_KEYS.indexOf("actualVisitors"))?.v)).toEqual([26966, 6803, 2593]);
  expect(ws.value(row(4), 1 + DAILY_KEYS.indexOf("actual"))).toBe("");
  expect(r.days).toEqual([
    { date: "2026-11-01", sales: "36393.00", orders: 187, visitors: 26966 },
    { date: "2026-11-02", sales: "12186.70", orders: 295, visitors: 6803 },
    { date: "2026-11-03", sales: "3897.90", orders: 38, visitors: 2593 },
  ]);
  expect(r.summary).toContain("2026-11 from “商品日报”, days: 3; sales ¥52,477.60, orders 520, visitors 36,362");
  expect(r.messages.map((m) => m.code)).toEqual(expect.arrayContaining(["import.summarySkipped", "import.outsideMonth", "import.visitorsSummed"]));
  // The sheet pasted into is left as it was.
  expect(fake.sheetByName("商品日报")!.value(8, 3)).toBe("总计");
});

test("a bad row stops it: the problem names the pasted sheet's cell; nothing is written", async () => {
  const fake = await planned();
  paste(fake, { row: 3, col: 2 }, (grid) => {
    grid[7]![21] = "一千元"; // 支付金额 of the second November row: fixture row 8, pasted at row 10, column W
  });
  const before = snapshot(fake);
  const r = await importActuals(MONTH, { lang: "en-US" });
  expect(r.ok).toBe(false);
  expect(r.ok ? [] : r.messages.map((m) => [m.code, m.where?.sheet, m.where?.address])).toEqual([["import.notAmount", "商品日报", "W10"]]);
  expect(r.ok ? "" : r.messages[0]!.text).toMatch(/^.*商品日报.*W10.*row 10/);
  expect(snapshot(fake)).toEqual(before);
});

test("a day typed differently stops it, naming the cell; with replace my edits it is replaced and said", async () => {
  const fake = await planned();
  const ws = sheetOf(fake, SHEET.targets(MONTH));
  ws.type(`${col("actual")}${row(2)}`, 12000);
  ws.type(`${col("actual")}${row(1)}`, 36393); // the same as the export: no conflict
  paste(fake);
  const before = snapshot(fake);
  const stopped = await importActuals(MONTH, { lang: "en-US" });
  expect(stopped.ok).toBe(false);
  expect(stopped.ok ? [] : stopped.messages.map((m) => [m.code, m.where?.address])).toEqual([
    ["office.import.typedDiffers", `${col("actual")}${row(2)}`],
    ["office.import.replaceHint", undefined],
  ]);
  expect(stopped.ok ? "" : stopped.messages[0]!.text).toContain("2026-11-02 already holds 12000.00, the export says 12186.70");
  expect(snapshot(fake)).toEqual(before);

  const replaced = await importActuals(MONTH, { lang: "en-US", replaceEdits: true });
  expect(replaced.ok).toBe(true);
  expect(ws.value(row(2), 1 + DAILY_KEYS.indexOf("actual"))).toBe(12186.7);
  expect(replaced.ok && replaced.messages.filter((m) => m.code === "office.import.replaced").map((m) => m.text)).toEqual([
    expect.stringContaining("2026-11-02: the 12000.00 typed there was replaced by the export's 12186.70"),
  ]);
});

test("a day typed and not in the export is kept; the import adds to it", async () => {
  const fake = await planned();
  const ws = sheetOf(fake, SHEET.targets(MONTH));
  ws.type(`${col("actual")}${row(20)}`, 5000);
  paste(fake);
  expect((await importActuals(MONTH, { lang: "en-US" })).ok).toBe(true);
  expect(ws.value(row(20), 1 + DAILY_KEYS.indexOf("actual"))).toBe(5000);
  expect(ws.value(row(1), 1 + DAILY_KEYS.indexOf("actual"))).toBe(36393);
});

test("run on one of ShopSheet's own sheets, it says to go to the export's sheet", async () => {
  const fake = await planned("zh-CN");
  fake.activeName = fake.sheets.find((s) => s.name.startsWith("目标"))!.name;
  const r = await importActuals(MONTH, { lang: "zh-CN" });
  expect(!r.ok && r.messages.map((m) => m.code)).toEqual(["office.import.ownSheet"]);
});
