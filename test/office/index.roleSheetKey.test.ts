/**
 * A role sheet's B3 is the key its live settings are looked up by, as typed (INDEX(Roles[…],MATCH($B$3,Roles[id],0)):
 * MATCH ignores case and nothing else). ShopSheet writes it; a space typed before or after ShopSheet's text there
 * would make the sheet show #N/A and mean nothing else — so it is ShopSheet's text still, written again without
 * the space (text ShopSheet writes is read trimmed). Any other text typed there stays the user's, and is said to be
 * (./index.roleIdCells.test.ts). The fake does not calculate: B3 is checked against the Roles id cell it is
 * matched with.
 */
import { runPayroll } from "../../src/office";
import { SHEET } from "../../src/workbook/names";
import { must, sheetOf } from "./helpers";
import { b3, ROLE_SHEETS_MONTH as MONTH, withRoleSheets } from "./roleSheets";

test.each([
  ["zh-CN", "美工编辑 "],
  ["zh-CN", "\u3000美工编辑"],
  ["zh-CN", "designer\t"], // the other form ShopSheet writes in a Chinese B3 (when another role takes the key)
  ["en-US", " designer "],
] as const)("%s: B3 typed as %j is ShopSheet's key with spaces around it: written again as Roles shows the id, no note", async (lang, typed) => {
  const fake = await withRoleSheets(lang);
  const before = b3(fake, "designer");
  sheetOf(fake, SHEET.role("designer")).type("B3", typed);
  const r = must(await runPayroll(MONTH, { lang }));
  expect(b3(fake, "designer")).toBe(before);
  expect(r.messages.map((m) => m.code)).not.toContain("office.note.keptText");
});

test("a B3 a width or an inner space apart from the key is the user's text: kept, and said to be", async () => {
  const fake = await withRoleSheets("en-US");
  sheetOf(fake, SHEET.role("designer")).type("B3", "ｄｅｓｉｇｎｅｒ");
  const r = must(await runPayroll(MONTH, { lang: "en-US" }));
  expect(b3(fake, "designer")).toBe("ｄｅｓｉｇｎｅｒ");
  expect(r.messages.map((m) => m.code)).toContain("office.note.keptText");
});
