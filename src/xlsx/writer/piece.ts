/**
 * A piece of a part's text: a string, or text already UTF-8 encoded. A calculated column's `<f>`
 * element is the same on every row (structured references do not move), and at 1,000 staff × 12
 * months those elements are about 95% of the workbook's 250 million characters: encoded once per
 * column instead of once per cell, they cost a copy instead of a UTF-16 to UTF-8 conversion. Pure
 * (TextEncoder, no Node): the task pane zips the same pieces (./portable.ts).
 */
export type Piece = string | Uint8Array;

/** A part's text: one string, or pieces — a sheet row comes as one array of them (a yield per row,
 *  not per piece: at 1,000 staff a sheet has 1.7 million pieces). */
export type PartSource = Iterable<Piece | readonly Piece[]> | string;

// Made on first use, not on load: a page (or a test's jsdom) that imports the writer but never writes
// must load without one.
let encoder: TextEncoder | undefined;

export function utf8(text: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(text);
}

/** A part's text, whole, as UTF-8 bytes. */
export function pieceBytes(source: PartSource): Uint8Array {
  if (typeof source === "string") return utf8(source);
  const chunks: Uint8Array[] = [];
  let text: string[] = [];
  let length = 0;
  const flushText = () => {
    if (!text.length) return;
    const bytes = utf8(text.join(""));
    chunks.push(bytes);
    length += bytes.length;
    text = [];
  };
  const add = (piece: Piece) => {
    if (typeof piece === "string") text.push(piece);
    else {
      flushText();
      chunks.push(piece.slice()); // a piece's bytes may be written again for the next row (./rowTemplate.ts)
      length += piece.length;
    }
  };
  for (const run of source) {
    if (typeof run === "string" || run instanceof Uint8Array) add(run);
    else for (const piece of run) add(piece);
  }
  flushText();
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
