import { runPayroll, setUpRolesAndStaff } from "../../src/office";
import type { Lang } from "../../src/data/lang";
import { SHEET } from "../../src/workbook/names";
import type { FakeExcel } from "./fake";
import { freshExcel, must, sheetOf } from "./helpers";

export const ROLE_SHEETS_MONTH = "2026-11";

/** A role sheet's B3: the key its settings are looked up by. */
export const b3 = (fake: FakeExcel, id: string) => sheetOf(fake, SHEET.role(id)).value(3, 2);

/** A workbook set up with the example team and a payroll (so each role has its sheet), in `lang`. */
export async function withRoleSheets(lang: Lang): Promise<FakeExcel> {
  const fake = freshExcel();
  must(await setUpRolesAndStaff({ lang, example: true }));
  must(await runPayroll(ROLE_SHEETS_MONTH, { lang }));
  return fake;
}
