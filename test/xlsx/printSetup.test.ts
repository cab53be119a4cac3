/**
 * Issue 12's print features, as both writers (exceljs, ../../src/xlsx/render.ts; the fast writer,
 * ../../src/xlsx/writer) put them in the file: the print area, the header and footer in Excel's codes,
 * narrow margins, grouped and folded columns and rows, row heights, borders, a Chinese body font (the
 * theme's and the default cell font), and a drop-down that follows its table. Read from the parts
 * themselves, and checked against the OOXML schemas.
 */
import { headerFooterCode, printAreaRef, sectionCode } from "../../src/workbook/print";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { toBuffer } from "./reference/exceljsRenderer";
import { toBufferFast } from "../../src/xlsx/writer";
import { elements, NS, openXlsx, parseXml, required, type XlsxPackage } from "../ooxml/package";
import { expectValidOoxml } from "../ooxml/validate";

const spec: WorkbookSpec = {
  font: { name: "等线", charset: 134, script: "Hans" },
  names: [],
  sheets: [
    {
      key: "roles",
      name: "岗位",
      cells: [
        { at: "A1", value: "岗位目录", style: "title" },
        { at: "A2", value: "很长的说明，".repeat(10), style: ["note", "wrap"] },
        { at: "A3", value: "签收", style: ["box", "cut"] },
      ],
      merges: ["A2:C2"],
      rowHeights: { "2": 48 },
      tables: [{ name: "Roles", at: "A5", columns: [{ key: "id", header: "编号", input: true }, { key: "nameZh", header: "中文名称", input: true }, { key: "code", header: "辅助：代码", formula: '[@id]&""' }], rows: [{ id: "manager", nameZh: "经理" }] }],
      columnGroups: [{ from: "C", to: "C", collapsed: true }],
      rowGroups: [{ from: 3, to: 3, collapsed: true }],
      page: {
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        printArea: "A:B",
        narrowMargins: true,
        header: { left: ["某某 & 网店"], right: ["岗位目录"] },
        footer: { center: ["第 ", { field: "page" }, " 页 / 共 ", { field: "pages" }, " 页"] },
      },
    },
    {
      key: "staff",
      name: "员工",
      cells: [],
      tables: [
        {
          name: "Staff",
          at: "A1",
          columns: [
            { key: "id", header: "编号", input: true },
            { key: "role", header: "岗位", input: true, validation: { kind: "listFrom", source: { table: "Roles", column: "nameZh" } } },
          ],
          rows: [{ id: "E01", role: "经理" }],
        },
      ],
    },
  ],
};

const writers = [
  ["exceljs", () => toBuffer(spec)],
  ["fast", () => toBufferFast(spec)],
] as const;

const sheetXml = (pkg: XlsxPackage, name: string) => parseXml(required(pkg.parts, pkg.sheets.find((s) => s.name === name)!.path), name);

describe("Excel's header and footer codes", () => {
  test("sections in order, fields as &P and &N, a literal & doubled", () => {
    expect(sectionCode(["第 ", { field: "page" }, " 页 / 共 ", { field: "pages" }, " 页"])).toBe("第 &P 页 / 共 &N 页");
    expect(headerFooterCode({ left: ["A & B"], right: ["2026-11 工资表"] })).toBe("&LA && B&R2026-11 工资表");
    expect(headerFooterCode(undefined)).toBe("");
  });

  test("a print area of whole columns grows with the rows; a sheet name with ' is quoted", () => {
    expect(printAreaRef("工资 2026-11", "A:S")).toBe("'工资 2026-11'!$A:$S");
    expect(printAreaRef("O'Brien", "b:a")).toBe("'O''Brien'!$A:$B");
    expect(printAreaRef("设置", "A1:G30")).toBe("'设置'!$A$1:$G$30");
  });
});

describe.each(writers)("the %s writer", (_name, write) => {
  let pkg: XlsxPackage;
  let data: Buffer;
  beforeAll(async () => {
    data = await write();
    pkg = await openXlsx(data);
  });

  test("the file passes the OOXML schemas", async () => {
    await expectValidOoxml([{ name: `print-${_name}.xlsx`, data }]);
  });

  test("the print area is a defined name of the sheet, whole columns", () => {
    const names = elements(parseXml(required(pkg.parts, "xl/workbook.xml"), "workbook"), NS.main, "definedName");
    const area = names.find((n) => n.getAttribute("name") === "_xlnm.Print_Area");
    expect(area?.getAttribute("localSheetId")).toBe("0");
    expect(area?.textContent).toBe("'岗位'!$A:$B");
  });

  test("A4 landscape fitted to one page wide, Excel's narrow margins, the header and footer in codes", () => {
    const doc = sheetXml(pkg, "岗位");
    const setup = elements(doc, NS.main, "pageSetup")[0]!;
    expect([setup.getAttribute("paperSize"), setup.getAttribute("orientation"), setup.getAttribute("fitToWidth"), setup.getAttribute("fitToHeight")]).toEqual(["9", "landscape", "1", "0"]);
    const m = elements(doc, NS.main, "pageMargins")[0]!;
    expect([m.getAttribute("left"), m.getAttribute("right")]).toEqual(["0.25", "0.25"]);
    expect(elements(doc, NS.main, "oddHeader")[0]?.textContent).toBe("&L某某 && 网店&R岗位目录");
    expect(elements(doc, NS.main, "oddFooter")[0]?.textContent).toBe("&C第 &P 页 / 共 &N 页");
  });

  test("a folded column group is hidden at outline level 1; so is a folded row; a row's height is kept", () => {
    const doc = sheetXml(pkg, "岗位");
    const c = elements(doc, NS.main, "col").find((x) => x.getAttribute("min") === "3")!;
    expect([c.getAttribute("hidden"), c.getAttribute("outlineLevel")]).toEqual(["1", "1"]);
    const row = (r: string) => elements(doc, NS.main, "row").find((x) => x.getAttribute("r") === r)!;
    expect([row("3").getAttribute("hidden"), row("3").getAttribute("outlineLevel")]).toEqual(["1", "1"]);
    expect([row("2").getAttribute("ht"), row("2").getAttribute("customHeight")]).toEqual(["48", "1"]);
    const format = elements(doc, NS.main, "sheetFormatPr")[0]!;
    expect([format.getAttribute("outlineLevelCol"), format.getAttribute("outlineLevelRow")]).toEqual(["1", "1"]);
  });

  test("a boxed cell has thin lines all round, a cut line a dashed one below", () => {
    const styles = parseXml(required(pkg.parts, "xl/styles.xml"), "styles");
    const borders = elements(styles, NS.main, "border").map((b) => ["left", "right", "top", "bottom"].map((side) => elements(b, NS.main, side)[0]?.getAttribute("style") ?? ""));
    expect(borders).toContainEqual(["thin", "thin", "thin", "dashed"]);
  });

  test("the body font is 等线: the default cell font with charset 134, and the theme's minor font for Hans", () => {
    const styles = parseXml(required(pkg.parts, "xl/styles.xml"), "styles");
    const fonts = elements(styles, NS.main, "font");
    const first = fonts[0]!;
    expect(elements(first, NS.main, "name")[0]?.getAttribute("val")).toBe("等线");
    expect(elements(first, NS.main, "charset")[0]?.getAttribute("val")).toBe("134");
    // Every font the cells use is the body font: no Latin-only font is left.
    expect([...new Set(fonts.map((f) => elements(f, NS.main, "name")[0]?.getAttribute("val")))]).toEqual(["等线"]);
    const theme = required(pkg.parts, "xl/theme/theme1.xml");
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="等线"\/>.*<a:font script="Hans" typeface="等线"\/><\/a:minorFont>/);
  });

  test("the drop-down from a table column is INDIRECT of its name, so it grows with the table", () => {
    const dv = elements(sheetXml(pkg, "员工"), NS.main, "dataValidation")[0]!;
    expect(elements(dv, NS.main, "formula1")[0]?.textContent).toBe('INDIRECT("Roles[中文名称]")');
  });
});
