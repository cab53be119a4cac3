/**
 * The oracle itself, end to end: specs rendered by src/xlsx, recalculated by LibreOffice in one
 * soffice run, read back. Also pins down what LibreOffice 7.4 computes for the functions and
 * reference styles our generated sheets rely on. Never skips: no soffice, no pass.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Decimal from "decimal.js";
import type * as ExcelJS from "exceljs";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast as writeXlsx } from "../../src/xlsx/writer";
import { expectValidOoxml } from "../ooxml/validate";
import { cellValue, disposeOracle, errorCells, findSoffice, readCell, readTable, recalculate, SheetErrorValue, sheetNameByKey } from "./libreoffice";

/** Money rounding as core does it: decimal, half away from zero. */
const round2 = (x: Decimal.Value) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

const SALES_ROWS = [
  // commission = base × rate × pool, rounded. The first row's cached result is deliberately wrong.
  { who: "a", base: 3000.3125, rate: 0.3, aov: 88.8, commission: 999.99 }, // 360.0375 → 360.04
  { who: "b", base: 6.6875, rate: 1, aov: 3 }, // 2.675: an exact half → 2.68
  { who: "a", base: 1800, rate: 0.08, aov: 100 }, // 57.6
  { who: "c", base: 0, rate: 0.08, aov: 50 }, // a computed 0 must read back as 0, not null
];

// Literals whose binary doubles sit just below or above the decimal half: ROUND(x, 2).
const ROUND_CASES = ["2.675", "-2.675", "1.005", "0.285", "1.015", "8.345", "5.015", "0.125", "-0.125", "1234567.125", "360.0375"];

function mainSpec(poolRate: number): WorkbookSpec {
  const settings: SheetSpec = {
    key: "settings",
    name: "设置",
    tables: [],
    cells: [
      { at: "A3", value: "提成池比例" },
      { at: "B3", value: poolRate, style: ["input", "percent"] },
      { at: "B4", value: { date: "2026-11-01" } },
      { at: "B5", value: { date: "2026-11-30" } },
      { at: "B7", value: { date: "2026-11-11" } }, // a Wednesday: counts
      { at: "B8", value: { date: "2026-11-28" } }, // a Saturday: already not a workday
    ],
  };
  const sales: SheetSpec = {
    key: "sales:2026-11",
    name: "销售 Sales",
    tables: [
      {
        name: "Sales",
        at: "A1",
        totalsLabel: "合计",
        columns: [
          { key: "who", header: "人员" },
          { key: "base", header: "底薪 Base", input: true, style: "money" },
          { key: "rate", header: "Rate (%)", input: true, style: "percent" },
          { key: "aov", header: "客单价", input: true, style: "money" },
          { key: "commission", header: "提成", formula: "ROUND([@base]*[@rate]*PoolRate,2)", style: "money", total: "sum" },
          { key: "orders", header: "订单数", formula: "CEILING([@base]/[@aov],1)", style: "integer" },
        ],
        rows: SALES_ROWS,
      },
    ],
    cells: [
      { at: "H1", formula: 'SUMIFS(Sales[commission],Sales[who],"a")' },
      { at: "H2", formula: 'INDEX(Sales[rate],MATCH("b",Sales[who],0))' },
      { at: "H3", formula: "NETWORKDAYS(Start,End)" },
      { at: "H4", formula: "NETWORKDAYS(Start,End,Holidays)" },
      { at: "H5", formula: "Sales[[#Totals],[commission]]" },
      { at: "H6", formula: 'SUMIFS(Sales[commission],Sales[who],"zz")', result: 5 }, // wrong cache; truly 0
      { at: "H7", formula: "CEILING(7.1,1)" },
      { at: "H8", formula: "CEILING(10.01,0.5)" },
      { at: "H9", formula: "CEILING(-2.5,1)" },
      { at: "H10", formula: "SUMPRODUCT(Sales[base],Sales[rate])" },
      // Post-2007 functions: the renderer adds _xlfn. (else #NAME?); the *.INTL ones must stay bare.
      { at: "H11", formula: 'MAXIFS(Sales[commission],Sales[who],"a")' },
      { at: "H12", formula: "CEILING.MATH(Sales[[#Totals],[commission]])" },
      { at: "H13", formula: 'IFS(H1>400,"high",TRUE,"low")' },
      { at: "H14", formula: "NETWORKDAYS.INTL(Start,End,11)" }, // Sundays only off
    ],
  };
  const rounding: SheetSpec = {
    key: "rounding",
    name: "Round",
    tables: [],
    cells: ROUND_CASES.flatMap((x, i) => [
      { at: `A${i + 1}`, value: Number(x) },
      { at: `B${i + 1}`, formula: `ROUND(A${i + 1},2)` },
    ]),
  };
  return {
    sheets: [settings, sales, rounding],
    names: [
      { name: "PoolRate", sheet: "settings", range: "B3" },
      { name: "Start", sheet: "settings", range: "B4" },
      { name: "End", sheet: "settings", range: "B5" },
      { name: "Holidays", sheet: "settings", range: "B7:B8" },
    ],
  };
}

const errorSpec: WorkbookSpec = {
  names: [],
  sheets: [
    {
      key: "errors",
      name: "Errors",
      cells: [
        { at: "A1", formula: "NOSUCHFUNCTION(1)" },
        { at: "A2", formula: "1/0" },
        { at: "A3", formula: '"x"+1' },
        // Error KINDS can differ from Excel: LibreOffice's "invalid argument" (Err:502) is written as
        // #VALUE! where Excel gives #NUM! (SQRT(-1)), and INDEX past the range is #VALUE!, not #REF!.
        { at: "A4", formula: "SQRT(-1)" },
        { at: "A5", formula: "A99*2" },
      ],
      tables: [{ name: "Ratios", at: "C1", columns: [{ key: "n", header: "n" }, { key: "inv", header: "1/n", formula: "1/[@n]" }], rows: [{ n: 4 }, { n: 0 }] }],
    },
  ],
};

const dir = mkdtempSync(join(tmpdir(), "shopsheet-oracle-"));
const files = { main: join(dir, "main.xlsx"), pool50: join(dir, "pool50.xlsx"), errors: join(dir, "errors.xlsx") };
let books: Map<string, ExcelJS.Workbook>;
let batchMs = 0;

beforeAll(async () => {
  findSoffice(); // fail here, loudly, if LibreOffice is missing
  await writeXlsx(mainSpec(0.4), files.main);
  await writeXlsx(mainSpec(0.5), files.pool50);
  await writeXlsx(errorSpec, files.errors);
  const t0 = Date.now();
  books = await recalculate(Object.values(files));
  batchMs = Date.now() - t0;
  console.info(`soffice: ${Object.keys(files).length} files in one conversion, ${batchMs} ms (includes the first start of a fresh profile)`);
}, 180_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disposeOracle();
});

const main = () => books.get(files.main)!;
const SALES = "销售 Sales";

describe("LibreOffice recalculates what the renderer wrote", () => {
  test("no error values anywhere in a well-formed workbook", () => {
    expect(errorCells(main())).toEqual([]);
    expect(errorCells(books.get(files.pool50)!)).toEqual([]);
  });

  test("a deliberately wrong cached value is corrected (recalculation really happened)", () => {
    expect(readCell(main(), SALES, "E2")).toBe(360.04); // cached 999.99
    expect(readCell(main(), SALES, "H6")).toBe(0); // cached 5; and a computed 0 reads back as 0
  });

  test("calculated table columns with [@key] references and a named range agree with decimal.js to the fen", () => {
    const rows = readTable(main(), SALES, "Sales");
    expect(rows.map((r) => r["提成"])).toEqual(SALES_ROWS.map((r) => round2(new Decimal(r.base).times(r.rate).times("0.4"))));
    expect(rows.map((r) => r["提成"])).toEqual([360.04, 2.68, 57.6, 0]);
    expect(rows.map((r) => r["订单数"])).toEqual([34, 3, 18, 0]); // CEILING(base/aov, 1)
    expect(rows[0]).toMatchObject({ 人员: "a", "底薪 Base": 3000.3125, "Rate (%)": 0.3 });
  });

  test("the same spec with another pool rate, converted in the same soffice run, gives other numbers", () => {
    const rows = readTable(books.get(files.pool50)!, SALES, "Sales");
    expect(rows.map((r) => r["提成"])).toEqual(SALES_ROWS.map((r) => round2(new Decimal(r.base).times(r.rate).times("0.5"))));
  });

  test("SUMIFS and INDEX/MATCH over structured references, totals row, SUMPRODUCT", () => {
    expect(readCell(main(), SALES, "H1")).toBe(417.64);
    expect(readCell(main(), SALES, "H2")).toBe(1);
    expect(readCell(main(), SALES, "H5")).toBe(420.32);
    expect(readCell(main(), SALES, "E6")).toBe(420.32); // SUBTOTAL(109, Sales[[提成]])
    expect(readCell(main(), SALES, "A6")).toBe("合计");
    expect(readCell(main(), SALES, "H10")).toBeCloseTo(3000.3125 * 0.3 + 6.6875 + 1800 * 0.08, 9);
  });

  test("NETWORKDAYS with named ranges, with and without holidays (November 2026)", () => {
    expect(readCell(main(), SALES, "H3")).toBe(21);
    expect(readCell(main(), SALES, "H4")).toBe(20); // 11-11 removed; 11-28 is a Saturday anyway
  });

  test("post-2007 functions compute once the renderer has prefixed them", () => {
    expect(readCell(main(), SALES, "H11")).toBe(360.04);
    expect(readCell(main(), SALES, "H12")).toBe(421);
    expect(readCell(main(), SALES, "H13")).toBe("high");
    expect(readCell(main(), SALES, "H14")).toBe(25);
  });

  test("CEILING: up to the multiple; a negative number with a positive step goes toward zero (as Excel 2010+)", () => {
    expect(readCell(main(), SALES, "H7")).toBe(8);
    expect(readCell(main(), SALES, "H8")).toBe(10.5);
    expect(readCell(main(), SALES, "H9")).toBe(-2);
  });

  test("ROUND of exact decimal halves agrees with decimal.js ROUND_HALF_UP, even where the double is below the half", () => {
    // 2.675 and 1.005 are stored as 2.67499999… and 1.00499999…; a naive Math.round(x*100)/100
    // gives 2.67 and 1 — LibreOffice (like Excel) gives 2.68 and 1.01.
    const got = ROUND_CASES.map((_, i) => readCell(main(), "Round", `B${i + 1}`));
    expect(got).toEqual(ROUND_CASES.map(round2));
    expect(got.slice(0, 3)).toEqual([2.68, -2.68, 1.01]);
  });

  test("dates come back as dates; sheets are found by key whatever their name", () => {
    expect(readCell(main(), "设置", "B4")).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(sheetNameByKey(main(), "sales:2026-11")).toBe(SALES);
    expect(sheetNameByKey(main(), "settings")).toBe("设置");
  });
});

describe("error values are found and reported with sheet and address", () => {
  const wb = () => books.get(files.errors)!;

  test("errorCells lists every error with its formula", () => {
    expect(errorCells(wb()).map((e) => [e.address, e.error])).toEqual([
      ["A1", "#NAME?"],
      ["A2", "#DIV/0!"],
      ["A3", "#VALUE!"],
      ["D3", "#DIV/0!"],
      ["A4", "#VALUE!"],
    ]);
    expect(errorCells(wb())[0]).toMatchObject({ sheet: "Errors", formula: expect.stringMatching(/nosuchfunction\(1\)/i) });
  });

  test("readCell throws on an error value; a reference to an empty cell is 0, not an error", () => {
    expect(() => readCell(wb(), "Errors", "A2")).toThrow(SheetErrorValue);
    expect(() => readCell(wb(), "Errors", "A2")).toThrow("'Errors'!A2 #DIV/0!");
    expect(readCell(wb(), "Errors", "A5")).toBe(0);
  });

  test("readTable throws naming the table cell that holds the error", () => {
    expect(() => readTable(wb(), "Errors", "Ratios")).toThrow(/'Errors'!D3 #DIV\/0!/);
  });

  test("cellValue returns the error instead of throwing, for tests that expect one", () => {
    expect(cellValue(wb().getWorksheet("Errors")!.getCell("A1"))).toEqual({ error: "#NAME?" });
  });
});

test("the files written here validate against the OOXML schemas and Excel's rules", async () => {
  await expectValidOoxml(Object.entries(files).map(([name, path]) => ({ name, data: readFileSync(path) })));
});

describe("timing", () => {
  test("a warm single-file conversion", async () => {
    const t0 = Date.now();
    const again = await recalculate([files.main]);
    const ms = Date.now() - t0;
    console.info(`soffice: 1 file, warm profile, ${ms} ms (batch of 3 with a fresh profile: ${batchMs} ms)`);
    expect(readCell(again.get(files.main)!, SALES, "E2")).toBe(360.04);
  }, 60_000);
});
