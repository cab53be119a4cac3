/**
 * A calculated column's `<f>` element when it names its own row (A1 same-row references: `<f>D5*E5</f>`):
 * UTF-8 encoded once, with the row's digits written into it in place for each row. At 1,000 staff × 12
 * months the payroll's calculated columns are 940,000 cells: building each one's text from its parts and
 * encoding it again cost more than the shorter text saved (src/xlsx/writer/README.md, "A1 references in
 * calculated columns").
 *
 * The bytes handed out for a row are the template's own and change when the next row is asked for: a
 * consumer copies a row's pieces before it asks for the next row (./zip.ts's chunks and ./piece.ts's
 * pieceBytes do).
 */
import { utf8 } from "./piece";

export class RowTemplate {
  private bytes = new Uint8Array(0);
  /** Where each copy of the row number starts in `bytes`. */
  private slots: number[] = [];
  /** The digits `bytes` is laid out for, and the row it holds. */
  private width = -1;
  private row = "";

  /** `parts`: the text around the row number (`parts.join(row)` is a row's text). */
  constructor(private readonly parts: readonly string[]) {}

  /** The text for `row` (its digits), as bytes valid until another row is asked for. */
  at(row: string): Uint8Array {
    if (row === this.row) return this.bytes;
    if (row.length !== this.width) this.layOut(row.length);
    const bytes = this.bytes;
    for (const slot of this.slots) for (let i = 0; i < row.length; i++) bytes[slot + i] = row.charCodeAt(i);
    this.row = row;
    return bytes;
  }

  private layOut(width: number): void {
    const encoded = this.parts.map(utf8);
    let length = width * (encoded.length - 1);
    for (const e of encoded) length += e.length;
    const bytes = new Uint8Array(length);
    const slots: number[] = [];
    let at = 0;
    encoded.forEach((e, i) => {
      if (i > 0) {
        slots.push(at);
        at += width;
      }
      bytes.set(e, at);
      at += e.length;
    });
    this.bytes = bytes;
    this.slots = slots;
    this.width = width;
  }
}
