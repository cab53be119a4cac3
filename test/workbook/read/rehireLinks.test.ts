/**
 * A re-hire's link (Staff's sameAs) as the sheet's MATCH follows it — ignoring case, nothing else: one that
 * core would follow only by folding width or the kind of space is refused on its cell; one the sheet finds,
 * or one nobody has (core's own message), is left alone. Reading's other side: ./asTyped.test.ts.
 */
import { checkRehireLinks } from "../../../src/workbook/read/rehireLinks";
import { Locator } from "../../../src/workbook/read/locator";
import type { ReadProblem } from "../../../src/workbook/read/problems";

const at = (row: number) => ({ sheet: "员工", address: `M${row}`, row, column: "同一人" });

function check(staff: { id: string; sameAs?: string }[]): ReadProblem[] {
  const locator = new Locator();
  staff.forEach((_, i) => locator.set(`staff[${i}].sameAs`, at(5 + i)));
  const problems: ReadProblem[] = [];
  checkRehireLinks(staff, locator, problems);
  return problems;
}

test("a link a width or a kind of space apart is refused on its cell, naming the ID the sheet would need", () => {
  expect(check([{ id: "E01" }, { id: "E01-2", sameAs: "Ｅ01" }])).toEqual([{ code: "staff.sameAsWidth", params: { sameAs: "Ｅ01", id: "E01" }, path: "staff[1].sameAs", place: at(6) }]);
  expect(check([{ id: "E 01" }, { id: "E01-2", sameAs: "E\u300001" }])).toEqual([{ code: "staff.sameAsWidth", params: { sameAs: "E\u300001", id: "E 01" }, path: "staff[1].sameAs", place: at(6) }]);
  expect(check([{ id: "E\u00a001" }, { id: "E01-2", sameAs: "E 01" }]).map((p) => p.code)).toEqual(["staff.sameAsWidth"]);
});

test("a link the sheet finds (case apart, as MATCH ignores it), none, or one to nobody is not this check's", () => {
  expect(check([{ id: "E01" }, { id: "E01-2", sameAs: "e01" }])).toEqual([]);
  expect(check([{ id: "ｅ01" }, { id: "E01-2", sameAs: "Ｅ01" }])).toEqual([]);
  expect(check([{ id: "E01" }, { id: "E02" }])).toEqual([]);
  expect(check([{ id: "E01" }, { id: "E01-2", sameAs: "E99" }])).toEqual([]);
  // Two spaces inside are not one to either side: nobody, said by core (staff.sameAsUnknown).
  expect(check([{ id: "E 01" }, { id: "E01-2", sameAs: "E  01" }])).toEqual([]);
});
