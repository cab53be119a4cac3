/**
 * The hidden workbook names a workbook made by the `shopsheet` command uses in place of structured
 * references (issue 15, /work/notes/s9/a1-contract.md): `ShopSheetCol.<Table>.<key>` for
 * `Table[[Header]]`, `ShopSheetHead.` for `[[#Headers],[Header]]`, `ShopSheetTotal.` for
 * `[[#Totals],[Header]]`, `ShopSheetCols.<Table>.<key1>.<key2>` for `[[Header1]:[Header2]]`.
 *
 * What a name stands for is read from its pattern, with the headers the command resolves its own
 * formulas with, not from the name's formula in the workbook: the names are hidden, so Excel's Name
 * Manager does not show them and a user does not edit them ("hidden … indicates whether the defined
 * name is hidden in the user interface", ECMA-376 Part 1 §18.2.5 definedName); NamedItem.formula needs
 * ExcelApi 1.7 (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member)
 * where the commands run from 1.4; and reading it would add to round trip 1 for every name. Only
 * names the workbook holds count: a formula naming one it lacks shows #NAME? and is not ShopSheet's.
 * The names are taken apart by the writer's own grammar (src/workbook/a1Formulas.ts columnNameParts) and
 * stand for the reference in the stored form the writer gives it (src/workbook/formula.ts storedRef);
 * test/office/reconcile/columnNames.test.ts reads back every name its A1Spelling writes.
 *
 * What the add-in writes over such a workbook is structured references, as ever (Excel compiles those
 * itself): a column it writes again holds them, the columns and cells it does not write keep the A1
 * text and the names — both spellings side by side, each read here. The hidden names stay: harmless
 * (a name no formula uses costs nothing) and still needed by the formulas not written again. No
 * command deletes or renames a table or a sheet (src/office/reconcile/ops.ts has no such op), so no
 * name is left pointing at a table that is gone; an upgrade that deletes a column (one it moves,
 * src/workbook/layoutUpgrades.ts columnOps) breaks a name of that column as it breaks a structured
 * reference to it — and writes the formulas that used it again.
 */
import { columnNameParts } from "../../workbook/a1Formulas";
import { storedRef, type StructuredRef, type TableDirectory } from "../../workbook/formula";
import { canonicalFormula } from "./formulaText";

/** Table → its name and keys (key → { key, header }), by lower-cased table and key (Excel's names ignore case). */
type Columns = ReadonlyMap<string, { table: string; keys: ReadonlyMap<string, { key: string; header: string }> }>;

function lowerCased(dir: TableDirectory): Columns {
  return new Map([...dir].map(([table, cols]) => [table.toLowerCase(), { table, keys: new Map([...cols.headers].map(([key, header]) => [key.toLowerCase(), { key, header }])) }]));
}

/** The structured reference a column name stands for, or null when it is no name of ours (or names a
 *  table or key the directory does not hold). */
export function columnNameReference(name: string, dir: TableDirectory): string | null {
  const r = referenceOf(name, lowerCased(dir));
  return r && storedRef(r);
}

function referenceOf(name: string, known: Columns): StructuredRef | null {
  const parts = columnNameParts(name);
  const found = parts && known.get(parts.segments[0]!.toLowerCase());
  if (!parts || !found) return null;
  const [first, last] = parts.segments.slice(1).map((k) => found.keys.get(k.toLowerCase()));
  if (!first) return null;
  const column = { table: found.table, ...first };
  if (parts.item !== "range") return { item: parts.item, ...column };
  return last ? { item: "range", ...column, lastKey: last.key, lastHeader: last.header } : null;
}

/** The workbook's names of ours → the canonical structured reference each stands for (by lower-cased
 *  name; ./formulaText.ts canonicalFormula), for reading formulas in the file's spelling. */
export function columnNameMeanings(names: Iterable<string>, dir: TableDirectory): Map<string, string> {
  const known = lowerCased(dir);
  const out = new Map<string, string>();
  for (const name of names) {
    const ref = referenceOf(name, known);
    if (ref !== null) out.set(name.toLowerCase(), canonicalFormula(storedRef(ref), null));
  }
  return out;
}
