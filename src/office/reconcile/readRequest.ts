/**
 * What a command reads in its second round trip: our tables' key and input columns, the input cells
 * the sheets' builders declare (each cell's `reads`), and — on the sheets it writes — what ShopSheet's
 * places hold now (./edits.ts). Decided from the templates and what discover() found; nothing is read yet.
 */
import type { Lang } from "../../data/lang";
import { parseA1, rangeA1 } from "../../workbook/address";
import { columnPlaces } from "../../workbook/layoutUpgrades";
import { isFormulaCell, type TableSpec, type ValueCell } from "../../workbook/spec";
import { rowsArePeople, sheetKind, sheetTemplate, tableTemplate } from "../../workbook/templates";
import { payrollTable } from "../../workbook/names";
import { ALL_FEATURES, type Features } from "./features";
import { cellPlace } from "./grid";
import { emptyReadRequest, type LiveWorkbook, type ReadRequest } from "./liveModel";
import { isGenerated, isInput, rectangles } from "./planCells";

/** Column indexes of a table template that the reader needs (the key column, the user's columns and — `closable`
 *  — the columns of formulas read back into the config where they hold values: a closed payroll month's base, issue 15). */
export function columnsToRead(t: TableSpec, closable = true): number[] {
  const read = (c: TableSpec["columns"][number]) => c.input === true || (c.reads !== undefined && (closable || c.formula === undefined));
  return [...new Set([0, ...t.columns.flatMap((c, i) => (read(c) ? [i] : []))])].sort((a, b) => a - b);
}

/**
 * The workbook's latest payroll month: open (layout 16 closes the months before the one a command writes), so its
 * base is ShopSheet's formula and is not read — 10,000 values a month at 10,000 staff, in a read Excel caps at
 * 5 MB. A value typed over it is found by the edit check, which stops the command and names the cell.
 */
function latestPayrollTable(live: LiveWorkbook): string | undefined {
  const months = [...live.byKey.keys()].flatMap((k) => (sheetKind(k).kind === "payroll" && sheetKind(k).month !== null ? [sheetKind(k).month!] : [])).sort();
  return months.length === 0 ? undefined : payrollTable(months[months.length - 1]!).toLowerCase();
}

/** Whether a table template has a column of formulas whose constants are read (../../workbook/read/grid.ts). */
export function readsConstants(t: TableSpec): boolean {
  return t.columns.some((c) => c.formula !== undefined && c.reads !== undefined);
}

export function readRequest(live: LiveWorkbook, lang: Lang, want: (key: string) => boolean, edits: (key: string) => boolean = () => false, features: Features = ALL_FEATURES): ReadRequest {
  const req = emptyReadRequest();
  const latest = latestPayrollTable(live);
  for (const [key, sheet] of live.byKey) {
    if (!want(key)) continue;
    const check = edits(key);
    for (const t of sheet.tables) {
      const template = tableTemplate(t.name, lang);
      if (!template) continue;
      // Columns by their place in the live table: an older layout may lack columns still to insert.
      const found = columnPlaces(template, t.headers, live.layout.version, lang);
      const places = found.ok ? found.places : null;
      const closable = t.name.toLowerCase() !== latest;
      const columns = columnsToRead(template, closable).filter((i) => (places ? places[i] !== null : i < t.headers.length));
      const people = rowsArePeople(t.name);
      // A payroll month's base is an entry where it holds a value, none where ShopSheet's formula is: where the
      // constants are is read with it (all the formulas on an Excel without special cells).
      const constants = check || (closable && readsConstants(template));
      req.tables.push({
        table: t.name,
        columns,
        ...(places && places.some((p, i) => p !== i) ? { places } : {}),
        ...(constants ? { formulas: people && features.specialCells ? "first" : "all", constants: people && features.specialCells } : {}),
      });
    }
    // The input cells the sheet's builder declares (a setting where its name points, a month's gross margin …).
    for (const c of sheetTemplate(key, lang)?.cells ?? []) {
      const reads = isFormulaCell(c) ? undefined : (c as ValueCell).reads;
      const place = reads === undefined ? null : cellPlace(live, key, c.at, reads.name);
      if (place !== null) req.cells.push(place);
    }
    if (sheetKind(key).kind === "slips" || key === "contents") req.usedRanges.push(sheet.name);
    if (check) editReads(req, key, sheet.name, lang, features);
  }
  return req;
}

/** What ShopSheet's places on a sheet hold now (./edits.ts): its own cells outside tables, as
 *  rectangles; for a sheet written whole, where its constants and formulas are. */
function editReads(req: ReadRequest, key: string, sheetName: string, lang: Lang, features: Features): void {
  const template = sheetTemplate(key, lang);
  if (!template) return;
  if (isGenerated(template)) {
    req.generated.push({ sheet: sheetName, special: features.specialCells });
    req.formulaRanges.push({ sheet: sheetName, address: "A1" });
    return;
  }
  const ours = template.cells.filter((c) => !isInput(c.style)).map((c) => ({ ...parseA1(c.at), item: c.at }));
  for (const r of rectangles(ours)) req.formulaRanges.push({ sheet: sheetName, address: rangeA1(r.range) });
}
