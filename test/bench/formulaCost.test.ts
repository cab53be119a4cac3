/**
 * The count of what LibreOffice's load pays to compile structured references (bench/formulaCost.ts): each
 * reference costs the place of the column it names in its table (LibreOffice's linear search of the column
 * names). Hand-made tables, figures counted by hand.
 */
import { averageRowCost, formulaCosts } from "../../bench/formulaCost";
import type { WorkbookSpec } from "../../src/workbook/spec";

const spec = (formulas: Record<string, string>): WorkbookSpec => ({
  sheets: [
    {
      key: "s",
      name: "S",
      cells: [],
      tables: [
        { name: "T", at: "A1", rows: [], columns: [{ key: "a", header: "A" }, { key: "b", header: "B" }, { key: "c", header: "C", formula: formulas.c }, { key: "d", header: "D", formula: formulas.d }] },
        { name: "U", at: "H1", rows: [], columns: [{ key: "x", header: "X" }, { key: "y", header: "Y" }, { key: "z", header: "Z", formula: formulas.z }] },
      ],
    },
  ],
  names: [],
});

it("counts each structured reference at the place of its column in its own table, text in quotes left alone", () => {
  // c: [@a] is T's 1st column, [@b] its 2nd, U[y] U's 2nd, "[@d]" is text: 3 references, 1 + 2 + 2 comparisons.
  // d: the header row's a (1), then T's whole column c (3): 2 references, 4 comparisons.
  const costs = formulaCosts(spec({ c: '[@a]*[@b]+SUM(U[y])&"[@d]"', d: "ROW()-ROW([[#Headers],[a]])+SUM(T[c])", z: "[@x]" }), (t) => t === "T");
  expect([...costs.keys()]).toEqual(["T"]);
  expect(Object.fromEntries(costs.get("T")!)).toEqual({ c: { refs: 3, compares: 5 }, d: { refs: 2, compares: 4 } });
});

it("averages a row's cost over the tables, a column a table lacks counting nothing there", () => {
  const costs = formulaCosts(spec({ c: "[@b]", d: "[@a]", z: "[@y]+[@x]" }), () => true);
  // T: c 2, d 1 comparisons; U: z 2 + 1 = 3. Over two tables: c 1, d 0.5, z 1.5 comparisons (3 a row), and
  // (1 + 1 + 2) ÷ 2 = 2 references a row.
  const { total, byColumn } = averageRowCost(costs);
  expect(total).toEqual({ refs: 2, compares: 3 });
  expect(byColumn.get("z")).toEqual({ refs: 1, compares: 1.5 });
  expect(byColumn.get("c")).toEqual({ refs: 0.5, compares: 1 });
});
