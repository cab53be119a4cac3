/**
 * Where each payroll row finds what it looks up: the row numbers the helper columns of
 * ./payrollFormulas.ts hold (on Staff, on Roles, on the earlier sheet the year to date comes from) and
 * the holders each role's row counts — worked out here from the same config and engine results the
 * sheets are built from, to be written as those formulas' cached results.
 */
import { monthNumber, type Month } from "../../core/calendar";
import type { PayLineInputs, PayrollResult } from "../../core/payroll";
import type { Config } from "../../core/types";

/** The helper columns' figures for one row, by column key. */
export interface RowPositions {
  tableRow: number;
  staffRow: number;
  roleRow: number;
  openingRow: number;
  /** This month's holders of the role on the same row of Roles; "" below the last role. */
  roleHolders: number | "";
  prevRow: number;
  ytdMonth: number;
  ytdRow: number;
}

/** 1-based places by id (every id on Staff and Roles is unique). */
const placesOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i + 1]));

/**
 * For each month of `payroll` (the chain, oldest first) and each of its rows, the helper figures.
 * `inputs[i]` are the pay line inputs of `payroll[i]`, in the lines' order.
 */
export function payrollPositions(config: Config, payroll: readonly PayrollResult[], inputs: readonly (readonly PayLineInputs[])[]): RowPositions[][] {
  const staffRows = placesOf(config.staff.map((s) => s.id));
  const roleRows = placesOf(config.roles.map((r) => r.id));
  const place = (places: Map<string, number>, id: string, what: string) => {
    const at = places.get(id);
    if (at === undefined) throw new Error(`payrollPositions: ${what} ${id} is not in the config`); // lines are made from config
    return at;
  };
  // Each earlier month's rows by taxpayer, to carry the year to date as the sheets do.
  const rowsByPerson: { month: Month; rows: Map<string, number> }[] = [];
  return payroll.map((result, m) => {
    const lines = result.employees;
    const holders = new Map<string, number>();
    for (const l of lines) holders.set(l.role, (holders.get(l.role) ?? 0) + 1);
    const prev = rowsByPerson[rowsByPerson.length - 1];
    const positions = lines.map((line, i): RowPositions => {
      const person = inputs[m]![i]!.person;
      const latest = [...rowsByPerson].reverse().find((earlier) => earlier.rows.has(person));
      const role = config.roles[i];
      return {
        tableRow: i + 1,
        staffRow: place(staffRows, line.id, "staff"),
        roleRow: place(roleRows, line.role, "role"),
        openingRow: place(staffRows, person, "staff"),
        roleHolders: role === undefined ? "" : (holders.get(role.id) ?? 0),
        prevRow: prev?.rows.get(person) ?? 0,
        ytdMonth: latest === undefined ? 0 : monthNumber(latest.month),
        ytdRow: latest?.rows.get(person) ?? 0,
      };
    });
    rowsByPerson.push({ month: result.month, rows: new Map(lines.map((_, i) => [inputs[m]![i]!.person, i + 1])) });
    return positions;
  });
}
