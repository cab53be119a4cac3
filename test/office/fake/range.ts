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
import { makeProxy } from "./proxy";

export type Place = { sheet: FakeSheet; r: RangePos };

/** Range.format (and RangeAreas.format): `apply` patches the look of every cell. */
export function formatProxy(fx: FakeExcel, place: (() => Place) | null, apply: (patch: Fmt) => void): any {
  return makeProxy(fx, {
    setters: {
      columnWidth: (v: number) => {
        const { sheet, r } = place!();
        fx.guard(sheet, "formatColumns");
        for (const col of range(r.left, r.right)) sheet.widths.set(col, v);
      },
      wrapText: (v: boolean) => apply({ wrap: v }),
      horizontalAlignment: (v: string) => apply({ align: v }),
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
          },
        }),
      protection: () => makeProxy(fx, { setters: { locked: (v: boolean) => apply({ locked: v }) } }),
    },
  });
}

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
    children: { format: () => formatProxy(fx, null, apply) },
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
          sheet.merges.push(rangeA1(r));
        }),
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
