import type { IsoDate } from "../../core/calendar";
import type { Dec } from "../../core/money";
import type { Warning } from "../../core/types";
import { isSummaryLabel } from "./columns";
import { parseCellDate } from "./dates";
import { cellAt, cellText, rowAt, type Grid, type GridOrigin } from "./grid";
import type { HeaderPlace } from "./header";
import { parseCount, parseMoney } from "./values";
import type { MessageCode } from "../../data/messages";

/** A cell's text as a message quotes it: at most 40 characters, so a hostile cell cannot flood the output. */
export function quoted(v: unknown): string {
  const s = cellText(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Reads the fields of one data row, collecting a problem (with its row, column header and cell) for
 * every cell it cannot read instead of stopping at the first.
 */
export class RowReader<K extends string> {
  constructor(
    private readonly grid: Grid,
    private readonly place: HeaderPlace<K>,
    private readonly origin: GridOrigin,
    private readonly r: number,
    private readonly problems: Warning[],
  ) {}

  get rowNumber(): number {
    return rowAt(this.origin, this.r);
  }

  has(k: K): boolean {
    return this.place.columns[k] !== null;
  }

  raw(k: K): unknown {
    const c = this.place.columns[k];
    return c === null ? undefined : this.grid[this.r]?.[c];
  }

  text(k: K): string {
    return cellText(this.raw(k));
  }

  /** True if any cell of the row is a summary label (总计, 合计, 汇总值 …). */
  isSummary(): boolean {
    return (this.grid[this.r] ?? []).some((c) => typeof c === "string" && isSummaryLabel(cellText(c)));
  }

  date(k: K): IsoDate | null {
    const v = this.raw(k);
    if (cellText(v) === "") return this.fail(k, "import.missingDate", v);
    return parseCellDate(v) ?? this.fail(k, "import.notDate", v);
  }

  /** null when the export lacks the column (not 0: a missing figure is not a zero). */
  money(k: K): Dec | null {
    if (!this.has(k)) return null;
    const v = this.raw(k);
    return parseMoney(v) ?? this.fail(k, "import.notAmount", v);
  }

  count(k: K): number | null {
    if (!this.has(k)) return null;
    const v = this.raw(k);
    return parseCount(v) ?? this.fail(k, "import.notCount", v);
  }

  /** Records a row-level problem (no single cell), e.g. a duplicate row. */
  rowProblem(code: MessageCode, params: Record<string, string>): void {
    const row = this.rowNumber;
    this.problems.push({ code, params: { row: String(row), ...params }, where: `${row}:${row}` });
  }

  private fail(k: K, code: MessageCode, v: unknown): null {
    const c = this.place.columns[k]!;
    this.problems.push({
      code,
      params: { row: String(this.rowNumber), column: cellText(this.grid[this.place.index]?.[c]), value: quoted(v) },
      where: cellAt(this.origin, this.r, c),
    });
    return null;
  }
}
