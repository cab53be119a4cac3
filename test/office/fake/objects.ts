/**
 * Excel.Workbook, worksheets, names, tables and charts in the double: each an Office.js proxy whose
 * calls queue changes to the model (./workbook.ts), run at the next context.sync().
 */
import { MAX_COL, MAX_ROW, rangeA1, type RangePos } from "../../../src/workbook/address";
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./excel";
import { bottomOf, parseAddress, quoteSheet, type FakeChart, type FakeSheet, type FakeTable } from "./model";
import { jsonBytes, makeProxy } from "./proxy";
import { areasProxy, rangeProxy } from "./range";

const absolute = (r: string) =>
  r
    .split(":")
    .map((c) => c.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");

export function workbookProxy(fx: FakeExcel): any {
  return makeProxy(fx, {
    children: {
      worksheets: () => worksheetsProxy(fx),
      names: () => namesProxy(fx),
      tables: () => tablesProxy(fx, null),
      application: () =>
        makeProxy(fx, {
          methods: {
            suspendApiCalculationUntilNextSync: () => {
              fx.needs(1.6, "Application.suspendApiCalculationUntilNextSync");
              fx.call({ m: "suspend" }, () => fx.suspended++);
            },
            calculate: (type: string) => fx.call({ m: "calculate", type }, () => fx.calculations.push(type)),
          },
        }),
    },
  });
}

function worksheetsProxy(fx: FakeExcel): any {
  const coll: any = makeProxy(fx, {
    methods: {
      load(options: Record<string, any>) {
        fx.load(() => {
          const items = fx.sheets.map((s, position) => {
            const o: Record<string, unknown> = {};
            if (options.name) o.name = s.name;
            if (options.position) o.position = position;
            if (options.protection) o.protection = { protected: s.protected, options: s.protectOptions ?? {} };
            if (options.tables) {
              o.tables = {
                items: s.tables.map((t) => ({ name: t.name, showHeaders: true, showTotals: t.showTotals, columns: { items: fx.headers(t).map((h) => ({ name: h })) } })),
              };
            }
            if (options.charts) o.charts = { items: s.charts.map((c) => ({ name: c.name })) };
            return o;
          });
          coll.items = items;
          return jsonBytes(items);
        });
        return coll;
      },
      getItem(name: string) {
        return sheetProxy(fx, () => {
          const s = fx.sheetByName(name);
          if (!s) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
          return s;
        });
      },
      // "Gets the currently active worksheet in the workbook" (ExcelApi 1.1,
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)).
      getActiveWorksheet() {
        return sheetProxy(fx, () => {
          const s = (fx.activeName === null ? undefined : fx.sheetByName(fx.activeName)) ?? fx.sheets[0];
          if (!s) throw new FakeOfficeError("ItemNotFound", "the workbook has no sheet");
          return s;
        });
      },
      add(name: string) {
        let made: FakeSheet | undefined;
        fx.call({ m: "worksheets.add", name }, () => (made = fx.addSheet(name)));
        return sheetProxy(fx, () => {
          if (!made) throw new FakeOfficeError("ItemNotFound", `sheet ${name} was not added`);
          return made;
        });
      },
    },
  });
  return coll;
}

function namesProxy(fx: FakeExcel): any {
  const coll: any = makeProxy(fx, {
    methods: {
      load() {
        fx.load(() => {
          // A name of a structured reference evaluates to the range it stands for now ("For a named range,
          // will return the range address", NamedItem.value,
          // https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-value-member;
          // that Excel reports such a name as a Range is the double's reading — undocumented).
          const items = [...fx.names.values()].map((n) => {
            const at = n.refersTo !== undefined ? fx.referenceRange(n.refersTo) : null;
            const place = at ? { sheet: at.sheet, range: rangeA1(at.r) } : n.refersTo === undefined && n.sheet ? { sheet: n.sheet, range: n.range } : null;
            const address = place ? `${quoteSheet(place.sheet.name)}!${absolute(place.range)}` : "#REF!";
            return { name: n.name, type: place ? "Range" : "Error", value: address, formula: n.refersTo !== undefined ? `=${n.refersTo}` : `=${address}`, visible: n.hidden !== true };
          });
          coll.items = items;
          return jsonBytes(items);
        });
        return coll;
      },
      add(name: string, reference: any) {
        fx.call({ m: "names.add", name, ref: reference?.__address ?? String(reference) }, () => {
          if (typeof reference === "string") throw new FakeOfficeError("InvalidArgument", "the double models names of ranges only");
          const { sheet, r } = reference.__resolve();
          fx.addName(name, sheet, r);
        });
      },
      getItem(name: string) {
        return makeProxy(fx, { methods: { delete: () => fx.call({ m: "name.delete", name }, () => fx.deleteName(name)) } });
      },
    },
  });
  return coll;
}

function tablesProxy(fx: FakeExcel, sheet: (() => FakeSheet) | null): any {
  return makeProxy(fx, {
    methods: {
      getItem(name: string) {
        return tableProxy(fx, () => {
          const t = fx.table(name);
          if (!t) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
          return t;
        });
      },
      add(address: string, hasHeaders: boolean) {
        let made: FakeTable | undefined;
        fx.call({ m: "tables.add", address, hasHeaders }, () => (made = fx.addTable(sheet!(), parseAddress(address), hasHeaders)));
        return tableProxy(fx, () => {
          if (!made) throw new FakeOfficeError("ItemNotFound", "the table was not added");
          return made;
        });
      },
    },
  });
}

function tableProxy(fx: FakeExcel, resolve: () => FakeTable): any {
  const part = (which: "all" | "header" | "body" | "totals", column?: number) =>
    rangeProxy(fx, () => {
      const t = resolve();
      const left = column === undefined ? t.left : t.left + column;
      const right = column === undefined ? t.right : t.left + column;
      const r: Record<typeof which, RangePos> = {
        header: { top: t.top, bottom: t.top, left, right },
        body: { top: t.top + 1, bottom: t.lastData, left, right },
        totals: { top: bottomOf(t), bottom: bottomOf(t), left, right },
        all: { top: t.top, bottom: bottomOf(t), left, right },
      };
      if (which === "totals" && !t.showTotals) throw new FakeOfficeError("ItemNotFound", `table ${t.name} has no totals row`);
      return { sheet: t.sheet, r: r[which] };
    }, `table:${which}`);
  return makeProxy(fx, {
    setters: {
      name: (v: string) => fx.setTableName(resolve(), v),
      style: (v: string) => (resolve().style = v),
      showBandedRows: () => undefined,
      showTotals: (v: boolean) => fx.showTotals(resolve(), v),
    },
    methods: {
      getRange: () => part("all"),
      getHeaderRowRange: () => part("header"),
      getDataBodyRange: () => part("body"),
      getTotalRowRange: () => part("totals"),
    },
    children: {
      columns: () =>
        makeProxy(fx, {
          methods: {
            add: (index?: number | null, values?: unknown, name?: string | null) => {
              if (index === null || index === undefined || index === -1) fx.needs(1.4, "TableColumnCollection.add at the end");
              if (name !== null && name !== undefined) fx.needs(1.4, "TableColumnCollection.add with a name");
              fx.call({ m: "columns.add", index, name }, () => fx.insertColumn(resolve(), index, name, values));
            },
            getItemAt: (i: number) =>
              makeProxy(fx, {
                setters: {
                  name: (v: string) => {
                    fx.needs(1.4, "TableColumn.name");
                    fx.renameColumn(resolve(), i, v);
                  },
                },
                methods: {
                  getDataBodyRange: () => part("body", i),
                  delete: () => fx.call({ m: "column.delete", i }, () => fx.deleteColumn(resolve(), i)),
                },
              }),
          },
        }),
      rows: () =>
        makeProxy(fx, {
          methods: {
            add: (index: number | undefined, values: (string | number | boolean)[][]) => fx.call({ m: "rows.add", index, values }, () => fx.insertRows(resolve(), index, values)),
            getItemAt: (i: number) => makeProxy(fx, { methods: { delete: () => fx.call({ m: "row.delete", i }, () => fx.deleteRow(resolve(), i)) } }),
          },
        }),
    },
  });
}

function sheetProxy(fx: FakeExcel, resolve: () => FakeSheet): any {
  // Worksheet.getRange() without an address: the whole sheet.
  const rangeOf = (address: string | undefined) =>
    address === undefined ? rangeProxy(fx, () => ({ sheet: resolve(), r: { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL } }), "whole sheet") : rangeProxy(fx, () => ({ sheet: resolve(), r: parseAddress(address) }), address);
  return makeProxy(fx, {
    scalars: { name: () => resolve().name },
    setters: {
      name: (v: string) => fx.renameSheet(resolve(), v),
      // Worksheet.position (ExcelApi 1.1): the sheet moved there, the others after it.
      position: (v: number) =>
        fx.call({ m: "position", v }, () => {
          const s = resolve();
          if (!Number.isInteger(v) || v < 0 || v >= fx.sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${v}`);
          fx.sheets = fx.sheets.filter((x) => x !== s);
          fx.sheets.splice(v, 0, s);
        }),
    },
    methods: {
      getRange: (address?: string) => rangeOf(address),
      getRanges: (addresses: string) => {
        fx.needs(1.9, "Worksheet.getRanges");
        return areasProxy(fx, () => ({ sheet: resolve(), areas: addresses.split(/[,;]/).map((a) => parseAddress(a.trim())) }));
      },
      getUsedRange: (valuesOnly?: boolean) =>
        rangeProxy(fx, () => {
          const s = resolve();
          return { sheet: s, r: s.usedRange(!!valuesOnly) ?? { top: 1, bottom: 1, left: 1, right: 1 } };
        }, "used"),
    },
    children: {
      tables: () => tablesProxy(fx, resolve),
      protection: () =>
        makeProxy(fx, {
          scalars: { protected: () => resolve().protected },
          methods: {
            // Protecting a protected sheet, or unprotecting an open one, fails with AccessDenied in
            // current Excel (office-js issue #6784, https://github.com/OfficeDev/office-js/issues/6784);
            // a wrong or missing password is BadPassword ("The password you supplied is incorrect").
            protect: (options: Excel.WorksheetProtectionOptions, password?: string) =>
              fx.call({ m: "protect", options }, () => {
                const s = resolve();
                if (s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is already protected.`);
                s.protected = true;
                s.protectOptions = options ?? {};
                s.password = password ?? null;
              }),
            unprotect: (password?: string) =>
              fx.call({ m: "unprotect" }, () => {
                const s = resolve();
                if (!s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is not protected.`);
                if (s.password !== null && password !== s.password) throw new FakeOfficeError("BadPassword", "The password you supplied is incorrect.");
                s.protected = false;
                s.password = null;
              }),
          },
        }),
      freezePanes: () =>
        makeProxy(fx, {
          methods: {
            freezeRows: (n: number) => fx.call({ m: "freezeRows", n }, () => (resolve().freeze = { rows: n, cols: 0 })),
            freezeColumns: (n: number) => fx.call({ m: "freezeColumns", n }, () => (resolve().freeze = { rows: 0, cols: n })),
            freezeAt: (r: any) =>
              fx.call({ m: "freezeAt" }, () => {
                const { r: p } = r.__resolve();
                resolve().freeze = { rows: p.bottom, cols: p.right };
              }),
          },
        }),
      pageLayout: () =>
        makeProxy(fx, {
          setters: {
            // PageLayout's margins in points (ExcelApi 1.9).
            ...Object.fromEntries(
              ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"].map((k) => [
                k,
                (v: number) => {
                  fx.supports(1.9, `PageLayout.${k}`);
                  if (!(v >= 0)) throw new FakeOfficeError("InvalidArgument", `${k} ${v}`);
                  const p = resolve().page;
                  p.margins = { ...p.margins, [k]: v };
                },
              ]),
            ),
            orientation: (v: string) => (resolve().page.orientation = v),
            paperSize: (v: string) => (resolve().page.paperSize = v),
            zoom: (v: Excel.PageLayoutZoomOptions) => {
              // Documented fields only: PageLayoutZoomOptions, https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
              const known = new Set(["horizontalFitToPages", "verticalFitToPages", "scale"]);
              if (Object.keys(v).some((k) => !known.has(k))) throw new FakeOfficeError("InvalidArgument", `unknown zoom option in ${JSON.stringify(v)}`);
              resolve().page.zoom = v;
            },
          },
          methods: {
            setPrintTitleRows: (rows: string) => fx.call({ m: "printTitles", rows }, () => (resolve().page.printTitleRows = rows)),
            // PageLayout.setPrintArea(range | address) (ExcelApi 1.9): "the range or ranges of the content to
            // print" (Range | RangeAreas | string); a RangeAreas address is comma- or semicolon-separated
            // ("A1:B2, A5:B5": Worksheet.getRanges), https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)
            setPrintArea: (area: string) => {
              fx.needs(1.9, "PageLayout.setPrintArea");
              fx.call({ m: "printArea", area }, () => {
                for (const one of area.split(/[,;]/)) parseAddress(one.trim()); // throws on what is no address
                resolve().page.printArea = area;
              });
            },
          },
          children: {
            // PageLayout.headersFooters (ExcelApi 1.9): defaultForAllPages's six sections, in Excel's codes.
            headersFooters: () =>
              makeProxy(fx, {
                children: {
                  defaultForAllPages: () =>
                    makeProxy(fx, {
                      setters: Object.fromEntries(
                        ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"].map((k) => [
                          k,
                          (v: string) => {
                            fx.supports(1.9, `HeaderFooter.${k}`);
                            // Excel keeps at most 255 characters of a header or footer.
                            if (typeof v !== "string" || v.length > 255) throw new FakeOfficeError("InvalidArgument", `${k}: ${String(v).length} characters`);
                            const p = resolve().page;
                            p.headerFooter = { ...p.headerFooter, [k]: v };
                          },
                        ]),
                      ),
                    }),
                },
              }),
          },
        }),
      horizontalPageBreaks: () =>
        makeProxy(fx, {
          methods: {
            removePageBreaks: () => fx.call({ m: "removeBreaks" }, () => (resolve().page.breaks = [])),
            add: (at: string) => fx.call({ m: "addBreak", at }, () => resolve().page.breaks.push(at)),
          },
        }),
      charts: () => chartsProxy(fx, resolve),
    },
  });
}

function chartsProxy(fx: FakeExcel, resolve: () => FakeSheet): any {
  const chartProxy = (get: () => FakeChart) =>
    makeProxy(fx, {
      setters: { name: (v: string) => (get().name = v) },
      methods: {
        delete: () =>
          fx.call({ m: "chart.delete" }, () => {
            const s = resolve();
            fx.guard(s, "objects");
            const c = get();
            s.charts = s.charts.filter((x) => x !== c);
          }),
        setPosition: (from: string, to: string) =>
          fx.call({ m: "setPosition", from, to }, () => {
            get().from = from;
            get().to = to;
          }),
      },
      children: {
        title: () => makeProxy(fx, { setters: { text: (v: string) => (get().title = v) } }),
        series: () =>
          makeProxy(fx, {
            methods: {
              add: (name: string) => {
                let entry: { name: string | null; values: string } | undefined;
                fx.call({ m: "series.add", name }, () => get().series.push((entry = { name, values: "" })));
                return makeProxy(fx, { methods: { setValues: (r: any) => fx.call({ m: "setValues" }, () => (entry!.values = rangeA1(r.__resolve().r))) } });
              },
            },
          }),
        axes: () =>
          makeProxy(fx, {
            children: {
              categoryAxis: () => makeProxy(fx, { methods: { setCategoryNames: (r: any) => fx.call({ m: "categories" }, () => (get().categories = rangeA1(r.__resolve().r))) } }),
            },
          }),
      },
    });
  return makeProxy(fx, {
    methods: {
      add: (type: string, source: any, seriesBy: string) => {
        let made: FakeChart | undefined;
        fx.call({ m: "charts.add", type, seriesBy }, () => {
          const s = resolve();
          fx.guard(s, "objects");
          const r: RangePos = source.__resolve().r;
          const header = s.value(r.top, r.left);
          made = { name: `Chart ${s.charts.length + 1}`, type, source: rangeA1(r), series: [{ name: typeof header === "string" ? header : null, values: rangeA1({ ...r, top: r.top + 1 }) }], categories: null, title: "", from: null, to: null };
          s.charts.push(made);
        });
        return chartProxy(() => made!);
      },
      getItem: (name: string) =>
        chartProxy(() => {
          const c = resolve().charts.find((x) => x.name === name);
          if (!c) throw new FakeOfficeError("ItemNotFound", `no chart ${name}`);
          return c;
        }),
    },
  });
}
