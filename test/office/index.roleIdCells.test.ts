/**
 * The role id cells of a Chinese workbook the add-in writes and reads (src/workbook/roleIds.ts).
 *
 * A role sheet's B3 is the key its live settings are looked up by (INDEX(Roles[…],MATCH($B$3,Roles[id],0))): it
 * must hold the text the Roles table's id cell of the same role holds, or the sheet shows #N/A — or, worse,
 * another role's settings. In a Chinese workbook a catalogue role's id shows as its Chinese key (美工编辑) unless
 * another role answers to that text; then it shows the catalogue id (designer) — src/workbook/roleIds.ts. So a
 * role the user adds with that text (as its name or its id) moves designer's id cell from 美工编辑 to designer,
 * and B3 must move with it (and back when that role goes). The fake does not calculate: B3 is checked against
 * the Roles id cells it is matched with, row by row (the catalogue's Chinese names written out by hand from
 * docs/source/roles-and-pay.zh-CN.md).
 */
import { readSetup, runPayroll, saveSetup, setUpRolesAndStaff } from "../../src/office";
import { catalogueRoles } from "../../src/core/roles";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import type { Lang } from "../../src/data/lang";
import { SHEET } from "../../src/workbook/names";
import { columnLetter } from "../../src/workbook/layout";
import { rolesTable } from "../../src/workbook/sheets/roles";
import { parseA1 } from "../../src/workbook/address";
import type { FakeExcel } from "./fake";
import { bottomOf, FakeSheet } from "./fake/model";
import { freshExcel, must, sheetOf } from "./helpers";
import { b3, ROLE_SHEETS_MONTH as MONTH, withRoleSheets } from "./roleSheets";

const ZH = ["电商部经理", "推广策划和实施专员", "美工编辑", "客服人员", "发货人员"];
const CATALOGUE = ["manager", "promoter", "designer", "service", "shipping"];

/** The Roles table's id cells, top to bottom (the table's header is row 5). */
function rolesIdCells(fake: FakeExcel): unknown[] {
  const t = sheetOf(fake, SHEET.roles).tables.find((x) => x.name === "Roles")!;
  return Array.from({ length: t.lastData - t.top }, (_, i) => sheetOf(fake, SHEET.roles).value(t.top + 1 + i, t.left));
}

/** The pane's Save of what it read, with `extra` roles after the workbook's. */
async function saveWithRoles(lang: Lang, extra: Record<string, unknown>[], drop = 0): Promise<void> {
  const read = await readSetup({ lang });
  if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
  const roles = read.sections.roles!;
  must(await saveSetup({ ...read.sections, roles: [...roles.slice(0, roles.length - drop), ...extra] }, { lang }));
}

const own = (id: string, nameZh: string) => ({ id, nameZh, nameEn: "Designer 2", headcount: 1, baseMin: "3000", baseMax: "3000", share: "0.02", shareBasis: "perPerson", roomAndBoard: false, insured: true });

describe("a Chinese workbook: the pane saves a role that answers to a catalogue role's Chinese key", () => {
  test.each([
    ["as its name", own("美工二组", "美工编辑")],
    ["as its id", own("美工编辑", "美工二组")],
  ])("%s: designer's Roles id cell and its sheet's B3 both become designer, and back to 美工编辑 when the role is removed", async (_, role) => {
    const fake = await withRoleSheets("zh-CN");
    expect([rolesIdCells(fake)[2], b3(fake, "designer")]).toEqual(["美工编辑", "美工编辑"]);

    await saveWithRoles("zh-CN", [role]);
    expect(rolesIdCells(fake)).toEqual([...ZH.slice(0, 2), "designer", ...ZH.slice(3), role.id]);
    // B3 must be designer's own id cell: 美工编辑 there is no id (#N/A) or the other role's (its settings shown).
    expect(b3(fake, "designer")).toBe("designer");
    for (const id of CATALOGUE.filter((x) => x !== "designer")) expect(b3(fake, id)).toBe(ZH[CATALOGUE.indexOf(id)]);
    const back = await readSetup({ lang: "zh-CN" });
    expect(back.ok && back.sections.roles!.map((r) => (r as { id: string }).id)).toEqual([...CATALOGUE, role.id]);

    // The user's role removed: designer shows its Chinese key again, on Roles and on its sheet.
    await saveWithRoles("zh-CN", [], 1);
    expect(rolesIdCells(fake)).toEqual(ZH);
    expect(b3(fake, "designer")).toBe("美工编辑");
  });

  test("a text the user typed into B3 is still theirs: kept, with the note that says so", async () => {
    const fake = await withRoleSheets("zh-CN");
    sheetOf(fake, SHEET.role("designer")).type("B3", "美工组");
    const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
    expect(b3(fake, "designer")).toBe("美工组");
    expect(r.messages.map((m) => m.code)).toContain("office.note.keptText");
  });
});

describe("a Chinese workbook: a command that does not write the Roles ids keeps B3 on what Roles holds", () => {
  test("an English id typed over a catalogue role's key: B3 follows it (it is that role's id cell now)", async () => {
    const fake = await withRoleSheets("zh-CN");
    sheetOf(fake, SHEET.roles).type("A8", "designer");
    must(await runPayroll(MONTH, { lang: "zh-CN" }));
    expect(rolesIdCells(fake)[2]).toBe("designer");
    expect(b3(fake, "designer")).toBe("designer");
  });

  test("a role typed into the Roles sheet with a catalogue role's key as its name: B3 stays on the Roles text, the payroll as before", async () => {
    const fake = await withRoleSheets("zh-CN");
    const sheet = sheetOf(fake, SHEET.roles);
    const t = sheet.tables.find((x) => x.name === "Roles")!;
    const row = bottomOf(t) + 1;
    t.lastData = row;
    const col = (key: string) => parseA1(`${columnLetter(rolesTable([], "zh-CN"), key)}1`).col;
    for (const [key, v] of [["id", "美工二组"], ["nameZh", "美工编辑"], ["nameEn", "Designer 2"], ["baseMin", 3000], ["baseMax", 3000], ["share", 0.02]] as const) sheet.cell(row, col(key)).v = v;
    // Staff names the designer 美工编辑, which both roles answer to now: the user writes the id, as the message asks.
    const staff = sheetOf(fake, SHEET.staff);
    const named = [...staff.cells].filter(([, c]) => c.v === "美工编辑").map(([k]) => FakeSheet.pos(k));
    expect(named).toHaveLength(1);
    staff.cell(named[0]!.row, named[0]!.col).v = "designer";
    must(await runPayroll(MONTH, { lang: "zh-CN" }));
    // Roles keeps what it holds (input cells); designer's sheet is matched with its row's text.
    expect(rolesIdCells(fake)).toEqual([...ZH, "美工二组"]);
    expect(b3(fake, "designer")).toBe("美工编辑");
  });
});

test("an English workbook: the same save leaves the ids and B3 in English, as they always were", async () => {
  const fake = await withRoleSheets("en-US");
  await saveWithRoles("en-US", [own("designer2", "美工编辑")]);
  expect(rolesIdCells(fake)).toEqual([...CATALOGUE, "designer2"]);
  for (const id of CATALOGUE) expect(b3(fake, id)).toBe(id);
  await saveWithRoles("en-US", [], 1);
  expect(rolesIdCells(fake)).toEqual(CATALOGUE);
  expect(b3(fake, "designer")).toBe("designer");
  // An English sheet never shows the Chinese key: typed into B3 there, it is the user's text, kept.
  sheetOf(fake, SHEET.role("designer")).type("B3", "美工编辑");
  const r = must(await runPayroll(MONTH, { lang: "en-US" }));
  expect([b3(fake, "designer"), r.messages.map((m) => m.code)]).toEqual(["美工编辑", expect.arrayContaining(["office.note.keptText"])]);
});

describe("a Chinese workbook before its first payroll: a role of the user's whose id is a catalogue role's Chinese key, that role absent", () => {
  // 电商部经理 typed as the id of the user's own 店长 role, the catalogue manager gone: the same cells as the catalogue
  // manager's row with its name, range and share edited. Read as manager (src/workbook/roleIds.ts readRoleIds says
  // why); what matters here is that nothing the user typed is lost or changed on the way.
  const typed = { id: "电商部经理", nameZh: "店长", nameEn: "Store manager", headcount: 1, baseMin: "5000", baseMax: "9000", share: "0.2", shareBasis: "perPerson", roomAndBoard: false, insured: true };
  const raw = (r: ReturnType<typeof catalogueRoles>[number]) => ({ ...r, baseMin: r.baseMin?.toString() ?? null, baseMax: r.baseMax?.toString() ?? null, share: r.share?.toString() ?? null });

  test("every cell keeps what was typed through the pane's read and Save and the first payroll; B3 matches the Roles id cell", async () => {
    const fake = freshExcel();
    const team = exampleTeamConfig(MONTH);
    const roles = [typed, ...catalogueRoles().filter((r) => r.id !== "manager").map(raw)];
    const staff = team.staff.map((p) => (p.role === "manager" ? { ...p, role: "电商部经理" } : p));
    must(await setUpRolesAndStaff({ lang: "zh-CN", settings: team.settings, roles, staff }));
    const roleRow = () => {
      const sheet = sheetOf(fake, SHEET.roles);
      const col = (key: string) => parseA1(`${columnLetter(rolesTable([], "zh-CN"), key)}1`).col;
      return ["id", "nameZh", "nameEn", "baseMin", "baseMax", "share"].map((k) => sheet.value(6, col(k)));
    };
    const asTyped = ["电商部经理", "店长", "Store manager", 5000, 9000, 0.2];
    expect(roleRow()).toEqual(asTyped);

    // The pane reads it as the catalogue's manager (its person with it) and saves it back: the same cells.
    const read = await readSetup({ lang: "zh-CN" });
    if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
    expect(read.sections.roles![0]).toEqual(expect.objectContaining({ id: "manager", nameZh: "店长", baseMin: 5000, baseMax: 9000, share: 0.2 }));
    must(await saveSetup(read.sections, { lang: "zh-CN" }));
    expect(roleRow()).toEqual(asTyped);

    // The first payroll: the role's sheet (named by the user's name) looks it up by the text Roles holds.
    must(await runPayroll(MONTH, { lang: "zh-CN" }));
    expect(roleRow()).toEqual(asTyped);
    expect([sheetOf(fake, SHEET.role("manager")).name, b3(fake, "manager")]).toEqual(["店长", "电商部经理"]);
    const again = await readSetup({ lang: "zh-CN" });
    expect(again.ok && again.sections.roles!.map((r) => (r as { id: string }).id)).toEqual(CATALOGUE);
  });
});
