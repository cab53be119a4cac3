/**
 * Text cells. Two stores, picked by WriterOptions.strings:
 * - "shared" (default, what Excel writes): each distinct string once in xl/sharedStrings.xml, cells
 *   hold its index. Indexes are handed out while the sheets are written; the part follows them.
 * - "inline": the text inside the cell (`t="inlineStr"`), no sharedStrings part.
 * Either way a string is only ever text: never a formula, never a number.
 */
import { escapeText, escapeXstring, needsPreserve, NS, XML_DECLARATION } from "./xml";

/** Excel keeps at most this many characters in a cell ([MS-OI29500] 2.1.706). */
export const MAX_CELL_TEXT = 32_767;

/** Text longer than a cell holds. `where` and `length` let a caller say it in the user's language. */
export class CellTextTooLongError extends Error {
  constructor(
    readonly where: string,
    readonly length: number,
  ) {
    super(`${where}: ${length} characters of text; a cell holds at most ${MAX_CELL_TEXT}`);
    this.name = "CellTextTooLongError";
  }
}

/** `<t>` for a string: Excel's _xHHHH_ escape, XML escapes, and space preservation (which Excel
 *  honours on `<t>` though the schema does not list it: [MS-OI29500] 2.1.706). */
export function textElement(s: string, where: string): string {
  if (s.length > MAX_CELL_TEXT) throw new CellTextTooLongError(where, s.length);
  const body = escapeText(escapeXstring(s), where);
  return needsPreserve(s) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

export interface StringStore {
  /** The attributes-and-content tail of a text cell: ` t="s"><v>12</v>` or ` t="inlineStr"><is>…</is>`. */
  cell(s: string, where: string): string;
}

export class SharedStrings implements StringStore {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private count = 0;

  cell(s: string, where: string): string {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(`<si>${textElement(s, where)}</si>`);
      this.index.set(s, i);
    }
    return ` t="s"><v>${i}</v>`;
  }

  get size(): number {
    return this.items.length;
  }

  *xml(): Generator<string> {
    yield `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${this.count}" uniqueCount="${this.items.length}">`;
    const BATCH = 4096;
    for (let i = 0; i < this.items.length; i += BATCH) yield this.items.slice(i, i + BATCH).join("");
    yield "</sst>";
  }
}

export class InlineStrings implements StringStore {
  cell(s: string, where: string): string {
    return ` t="inlineStr"><is>${textElement(s, where)}</is>`;
  }
}
