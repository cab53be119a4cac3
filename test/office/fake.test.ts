/**
 * The test double against the Excel behaviour it imitates, one test per behaviour, each citing the
 * page it follows (or saying that the behaviour is undocumented and which reading the double takes).
 * These use Office.js calls on the double directly, as an add-in would — not ShopSheet's code.
 */
import { FakeExcel, FakeOfficeError, STRICT_NAME } from "./fake";
import { displayFormula, shiftColumns, shiftColumnsLeft } from "./fake/formula";

async function run(fake: FakeExcel, body: (ctx: any) => void): Promise<FakeOfficeError | null> {
  try {
    await fake.excel.run(async (ctx: any) => {
      body(ctx);
      await ctx.sync();
    });
    return null;
  } catch (e) {
    return e as FakeOfficeError;
  }
}

/** A fresh double with a sheet "Data" holding a table People(Name, Pay) of two rows at A1:B3. */
async function withTable(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.install();
  const e = await run(fake, (ctx) => {
    const ws = ctx.workbook.worksheets.add("Data");
    ws.getRange("A1:B3").values = [
      ["Name", "Pay"],
      ["Ann", 10],
      ["Bo", 20],
    ];
    ws.tables.add("A1:B3", true).name = "People";
  });
  expect(e).toBeNull();
  return fake;
}

describe("a failed batch (OfficeExtension.Error, https://learn.microsoft.com/javascript/api/office/officeextension.error)", () => {
  test("the operations before the failing one stay applied, the ones after it never run", async () => {
    const fake = await withTable();
    const e = await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("D1").values = [["before"]];
      ws.getRange("D2").formulas = [["=SUM(Nope[x])"]];
      ws.getRange("D3").values = [["after"]];
    });
    expect(e?.code).toBe("InvalidArgument");
    const ws = fake.sheetByName("Data")!;
    expect(ws.value(1, 4)).toBe("before");
    expect(ws.get(2, 4)?.f).toBeUndefined();
    expect(ws.value(3, 4)).toBe("");
  });
});

describe("formulas are read when entered (structured references: https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e)", () => {
  const enter = async (formula: string, at = "D1") => {
    const fake = await withTable();
    const e = await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange(at).formulas = [[formula]]));
    return { fake, e };
  };

  test("a table, its columns, a this-row reference and a sheet that exist are accepted", async () => {
    for (const f of ["=SUM(People[Pay])", "=SUM(People[[Pay]])", "=People[[#Totals],[Pay]]", "=COUNTIF(People[Name],\"A*\")", "=SUM(Data!B2:B3)", "=SUM('Data'!$B$2)", "=SUM(people[pay])"]) {
      expect([f, (await enter(f)).e]).toEqual([f, null]);
    }
    // Inside the table, a bare [@col] is the table's own row.
    expect((await enter("=[@Pay]*2", "B2")).e).toBeNull();
  });

  test("a table or a column that does not exist (yet) is refused with InvalidArgument — Excel resolves them on entry; the docs do not name the code, the double takes the strict reading", async () => {
    expect((await enter("=SUM(Nope[Pay])")).e?.code).toBe("InvalidArgument");
    expect((await enter("=SUM(People[Salary])")).e?.code).toBe("InvalidArgument");
    expect((await enter("=[@Pay]")).e?.code).toBe("InvalidArgument"); // outside any table
    expect((await enter("=Other!A1")).e?.code).toBe("InvalidArgument");
  });

  test("a table still named Column1… has no column Pay: a formula written before its headers fails", async () => {
    const fake = new FakeExcel();
    fake.install();
    const e = await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.add("S");
      ws.tables.add("A1:B2", true).name = "T";
      ws.getRange("D1").formulas = [["=SUM(T[Pay])"]];
    });
    expect(e?.code).toBe("InvalidArgument");
    expect(fake.headers(fake.table("T")!)).toEqual(["Column1", "Column2"]);
  });

  test("an undefined name or a function Excel 2016 lacks: Excel shows #NAME?; the double refuses it unless told not to", async () => {
    expect((await enter("=PoolRate*2")).e?.code).toBe(STRICT_NAME);
    expect((await enter("=LET(x,1,x)")).e?.code).toBe(STRICT_NAME);
    const fake = await withTable();
    fake.strictNames = false;
    expect(await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D1").formulas = [["=PoolRate*2"]]))).toBeNull();
    expect(fake.sheetByName("Data")!.value(1, 4)).toBe("#NAME?");
    expect(fake.nameErrors).toHaveLength(1);
  });

  test("a formula with unbalanced brackets is refused", async () => {
    expect((await enter("=SUM(People[Pay]")).e?.code).toBe("InvalidArgument");
    expect((await enter("=SUM(People[Pay)")).e?.code).toBe("InvalidArgument");
  });

  test("read back, a formula is in Excel's display form: @ for this row, no table name inside its own table", () => {
    expect(displayFormula("=People[[#This Row],[Pay]]*2", "People")).toBe("=[@Pay]*2");
    expect(displayFormula("=People[[#This Row],[Pay day]]", "Other")).toBe("=People[@[Pay day]]");
    expect(displayFormula("=sum(People[[Pay]])", null)).toBe("=SUM(People[Pay])");
  });
});

describe("tables (Worksheet.tables.add, https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1))", () => {
  test("the header row's texts name the columns; a blank one becomes Column1…, a repeated one gets a number", async () => {
    const fake = new FakeExcel();
    fake.install();
    await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.add("S");
      ws.getRange("A1:C1").values = [["Name", "", "Name"]];
      ws.tables.add("A1:C2", true).name = "T";
    });
    expect(fake.headers(fake.table("T")!)).toEqual(["Name", "Column2", "Name2"]);
  });

  test("renaming a column renames every reference to it (“the names in structured references adjust”)", async () => {
    const fake = await withTable();
    await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D1").formulas = [["=SUM(People[Pay])"]]));
    await run(fake, (ctx) => (ctx.workbook.tables.getItem("People").columns.getItemAt(1).name = "Salary"));
    expect(fake.sheetByName("Data")!.get(1, 4)?.f).toBe("=SUM(People[[Salary]])");
    await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("B1").values = [["Wage"]]));
    expect(fake.sheetByName("Data")!.get(1, 4)?.f).toBe("=SUM(People[[Wage]])");
  });

  test("a calculated column is filled into rows added later (“a calculated column … automatically expands to include additional rows”, same structured-references page)", async () => {
    const fake = await withTable();
    await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C1").values = [["Double"]];
      ws.tables.add("F1:F2", true); // another table beside it (moved right with its rows when a column goes in)
      ws.getRange("C1:C3").values = [["Double"], [""], [""]];
    });
    // The user inserts a table column at the end ("Double", the header already typed in C1 moves right).
    fake.userInsertColumn("People", 2, "Double");
    await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("C2:C3").formulas = [["=[@Pay]*2"], ["=[@Pay]*2"]]));
    await run(fake, (ctx) => ctx.workbook.tables.getItem("People").rows.add(null, [["Cy", 30, ""]]));
    expect(fake.sheetByName("Data")!.get(4, 3)?.f).toBe("=[@Pay]*2");
  });

  test("two tables cannot overlap (InvalidOperation); a table name is an identifier, unique among tables and names (InvalidArgument)", async () => {
    const fake = await withTable();
    expect((await run(fake, (ctx) => ctx.workbook.worksheets.getItem("Data").tables.add("B2:C4", true)))?.code).toBe("InvalidOperation");
    for (const bad of ["A1", "R1C1", "R", "c", "2Pay", "Pay day", "TRUE", "people"]) {
      const e = await run(fake, (ctx) => {
        const t = ctx.workbook.worksheets.getItem("Data").tables.add("H1:H2", true);
        t.name = bad;
      });
      expect([bad, e?.code]).toEqual([bad, "InvalidArgument"]);
      fake.sheetByName("Data")!.tables.pop();
      fake.tablesChanged();
    }
  });
});

describe("cells inserted above a table (Range.insert(Down), ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1): “inserts a cell or a range of cells … and shifts the other cells to make space”)", () => {
  test("across the table's columns, the whole table moves down under its name, with its list and what stood below it; formulas that name it are unchanged", async () => {
    const fake = await withTable();
    const e = await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A5").values = [["below"]];
      ws.getRange("D1").formulas = [["=SUM(People[Pay])"]];
      ws.getRange("A2:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "Ann,Bo" } };
      ws.getRange("A1:B2").insert("Down");
    });
    expect(e).toBeNull();
    const t = fake.table("People")!;
    expect([t.top, t.left, t.lastData]).toEqual([3, 1, 5]);
    const ws = fake.sheetByName("Data")!;
    expect([ws.value(3, 1), ws.value(4, 1), ws.value(5, 2), ws.value(7, 1), ws.value(1, 1)]).toEqual(["Name", "Ann", 20, "below", ""]);
    expect(ws.get(1, 4)?.f).toBe("=SUM(People[Pay])");
    expect(ws.validations.map((v) => [v.range.top, v.range.bottom])).toEqual([[4, 5]]);
  });

  test("across part of a table's columns: refused (InvalidOperation — Excel: “the operation is attempting to shift cells in a table”; undocumented in the API, the double takes Excel's refusal)", async () => {
    const fake = await withTable();
    expect((await run(fake, (ctx) => ctx.workbook.worksheets.getItem("Data").getRange("B1:C1").insert("Down")))?.code).toBe("InvalidOperation");
    expect(fake.table("People")!.top).toBe(1);
  });
});

describe("a column added into a table (TableColumnCollection.add(index, values, name), https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1))", () => {
  test("in the middle: cells right of it move, A1 references to them follow (formulas on any sheet, names, conditional formats, validation), structured references by name need nothing", async () => {
    const fake = new FakeExcel();
    fake.install();
    expect(
      await run(fake, (ctx) => {
        const ws = ctx.workbook.worksheets.add("Data");
        ws.getRange("A1:C3").values = [["Name", "Pay", "Note"], ["Ann", 10, "a"], ["Bo", 20, "b"]];
        ws.tables.add("A1:C3", true).name = "People";
        ws.getRange("F1").values = [["beside"]];
        ws.getRange("A6:C6").formulas = [["=SUM(B2:B3)", "=C2&C3", "=SUM(People[Pay])&People[[#This Row],[Note]]"]];
        ws.getRange("A7").formulas = [["=SUM(A2:C3)"]];
        ctx.workbook.worksheets.add("Other").getRange("A1").formulas = [["=Data!$C$2&Data!B2"]];
        ws.getRange("C2:C3").conditionalFormats.add("Custom").custom.rule.formula = '=$C2<>""';
        ws.getRange("C2:C3").dataValidation.rule = { textLength: { formula1: 10, operator: "LessThan" } };
        ctx.workbook.names.add("FirstNote", ws.getRange("C2"));
      }),
    ).toBeNull();
    await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").tables.getItem("People").showTotals = true));
    expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(1, undefined, "Bonus"))).toBeNull();
    const ws = fake.sheetByName("Data")!;
    const t = fake.table("People")!;
    expect(fake.headers(t)).toEqual(["Name", "Bonus", "Pay", "Note"]);
    expect([ws.value(2, 2), ws.value(2, 3), ws.value(2, 4), ws.value(4, 1)]).toEqual(["", 10, "a", "Total"]);
    expect(ws.value(1, 7)).toBe("beside"); // beside the table in its rows: moved with them
    // Rows 6 and 7 are below the table: not moved, but their references to the moved cells follow.
    expect([ws.get(6, 1)?.f, ws.get(6, 2)?.f, ws.get(6, 3)?.f, ws.get(7, 1)?.f]).toEqual(["=SUM(C2:C3)", "=D2&D3", "=SUM(People[Pay])&People[[#This Row],[Note]]", "=SUM(A2:D3)"]);
    expect(fake.sheetByName("Other")!.get(1, 1)?.f).toBe("=Data!$D$2&Data!C2");
    expect(ws.conditionalFormats.map((c) => [c.range, c.formula])).toEqual([[{ top: 2, bottom: 3, left: 4, right: 4 }, '=$D2<>""']]);
    expect(ws.validations.map((v) => v.range)).toEqual([{ top: 2, bottom: 3, left: 4, right: 4 }]);
    expect(fake.names.get("firstnote")?.range).toBe("D2");
    // The new column is empty and no calculated column; a formula naming it is accepted now.
    expect(await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("B2:B3").formulas = [["=[@Pay]/10"], ["=[@Pay]/10"]]))).toBeNull();
  });

  test("at the end with null or -1 (ExcelApi 1.4), and with a name (1.4); an older Excel refuses both (ApiNotFound)", async () => {
    const fake = await withTable();
    expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(null, undefined, "Note"))).toBeNull();
    expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(-1))).toBeNull();
    expect(fake.headers(fake.table("People")!)).toEqual(["Name", "Pay", "Note", "Column4"]);
    const old = await withTable();
    old.apiVersion = 1.3;
    expect((await run(old, (ctx) => ctx.workbook.tables.getItem("People").columns.add(1, undefined, "Bonus")))?.code).toBe("ApiNotFound");
    expect((await run(old, (ctx) => ctx.workbook.tables.getItem("People").columns.add(null)))?.code).toBe("ApiNotFound");
    expect(await run(old, (ctx) => ctx.workbook.tables.getItem("People").columns.add(1))).toBeNull();
  });

  test("refused: on a protected sheet (AccessDenied); an index that is not a column (the end is null or -1: the remark allows no other) or a name the table has (InvalidArgument, the strict reading)", async () => {
    const fake = await withTable();
    const add = (index: number, name: string) => run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(index, undefined, name));
    expect((await add(2, "Note"))?.code).toBe("InvalidArgument");
    expect((await add(1, "pay"))?.code).toBe("InvalidArgument");
    await run(fake, (ctx) => ctx.workbook.worksheets.getItem("Data").protection.protect({}));
    expect((await add(1, "Bonus"))?.code).toBe("AccessDenied");
    expect(fake.headers(fake.table("People")!)).toEqual(["Name", "Pay"]);
  });

  test("a table beside it in the same rows moves with the cells; one that would be cut is refused (InvalidOperation)", async () => {
    const fake = await withTable();
    fake.userTable(fake.sheetByName("Data")!, "Side", "E1:E2", ["Side"]);
    expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(1, undefined, "Bonus"))).toBeNull();
    expect([fake.table("Side")!.left, fake.sheetByName("Data")!.value(1, 6)]).toEqual([6, "Side"]);
    fake.userTable(fake.sheetByName("Data")!, "Tall", "H1:H9", ["Tall"]);
    expect((await run(fake, (ctx) => ctx.workbook.tables.getItem("People").columns.add(1, undefined, "More")))?.code).toBe("InvalidOperation");
  });
});

describe("A1 references when table cells shift (Insert/Delete cells, shift right/left: Excel moves the references to the cells it moves)", () => {
  // Worked by hand: rows 1..10 of Pay shift at column C (3).
  const band = { sheet: "Pay", top: 1, bottom: 10, at: 3 };
  test("an insert moves references at or right of the column, widens a range across it, leaves other rows and sheets", () => {
    expect(shiftColumns("=C5+B5", "Pay", band)).toBe("=D5+B5");
    expect(shiftColumns("=SUM(B2:D2)", "Pay", band)).toBe("=SUM(B2:E2)");
    expect(shiftColumns("=C11", "Pay", band)).toBe("=C11");
    expect(shiftColumns("=Other!C5", "Pay", band)).toBe("=Other!C5");
    expect(shiftColumns("=Pay!$C$5", "Staff", band)).toBe("=Pay!$D$5");
  });
  test("a delete moves references right of the column left, narrows a range across it, breaks one to the deleted cells alone", () => {
    expect(shiftColumnsLeft("=D5+B5", "Pay", band)).toBe("=C5+B5");
    expect(shiftColumnsLeft("=SUM(B2:D2)", "Pay", band)).toBe("=SUM(B2:C2)");
    expect(shiftColumnsLeft("=C5+B5", "Pay", band)).toBeNull();
    expect(shiftColumnsLeft("=C11", "Pay", band)).toBe("=C11");
    expect(shiftColumnsLeft("=Other!D5", "Pay", band)).toBe("=Other!D5");
  });
  test("a reference from another sheet moves however it spells the sheet's name (any case, quoted, a ' doubled)", () => {
    expect(shiftColumns("=pay!C5+'PAY'!C6", "Staff", band)).toBe("=pay!D5+'PAY'!D6");
    expect(shiftColumns("=SUM(pay!C5)+Other!C5", "Other", band)).toBe("=SUM(pay!D5)+Other!C5");
    const quoted = { ...band, sheet: "Bob's 工资 2026-03" };
    expect(shiftColumns("='Bob''s 工资 2026-03'!C5", "Staff", quoted)).toBe("='Bob''s 工资 2026-03'!D5");
    expect(shiftColumnsLeft("='BOB''S 工资 2026-03'!D5", "Staff", quoted)).toBe("='BOB''S 工资 2026-03'!C5");
    // On its own sheet, a reference needs no sheet name; on another, one without it is that sheet's.
    expect(shiftColumns("=C5", "pay", band)).toBe("=D5");
    expect(shiftColumns("=C5", "Staff", band)).toBe("=C5");
  });
});

describe("names (Define and use names in formulas, http://office.microsoft.com/en-gb/help/HP051983471033.aspx)", () => {
  test("a defined name must be a valid identifier, not a cell, and unique with the tables' names", async () => {
    const fake = await withTable();
    const add = (name: string) => run(fake, (ctx) => ctx.workbook.names.add(name, ctx.workbook.worksheets.getItem("Data").getRange("B2")));
    expect(await add("PoolRate")).toBeNull();
    expect((await add("poolrate"))?.code).toBe("ItemAlreadyExists");
    expect((await add("People"))?.code).toBe("ItemAlreadyExists");
    expect((await add("XFD1"))?.code).toBe("InvalidArgument");
    expect((await add("Pool Rate"))?.code).toBe("InvalidArgument");
  });
});

describe("sheet names (31 characters, none of : \\ / ? * [ ], unique ignoring case — see fake/naming.ts for the sources)", () => {
  test("Excel's rules", async () => {
    const fake = new FakeExcel();
    fake.install();
    const add = (name: string) => run(fake, (ctx) => ctx.workbook.worksheets.add(name));
    expect(await add("工资 2026-11")).toBeNull();
    expect((await add("工资 2026-11".toUpperCase()))?.code).toBe("ItemAlreadyExists");
    expect((await add("x".repeat(32)))?.code).toBe("InvalidArgument");
    expect(await add("x".repeat(31))).toBeNull();
    for (const bad of ["a:b", "a/b", "a\\b", "a?b", "a*b", "a[b", "a]b", "'ab", "ab'", "History", "", " "]) expect([bad, (await add(bad))?.code]).toEqual([bad, "InvalidArgument"]);
  });
});

describe("protection (Worksheet.protection and WorksheetProtectionOptions, https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions)", () => {
  async function protectedSheet(options: Excel.WorksheetProtectionOptions = {}): Promise<FakeExcel> {
    const fake = await withTable();
    await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1").format.protection.locked = false;
      ws.protection.protect(options);
    });
    return fake;
  }
  const on = (fake: FakeExcel, body: (ws: any) => void) => run(fake, (ctx) => body(ctx.workbook.worksheets.getItem("Data")));

  test("only unlocked cells take values; a locked one refuses with AccessDenied (the docs name no code: the double takes the one of “You cannot perform the requested operation”)", async () => {
    const fake = await protectedSheet();
    expect(await on(fake, (ws) => (ws.getRange("E1").values = [[1]]))).toBeNull();
    expect((await on(fake, (ws) => (ws.getRange("D1").values = [[1]])))?.code).toBe("AccessDenied");
  });

  test("data validation and conditional formats are refused on a protected sheet (Excel greys both out there); formats need allowFormatCells", async () => {
    const fake = await protectedSheet();
    expect((await on(fake, (ws) => (ws.getRange("E1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } })))?.code).toBe("AccessDenied");
    expect((await on(fake, (ws) => ws.getRange("E1").conditionalFormats.add("Custom")))?.code).toBe("AccessDenied");
    expect((await on(fake, (ws) => (ws.getRange("E1").format.fill.color = "#FFFF00")))?.code).toBe("AccessDenied");
    const formatting = await protectedSheet({ allowFormatCells: true });
    expect(await on(formatting, (ws) => (ws.getRange("E1").format.fill.color = "#FFFF00"))).toBeNull();
  });

  test("rows cannot be added to a table on a protected sheet", async () => {
    const fake = await protectedSheet();
    expect((await run(fake, (ctx) => ctx.workbook.tables.getItem("People").rows.add(null, [["Cy", 1]])))?.code).toBe("AccessDenied");
  });

  test("protecting a protected sheet or unprotecting an open one fails with AccessDenied (office-js issue #6784); a wrong password is BadPassword (error-handling page)", async () => {
    const fake = await protectedSheet();
    expect((await on(fake, (ws) => ws.protection.protect({})))?.code).toBe("AccessDenied");
    fake.sheetByName("Data")!.password = "secret";
    expect((await on(fake, (ws) => ws.protection.unprotect()))?.code).toBe("BadPassword");
    expect(await on(fake, (ws) => ws.protection.unprotect("secret"))).toBeNull();
    expect((await on(fake, (ws) => ws.protection.unprotect()))?.code).toBe("AccessDenied");
  });
});

describe("writes and reads", () => {
  test("a 2-D array must have the range's size (InvalidArgument, as reported in office-js issue #1025)", async () => {
    const fake = await withTable();
    expect((await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D1:E2").values = [[1, 2]])))?.code).toBe("InvalidArgument");
  });

  test("AutoFill copies a formula down, moving relative rows only; FillFormats copies the looks alone; it needs ExcelApi 1.9 (Range.autoFill)", async () => {
    const fake = await withTable();
    await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("D2").formulas = [["=B2*$B$2"]];
      ws.getRange("D2").autoFill("D2:D4", "FillCopy");
      ws.getRange("E2").numberFormat = [["0.00"]];
      ws.getRange("E2").values = [[7]];
      ws.getRange("E2").autoFill("E2:E3", "FillFormats");
    });
    const ws = fake.sheetByName("Data")!;
    expect([2, 3, 4].map((r) => ws.get(r, 4)?.f)).toEqual(["=B2*$B$2", "=B3*$B$2", "=B4*$B$2"]);
    expect(ws.get(3, 5)).toMatchObject({ v: "", nf: "0.00" });
    const old = await withTable();
    old.apiVersion = 1.8;
    expect((await run(old, (ctx) => ctx.workbook.worksheets.getItem("Data").getRange("B2").autoFill("B2:B3", "FillCopy")))?.code).toBe("ApiNotFound");
  });

  test("getSpecialCellsOrNullObject finds constants and formulas as areas, “Sheet1!A1:B4, Sheet1!D1:D4” (RangeAreas.address); none gives a null object", async () => {
    const fake = await withTable();
    await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D2").formulas = [["=B2"]]));
    let constants: any;
    let formulas: any;
    let none: any;
    await run(fake, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      constants = ws.getRange("A1:D3").getSpecialCellsOrNullObject("Constants").load("address");
      formulas = ws.getRange("A1:D3").getSpecialCellsOrNullObject("Formulas").load("address");
      none = ws.getRange("F1:F3").getSpecialCellsOrNullObject("Constants").load("address");
    });
    expect(constants.address).toBe("Data!A1:B3");
    expect(formulas.address).toBe("Data!D2");
    expect(none.isNullObject).toBe(true);
  });

  test("page zoom takes the documented PageLayoutZoomOptions fields only (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions)", async () => {
    const fake = await withTable();
    expect(await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 9 }))).toBeNull();
    expect((await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("Data").pageLayout.zoom = { fitToWidth: true })))?.code).toBe("InvalidArgument");
  });

  test("a response over Excel on the web's 5 MB is refused (ResponsePayloadSizeLimitExceeded, resource-limits page)", async () => {
    const fake = await withTable();
    fake.responseLimit = 10;
    expect((await run(fake, (ctx) => ctx.workbook.worksheets.getItem("Data").getRange("A1:B3").load("values")))?.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("a property read before load and sync is an error (office-addin-mock, as Office.js)", async () => {
    const fake = await withTable();
    await fake.excel.run(async (ctx: any) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A2");
      expect(String(r.values)).toMatch(/not loaded|sync/i);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([["Ann"]]);
    });
  });
});

describe("the active sheet and its used range (WorksheetCollection.getActiveWorksheet, Worksheet.getUsedRange: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1))", () => {
  test("the active sheet's name and used range (values only), its address where the range starts", async () => {
    const fake = await withTable();
    fake.addSheet("Pasted").type("C5", "x");
    fake.sheetByName("Pasted")!.type("D7", 12);
    fake.activeName = "Pasted";
    let got: { name: string; address: string; values: unknown[][] } | undefined;
    await fake.excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const used = ws.getUsedRange(true);
      used.load(["address", "values"]);
      await ctx.sync();
      got = { name: ws.name, address: used.address, values: used.values };
    });
    expect(got).toEqual({ name: "Pasted", address: "Pasted!C5:D7", values: [["x", ""], ["", ""], ["", 12]] });
  });
});

describe("Excel.createWorkbook (ExcelApi 1.8, https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1))", () => {
  test("opens a new workbook from the Base64 .xlsx given, leaving the open one as it is", async () => {
    const fake = await withTable();
    const before = fake.sheets.map((s) => s.name);
    await fake.excel.createWorkbook(Buffer.from([0x50, 0x4b, 0x03, 0x04]).toString("base64"));
    await fake.excel.createWorkbook();
    expect(fake.created).toEqual([new Uint8Array([0x50, 0x4b, 0x03, 0x04]), null]);
    expect(fake.sheets.map((s) => s.name)).toEqual(before);
  });

  test("an Excel before ExcelApi 1.8 has no such API", async () => {
    const fake = await withTable();
    fake.apiVersion = 1.7;
    await expect(fake.excel.createWorkbook("UEsDBA==")).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.created).toEqual([]);
  });
});
