/**
 * Every cell of a worksheet part with its address: its `r`, or — for a cell without one — the column
 * after the previous cell of its row (the first column for a row's first cell), in its row's `r` (or
 * the row after the previous one). ISO/IEC 29500-1 §18.3.1.4 makes a cell's `r` optional; Excel and
 * LibreOffice read an omitted one so (src/xlsx/writer/README.md, "Cells without `r`"), and the fast
 * writer leaves it out where a cell follows its neighbour.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { NS, elements } from "./package";

export interface AddressedCells {
  /** Cells by address ("B12"). */
  cells: Map<string, Element>;
  /** Each cell's address. */
  addressOf: Map<Element, string>;
  /** Cells out of ascending column order, in another row than their own, or written twice. */
  problems: string[];
}

export function cellAddresses(doc: Document): AddressedCells {
  const cells = new Map<string, Element>();
  const addressOf = new Map<Element, string>();
  const problems: string[] = [];
  let rowNumber = 0;
  for (const row of elements(doc, NS.main, "row")) {
    const r = row.getAttribute("r");
    rowNumber = r === null ? rowNumber + 1 : Number(r);
    let col = 0;
    for (const c of elements(row, NS.main, "c")) {
      const ref = c.getAttribute("r");
      const at = ref === null ? { row: rowNumber, col: col + 1 } : cellPos(ref);
      if (at.row !== rowNumber) problems.push(`cell ${ref} in row ${rowNumber}`);
      if (at.col <= col) problems.push(`cell ${colLetters(at.col)}${at.row} after ${colLetters(col)}${rowNumber}: not in ascending column order`);
      col = at.col;
      const address = `${colLetters(at.col)}${at.row}`;
      if (cells.has(address)) problems.push(`cell ${address} written twice`);
      cells.set(address, c);
      addressOf.set(c, address);
    }
  }
  return { cells, addressOf, problems };
}

export function cellPos(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?([0-9]+)$/i.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  return { col: [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
}

export function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
