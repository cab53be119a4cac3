import { monthOf } from "../calendar";
import type { Staff, Warning } from "../types";

/**
 * Checks the re-hire links of the staff list (Staff.sameAs) and points each at the exact id of the
 * person's first record. A link must name another record that is itself a first record (no chains:
 * the workbook's formulas follow one link), only that first record holds the opening balance, the
 * special-taxpayer flags and the deductions by category (issue 13), and no
 * two records of one person may both be employed in one month (a month's payroll pays a person once,
 * and counts the month once for the basic deduction).
 */
export function linkRehires(placed: readonly { index: number; staff: Staff }[]): Warning[] {
  const errors: Warning[] = [];
  const staff = placed.map((p) => p.staff);
  // A refused row leaves a hole in the list: name each record by its place in the config.
  const at = (i: number) => `staff[${placed[i]!.index}]`;
  const fold = (s: string) => s.normalize("NFKC").toLowerCase();
  staff.forEach((s, i) => {
    if (s.sameAs === null) return;
    const where = at(i);
    // Excel's MATCH ignores case, so the workbook finds "E01" for "e01": the engine must too.
    const exact = staff.findIndex((x) => x.id === s.sameAs);
    const j = exact >= 0 ? exact : staff.findIndex((x) => fold(x.id) === fold(s.sameAs!));
    const target = staff[j];
    if (target === undefined) return void errors.push({ code: "staff.sameAsUnknown", params: { sameAs: s.sameAs }, where: `${where}.sameAs` });
    if (j === i) return void errors.push({ code: "staff.sameAsSelf", params: { id: s.id }, where: `${where}.sameAs` });
    if (target.sameAs !== null) {
      return void errors.push({ code: "staff.sameAsNotFirst", params: { sameAs: target.id, first: target.sameAs }, where: `${where}.sameAs` });
    }
    s.sameAs = target.id;
    if (s.opening !== null) errors.push({ code: "staff.sameAsOpening", params: { first: target.id }, where: `${where}.opening` });
    // One taxpayer: the special-taxpayer flags and the deductions by category are the first record's, and
    // a re-hire's own would be ignored — refused instead, where they are.
    if (s.iit !== undefined) errors.push({ code: "staff.sameAsTaxpayerKeys", params: { first: target.id, key: "iit" }, where: `${where}.iit` });
    if (s.deductions !== undefined && s.deductions.length > 0) errors.push({ code: "staff.sameAsTaxpayerKeys", params: { first: target.id, key: "deductions" }, where: `${where}.deductions` });
  });

  // Records of one person, by their first record's id; each pair must not share a month.
  const span = (s: Staff) => ({ from: s.startDate === null ? "0000-01" : monthOf(s.startDate), to: s.endDate === null ? "9999-12" : monthOf(s.endDate) });
  staff.forEach((s, i) => {
    if (s.sameAs === null) return;
    staff.forEach((other, j) => {
      const samePerson = other.id === s.sameAs || (other.sameAs === s.sameAs && j < i);
      if (!samePerson || errors.some((e) => e.where.startsWith(`${at(i)}.sameAs`))) return;
      const a = span(s);
      const b = span(other);
      if (a.from <= b.to && b.from <= a.to) {
        const month = a.from > b.from ? a.from : b.from;
        errors.push({ code: "staff.sameAsOverlap", params: { id: s.id, other: other.id, month: month === "0000-01" ? "…" : month }, where: `${at(i)}.startDate` });
      }
    });
  });
  return errors;
}
