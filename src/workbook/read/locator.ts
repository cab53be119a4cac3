import type { CellLocation } from "./grid";

/** Config paths ("staff[3].base") → the cell they were read from. */
export class Locator {
  private readonly places = new Map<string, CellLocation>();

  set(where: string, place: CellLocation): void {
    this.places.set(where, place);
  }

  /** Sets `where` unless it has a place already. */
  setFirst(where: string, place: CellLocation): void {
    if (!this.places.has(where)) this.places.set(where, place);
  }

  /** The exact path, else its nearest parent ("staff[3].opening.gross" → "staff[3].opening" → "staff[3]"). */
  find(where: string): CellLocation | undefined {
    for (let w = where; w !== ""; w = parentPath(w)) {
      const p = this.places.get(w);
      if (p) return p;
    }
    return undefined;
  }
}

/** "staff[3].opening.gross" → "staff[3].opening"; "staff[3]" → "staff"; "staff" → "". */
export function parentPath(where: string): string {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(where);
  return m ? m[1]! : "";
}
