/**
 * `--actuals FILE` of `shopsheet targets` and `shopsheet workbook`: the 生意参谋 product daily export as
 * CSV (UTF-8, GB18030), as .xlsx (exceljs-made and LibreOffice-made), or the JSON, each read into the
 * same days. The figures are the fixture's, summed by hand (test/workbook/imports/productDaily.test.ts
 * shows each sum).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { ROOT, cli, tempFile } from "./run";

const FIXTURES = join(ROOT, "test/fixtures/imports");
const NOVEMBER_SALES = { "2026-11-01": "36393.00", "2026-11-02": "12186.70", "2026-11-03": "3897.90" };
// Buyers 68+66+53, 295+0+"-", 21+17; visitors 11,269+12,118+3,579, 6,069+0+734, 2,011+582.
const NOVEMBER_COUNTS = { "2026-11-01": [187, 26966], "2026-11-02": [295, 6803], "2026-11-03": [38, 2593] };

interface Day {
  date: string;
  actual: string | null;
  actualOrders: number | null;
  actualVisitors: number | null;
  orders: number | null;
  ordersAttainment: string | null;
}

async function targets(actuals: string, extra: string[] = []) {
  const r = await cli(["targets", "--month", "2026-11", "--target", "560000", "--aov", "128", "--cvr", "3%", "--actuals", actuals, "--json", ...extra]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(r.stdout) as { days: Day[]; progress: { actual: string; orders: { actual: number; planned: number; attainment: string } | null }; warnings: { code: string }[] };
}

describe("shopsheet targets --actuals", () => {
  test.each(["product-daily-2026-11.utf8.csv", "product-daily-2026-11.gb18030.csv", "product-daily-2026-11.xlsx", "product-daily-2026-11.libreoffice.xlsx"])(
    "%s: the days' sales, orders and visitors; the October row and the 总计 row left out, and said",
    async (file) => {
      const doc = await targets(join(FIXTURES, file));
      const withActual = doc.days.filter((d) => d.actual !== null);
      expect(Object.fromEntries(withActual.map((d) => [d.date, d.actual]))).toEqual(NOVEMBER_SALES);
      expect(Object.fromEntries(withActual.map((d) => [d.date, [d.actualOrders, d.actualVisitors]]))).toEqual(NOVEMBER_COUNTS);
      // 36,393.00 + 12,186.70 + 3,897.90 = 52,477.60
      expect(doc.progress.actual).toBe("52477.60");
      // Orders so far: 187 + 295 + 38 = 520 against the plan's orders of the whole month.
      expect(doc.progress.orders?.actual).toBe(520);
      const planned = doc.days.reduce((n, d) => n + (d.orders ?? 0), 0);
      expect(doc.progress.orders?.planned).toBe(planned);
      expect(Number(doc.progress.orders?.attainment)).toBeCloseTo(520 / planned, 6);
      // A day's orders to date: (187 + 295) ÷ (the plan's orders of 1 and 2 November).
      expect(Number(doc.days[1]!.ordersAttainment)).toBeCloseTo((187 + 295) / (doc.days[0]!.orders! + doc.days[1]!.orders!), 6);
      expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["import.summarySkipped", "import.outsideMonth", "import.visitorsSummed"]));
    },
  );

  test("the JSON as before: sales only", async () => {
    const doc = await targets(tempFile("a.json", NOVEMBER_SALES));
    expect(doc.days.filter((d) => d.actual !== null).map((d) => [d.date, d.actual, d.actualOrders])).toEqual(Object.entries(NOVEMBER_SALES).map(([d, s]) => [d, s, null]));
    expect(doc.progress.orders).toBeNull();
  });

  test("every bad row is named by its row number, and nothing is imported", async () => {
    const bad = tempFile(
      "商品_全部.csv",
      "【生意参谋平台】商品_全部\n\n统计日期,商品ID,支付买家数,支付金额,商品访客数\n2026-11-01,1,3,\"1,2\",10\n2026-11-02,1,x,100.00,10\n2026-11-02,1,3,100.00,10\n2026-11-31,2,1,5.00,1\n",
    );
    const r = await cli(["targets", "--month", "2026-11", "--target", "1000", "--actuals", bad]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    const file = bad;
    expect(r.stderr).toContain(`--actuals ${file} D4: row 4, "支付金额": "1,2" is not an amount`);
    expect(r.stderr).toContain(`--actuals ${file} C5: row 5, "支付买家数": "x" is not a whole number`);
    expect(r.stderr).toContain(`--actuals ${file} 6:6: row 6 is the same product on the same day (2026-11-02) as row 5`);
    expect(r.stderr).toContain(`--actuals ${file} A7: row 7, "统计日期": "2026-11-31" is not a date`);
  });

  test("an Excel 97-2003 .xls is refused, saying to save it as .xlsx; a bad --month does not hide it", async () => {
    const xls = join(mkdtempSync(join(tmpdir(), "shopsheet-")), "商品_全部.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = await cli(["targets", "--month", "2026-13", "--target", "1000", "--actuals", xls]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--month: "2026-13"');
    expect(r.stderr).toContain("Save As → Excel Workbook (.xlsx)");
  });
});

describe("shopsheet workbook --actuals", () => {
  test("the month's Targets sheet holds the actual sales, orders and visitors; the other days are blank", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "shopsheet-")), "book.xlsx");
    const r = await cli(["workbook", "--month", "2026-11", "--out", out, "--actuals", join(FIXTURES, "product-daily-2026-11.libreoffice.xlsx"), "--lang", "en-US"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout).toContain("The Targets sheet holds actuals for 2026-11, days: 3 (sales 52477.60 in all)");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Targets 2026-11")!;
    const header = (ws.getRow(12).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const row = (date: string) => 13 + Number(date.slice(8)) - 1;
    for (const [date, sales] of Object.entries(NOVEMBER_SALES)) {
      expect(ws.getCell(row(date), col("Actual sales")).value).toBe(Number(sales));
      const [orders, visitors] = NOVEMBER_COUNTS[date as keyof typeof NOVEMBER_COUNTS];
      expect([ws.getCell(row(date), col("Actual orders")).value, ws.getCell(row(date), col("Actual visitors")).value]).toEqual([orders, visitors]);
    }
    expect(ws.getCell(row("2026-11-04"), col("Actual sales")).value).toBeNull();
  });
});
