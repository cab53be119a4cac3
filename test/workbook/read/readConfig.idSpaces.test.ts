/**
 * Property: whatever ids the user types — with spaces, full-width spaces (U+3000), no-break spaces and tabs,
 * at either end or inside, in either width and case — a workbook that reads without a problem is one the
 * engine and the sheet's formulas see alike. The sheet's side is modelled as Excel's MATCH and SUMIFS on
 * text: equal ignoring case, nothing else folded
 * (https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a); the engine's is
 * the config read back. So, when reading accepts:
 *   - each Staff row's id is the cell's text exactly (ShopSheet writes the engine's id into the payroll
 *     rows, and those rows find their Staff row by MATCH);
 *   - each special deduction goes to the person the sheet's lookup of its cell finds;
 *   - a re-hire's link (sameAs) points at the record the sheet's lookup of its cell finds.
 * A workbook these would fail is refused, with a message on the cell (./asTyped.test.ts says which).
 */
import fc from "fast-check";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE } from "../../../src/workbook/names";
import { parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";


// S1 leaves in January and S2 joins in February (so S2 may be S1's re-hire); S3 throughout. One deduction each.
const item = { category: "赡养老人", from: "2026-01", amount: "1000" };
const BUILT = buildWorkbook(
  parsed({
    roles: [{ id: "plain", share: null, baseMin: null }],
    staff: [
      { id: "S1", role: "plain", base: "5000", endDate: "2026-01-31", deductions: [item] },
      { id: "S2", role: "plain", base: "5000", startDate: "2026-02-01", deductions: [item] },
      { id: "S3", role: "plain", base: "5000", deductions: [item] },
    ],
    months: [{ month: "2026-03", grossMargin: "0" }],
  }),
  "2026-03",
  "zh-CN",
);
const MONTHS = workbookMonths(BUILT.spec.sheets.map((s) => s.key));

/** Excel's MATCH(text, range, 0) on texts without wildcards: the first equal ignoring case, else -1. */
const excelMatch = (needle: string, haystack: readonly string[]) => haystack.findIndex((h) => h.toLowerCase() === needle.toLowerCase());

const SPACES = [" ", "\u3000", "\u00a0", "\t"];
/** Near-twins of each person's id: case, width, and the kind and number of spaces inside. */
const FAMILIES = [
  ["E01", "e01", "Ｅ01", "Ｅ０１"],
  ["E 02", "e 02", "E\u300002", "E  02", "E\u00a002", "Ｅ 02"],
  ["王五", "王 五", "王\u3000五"],
];
/** Mostly nothing; sometimes a space, full-width space, no-break space or tab (or two). */
const padding = fc.oneof({ weight: 5, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 2 }).map((a) => a.join("")) });
/** A text of person `i`'s family as typed. */
const typedOf = (i: number) => fc.tuple(padding, fc.constantFrom(...FAMILIES[i]!), padding).map(([a, b, c]) => a + b + c);

/** Three ids; each reference mostly one of them as typed (sometimes in another case), else any near-twin. */
const workbook = fc.tuple(typedOf(0), typedOf(1), typedOf(2)).chain((ids) => {
  const reference = (family: fc.Arbitrary<number>) =>
    fc.oneof(
      { weight: 3, arbitrary: family.chain((i) => fc.constantFrom(ids[i]!, ids[i]!.toUpperCase(), ids[i]!.toLowerCase())) },
      { weight: 1, arbitrary: family.chain(typedOf) },
    );
  // S2 may be S1's re-hire, whose deductions are the first record's: the items name S1 or S3.
  const anyone = fc.constantFrom(0, 2);
  return fc.record({
    ids: fc.constant(ids),
    persons: fc.tuple(reference(anyone), reference(anyone), reference(anyone)),
    sameAs: fc.option(reference(fc.constant(0)), { nil: undefined }),
  });
});

test("property: a workbook read without a problem has every id, deduction and re-hire link where the sheet's lookups put them", () => {
  let accepted = 0;
  let acceptedWithSpaces = 0;
  fc.assert(
    fc.property(workbook, ({ ids, persons, sameAs }) => {
      const grid = specGrid(BUILT.spec, ({ tables }) => {
        const staff = tables.get(TABLE.staff)!;
        staff.forEach((row, i) => (row.id = ids[i]));
        if (sameAs !== undefined) staff[1]!.sameAs = sameAs;
        tables.get(TABLE.deductions)!.forEach((row, k) => (row.person = persons[k]));
      });
      const read = parseRead(readConfig(grid, "zh-CN", { months: MONTHS }));
      if (!read.ok) return;
      accepted++;
      if ([...ids, ...persons].some((s) => /\s/.test(s))) acceptedWithSpaces++;
      const config = read.config;
      // Each id is the cell's text, as the payroll rows will hold it.
      expect(config.staff.map((s) => s.id)).toEqual([...ids]);
      // Each deduction is counted for whom the sheet's SUMIFS counts it.
      const expected = ids.map((_, i) => persons.filter((p) => excelMatch(p, ids) === i).length);
      expect(config.staff.map((s) => s.deductions?.length ?? 0)).toEqual(expected);
      // The re-hire's link is to the record the sheet's MATCH finds.
      if (sameAs !== undefined) expect(config.staff[1]!.sameAs).toBe(ids[excelMatch(sameAs, ids)]);
    }),
    { numRuns: 300 },
  );
  // The property says something: many workbooks are accepted, ids with spaces inside among them.
  expect(accepted).toBeGreaterThan(15);
  expect(acceptedWithSpaces).toBeGreaterThan(3);
});
