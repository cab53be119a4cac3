/**
 * No English code in a Chinese sheet, the add-in's way: a workbook the add-in makes in Chinese (set-up with the
 * example team, then the payroll, which writes the role sheets) holds none of the catalogue's role ids
 * (manager, promoter, …) in any cell it writes, as a value or in a formula — hidden rows and folded columns
 * included. The Roles table's English names ("Designer") are a translation column, not codes. The fake does
 * not calculate, so a formula's result is checked by what it reads (Roles[id] and B3: values checked here).
 */
import { runPayroll, setUpRolesAndStaff } from "../../src/office";
import { SHEET } from "../../src/workbook/names";
import { columnLetter } from "../../src/workbook/layout";
import { rolesTable } from "../../src/workbook/sheets/roles";
import { parseA1 } from "../../src/workbook/address";
import { FakeSheet } from "./fake/model";
import { freshExcel, sheetOf, must } from "./helpers";

const IDS = ["manager", "promoter", "designer", "service", "shipping"];
const WORD = new RegExp(`(?<![A-Za-z0-9_])(${IDS.join("|")})(?![A-Za-z0-9_])`, "i");

test("a Chinese workbook the add-in makes holds no catalogue role id in any cell", async () => {
  const fake = freshExcel();
  must(await setUpRolesAndStaff({ lang: "zh-CN", example: true }));
  must(await runPayroll("2026-11", { lang: "zh-CN" }));
  const roles = sheetOf(fake, SHEET.roles);
  const englishNames = parseA1(`${columnLetter(rolesTable([], "zh-CN"), "nameEn")}1`).col;
  const found: string[] = [];
  let cells = 0;
  for (const sheet of fake.sheets) {
    for (const [key, cell] of sheet.cells) {
      cells++;
      const englishName = sheet === roles && Array.from({ length: 20 }, (_, r) => FakeSheet.key(r + 1, englishNames)).includes(key);
      if (typeof cell.v === "string" && IDS.includes(cell.v.trim().toLowerCase()) && !englishName) found.push(`${sheet.name} ${key} ${cell.v}`);
      if (cell.f !== undefined && WORD.test(cell.f)) found.push(`${sheet.name} ${key} ${cell.f}`);
    }
  }
  expect(cells).toBeGreaterThan(1000);
  expect(found).toEqual([]);
  // The Roles ids and a role sheet's B3: the catalogue's Chinese names (the source's, written out by hand).
  expect([roles.value(6, 1), roles.value(10, 1), sheetOf(fake, SHEET.role("designer")).value(3, 2)]).toEqual(["电商部经理", "发货人员", "美工编辑"]);
});
