/**
 * The slip files' names (src/cli/slipFileName.ts): Chinese kept, what Windows refuses replaced (the
 * characters of https://learn.microsoft.com/windows/win32/fileio/naming-a-file "Naming Conventions"),
 * the names told apart when cleaning makes two meet. Expected names written out by hand.
 */
import fc from "fast-check";
import { safeFilePart, slipFileNames } from "../../src/cli/slipFileName";

test("Chinese and ordinary names stay as they are", () => {
  expect(slipFileNames([{ id: "S01", name: "张伟" }], "2026-03")).toEqual(["S01_张伟_2026-03.xlsx"]);
});

test("/ \\ : * ? \" < > | and control characters become _, as do a leading dot and trailing dots and spaces", () => {
  expect(safeFilePart('王/五:*?')).toBe("王_五___");
  expect(safeFilePart('a\\b"c<d>e|f')).toBe("a_b_c_d_e_f");
  expect(safeFilePart("tab\there\u0000")).toBe("tab_here_");
  expect(safeFilePart(".hidden")).toBe("_hidden");
  expect(safeFilePart("end. ")).toBe("end__");
  expect(safeFilePart("=HYPERLINK(\"x\")")).toBe("=HYPERLINK(_x_)");
});

test("two people whose cleaned names meet get a number, compared without case", () => {
  expect(slipFileNames([{ id: "a/b", name: "X" }, { id: "a_b", name: "x" }, { id: "A:B", name: "X" }], "2026-03")).toEqual([
    "a_b_X_2026-03.xlsx",
    "a_b_x_2026-03_2.xlsx",
    "A_B_X_2026-03_3.xlsx",
  ]);
});

test("any id and name give a name without a refused character, unique, at most 255 UTF-8 bytes", () => {
  fc.assert(
    fc.property(fc.array(fc.record({ id: fc.string({ maxLength: 300 }), name: fc.string({ unit: "binary", maxLength: 300 }) }), { maxLength: 8 }), (people) => {
      const names = slipFileNames(people, "2026-03");
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const n of names) {
        expect(n).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(n.startsWith(".")).toBe(false);
        expect(Buffer.byteLength(n, "utf8")).toBeLessThanOrEqual(255);
      }
    }),
  );
});
