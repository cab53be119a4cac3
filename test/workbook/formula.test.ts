import fc from "fast-check";
import { a1, absRef, colLetters, colNumber, parseA1, parseRange, quoteSheet, rangeA1 } from "../../src/workbook/address";
import { forbiddenFunctions, hasStructuredRef, mapFunctionNames, resolveStructuredRefs, storedRef, subtotalFormula, type TableDirectory } from "../../src/workbook/formula";

const dir: TableDirectory = new Map([
  ["Roles", { headers: new Map([["base", "底薪"], ["share", "份额 (%)"], ["name", "Name"]]) }],
  ["Pay_2026_11", { headers: new Map([["gross", "Gross"]]) }],
]);
const r = (f: string, here?: string) => resolveStructuredRefs(f, dir, here);

describe("resolveStructuredRefs", () => {
  test.each([
    ["[@base]*[@share]", "Roles", "Roles[[#This Row],[底薪]]*Roles[[#This Row],[份额 (%)]]"],
    ["[@[base]]", "Roles", "Roles[[#This Row],[底薪]]"],
    ["Roles[@base]", undefined, "Roles[[#This Row],[底薪]]"],
    ["SUM(Roles[share])", undefined, "SUM(Roles[[份额 (%)]])"],
    ["SUM(Roles[[share]])", undefined, "SUM(Roles[[份额 (%)]])"],
    ["Roles[[#Totals],[base]]", undefined, "Roles[[#Totals],[底薪]]"],
    ["Roles[[#this row],[base]]", undefined, "Roles[[#This Row],[底薪]]"],
    ["SUM(Roles[[base]:[share]])", undefined, "SUM(Roles[[底薪]:[份额 (%)]])"],
    ["INDEX(Roles[share],MATCH(\"x\",Roles[name],0))", undefined, "INDEX(Roles[[份额 (%)]],MATCH(\"x\",Roles[[Name]],0))"],
    ["SUM(Pay_2026_11[gross])+PoolRate", undefined, "SUM(Pay_2026_11[[Gross]])+PoolRate"],
  ])("%s", (input, here, expected) => {
    expect(r(input, here)).toBe(expected);
  });

  test("leaves strings, quoted sheet names and A1 references alone", () => {
    expect(r(`IF(A1="[@base]",'a[1]'!B2,SUM($C$3:C9))`)).toBe(`IF(A1="[@base]",'a[1]'!B2,SUM($C$3:C9))`);
    expect(r(`"say ""[x]"""&Roles[name]`)).toBe(`"say ""[x]"""&Roles[[Name]]`);
  });

  test("fails loudly on unknown tables, keys, a bare [..] outside a table, and #All", () => {
    expect(() => r("Nope[x]")).toThrow(/unknown table Nope/);
    expect(() => r("Roles[gross]")).toThrow(/no column key "gross"/);
    expect(() => r("[@base]")).toThrow(/without a table name/);
    expect(() => r("ROWS(Roles[#All])")).toThrow(/unsupported/);
  });

  test("storedRef escapes [ ] # ' in a header with ' (Microsoft Support, \"Using structured references with Excel tables\")", () => {
    // Written out by hand from the rule: each of the four characters gets a ' before it, nothing else does.
    const odd = { table: "T", key: "k", header: "a[1]#'x 份额 (%)" };
    expect(storedRef({ item: "column", ...odd })).toBe("T[[a'[1']'#''x 份额 (%)]]");
    expect(storedRef({ item: "Totals", ...odd })).toBe("T[[#Totals],[a'[1']'#''x 份额 (%)]]");
    expect(storedRef({ item: "range", ...odd, lastKey: "b", lastHeader: "b]" })).toBe("T[[a'[1']'#''x 份额 (%)]:[b']]]");
    expect(storedRef({ item: "Headers", table: "T", key: "k", header: "底薪" })).toBe("T[[#Headers],[底薪]]");
  });

  test("hasStructuredRef ignores brackets inside strings and sheet names", () => {
    expect(hasStructuredRef("$C2>1")).toBe(false);
    expect(hasStructuredRef(`A1="[x]"`)).toBe(false);
    expect(hasStructuredRef(`'a[1]'!B2>0`)).toBe(false);
    expect(hasStructuredRef("[@share]>1")).toBe(true);
  });
});

describe("function names", () => {
  test("mapFunctionNames touches calls only, not names, cells or strings", () => {
    const seen: string[] = [];
    mapFunctionNames(`ROUND(PoolRate*A1,2)+IF(B2="SUM(",_xlfn.IFS(1,2),'S(1)'!C3)`, (n) => (seen.push(n), n));
    expect(seen).toEqual(["ROUND", "IF", "_xlfn.IFS"]);
  });
  test("forbiddenFunctions finds dynamic-array and LET-era functions, prefixed or not", () => {
    expect(forbiddenFunctions("LET(x,1,x)+_xlfn._xlws.FILTER(A:A,B:B)+let(y,2,y)")).toEqual(["LET", "FILTER", "LET"]);
    expect(forbiddenFunctions('SUMIFS(A:A,B:B,"XLOOKUP(")+INDEX(A:A,MATCH(1,B:B,0))')).toEqual([]);
  });
  // forbiddenFunctions skips the scan of a formula naming no forbidden function anywhere (issue 15): it must
  // find what the whole scan finds, whatever the case, prefix, quoting or neighbours of the names.
  test("forbiddenFunctions finds what a scan of every function call finds", () => {
    const names = ["LET", "xlookup", "_xlfn.FILTER", "_xlfn._xlws.Sort", "SUM", "INDEX", "MATCH", "ROUND", "Single", "LETTER", "MAP2", "SCANNER"];
    const token = fc.oneof(
      fc.constantFrom(...names).map((n) => `${n}(`),
      fc.constantFrom(...names),
      fc.constantFrom("1", ",", ")", "A1", "$A$42", "+", "Pay_2026_11[gross]", '"LET("', "'LET(x'!A1", " "),
    );
    const scan = (f: string) => {
      const found: string[] = [];
      mapFunctionNames(f, (name) => {
        const bare = name.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "");
        if (["LET", "XLOOKUP", "FILTER", "SORT", "SINGLE"].includes(bare)) found.push(bare);
        return name;
      });
      return found;
    };
    fc.assert(fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
      const f = tokens.join("");
      expect(forbiddenFunctions(f)).toEqual(scan(f));
    }));
  });
});

describe("A1 helpers", () => {
  test("columns", () => {
    expect([1, 26, 27, 52, 703, 16384].map(colLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    for (const n of [1, 26, 27, 52, 703, 16384]) expect(colNumber(colLetters(n))).toBe(n);
    expect(() => colLetters(16385)).toThrow();
  });
  test("cells and ranges", () => {
    expect(a1(3, 2)).toBe("B3");
    expect(parseA1("$B$3")).toEqual({ row: 3, col: 2 });
    expect(parseRange("D9:A2")).toEqual({ top: 2, left: 1, bottom: 9, right: 4 });
    expect(rangeA1(parseRange("B3"))).toBe("B3");
    expect(rangeA1(parseRange("A2:D9"), true)).toBe("$A$2:$D$9");
    expect(() => parseA1("B0")).toThrow();
  });
  test("sheet references are always quoted, with ' doubled", () => {
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(absRef("设置", "B3")).toBe("'设置'!$B$3");
    expect(absRef("Pay 11", "A2:A9")).toBe("'Pay 11'!$A$2:$A$9");
  });
});

describe("resolveStructuredRefs remembers rewritten references per table's columns (issue 15)", () => {
  test("two directories naming the same table with other headers each get their own", () => {
    const zh: TableDirectory = new Map([["Staff", { headers: new Map([["name", "姓名"]]) }]]);
    const en: TableDirectory = new Map([["Staff", { headers: new Map([["name", "Name"]]) }]]);
    for (let i = 0; i < 2; i++) {
      expect(resolveStructuredRefs("INDEX(Staff[name],1)", zh)).toBe("INDEX(Staff[[姓名]],1)");
      expect(resolveStructuredRefs("INDEX(Staff[name],1)", en)).toBe("INDEX(Staff[[Name]],1)");
    }
  });

  test("a reference that failed once fails again, naming the formula it is in each time", () => {
    const d: TableDirectory = new Map([["Staff", { headers: new Map([["name", "姓名"]]) }]]);
    expect(() => resolveStructuredRefs("Staff[nmae]&1", d)).toThrow(/"Staff\[nmae\]&1": table Staff has no column key "nmae"/);
    expect(() => resolveStructuredRefs("Staff[nmae]&2", d)).toThrow(/"Staff\[nmae\]&2": table Staff has no column key "nmae"/);
  });
});

describe("subtotalFormula (the totals row's built-in totals, as both writers write them)", () => {
  it("uses Excel's 10x function numbers, which skip rows a filter hides, over the column by its header", () => {
    // Microsoft's SUBTOTAL table: 101 AVERAGE, 103 COUNTA, 104 MAX, 105 MIN, 109 SUM (ignoring hidden rows).
    expect(subtotalFormula("Payroll_2026_11", { key: "net", header: "实发工资" }, "sum")).toBe("SUBTOTAL(109,Payroll_2026_11[[实发工资]])");
    expect(subtotalFormula("Staff", { key: "base", header: "Base" }, "average")).toBe("SUBTOTAL(101,Staff[[Base]])");
    expect(subtotalFormula("Staff", { key: "id", header: "ID" }, "count")).toBe("SUBTOTAL(103,Staff[[ID]])");
    expect(subtotalFormula("Staff", { key: "base", header: "Base" }, "max")).toBe("SUBTOTAL(104,Staff[[Base]])");
    expect(subtotalFormula("Staff", { key: "base", header: "Base" }, "min")).toBe("SUBTOTAL(105,Staff[[Base]])");
  });
});
