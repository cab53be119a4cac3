/**
 * Excel.Range, Excel.RangeAreas and their formats in the double. What a range reads back is what
 * Excel gives: `values` ("" for a blank cell and for a formula, which the double does not compute),
 * `formulas` in Excel's display form (./formula.ts displayFormula), `numberFormat` ("General" when
 * none). Writes take a 2-D array of the range's size or one value (./workbook.ts write).
 */
import { rangeA1, type RangePos } from "../../../src/workbook/address";
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./excel";
import { displayFormula } from "./formula";
import { overlap, parseAddress, quoteSheet, range, type ConditionalFormat, type FakeSheet, type Fmt } from "./model";
import { MAX_COL, MAX_ROW } from "../../../src/workbook/address";
import { makeProxy } from "./proxy";

export type Place = { sheet: FakeSheet; r: RangePos };

/** Range.format (and RangeAreas.format): `apply` patches the look of every cell. */
export function formatProxy(fx: FakeExcel, place: (() => Place) | null, apply: (patch: Fmt) => void, areas: () => Place[] = () => [place!()]): any {
  return makeProxy(fx, {
    setters: {
      columnWidth: (v: number) => {
        const { sheet, r } = place!();
        fx.guard(sheet, "formatColumns");
        for (const col of range(r.left, r.right)) sheet.widths.set(col, v);
      },
      wrapText: (v: boolean) => apply({ wrap: v }),
      // RangeFormat.horizontalAlignment: Excel.HorizontalAlignment (ExcelApi 1.1),
      // https://learn.microsoft.com/javascript/api/excel/excel.horizontalalignment
      horizontalAlignment: (v: string) => {
        if (!HORIZONTAL.has(v)) throw new FakeOfficeError("InvalidArgument", `horizontalAlignment ${v}`);
        apply({ align: v });
      },
      // RangeFormat.verticalAlignment: "Top" | "Center" | "Bottom" | "Justify" | "Distributed" (ExcelApi 1.1).
      verticalAlignment: (v: string) => {
        if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) throw new FakeOfficeError("InvalidArgument", `verticalAlignment ${v}`);
        apply({ valign: v });
      },
      // RangeFormat.rowHeight, in points (ExcelApi 1.1); Excel takes 0 to 409. On RangeAreas, the rows
      // of every area ("a RangeFormat object … for all ranges in the RangeAreas object", ExcelApi 1.9,
      // https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-format-member).
      rowHeight: (v: number) => {
        if (!(v >= 0 && v <= 409)) throw new FakeOfficeError("InvalidArgument", `row height ${v}`);
        for (const { sheet, r } of areas()) {
          fx.guard(sheet, "format");
          for (const row of range(r.top, r.bottom)) sheet.rowHeights.set(row, v);
        }
      },
    },
    children: {
      fill: () => makeProxy(fx, { setters: { color: (v: string) => apply({ fill: v }) } }),
      font: () =>
        makeProxy(fx, {
          setters: {
            color: (v: string) => apply({ fontColor: v }),
            bold: (v: boolean) => apply({ bold: v }),
            italic: (v: boolean) => apply({ italic: v }),
            size: (v: number) => apply({ size: v }),
            // RangeFont.underline: Excel.RangeUnderlineStyle (ExcelApi 1.1).
            underline: (v: string) => {
              if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v)) throw new FakeOfficeError("InvalidArgument", `underline ${v}`);
              apply({ underline: v });
            },
            // RangeFont.name (ExcelApi 1.1); over a whole sheet (Worksheet.getRange()), the sheet's font.
            name: (v: string) => {
              const whole = place?.();
              if (whole && whole.r.top === 1 && whole.r.left === 1 && whole.r.bottom === MAX_ROW && whole.r.right === MAX_COL) whole.sheet.font = v;
              else throw new FakeOfficeError("InvalidArgument", "the double models a font name for a whole sheet only");
            },
          },
        }),
      // RangeFormat.borders.getItem(index) (ExcelApi 1.1): style Excel.BorderLineStyle, weight Excel.BorderWeight.
      borders: () =>
        makeProxy(fx, {
          methods: {
            getItem: (index: string) => {
              if (!BORDER_INDEXES.has(index)) throw new FakeOfficeError("InvalidArgument", `border ${index}`);
              const set = (field: "style" | "weight", allowed: Set<string>) => (v: string) => {
                if (!allowed.has(v)) throw new FakeOfficeError("InvalidArgument", `border ${field} ${v}`);
                // Inside lines exist only between cells: a one-column range has no InsideVertical.
                const { r } = place ? place() : { r: null };
                if (r && ((index === "InsideVertical" && r.left === r.right) || (index === "InsideHorizontal" && r.top === r.bottom))) return;
                apply({ borders: { [index]: { [field]: v } } });
              };
              return makeProxy(fx, { setters: { style: set("style", BORDER_STYLES), weight: set("weight", BORDER_WEIGHTS) } });
            },
          },
        }),
      protection: () => makeProxy(fx, { setters: { locked: (v: boolean) => apply({ locked: v }) } }),
    },
  });
}

const HORIZONTAL = new Set(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
const BORDER_INDEXES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const BORDER_WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);

/** "Sheet1!A1:B4, Sheet1!D1:D4" — RangeAreas.address, https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member */
export function areasAddress(sheet: FakeSheet, areas: readonly RangePos[]): string {
  return areas.map((a) => `${quoteSheet(sheet.name)}!${rangeA1(a)}`).join(", ");
}

/** Worksheet.getRanges("A1:B2, D4") and Range.getSpecialCells…: RangeAreas. */
export function areasProxy(fx: FakeExcel, resolve: () => { sheet: FakeSheet; areas: RangePos[] }): any {
  const apply = (patch: Fmt) => {
    const { sheet, areas } = resolve();
    for (const a of areas) fx.format(sheet, a, patch);
  };
  return makeProxy(fx, {
    scalars: {
      address: () => {
        const { sheet, areas } = resolve();
        return areas.length ? areasAddress(sheet, areas) : null;
      },
      isNullObject: () => resolve().areas.length === 0,
      areaCount: () => resolve().areas.length,
    },
    children: {
      format: () =>
        formatProxy(fx, null, apply, () => {
          const { sheet, areas } = resolve();
          return areas.map((r) => ({ sheet, r }));
        }),
    },
  });
}

export function rangeProxy(fx: FakeExcel, resolve: () => Place, label: string): any {
  const grid = (fn: (s: FakeSheet, row: number, col: number) => unknown) => {
    const { sheet, r } = resolve();
    return range(r.top, r.bottom).map((row) => range(r.left, r.right).map((col) => fn(sheet, row, col)));
  };
  const p: any = makeProxy(fx, {
    scalars: {
      address: () => {
        const { sheet, r } = resolve();
        return `${quoteSheet(sheet.name)}!${rangeA1(r)}`;
      },
      values: () => grid((s, row, col) => s.value(row, col)),
      formulas: () =>
        grid((s, row, col) => {
          const c = s.get(row, col);
          return c?.f !== undefined ? displayFormula(c.f, s.tableAt(row, col)?.name ?? null) : (c?.v ?? "");
        }),
      numberFormat: () => grid((s, row, col) => s.get(row, col)?.nf ?? "General"),
      rowCount: () => resolve().r.bottom - resolve().r.top + 1,
      columnCount: () => resolve().r.right - resolve().r.left + 1,
    },
    setters: {
      values: (v: unknown) => fx.write(resolve().sheet, resolve().r, v),
      formulas: (v: unknown) => fx.write(resolve().sheet, resolve().r, v),
      numberFormat: (v: unknown) => fx.numberFormat(resolve().sheet, resolve().r, v),
      // Range.columnHidden / rowHidden (ExcelApi 1.2): whole columns or rows of the range.
      columnHidden: (v: boolean) => {
        fx.supports(1.2, "Range.columnHidden");
        const { sheet, r } = resolve();
        fx.guard(sheet, "formatColumns");
        for (const col of range(r.left, r.right)) (v ? sheet.hiddenColumns.add(col) : sheet.hiddenColumns.delete(col));
      },
      rowHidden: (v: boolean) => {
        fx.supports(1.2, "Range.rowHidden");
        const { sheet, r } = resolve();
        fx.guard(sheet, "format");
        for (const row of range(r.top, r.bottom)) (v ? sheet.hiddenRows.add(row) : sheet.hiddenRows.delete(row));
      },
    },
    methods: {
      __resolve: () => resolve(),
      getRow: (i: number) =>
        rangeProxy(fx, () => {
          const { sheet, r } = resolve();
          if (r.top + i > r.bottom) throw new FakeOfficeError("InvalidArgument", `row ${i} is outside ${rangeA1(r)}`);
          return { sheet, r: { ...r, top: r.top + i, bottom: r.top + i } };
        }, `${label}.row(${i})`),
      clear: (applyTo?: string) => fx.call({ m: "clear", applyTo }, () => fx.clear(resolve().sheet, resolve().r)),
      merge: () =>
        fx.call({ m: "merge" }, () => {
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          // A merge across part of another is refused; the same range again is a merge already there.
          const a = rangeA1(r);
          for (const m of sheet.mergesOverlapping(r)) if (m !== a) throw new FakeOfficeError("InvalidOperation", `${a} overlaps the merged cells ${m}`);
          sheet.addMerge(a, r);
        }),
      // Range.unmerge() (ExcelApi 1.2): every merged area in the range is split again.
      unmerge: () =>
        fx.call({ m: "unmerge" }, () => {
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          const gone = new Set(sheet.mergesOverlapping(r));
          if (gone.size > 0) sheet.merges = sheet.merges.filter((m) => !gone.has(m));
        }),
      // Range.insert("Down") (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)):
      // blank cells at the range, what stands below them in its columns moved down.
      insert: (shift: string) =>
        fx.call({ m: "insert", shift }, () => {
          if (shift !== "Down") throw new FakeOfficeError("InvalidArgument", "the double models Range.insert(Down) only");
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          fx.insertCellsDown(sheet, r);
        }),
      // Range.copyFrom(source, "Values") (ExcelApi 1.9): the source's values onto a range of its size.
      copyFrom: (source: any, copyType = "All") => {
        fx.needs(1.9, "Range.copyFrom");
        fx.call({ m: "copyFrom", copyType }, () => {
          if (copyType !== "Values") throw new FakeOfficeError("InvalidArgument", "the double models copyFrom with Values only");
          const from = source.__resolve() as Place;
          const { sheet, r } = resolve();
          if (from.r.bottom - from.r.top !== r.bottom - r.top || from.r.right - from.r.left !== r.right - r.left) throw new FakeOfficeError("InvalidArgument", "copyFrom: the ranges differ in size (the double copies like for like)");
          fx.guard(sheet, "cells", r);
          for (const row of range(0, r.bottom - r.top))
            for (const col of range(0, r.right - r.left)) {
              const v = from.sheet.get(from.r.top + row, from.r.left + col);
              const c = sheet.cell(r.top + row, r.left + col);
              c.v = v?.f !== undefined ? "" : (v?.v ?? "");
              delete c.f;
              if (v?.q) c.q = true;
              else delete c.q;
            }
        });
      },
      autoFill: (dest: string, type = "FillDefault") => {
        fx.needs(1.9, "Range.autoFill");
        fx.call({ m: "autoFill", dest, type }, () => {
          const { sheet, r } = resolve();
          fx.autoFill(sheet, r, parseAddress(dest), type);
        });
      },
      getSpecialCellsOrNullObject: (type: "Constants" | "Formulas") => {
        fx.needs(1.9, "Range.getSpecialCellsOrNullObject");
        return areasProxy(fx, () => {
          const { sheet, r } = resolve();
          return { sheet, areas: fx.specialCells(sheet, r, type) };
        });
      },
    },
    children: {
      format: () => formatProxy(fx, resolve, (patch) => fx.format(resolve().sheet, resolve().r, patch)),
      dataValidation: () => validationProxy(fx, resolve),
      conditionalFormats: () => conditionalFormatsProxy(fx, resolve),
    },
  });
  p.__address = label;
  return p;
}

/** Range.dataValidation (ExcelApi 1.8); refused on a protected sheet. */
function validationProxy(fx: FakeExcel, resolve: () => Place): any {
  const entry = () => {
    const { sheet, r } = resolve();
    fx.guard(sheet, "structure");
    let e = sheet.validations.find((x) => rangeA1(x.range) === rangeA1(r));
    if (!e) sheet.validations.push((e = { range: r }));
    return e;
  };
  return makeProxy(fx, {
    setters: {
      rule: (v: unknown) => (entry().rule = v),
      ignoreBlanks: (v: boolean) => (entry().ignoreBlanks = v),
      errorAlert: (v: unknown) => (entry().errorAlert = v),
      prompt: (v: unknown) => (entry().prompt = v),
    },
    methods: {
      clear: () =>
        fx.call({ m: "dv.clear" }, () => {
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          sheet.validations = sheet.validations.filter((x) => !overlap(x.range, r));
        }),
    },
  });
}

/** Range.conditionalFormats (ExcelApi 1.6); refused on a protected sheet. */
function conditionalFormatsProxy(fx: FakeExcel, resolve: () => Place): any {
  return makeProxy(fx, {
    methods: {
      clearAll: () =>
        fx.call({ m: "cf.clearAll" }, () => {
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => !overlap(x.range, r));
        }),
      add: (type: string) => {
        let e: ConditionalFormat | undefined;
        fx.call({ m: "cf.add", type }, () => {
          const { sheet, r } = resolve();
          fx.guard(sheet, "structure");
          sheet.conditionalFormats.push((e = { range: r, formula: "" }));
        });
        const set = (fn: (c: ConditionalFormat) => void) => () => fn(e!);
        return makeProxy(fx, {
          children: {
            custom: () =>
              makeProxy(fx, {
                children: {
                  rule: () => makeProxy(fx, { setters: { formula: (v: string) => set((c) => (c.formula = v))() } }),
                  format: () =>
                    makeProxy(fx, {
                      children: {
                        fill: () => makeProxy(fx, { setters: { color: (v: string) => set((c) => (c.fill = v))() } }),
                        font: () => makeProxy(fx, { setters: { color: (v: string) => set((c) => (c.fontColor = v))(), bold: (v: boolean) => set((c) => (c.bold = v))() } }),
                      },
                    }),
                },
              }),
          },
        });
      },
    },
  });
}
