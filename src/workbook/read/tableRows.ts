/**
 * One of our tables back into a list of a config file: each row by its columns' declared fields
 * (TableColumnSpec.reads), each value and each row placed on its cell for messages.
 *
 * A blank cell reads as what the sheet's formulas make of it, so the engine and the workbook agree: a
 * blank share is "no share" (null), a blank "insured" is no (the sheet tests =TRUE), a blank base is
 * missing; a blank id is reported where it is (the workbook's lookups need it).
 */
import { setPath } from "../../core/config/pathTypes";
import type { TableField } from "../../core/config/tableFields";
import type { TableColumnSpec, TableSpec } from "../spec";
import { surroundingSpaceProblem } from "./asTyped";
import { isBlankValue, rawDate, rawValue } from "./cellValues";
import { needsInputTexts, readBasis, readBonusTaxation, readFlag } from "../choices";
import type { GridTable, GridValue } from "./grid";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";

type FieldColumn = TableColumnSpec & { reads: TableField };

/** A cell of `field` as a config file holds it; undefined for blank. */
function fieldValue(field: TableField, v: GridValue): unknown {
  if (field.leaf === "isoDate" || field.leaf === "eventDate") return rawDate(v);
  // A month cell holds the month's first day (a date): read as YYYY-MM; text stays as typed (the checks judge it).
  if (field.kind === "month") {
    const d = rawDate(v);
    return typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(0, 7) : d;
  }
  const r = rawValue(v);
  // The words a workbook shows for flags and choices (是/否, 每人/平分: ../choices.ts) are their values.
  if (field.kind === "flag") return readFlag(r);
  if (field.leaf === "shareBasis") return readBasis(r);
  if (field.leaf === "bonusTaxation") return readBonusTaxation(r);
  // Ids and names are text, whatever the cell made of them (an id typed as 123 is "123"). Not an ID or
  // account number: as a number it has lost its last digits, which its check says.
  return r !== undefined && field.kind === "text" && field.personal !== true ? String(r) : r;
}

/** A cell that says "needs input" (a role's missing base or share: ../sheets/roles.ts) is blank. */
function isBlankCell(field: TableField | undefined, v: GridValue): boolean {
  if (isBlankValue(v)) return true;
  return field !== undefined && (field.kind === "money" || field.kind === "rate") && typeof v === "string" && needsInputTexts().includes(v.trim());
}

/**
 * The rows of `table` (live) by `template` (its spec without data) as config rows under `list` (the
 * full path: "roles", "settings.taxTable", "months[0].entries"); `alsoAt` is a second path the rows
 * are known by (a month by its name: "months[2026-11].entries").
 */
export function readTableRows(table: GridTable, template: TableSpec, list: string, locator: Locator, problems: ReadProblem[], alsoAt?: string): unknown[] {
  const fields = template.columns.filter((c): c is FieldColumn => c.reads !== undefined);
  const typedOnly = template.reads?.rows === "typed";
  const fieldOf = new Map(template.columns.map((c) => [c.key, c.reads]));
  const values = new Map(template.columns.map((c) => [c.key, table.values(c.key)?.map((v) => (isBlankCell(fieldOf.get(c.key), v) ? null : v))]));
  const cell = (index: number, key: string) => values.get(key)?.[index];
  // A row counts when something is typed in it: its first column or an input column (typedOnly: a field
  // other than the row's identity).
  const watched = typedOnly ? fields.filter((c) => !c.reads.identity).map((c) => c.key) : template.columns.filter((c, i) => i === 0 || c.input === true).map((c) => c.key);
  const place = (index: number, key: string) => table.place(index, key);
  const both = (suffix: string, p: ReturnType<typeof place>) => {
    locator.set(`${list}${suffix}`, p);
    if (alsoAt !== undefined) locator.set(`${alsoAt}${suffix}`, p);
  };

  const rows: unknown[] = [];
  for (let index = 0; index < table.rowCount; index++) {
    if (watched.every((k) => isBlankValue(cell(index, k)))) continue;
    const i = rows.length;
    const first = fields[0]!;
    both(`[${i}]`, place(index, first.key));
    if (first.reads.path === "") {
      // A list of plain values (the weekday weights).
      rows.push(fieldValue(first.reads, cell(index, first.key)));
      continue;
    }
    const row: Record<string, unknown> = {};
    for (const c of fields) {
      const f = c.reads;
      const at = place(index, c.key);
      both(`[${i}].${f.path}`, at);
      // A group's place is its first field's ("staff[3].opening").
      if (f.path.includes(".")) both(`[${i}].${f.path.split(".")[0]}`, at);
      const v = cell(index, c.key);
      if (!isBlankValue(v)) {
        const spaced = f.matchedAsTyped ? surroundingSpaceProblem(v, `${list}[${i}].${f.path}`, at) : undefined;
        if (spaced) problems.push(spaced);
        setPath(row, f.path, fieldValue(f, v));
        continue;
      }
      if (typedOnly) continue;
      if (f.identity) {
        problems.push({ code: "config.required", params: {}, path: `${list}[${i}].${f.path}`, place: at });
        // A placeholder keeps the row (what refers to it is checked); the problem above stops the run.
        setPath(row, f.path, `?${at.row ?? index}`);
      } else if (f.kind === "flag") setPath(row, f.path, false);
      else if (f.presence === "nullable" || f.presence === "requiredNullable") setPath(row, f.path, null);
    }
    if (template.reads?.locateBy === "id" && typeof row.id === "string") {
      // The engine names such rows by id in its warnings ("roles[shipping].share").
      both(`[${row.id}]`, place(index, first.key));
      for (const c of fields) both(`[${row.id}].${c.reads.path}`, place(index, c.key));
    }
    rows.push(row);
  }
  // The list's own place: its first row's first field (an empty list: where that row would be).
  const firstRow = rows.length > 0 ? locator.find(`${list}[0]`) : undefined;
  both("", firstRow ?? place(0, fields[0]!.key));
  return rows;
}

export type { FieldColumn };
