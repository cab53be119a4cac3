/**
 * The product daily export (商品_全部). Expected figures are summed by hand from the fixture
 * (test/fixtures/imports/product-daily-2026-11.utf8.csv), shown beside each.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { D } from "../../../src/core/money";
import { formatMessage } from "../../../src/data/messages";
import { csvGrid } from "../../../src/workbook/imports/csvGrid";
import type { Grid } from "../../../src/workbook/imports/grid";
import { importProductDaily, salesByDate, type ProductDailyImport } from "../../../src/workbook/imports/productDaily";
import { importActuals } from "../../../src/workbook/imports/fromFile";
import { readFileContent } from "../../../src/xlsx/readGrid";

const FIXTURES = join(__dirname, "../../fixtures/imports");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

function gridOf(name: string): string[][] {
  const r = csvGrid(fixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.grid;
}

function ok<T>(o: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!o.ok) throw new Error(`expected success, got ${JSON.stringify(o.problems)}`);
  return o.value;
}

/** Days as plain strings, for readable comparisons. */
function plain(v: ProductDailyImport) {
  return v.days.map((d) => ({
    date: d.date,
    sales: d.sales.toFixed(2),
    orders: d.orders,
    visitors: d.visitors,
    units: d.units,
    refunds: d.refunds?.toFixed(2) ?? null,
    rows: d.rows,
  }));
}

const NOVEMBER = [
  // 15,217.00 + 12,331.00 + 8,845.00; buyers 68+66+53; visitors 11,269+12,118+3,579; units 109+69+63; refunds 7,955.12+8,635.00+7,311.15
  { date: "2026-11-01", sales: "36393.00", orders: 187, visitors: 26966, units: 241, refunds: "23901.27", rows: 3 },
  // 12,186.70 + 0.00 + "-"; 295+0+"-"; 6,069+0+734; 313+0+"-"; 328.77+"-"+"-"
  { date: "2026-11-02", sales: "12186.70", orders: 295, visitors: 6803, units: 313, refunds: "328.77", rows: 3 },
  // 2,372.90 + 1,525.00; 21+17; 2,011+582; 25+17; 100.50+0.00
  { date: "2026-11-03", sales: "3897.90", orders: 38, visitors: 2593, units: 42, refunds: "100.50", rows: 2 },
];

describe("the fixture export", () => {
  test("GB18030 CSV: preamble skipped, header found on row 5, 总计 skipped, text numbers and '-' read, three date forms", () => {
    const r = importProductDaily(gridOf("product-daily-2026-11.gb18030.csv"), { month: "2026-11" });
    const v = ok(r);
    expect(v.headerRow).toBe(5);
    expect(v.perProduct).toBe(true);
    expect(plain(v)).toEqual(NOVEMBER);
    // 36,393.00 + 12,186.70 + 3,897.90 = 52,477.60; visitors 26,966 + 6,803 + 2,593 = 36,362
    expect(v.total.sales.toFixed(2)).toBe("52477.60");
    expect(v.total.visitors).toBe(36362);
    expect(v.total.orders).toBe(520);
    expect(v.total.refunds?.toFixed(2)).toBe("24330.54");
    // conversion = buyers ÷ visitors of the day, not a sum of the products' rates
    expect(v.days[0]!.conversion!.toFixed(6)).toBe(new D(187).div(26966).toFixed(6));
    expect(r.ok && r.notes.map((n) => n.code).sort()).toEqual(["import.outsideMonth", "import.summarySkipped", "import.visitorsSummed"]);
  });

  test("the UTF-8 CSV and the GB18030 CSV give the same days", () => {
    const utf8 = ok(importProductDaily(gridOf("product-daily-2026-11.utf8.csv"), { month: "2026-11" }));
    expect(plain(utf8)).toEqual(NOVEMBER);
  });

  test("without a month filter the October row counts too (+1,200.00)", () => {
    const v = ok(importProductDaily(gridOf("product-daily-2026-11.utf8.csv")));
    expect(v.days.map((d) => d.date)).toEqual(["2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(v.total.sales.toFixed(2)).toBe("53677.60");
  });

  test("the .xlsx (numbers and date cells, as Excel saves it) gives the same days", async () => {
    const content = ok(await readFileContent(fixture("product-daily-2026-11.xlsx"), "product-daily-2026-11.xlsx"));
    expect(content.format).toBe("xlsx");
    expect(plain(ok(importActuals(content, "2026-11")))).toEqual(NOVEMBER);
  });

  test("salesByDate gives the targets spread its actuals", () => {
    const v = ok(importProductDaily(gridOf("product-daily-2026-11.utf8.csv"), { month: "2026-11" }));
    expect([...salesByDate(v.days)].map(([d, s]) => [d, s.toFixed(2)])).toEqual([
      ["2026-11-01", "36393.00"],
      ["2026-11-02", "12186.70"],
      ["2026-11-03", "3897.90"],
    ]);
  });
});

describe("bad rows: every one reported with its row, nothing imported", () => {
  const header = ["统计日期", "商品ID", "商品访客数", "支付买家数", "支付金额"];

  test("junk in amounts, counts and dates, each at its cell", () => {
    const grid: Grid = [
      ["【生意参谋平台】商品_全部"],
      header,
      ["2026-11-01", "1", "100", "3", "1,000.00"],
      ["2026-11-31", "2", "100", "3", "1,000.00"],
      ["2026-11-02", "3", "1.5", "3", "abc"],
      ["2026-11-02", "4", "100", "-3", "-5.00"],
      ["", "5", "100", "3", "5.00"],
      ["2026-11-01", "1", "100", "3", "1,000.00"],
    ];
    const r = importProductDaily(grid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.where, p.params.row])).toEqual([
      ["import.notDate", "A4", "4"],
      ["import.notAmount", "E5", "5"],
      ["import.notCount", "C5", "5"],
      ["import.notAmount", "E6", "6"],
      ["import.notCount", "D6", "6"],
      ["import.missingDate", "A7", "7"],
      ["import.duplicateRow", "8:8", "8"],
    ]);
    expect(formatMessage(r.problems[0]!.code, r.problems[0]!.params, "zh-CN")).toBe("第 4 行“统计日期”：“2026-11-31”不是日期（如 2026-11-01、2026/11/1 或 20261101）");
    expect(formatMessage("import.duplicateRow", r.problems.at(-1)!.params, "en-US")).toBe("row 8 is the same product on the same day (2026-11-01) as row 3: pasted twice?");
  });

  test("rows are numbered as the sheet's: a grid from a used range starting at C10", () => {
    const r = importProductDaily([header, ["2026-11-01", "1", "x", "3", "1.00"]], { origin: { row: 10, column: 3 } });
    expect(!r.ok && r.problems.map((p) => [p.where, p.params.row])).toEqual([["E11", "11"]]);
  });

  test("no header: the required columns are named", () => {
    const r = importProductDaily([["日期", "金额"], ["2026-11-01", "1"]]);
    expect(!r.ok && r.problems).toEqual([{ code: "import.headerNotFound", params: { expected: "统计日期、支付金额" }, where: "" }]);
  });

  test("a header missing 支付金额 is named as such", () => {
    const r = importProductDaily([["统计日期", "商品ID", "商品访客数"], ["2026-11-01", "1", "3"]]);
    expect(!r.ok && r.problems).toEqual([{ code: "import.headerIncomplete", params: { row: "1", missing: "支付金额" }, where: "1:1" }]);
  });

  test("two 支付金额 columns are refused, not guessed", () => {
    const r = importProductDaily([["统计日期", "支付金额", "支付金额(元)"], ["2026-11-01", "1", "1"]]);
    expect(!r.ok && r.problems.map((p) => [p.code, p.params.cells])).toEqual([["import.duplicateColumn", "B1, C1"]]);
  });

  test("a month with no rows", () => {
    const r = importProductDaily([header, ["2026-10-01", "1", "1", "1", "1"]], { month: "2026-11" });
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(["import.noRowsInMonth"]);
  });
});

describe("nasty cells", () => {
  const header = ["统计日期", "商品名称", "商品访客数", "支付买家数", "支付金额", "成功退款金额"];
  test.each<[string, unknown[], string, number]>([
    ["full-width digits and comma", ["2026-11-01", "a", "６，０６９", "1", "１２，１８６．７０", "0"], "12186.70", 6069],
    ["an id forced to text with =\"…\" and a tab", ["\t2026-11-01", "=\"b\"", "6069", "1", "¥12,186.70", "0"], "12186.70", 6069],
    ["numbers as Office.js gives them, a date as a serial", [46327, "c", 6069, 1, 12186.7, 0], "12186.70", 6069],
    ["a yyyymmdd number and float noise", [20261101, "d", 6069, 1, 0.1 + 0.2, 0], "0.30", 6069],
    ["a Date from exceljs", [new Date(Date.UTC(2026, 10, 1)), "e", "6,069", "1", "12186.7", "-"], "12186.70", 6069],
    ["2026年11月1日 and em dashes", ["2026年11月1日", "f", "6,069", "—", "12,186.70", "—"], "12186.70", 6069],
    ["a name that looks like a formula", ["2026-11-01 00:00:00", "=HYPERLINK(\"x\")", "6069", "1", "12186.70", "0"], "12186.70", 6069],
  ])("%s", (_, row, sales, visitors) => {
    const v = ok(importProductDaily([header, row]));
    expect(v.days).toHaveLength(1);
    expect(v.days[0]!.date).toBe("2026-11-01");
    expect(v.days[0]!.sales.toFixed(2)).toBe(sales);
    expect(v.days[0]!.visitors).toBe(visitors);
  });

  test.each([["(1,234.00)"], ["1.2.3"], ["12e3"], ["NaN"], ["Infinity"], ["#N/A"], ["1 234,56"], ["1234,56"], ["1,2"], ["12 345"]])("%s is not an amount", (bad) => {
    const r = importProductDaily([header, ["2026-11-01", "a", "1", "1", bad, "0"]]);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(["import.notAmount"]);
  });

  test("a cell of 10,000 characters is quoted short", () => {
    const r = importProductDaily([header, ["2026-11-01", "a", "1", "1", "9".repeat(5000) + "x".repeat(5000), "0"]]);
    expect(!r.ok && r.problems[0]!.params.value!.length).toBeLessThanOrEqual(41);
  });

  test("a missing optional column gives null, not 0", () => {
    const v = ok(importProductDaily([["统计日期", "支付金额"], ["2026-11-01", "5.00"]]));
    expect(v.days[0]).toMatchObject({ orders: null, visitors: null, refunds: null, conversion: null });
    expect(v.perProduct).toBe(false);
  });
});

describe("properties", () => {
  const fen = fc.integer({ min: 0, max: 99_999_999 });
  const money = (f: number) => (f / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = fc.integer({ min: 1, max: 30 });
  const item = fc.record({ day, sales: fen, visitors: fc.integer({ min: 0, max: 2_000_000 }), buyers: fc.integer({ min: 0, max: 50_000 }) });
  const COLUMNS = ["统计日期", "商品ID", "商品访客数", "支付买家数", "支付金额", "商品状态"];

  test("any grid with the header somewhere, shuffled columns and text numbers parses to the hand sums", () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 30 }),
        fc.array(fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }), { maxLength: 6 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        (items, preamble, order) => {
          // Preamble cells that would read as a header are out of scope here.
          const safePreamble = preamble.map((r) => r.map((c) => (COLUMNS.includes(c.trim()) || c.includes("总计") ? "x" : c)));
          const rowOf = (cells: string[]) => order.map((i) => cells[i]!);
          const grid: Grid = [
            ...safePreamble,
            rowOf(COLUMNS),
            ...items.map((it, i) =>
              rowOf([`2026-11-${String(it.day).padStart(2, "0")}`, `P${i}`, it.visitors.toLocaleString("en-US"), String(it.buyers), money(it.sales), "当前在线"]),
            ),
          ];
          const v = ok(importProductDaily(grid, { month: "2026-11" }));
          // Hand sums in integer fen, independent of decimal.js.
          const fenByDay = new Map<number, number>();
          for (const it of items) fenByDay.set(it.day, (fenByDay.get(it.day) ?? 0) + it.sales);
          expect(v.days.map((d) => [Number(d.date.slice(8)), Math.round(d.sales.times(100).toNumber())])).toEqual(
            [...fenByDay.entries()].sort((a, b) => a[0] - b[0]),
          );
          expect(v.total.visitors).toBe(items.reduce((a, it) => a + it.visitors, 0));
          expect(v.total.orders).toBe(items.reduce((a, it) => a + it.buyers, 0));
        },
      ),
    );
  });

  test("junk rows are reported with their row numbers, and nothing is imported", () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 10 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }),
        (items, junkAt) => {
          const rows: string[][] = items.map((it, i) => ["2026-11-0" + ((it.day % 9) + 1), `P${i}`, String(it.visitors), String(it.buyers), money(it.sales), ""]);
          const expected: number[] = [];
          for (const j of [...junkAt].sort((a, b) => a - b)) {
            const at = Math.min(j, rows.length);
            rows.splice(at, 0, ["2026-11-05", `J${j}`, "1", "1", "一千元", ""]);
          }
          rows.forEach((r, i) => {
            if (r[4] === "一千元") expected.push(i + 3); // title row, header row, then 1-based
          });
          const r = importProductDaily([["title"], COLUMNS, ...rows]);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.problems.map((p) => Number(p.params.row))).toEqual(expected);
        },
      ),
    );
  });
});
