/**
 * Layout version 14: a Chinese workbook shows no English role codes. Version 13 wrote a catalogue role's id
 * (manager, promoter, …) into the Roles table's id column and each role sheet's B3 (both folded away in
 * Chinese); version 14 writes its Chinese key there (电商部经理…, src/workbook/roleIds.ts), read back as the id.
 * A version-13 workbook — made here as the CLI writes today's, its ids put back in English and its version
 * name set back — is upgraded in place: a payroll command marks Roles as still holding older values and keeps
 * the role sheets' B3 on what Roles holds (their lookups match it); set-up then rewrites the Roles ids and B3
 * with them. The user's own ids (客服2, shipping2) stay, and the config read back is the same.
 */
import { parseConfig } from "../../src/core/config";
import { D } from "../../src/core/money";
import type { Config, Role } from "../../src/core/types";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { readSetup, runPayroll, setUpRolesAndStaff } from "../../src/office";
import { buildWorkbook } from "../../src/workbook/build";
import { olderSheetName, upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET } from "../../src/workbook/names";
import { catalogueIdShownAs } from "../../src/workbook/roleIds";
import { isFormulaCell, type WorkbookSpec } from "../../src/workbook/spec";
import { FakeExcel } from "./fake";
import { fakeOfVersion } from "./olderLayout";
import { sheetOf, must } from "./helpers";

const MONTH = "2026-11";
const CATALOGUE = ["manager", "promoter", "designer", "service", "shipping"];
/** The catalogue's Chinese names (src/data/catalogue.ts, from the source document), in catalogue order. */
const ZH = ["电商部经理", "推广策划和实施专员", "美工编辑", "客服人员", "发货人员"];

/** The example team (the catalogue's five roles) with two roles of the user's own: a Chinese id and an English one. */
function team(): Config {
  const parsed = parseConfig(exampleTeamConfig(MONTH));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const own = (id: string, nameZh: string, nameEn: string): Role => ({ id, nameZh, nameEn, headcount: 1, baseMin: null, baseMax: null, share: new D("0.01"), shareBasis: "perPerson", roomAndBoard: false, insured: false });
  return { ...parsed.config, roles: [...parsed.config.roles, own("客服2", "夜班客服", "Night service"), own("shipping2", "仓库二组", "Warehouse 2")] };
}

/** Today's zh spec as version 13 wrote it: the catalogue ids in English in Roles' id column and the role sheets' B3. */
function asVersion13(spec: WorkbookSpec): WorkbookSpec {
  const english = (v: unknown) => (typeof v === "string" ? (catalogueIdShownAs(v) ?? v) : v);
  for (const sheet of spec.sheets) {
    for (const t of sheet.tables) if (t.name === "Roles") t.rows = t.rows.map((r) => ({ ...r, id: english(r.id) as string }));
    if (sheet.key.startsWith("role:")) sheet.cells = sheet.cells.map((c) => (c.at === "B3" && !isFormulaCell(c) ? { ...c, value: english(c.value) as string } : c));
  }
  return spec;
}

async function version13Fake(): Promise<FakeExcel> {
  return fakeOfVersion(asVersion13(buildWorkbook(team(), MONTH, "zh-CN").spec), 13);
}

/** The Roles table's id cells, top to bottom (A6 down: the table is at A5). */
const roleIds = (fake: FakeExcel) => Array.from({ length: 7 }, (_, i) => sheetOf(fake, SHEET.roles).value(6 + i, 1));
const b3 = (fake: FakeExcel, id: string) => sheetOf(fake, SHEET.role(id)).value(3, 2);

test("version 14's upgrade rewrites the Roles ids and the role sheets' B3 in a Chinese workbook only, and inserts no column", () => {
  const v14 = upgradesFrom(13).find((u) => u.to === 14)!;
  expect([v14.message, v14.columns ?? [], v14.formulas ?? {}]).toEqual(["office.upgrade.v14", [], {}]);
  const text = v14.texts![0]!;
  expect([text.sheet, text.at, text.before("zh-CN", "role:manager"), text.before("zh-CN", SHEET.role("客服2")), text.before("en-US", "role:manager")]).toEqual(["role", "B3", "manager", null, null]);
  const value = v14.values![0]!;
  expect([value.key, value.before("zh-CN", "电商部经理"), value.before("zh-CN", "客服2"), value.before("en-US", "电商部经理")]).toEqual(["id", "manager", null, null]);
});

test("a payroll command, then set-up, bring a version-13 Chinese workbook's role ids to their Chinese keys; the user's own stay", async () => {
  const fake = await version13Fake();
  expect(roleIds(fake)).toEqual([...CATALOGUE, "客服2", "shipping2"]);
  expect(b3(fake, "manager")).toBe("manager");

  const payroll = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(payroll.messages.map((m) => m.code)).toContain("office.note.upgraded");
  // Roles is not the payroll command's: marked as still older, its ids in English. The role sheets it writes keep
  // the same text in B3, which their lookups match against Roles[id] (the key there would show #N/A till set-up).
  expect(roleIds(fake)).toEqual([...CATALOGUE, "客服2", "shipping2"]);
  expect(CATALOGUE.map((id) => b3(fake, id))).toEqual(CATALOGUE);
  expect([b3(fake, "客服2"), b3(fake, "shipping2")]).toEqual(["客服2", "shipping2"]);
  expect(fake.names.has(olderSheetName(SHEET.roles, 13).toLowerCase())).toBe(true);
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);

  // Set-up rewrites the Roles ids, and the role sheets' B3 with them.
  must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  expect(roleIds(fake)).toEqual([...ZH, "客服2", "shipping2"]);
  expect(CATALOGUE.map((id) => b3(fake, id))).toEqual(ZH);
  expect([b3(fake, "客服2"), b3(fake, "shipping2")]).toEqual(["客服2", "shipping2"]);
  expect(fake.names.has(olderSheetName(SHEET.roles, 13).toLowerCase())).toBe(false);

  // Read back: the same ids the config has, and each person still in their role.
  const read = await readSetup({ lang: "zh-CN" });
  if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
  expect((read.sections.roles as { id: string }[]).map((r) => r.id)).toEqual([...CATALOGUE, "客服2", "shipping2"]);
  expect((read.sections.staff as { role: string }[]).map((s) => s.role)).toEqual(team().staff.map((s) => s.role));

  // Run again: nothing more to rewrite, and a role id the user types in English after the upgrade is theirs.
  sheetOf(fake, SHEET.roles).type("A12", "shipping3");
  must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  expect(roleIds(fake)).toEqual([...ZH, "客服2", "shipping3"]);
});
