/**
 * The file name of one person's slip: `id_name_month.xlsx`, safe on Windows, macOS and Linux. Chinese
 * and other letters stay; what a file system refuses or reads otherwise — / \ : * ? " < > |, control
 * characters — becomes "_", as do a trailing dot or space (Windows drops them) and a leading dot (a
 * hidden file). Each part is cut to 100 bytes of UTF-8 (a Chinese character is 3), whole characters,
 * so the whole name stays under every system's limit of 255 bytes.
 */
const REFUSED = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_PART_BYTES = 100;

export function safeFilePart(text: string): string {
  let cut = "";
  for (const ch of text.replace(REFUSED, "_")) {
    if (Buffer.byteLength(cut + ch, "utf8") > MAX_PART_BYTES) break;
    cut += ch;
  }
  return cut.replace(/^\./, "_").replace(/[. ]+$/, (tail) => "_".repeat(tail.length));
}

/**
 * One name per person, in order: `id_name_month.xlsx`; two people whose cleaned names meet (ids "a/b"
 * and "a_b") are told apart by a number, `…_2.xlsx`. Names are compared ignoring case, as Windows and
 * macOS do.
 */
export function slipFileNames(people: readonly { id: string; name: string }[], month: string): string[] {
  const taken = new Set<string>();
  return people.map((p) => {
    const stem = `${safeFilePart(p.id)}_${safeFilePart(p.name)}_${month}`;
    let name = `${stem}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}_${n}.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  });
}
