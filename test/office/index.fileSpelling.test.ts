/**
 * Issue 15: a workbook the `shopsheet` command wrote spells its formulas in A1 text with hidden names
 * (src/workbook/a1Formulas.ts) where one the add-in writes holds structured references. Opened in the
 * add-in, it must be treated exactly as one in the structured spelling: every command finds ShopSheet's
 * formulas where they are (no computed cell taken for the user's edit, no stop, no "kept" note), while
 * what the user really changed in an A1-spelt column — another reference, another row, a value — is
 * still found and kept. Run on the strict double (./fake), loading the files the CLI's writer makes.
 */
import type { Lang } from "../../src/data/lang";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../src/office";
import { colLetters } from "../../src/workbook/address";
import { payrollTable, SHEET, TABLE } from "../../src/workbook/names";
import { toBufferFast } from "../../src/xlsx/writer";
import { FakeExcel, loadXlsx, type FakeTable } from "./fake";
import { sheetOf } from "./helpers";
import { exampleSpec, fakeOfVersion, withoutInsertsAfter } from "./olderLayout";

// March: two months before it (January and February closed, their bases kept as values: issue 15) and the open
// month, each payroll table naming the one before; the months after February repeat that and only cost time.
const MONTH = "2026-03";

const files = new Map<string, Promise<Buffer>>();

/** The example workbook as the CLI writes it in a spelling (made once per language and spelling), opened in a
 *  new double installed as Excel. */
async function opened(lang: Lang, formulas: "a1" | "structured"): Promise<FakeExcel> {
  const key = `${lang}/${formulas}`;
  if (!files.has(key)) files.set(key, toBufferFast(exampleSpec(MONTH, lang), { formulas }));
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, await files.get(key)!);
  return fake;
}

/** Every command in turn, as a user would run them on a workbook the CLI wrote: what each says. */
async function everyCommand(lang: Lang): Promise<{ ok: boolean; codes: string[] }[]> {
  const said = (r: CommandResult) => ({ ok: r.ok, codes: r.messages.map((m) => m.code).sort() });
  return [
    said(await runPayroll(MONTH, { lang })),
    said(await planMonth(MONTH, undefined, { lang })),
    said(await refreshTargets(MONTH, { lang })),
    said(await setUpRolesAndStaff({ lang })),
    said(await addNextMonth({ lang })),
    said(await runPayroll(MONTH, { lang })),
  ];
}

/** A table's formula cells in its first data row that hold a relative A1 reference to that row. */
function a1Cells(fake: FakeExcel, t: FakeTable): { col: number; f: string }[] {
  const row = t.top + 1;
  const own = new RegExp(`(^|[^A-Za-z0-9_.$!])[A-Z]{1,3}${row}(?![0-9])`);
  const out: { col: number; f: string }[] = [];
  for (let col = t.left; col <= t.right; col++) {
    const f = t.sheet.get(row, col)?.f;
    if (f !== undefined && !f.includes("[") && own.test(f)) out.push({ col, f });
  }
  return out;
}

describe.each(["zh-CN", "en-US"] as const)("a workbook the CLI wrote (%s)", (lang) => {
  test("is in the file's spelling: A1 calculated columns, hidden column names", async () => {
    const fake = await opened(lang, "a1");
    expect(a1Cells(fake, fake.table(payrollTable(MONTH))!).length).toBeGreaterThan(10);
    expect(a1Cells(fake, fake.table(TABLE.staff)!).length).toBeGreaterThan(0);
    expect([...fake.names.values()].filter((n) => n.refersTo !== undefined && n.hidden).length).toBeGreaterThan(10);
  });

  test("every command runs on it as on the same workbook in structured references: no stop, no cell taken for an edit", async () => {
    await opened(lang, "structured");
    const structured = await everyCommand(lang);
    await opened(lang, "a1");
    const a1 = await everyCommand(lang);
    expect(a1).toEqual(structured);
    expect(a1.every((r) => r.ok)).toBe(true);
    expect(a1.flatMap((r) => r.codes).filter((c) => /computedEdited|userCells|keptText|replacedEdits/.test(c))).toEqual([]);
    // Twelve commands on two workbooks: 3-5 s alone here, several times that on a shared machine.
  }, 120_000);
});

describe("what the user changed in an A1-spelt column is still the user's", () => {
  test("another row, an absolute reference, a value: the payroll command stops naming each, changing nothing; replaceEdits writes ShopSheet's back", async () => {
    const fake = await opened("zh-CN", "a1");
    const t = fake.table(payrollTable(MONTH))!;
    const sheet = sheetOf(fake, SHEET.payroll(MONTH));
    const row = t.top + 1;
    const [a, b, c] = a1Cells(fake, t);
    const at = (col: number, r = row) => `${colLetters(col)}${r}`;
    // The first row's formula pointing at the next row; another made absolute; a value typed two rows down.
    sheet.type(at(a!.col), a!.f.replace(new RegExp(`([A-Z]{1,3})${row}(?![0-9])`), `$1${row + 1}`));
    sheet.type(at(b!.col), b!.f.replace(new RegExp(`([A-Z]{1,3})${row}(?![0-9])`), `$$$1$$${row}`));
    sheet.type(at(c!.col, row + 2), 1234);
    const stopped = await runPayroll(MONTH, { lang: "zh-CN" });
    expect(stopped.ok).toBe(false);
    const m = stopped.messages.find((x) => x.code === "office.conflict.computedEdited")!;
    for (const cell of [at(a!.col), at(b!.col), at(c!.col, row + 2)]) expect(m.text).toContain(cell);
    expect(sheet.get(row, a!.col)?.f).not.toBe(a!.f);
    const replaced = await runPayroll(MONTH, { lang: "zh-CN", replaceEdits: true });
    expect(replaced.ok).toBe(true);
    // Written back by the add-in: structured references again (both spellings live side by side).
    expect(sheet.get(row, a!.col)?.f).toContain("[");
  });

  test("a loose formula naming another of our hidden names, or one we did not write: the payroll command stops naming it", async () => {
    const fake = await opened("zh-CN", "a1");
    const sheet = sheetOf(fake, SHEET.payroll(MONTH));
    const table = payrollTable(MONTH);
    // F4 sums the month's person shares through the hidden name of that column (checked by the probe below).
    const f4 = sheet.get(4, 6)?.f;
    expect(f4).toBe(`=SUM(ShopSheetCol.${table}.personShare)`);
    expect(fake.names.has(`shopsheetcol.${table}.net`.toLowerCase())).toBe(true);
    sheet.type("F4", `=SUM(ShopSheetCol.${table}.net)`);
    const stopped = await runPayroll(MONTH, { lang: "zh-CN" });
    expect(stopped.ok).toBe(false);
    expect(stopped.messages.find((x) => x.code === "office.conflict.computedEdited")?.text).toContain("F4");
    // A name of the user's that stands for the same column is still not ShopSheet's formula.
    fake.addReferenceName("MyShares", fake.names.get(`shopsheetcol.${table.toLowerCase()}.personshare`)!.refersTo!);
    sheet.type("F4", "=SUM(MyShares)");
    expect((await runPayroll(MONTH, { lang: "zh-CN" })).messages.find((x) => x.code === "office.conflict.computedEdited")?.text).toContain("F4");
    // ShopSheet's own, typed back: the command runs.
    sheet.type("F4", f4!);
    expect((await runPayroll(MONTH, { lang: "zh-CN" })).ok).toBe(true);
  });
});

test("after an upgrade inserted columns into an A1-spelt table (Excel shifting its references), the next command still finds ShopSheet's formulas there", async () => {
  // Version 3 lacked Staff's five identity columns (version 4 inserts them after 校验): a CLI file of that layout.
  const fake = await fakeOfVersion(withoutInsertsAfter(exampleSpec(MONTH), 3), 3);
  const staff = () => fake.table(TABLE.staff)!;
  const before = a1Cells(fake, staff());
  expect(before.length).toBeGreaterThan(0);
  const payroll = await runPayroll(MONTH, { lang: "zh-CN" });
  expect(payroll.ok).toBe(true);
  expect(payroll.messages.map((m) => m.code)).toContain("office.note.upgraded");
  // Staff is not written by the payroll command: its formulas are the file's, moved by the insert.
  const after = a1Cells(fake, staff());
  expect(after.map((c) => c.f)).not.toEqual(before.map((c) => c.f));
  expect(after.length).toBe(before.length);
  const setUp = await setUpRolesAndStaff({ lang: "zh-CN" });
  expect([setUp.ok, setUp.messages.map((m) => m.code).filter((c) => /computedEdited|userCells|keptText/.test(c))]).toEqual([true, []]);
  // 4 s alone here: the double moves the A1 formulas that can reach each column the upgrade inserts.
}, 120_000);
