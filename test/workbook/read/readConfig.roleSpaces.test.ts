/**
 * Property: whatever role ids and names the user types on Roles, and whatever role on Staff — with spaces,
 * full-width spaces (U+3000), no-break spaces and tabs, at either end or inside, in either width and case —
 * a workbook that reads without a problem is one whose every Staff row the engine gives the role the sheet's
 * formulas give it. The sheet's side is modelled as its formulas are written (src/workbook/sheets/roleLookup.ts
 * roleRowOf): MATCH of the Staff cell's text in Roles' id column, else its Chinese names, else its English
 * names — equal ignoring case, nothing else folded
 * (https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a;
 * test/oracle/roleSpaces.oracle.test.ts shows LibreOffice does the same). The engine's side is the config read
 * back. So, when reading accepts:
 *   - each Roles id and name is its cell's text exactly (the role sheets' B3 and the payroll's role column
 *     hold the id read, and are matched against the cell);
 *   - each Staff row's role is the id of the Roles row the sheet's lookup finds for its cell.
 * In a Chinese workbook a catalogue role's id cell shows its Chinese name (src/workbook/roleIds.ts): the
 * sheet matches that text, the config holds the catalogue id.
 */
import fc from "fast-check";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE } from "../../../src/workbook/names";
import { parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";


const CONFIG = parsed({
  roles: [
    { id: "ops", nameZh: "运营 组", nameEn: "Store Ops", share: "0.05", baseMin: null },
    { id: "kf", nameZh: "售后", nameEn: "After sales", share: "0.02", baseMin: null },
    { id: "service", nameZh: "客服人员", nameEn: "Customer service", share: "0.08", baseMin: null },
  ],
  staff: ["S1", "S2", "S3"].map((id) => ({ id, role: "ops", base: "5000" })),
  months: [{ month: "2026-03", grossMargin: "10000" }],
});
const BUILT = { "zh-CN": buildWorkbook(CONFIG, "2026-03", "zh-CN"), "en-US": buildWorkbook(CONFIG, "2026-03", "en-US") };

/** Excel's MATCH(text, range, 0) on texts without wildcards: the first equal ignoring case, else -1. */
const excelMatch = (needle: string, haystack: readonly unknown[]) => haystack.findIndex((h) => typeof h === "string" && h !== "" && h.toLowerCase() === needle.toLowerCase());

const SPACES = [" ", "\u3000", "\u00a0", "\t"];
/** Near-twins of each of the two user roles' id and names: case, width, and the kind and number of spaces inside. */
const FAMILIES = [
  ["ops", "OPS", "ｏｐｓ", "Ｏps"],
  ["运营 组", "运营\u3000组", "运营  组", "运营\u00a0组"],
  ["Store Ops", "store  ops", "Ｓｔｏｒｅ Ops", "Store\u3000Ops", "STORE OPS"],
  ["kf", "KF", "ｋｆ"],
  ["售后", "售 后", "售\u3000后"],
  ["After sales", "after  sales", "Ａfter sales", "After\u3000sales"],
];
/** The catalogue role's forms: its id (an English code a Chinese Roles table does not show), names, twins. */
const CATALOGUE = ["service", "SERVICE", "ｓｅｒｖｉｃｅ", "客服人员", "客服 人员", "Customer service", "customer\u3000service"];

/** Mostly nothing (nine cells are padded: more would leave few workbooks accepted); sometimes a space, full-width space, no-break space or tab (or two). */
const padding = fc.oneof({ weight: 12, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 2 }).map((a) => a.join("")) });
const padded = (texts: fc.Arbitrary<string>) => fc.tuple(padding, texts, padding).map(([a, b, c]) => a + b + c);
const typedOf = (family: number) => padded(fc.constantFrom(...FAMILIES[family]!));

/** The two user roles' cells as typed; each Staff role mostly one of those cells (in some case), else any near-twin. */
const workbook = fc.tuple(fc.constantFrom<Lang>("zh-CN", "en-US"), fc.tuple(...FAMILIES.map((_, f) => typedOf(f)))).chain(([lang, cells]) => {
  const staffRole = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...cells).chain((c) => fc.constantFrom(c, c.toUpperCase(), c.toLowerCase())) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: FAMILIES.length - 1 }).chain(typedOf) },
    { weight: 1, arbitrary: padded(fc.constantFrom(...CATALOGUE)) },
  );
  return fc.record({ lang: fc.constant(lang), cells: fc.constant(cells), staffRoles: fc.tuple(staffRole, staffRole, staffRole) });
});

test("property: a workbook read without a problem has every role cell as typed and every Staff row on the role the sheet's lookups find", () => {
  let accepted = 0;
  let acceptedTwins = 0;
  fc.assert(
    fc.property(workbook, ({ lang, cells, staffRoles }) => {
      let rolesShown: Record<string, unknown>[] = [];
      const grid = specGrid(BUILT[lang].spec, ({ tables }) => {
        const roles = tables.get(TABLE.roles)!;
        [0, 1].forEach((r) => {
          roles[r]!.id = cells[3 * r]!;
          roles[r]!.nameZh = cells[3 * r + 1]!;
          roles[r]!.nameEn = cells[3 * r + 2]!;
        });
        rolesShown = roles;
        tables.get(TABLE.staff)!.forEach((row, i) => (row.role = staffRoles[i]));
      });
      const read = parseRead(readConfig(grid, lang, { months: workbookMonths(BUILT[lang].spec.sheets.map((s) => s.key)) }));
      if (!read.ok) return;
      accepted++;
      if (staffRoles.some((s) => !cells.includes(s) && !CATALOGUE.slice(3).includes(s))) acceptedTwins++;
      const config = read.config;
      // The user's roles' ids and names are their cells' texts.
      expect(config.roles.slice(0, 2).map((r) => [r.id, r.nameZh, r.nameEn])).toEqual([cells.slice(0, 3), cells.slice(3, 6)]);
      // Each Staff row is on the role roleRowOf finds for its cell: id column, then Chinese names, then English.
      const column = (key: string) => rolesShown.map((r) => r[key]);
      for (const [i, typed] of staffRoles.entries()) {
        const row = [column("id"), column("nameZh"), column("nameEn")].map((c) => excelMatch(typed, c)).find((r) => r >= 0);
        expect([typed, config.staff[i]!.role]).toEqual([typed, row === undefined ? "(the sheet finds none)" : config.roles[row]!.id]);
      }
    }),
    { numRuns: 300 },
  );
  // The property says something: many workbooks are accepted, some with a Staff role typed unlike its Roles cell but for case.
  expect(accepted).toBeGreaterThan(15);
  expect(acceptedTwins).toBeGreaterThan(3);
});
