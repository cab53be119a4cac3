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
 * The patterns are the writer's (src/workbook/a1Formulas.ts); test/office/reconcile/columnNames.test.ts
 * reads back every name its A1Spelling writes.
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
import type { TableDirectory } from "../../workbook/formula";
import { canonicalFormula } from "./formulaText";

const PATTERN = /^ShopSheet(Col|Head|Total|Cols)\.([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/i;

/** A header inside a structured reference's brackets: [ ] # ' escaped with ' (Microsoft Support,
 *  "Using structured references with Excel tables"). */
const escaped = (header: string) => header.replace(/['#[\]]/g, "'$&");

/** Table and key → header, both lower-cased (Excel's names ignore case). */
type Headers = ReadonlyMap<string, { table: string; headers: ReadonlyMap<string, string> }>;

function lowerCased(dir: TableDirectory): Headers {
  return new Map([...dir].map(([table, cols]) => [table.toLowerCase(), { table, headers: new Map([...cols.headers].map(([k, h]) => [k.toLowerCase(), h])) }]));
}

/** The structured reference a column name stands for, or null when it is no name of ours (or names a
 *  table or key the directory does not hold). */
export function columnNameReference(name: string, dir: TableDirectory): string | null {
  return referenceOf(name, lowerCased(dir));
}

function referenceOf(name: string, known: Headers): string | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const kind = m[1]!.toLowerCase();
  if ((kind === "cols") !== (m[4] !== undefined)) return null;
  const found = known.get(m[2]!.toLowerCase());
  const h1 = found?.headers.get(m[3]!.toLowerCase());
  if (!found || h1 === undefined) return null;
  const t = found.table;
  if (kind === "col") return `${t}[[${escaped(h1)}]]`;
  if (kind === "head") return `${t}[[#Headers],[${escaped(h1)}]]`;
  if (kind === "total") return `${t}[[#Totals],[${escaped(h1)}]]`;
  const h2 = found.headers.get(m[4]!.toLowerCase());
  return h2 === undefined ? null : `${t}[[${escaped(h1)}]:[${escaped(h2)}]]`;
}

/** The workbook's names of ours → the canonical structured reference each stands for (by lower-cased
 *  name; ./formulaText.ts canonicalFormula), for reading formulas in the file's spelling. */
export function columnNameMeanings(names: Iterable<string>, dir: TableDirectory): Map<string, string> {
  const known = lowerCased(dir);
  const out = new Map<string, string>();
  for (const name of names) {
    const ref = referenceOf(name, known);
    if (ref !== null) out.set(name.toLowerCase(), canonicalFormula(ref, null));
  }
  return out;
}
