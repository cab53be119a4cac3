/**
 * What a workbook holds, as exceljs reads it back, as plain data to compare: every cell (value or
 * formula and cached result, number format, font, fill, protection, alignment, validation), tables,
 * defined names, conditional formats, views, widths, merges, page setup and protection.
 */
import * as ExcelJS from "exceljs";
import "../../../src/xlsx/exceljs-patch";

export async function readWorkbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

type Loose = Record<string, unknown>;
const clean = (o: Loose): Loose => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== false && v !== ""));

function cellSummary(c: ExcelJS.Cell): Loose {
  const font = c.font ?? {};
  const fill = c.fill as ExcelJS.FillPattern | undefined;
  const isFormula = c.type === ExcelJS.ValueType.Formula;
  return clean({
    type: c.type,
    value: isFormula ? undefined : JSON.stringify(c.value),
    formula: isFormula ? c.formula : undefined,
    result: isFormula ? JSON.stringify(c.result) : undefined,
    numFmt: c.numFmt,
    bold: font.bold,
    italic: font.italic,
    size: font.size,
    color: font.color?.argb,
    fill: fill?.fgColor?.argb,
    unlocked: c.protection?.locked === false,
    wrap: c.alignment?.wrapText,
    align: c.alignment?.horizontal,
    validation: c.dataValidation ? JSON.stringify(c.dataValidation) : undefined,
  });
}

export function summary(wb: ExcelJS.Workbook): Loose {
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: Loose = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          const s = cellSummary(c);
          if (Object.keys(s).length > 1 || s.type !== ExcelJS.ValueType.Null) cells[c.address] = s;
        }),
      );
      const any = ws as unknown as {
        tables: Record<string, { table: Loose & { columns: Loose[] } }>;
        conditionalFormattings: Loose[];
        sheetProtection?: Loose | null;
        _merges: Record<string, unknown>;
      };
      const widths: Loose = {};
      // exceljs leaves out a width of 9 (it takes it for its default), so a 9 never reads back from
      // its files; the fast writer keeps it. Width 9 is left out of the comparison.
      for (const c of ws.columns ?? []) if (c.width !== undefined && c.width !== 9) widths[c.letter!] = c.width;
      return {
        name: ws.name,
        cells,
        tables: Object.values(any.tables).map(({ table: t }) => ({
          name: t.name,
          ref: t.tableRef,
          headerRow: t.headerRow,
          totalsRow: !!t.totalsRow,
          columns: t.columns.map((c) => clean({ name: c.name, calculatedColumnFormula: c.calculatedColumnFormula, totalsRowFunction: c.totalsRowFunction === "none" ? undefined : c.totalsRowFunction, totalsRowFormula: c.totalsRowFormula })),
        })),
        conditionalFormats: any.conditionalFormattings.map((cf) => JSON.stringify(cf)),
        frozen: (ws.views ?? []).filter((v) => v.state === "frozen").map((v) => clean({ xSplit: (v as Loose).xSplit, ySplit: (v as Loose).ySplit, topLeftCell: (v as Loose).topLeftCell })),
        widths,
        merges: Object.keys(any._merges).sort(),
        page: pageOf(ws),
        protection: any.sheetProtection ? clean(any.sheetProtection) : null,
        rowBreaks: JSON.stringify((ws as unknown as { rowBreaks?: unknown[] }).rowBreaks ?? []),
      };
    }),
    names: names.map((n) => JSON.stringify(n)).sort(),
  };
}

/** The page setup fields the spec drives; exceljs reads an absent pageSetup as {} and its own defaults otherwise. */
function pageOf(ws: ExcelJS.Worksheet): Loose {
  const p = ws.pageSetup;
  return clean({
    paperSize: p.paperSize,
    orientation: p.orientation ?? "portrait",
    fitToPage: p.fitToPage,
    fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
    fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
    printTitlesRow: p.printTitlesRow,
  });
}
