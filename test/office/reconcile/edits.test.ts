/**
 * Issue 10 §4: what the user changes in the cells ShopSheet writes is never reverted silently. The
 * policy is in src/office/edits.ts: a computed cell typed over stops the command, naming the cells
 * (or is replaced, and said so, with replaceEdits); a changed title or label is kept, and said so; on
 * the slips sheet, what the user wrote is kept unless the new slips need the cell.
 */
import { SHEET } from "../../../src/workbook/names";
import { planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../../src/office";
import type { FakeExcel } from "../fake";
import { freshExcel, payColNo, sheetOf, snapshot, teamInput } from "../helpers";
import { tableTemplate } from "../../../src/workbook/templates";
import { colLetters } from "../../../src/workbook/address";
import { SLIP_COLUMNS, slipCell, slipRow } from "../../../src/workbook/sheets/slips";

const LANG = "en-US";
const MONTH = "2026-11";
/** The commission's column on the payroll sheet (the table starts in column A), by its key. */
const COMMISSION_COL = tableTemplate("Payroll_2026_11", "en-US")!.columns.findIndex((c) => c.key === "commission") + 1;
const C = colLetters(COMMISSION_COL);
/** The column right of the slips (two more than the last: a gap). */
const BESIDE_COL = SLIP_COLUMNS.length + 2;
const BESIDE = colLetters(BESIDE_COL);

function must(r: CommandResult): CommandResult {
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  return r;
}

async function inUse(staff = 4): Promise<FakeExcel> {
  const fake = freshExcel();
  must(await setUpRolesAndStaff({ lang: LANG, ...teamInput(staff) }));
  must(await planMonth(MONTH, 300000, { lang: LANG }));
  must(await runPayroll(MONTH, { lang: LANG, grossMargin: 120000 }));
  return fake;
}

/** Runs `command` and expects it to stop with `code`, naming `cells`, having changed nothing. */
async function stops(fake: FakeExcel, command: () => Promise<CommandResult>, code: string, cells: string[]): Promise<CommandResult> {
  const before = snapshot(fake);
  const r = await command();
  expect(r.ok).toBe(false);
  const m = r.messages.find((x) => x.code === code);
  expect(m).toBeDefined();
  for (const cell of cells) expect(m!.text).toContain(cell);
  expect(m!.where?.address).toBe(cells[0]);
  expect(snapshot(fake)).toEqual(before);
  return r;
}

describe("a computed cell typed over stops the command, naming it; replaceEdits replaces it and says so", () => {
  test("a commission typed over (payroll row 11: P2's commission; row 13: P4's), found without reading every formula back; another formula in the first row (row 10)", async () => {
    const fake = await inUse();
    const payroll = sheetOf(fake, SHEET.payroll(MONTH));
    const formula = payroll.get(10, COMMISSION_COL)!.f;
    payroll.type(`${C}10`, "=ROUND($B$4*0.31,2)");
    payroll.type(`${C}11`, 1234);
    payroll.type(`${C}13`, 500);
    await stops(fake, () => runPayroll(MONTH, { lang: LANG }), "office.conflict.computedEdited", [`${C}10`, `${C}11`, `${C}13`]);
    const r = must(await runPayroll(MONTH, { lang: LANG, replaceEdits: true }));
    expect(r.messages.find((m) => m.code === "office.note.replacedEdits")!.text).toContain(`${C}11`);
    for (const row of [10, 11, 13]) expect(payroll.get(row, COMMISSION_COL)?.f).toBe(formula);
  });

  test("the Roles “holders” formula edited (in every row, as Excel spreads an edit to a calculated column)", async () => {
    const fake = await inUse();
    const roles = sheetOf(fake, SHEET.roles);
    for (let row = 6; row <= 10; row++) roles.type(`K${row}`, "=COUNTA(Staff[[ID]])");
    await stops(fake, () => setUpRolesAndStaff({ lang: LANG }), "office.conflict.computedEdited", ["K6", "K7", "K10"]);
  });

  test("a revised target typed over", async () => {
    const fake = await inUse();
    sheetOf(fake, SHEET.targets(MONTH)).type("Q14", 5000);
    await stops(fake, () => refreshTargets(MONTH, { lang: LANG }), "office.conflict.computedEdited", ["Q14"]);
  });

  test("a figure outside the tables: the pool (B4) and the month's first day (B5)", async () => {
    const fake = await inUse();
    const payroll = sheetOf(fake, SHEET.payroll(MONTH));
    payroll.type("B4", 50000);
    payroll.type("B5", "2026-11-02");
    await stops(fake, () => runPayroll(MONTH, { lang: LANG }), "office.conflict.computedEdited", ["B4", "B5"]);
  });

  test("a computed cell the user cleared is written again, without a word: nothing typed is lost", async () => {
    const fake = await inUse();
    const payroll = sheetOf(fake, SHEET.payroll(MONTH));
    const formula = payroll.get(11, payColNo("commission"))!.f;
    payroll.cells.delete(11 * 16_385 + payColNo("commission"));
    const r = must(await runPayroll(MONTH, { lang: LANG }));
    expect(payroll.get(11, payColNo("commission"))?.f).toBe(formula);
    expect(r.messages.map((m) => m.code)).not.toContain("office.note.replacedEdits");
  });
});

describe("text: a changed title or label is kept, and the command says so", () => {
  test("the payroll sheet's title and a label", async () => {
    const fake = await inUse();
    const payroll = sheetOf(fake, SHEET.payroll(MONTH));
    payroll.type("A1", "November payroll — checked by Li");
    payroll.type("A3", "Gross margin (from the ledger)");
    const r = must(await runPayroll(MONTH, { lang: LANG }));
    expect(payroll.value(1, 1)).toBe("November payroll — checked by Li");
    expect(payroll.value(3, 1)).toBe("Gross margin (from the ledger)");
    const note = r.messages.find((m) => m.code === "office.note.keptText")!;
    expect(note.text).toContain("A1");
    expect(note.text).toContain("A3");
  });

  test("the slips sheet's title is a formula (shop, month and pay day from Settings; each strip repeats it): typing over it stops the command", async () => {
    const fake = await inUse();
    const slips = sheetOf(fake, SHEET.slips(MONTH));
    slips.type("A1", "Slips — hand out on the 5th");
    await stops(fake, () => runPayroll(MONTH, { lang: LANG }), "office.conflict.computedEdited", ["A1"]);
  });
});

describe("the slips sheet, written whole from the payroll", () => {
  test("a note in a blank cell of a slip is in the way of the new slips: the command stops, naming it", async () => {
    const fake = await inUse();
    // B4: the first strip's caption row, blank under no caption.
    sheetOf(fake, SHEET.slips(MONTH)).type("B4", "P1 asked about overtime");
    await stops(fake, () => runPayroll(MONTH, { lang: LANG }), "office.conflict.userCells", ["B4"]);
  });

  test("a note below the slips, and one beside them, are kept — also when a person leaves and old slips are cleared", async () => {
    const fake = await inUse();
    const slips = sheetOf(fake, SHEET.slips(MONTH));
    // Four strips take rows 3–22.
    slips.type("A29", "Printed 2026-12-01");
    slips.type(`${BESIDE}4`, "checked");
    must(await runPayroll(MONTH, { lang: LANG }));
    expect(slips.value(29, 1)).toBe("Printed 2026-12-01");
    sheetOf(fake, SHEET.staff).type("H9", "2026-10-31"); // P4 left in October: three slips, not four
    must(await runPayroll(MONTH, { lang: LANG }));
    expect(slips.value(29, 1)).toBe("Printed 2026-12-01");
    expect(slips.value(4, BESIDE_COL)).toBe("checked");
    expect(slips.value(slipRow(3), 1)).toBe(""); // P4's old slip is gone
  });

  test("a slip's figure typed over stops the command", async () => {
    const fake = await inUse();
    sheetOf(fake, SHEET.slips(MONTH)).type(slipCell(0, "net"), 8888);
    await stops(fake, () => runPayroll(MONTH, { lang: LANG }), "office.conflict.computedEdited", [slipCell(0, "net")]);
  });
});
