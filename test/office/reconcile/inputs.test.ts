/**
 * Nothing lost: whatever the user typed into an input cell survives every command; running a command
 * twice gives the same workbook; a sheet ShopSheet did not make is never touched; and a command that
 * would have to overwrite something stops, names the place and changes nothing.
 */
import fc from "fast-check";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D } from "../../../src/core/money";
import { spreadTarget } from "../../../src/core/targets";
import { SHEET, TABLE } from "../../../src/workbook/names";
import { payrollTableSpec } from "../../../src/workbook/sheets/payroll";
import { rolesTable } from "../../../src/workbook/sheets/roles";
import { settingsSheet } from "../../../src/workbook/sheets/settings";
import { staffTable } from "../../../src/workbook/sheets/staff";
import { targetsSheet } from "../../../src/workbook/sheets/targets";
import type { TableSpec } from "../../../src/workbook/spec";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../../src/office";
import { copyOf, enter, type FakeExcel, type FakeSheet, type Value } from "../fake";
import { freshExcel, payCol, payColNo, sheetOf, snapshot, teamInput } from "../helpers";
import { slipRow } from "../../../src/workbook/sheets/slips";

const LANG = "en-US";

/** A workbook in use: set up, November planned, October and November paid. */
async function madeInUse(staff: number): Promise<FakeExcel> {
  const fake = freshExcel();
  const must = (r: CommandResult) => {
    if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  };
  must(await setUpRolesAndStaff({ lang: LANG, ...teamInput(staff) }));
  must(await planMonth("2026-11", 300000, { lang: LANG }));
  must(await runPayroll("2026-10", { lang: LANG, grossMargin: 90000 }));
  must(await runPayroll("2026-11", { lang: LANG, grossMargin: 120000 }));
  // The user's own sheet, with a table of their own, next to ours.
  const mine = fake.addSheet("My notes");
  mine.type("A1", "Supplier");
  mine.type("B2", 42);
  mine.type("C3", "=B2*2");
  fake.userTable(mine, "Suppliers", "A5:B6", ["Name", "Phone"]);
  return fake;
}

const made = new Map<number, FakeExcel>();

/** A workbook in use (madeInUse), made once for each team size; every test, and every run of the property, works
 *  on a copy of it, installed as Excel (the four commands that make it are most of this file's time). */
async function inUse(staff = 6): Promise<FakeExcel> {
  let original = made.get(staff);
  if (!original) made.set(staff, (original = await madeInUse(staff)));
  return copyOf(original);
}

test("the copy a test starts from is the workbook the commands made, and apart from it", async () => {
  const copy = await inUse(3);
  const original = made.get(3)!;
  expect(copy).not.toBe(original);
  expect(snapshot(copy)).toEqual(snapshot(original));
  // The same workbook to the commands: running one on the copy changes it as it changes the original.
  expect((await runPayroll("2026-11", { lang: LANG, grossMargin: 150000 })).ok).toBe(true);
  const paidCopy = snapshot(copy);
  expect(paidCopy).not.toEqual(snapshot(original));
  original.install();
  expect((await runPayroll("2026-11", { lang: LANG, grossMargin: 150000 })).ok).toBe(true);
  expect(snapshot(original)).toEqual(paidCopy);
  made.delete(3);
});

const COMMANDS: Record<string, () => Promise<CommandResult>> = {
  setUpRolesAndStaff: () => setUpRolesAndStaff({ lang: LANG }),
  planMonth: () => planMonth("2026-11", undefined, { lang: LANG }),
  refreshTargets: () => refreshTargets("2026-11", { lang: LANG }),
  runPayroll: () => runPayroll("2026-11", { lang: LANG }),
  // With `after`, adding the next month is the same workbook however often it runs.
  addNextMonth: () => addNextMonth({ lang: LANG, after: "2026-11" }),
};

/** An input cell, found again after a command: by sheet key and address, or — in a payroll table,
 *  whose rows move with the staff list — by the row's id. */
interface InputCell {
  sheetKey: string;
  address: string;
  /** What the cell holds (column key or setting name), to type something sensible into it. */
  kind: string;
  table?: string;
  id?: string;
  column?: number;
}

function templates(): Map<string, TableSpec> {
  const settings = settingsSheet(defaultEngineSettings(), LANG).sheet;
  const plan = spreadTarget({ month: "2026-11", target: new D(1), settings: defaultEngineSettings().targets });
  const targets = targetsSheet({ month: "2026-11", target: new D(1), plan, lang: LANG });
  const list: TableSpec[] = [rolesTable([], LANG), staffTable([], LANG), ...settings.tables, ...targets.tables];
  for (const m of ["2026-10", "2026-11"]) list.push(payrollTableSpec({ month: m, ids: [], input: undefined, earlier: [], lang: LANG }));
  return new Map(list.map((t) => [t.name, t]));
}

/** Every input cell of the workbook: input columns of our tables, and the single input cells. */
function inputCells(fake: FakeExcel): InputCell[] {
  const out: InputCell[] = [];
  // The single input cells first (the property picks among them often: there are few of them).
  for (const n of ["PoolRate", "PaidDaysPerMonth", "SI_Floor", "HF_EE_Rate", "Target_AOV", "Target_HolidayFactor"]) out.push({ sheetKey: SHEET.settings, address: fake.names.get(n.toLowerCase())!.range, kind: n });
  out.push(
    { sheetKey: SHEET.payroll("2026-10"), address: "B3", kind: "grossMargin" },
    { sheetKey: SHEET.payroll("2026-11"), address: "B3", kind: "grossMargin" },
    { sheetKey: SHEET.targets("2026-11"), address: "D3", kind: "target" },
  );
  const keyOf = (sheet: FakeSheet) => [...fake.names.values()].find((n) => n.name.startsWith("ShopSheet.") && n.sheet === sheet)!.name.slice(10).replace(/\./g, ":").replace(/_/g, "-");
  for (const [name, spec] of templates()) {
    const t = fake.table(name);
    if (!t) continue;
    const key = keyOf(t.sheet);
    spec.columns.forEach((c, j) => {
      if (!c.input) return;
      for (let row = t.top + 1; row <= t.lastData; row++) {
        const cell: InputCell = { sheetKey: key, address: `${String.fromCharCode(64 + t.left + j)}${row}`, kind: c.key };
        if (name.startsWith("Payroll_")) Object.assign(cell, { table: name, id: String(t.sheet.value(row, t.left)), column: j });
        out.push(cell);
      }
    });
  }
  return out;
}

function locate(fake: FakeExcel, c: InputCell): { sheet: FakeSheet; row: number; col: number } | null {
  if (c.table) {
    const t = fake.table(c.table)!;
    for (let row = t.top + 1; row <= t.lastData; row++) if (String(t.sheet.value(row, t.left)) === c.id) return { sheet: t.sheet, row, col: t.left + c.column! };
    return null;
  }
  const sheet = sheetOf(fake, c.sheetKey);
  const m = /^([A-Z])(\d+)$/.exec(c.address)!;
  return { sheet, row: Number(m[2]), col: m[1]!.charCodeAt(0) - 64 };
}

const content = (sheet: FakeSheet, row: number, col: number) => {
  const c = sheet.get(row, col);
  return { v: c?.v ?? "", f: c?.f, q: c?.q };
};

const SINGLE_CELLS = 9;

/** Sensible things to type, by what the cell holds — including the ones a careless writer would
 *  change while "writing back the same value": a 0 (the spec writes an empty money cell), a formula,
 *  text that reads as a number ("'1,234.5"), a date typed as text. */
function sensible(kind: string): Value[] {
  const amount: Value[] = [0, 1234.5, 88, "'1,234.5", " 42 ", "=1+2", ""];
  const rate: Value[] = [0, 0.08, "8%", "'8%", "=0.05*2"];
  const byKind: Record<string, Value[]> = {
    reward: amount,
    penalty: amount,
    base: [2600, "'2,600", "=2500+100"],
    contributionBase: amount,
    specialAdditionalDeduction: amount,
    openingGross: amount,
    openingInsurance: amount,
    openingSpecialAdditionalDeduction: amount,
    openingTax: amount,
    openingMonths: [0, 3, "'2", ""],
    baseMin: [0, "'0", ""],
    baseMax: [60000, "'60,000", ""],
    upTo: [],
    quickDeduction: [],
    rate: [],
    actual: amount,
    grossMargin: amount,
    target: [0, 300000, "'300,000"],
    share: rate,
    weight: [1, 1.5, "'1.25"],
    factor: [1.3, "'2"],
    paidDaysInput: [0, 10.5, "'21", "=20+1", ""],
    headcount: [1, 2, "'3"],
    roomAndBoard: [true, false, "'true", ""],
    insured: [true, false, "'false"],
    shareBasis: ["perPerson", "splitRole", ""],
    name: ["Alice", "=HYPERLINK(\"x\")", "'+86 138", "备注 ✓", ""],
    nameZh: ["店长", "'00123"],
    nameEn: ["Shop manager", "'=SUM(1)"],
    notes: ["our own note", "=1+2", "'=not a formula", "", "11-11"],
    startDate: ["2025-03-01", "'2025-03-01", ""],
    endDate: ["2026-12-31", "'2027-01-31", ""],
    date: ["'12-12", "11-11", "2026-06-18"],
    PoolRate: rate,
    PaidDaysPerMonth: [21.75, "'22"],
    SI_Floor: [4000, "'4,000"],
    HF_EE_Rate: rate,
    Target_AOV: [128, "'99.5", ""],
    Target_HolidayFactor: [1, 1.5, "'1.2"],
  };
  return byKind[kind] ?? [];
}

/** Mostly sensible for the cell; sometimes anything at all (then the command may stop — and must
 *  change nothing). */
function typedValue(kind: string): fc.Arbitrary<Value> {
  const ok = sensible(kind);
  const any = fc.oneof(
    fc.constantFrom<Value>("abc", "00123", "11-11", "perPerson", "manager", "P1", "+86 138", 0, -5),
    fc.integer({ min: -5, max: 100_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 12 }),
  );
  return ok.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ok) }, { weight: 1, arbitrary: any }) : any;
}

describe("what the user typed survives", () => {
  test("random inputs typed into random input cells survive any command, run twice to the same workbook", async () => {
    const base = await inUse();
    const kinds = inputCells(base).map((c) => c.kind);
    const count = kinds.length;
    expect(count).toBeGreaterThan(150);
    let succeeded = 0;
    const RUNS = 60;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof({ weight: 1, arbitrary: fc.nat({ max: SINGLE_CELLS - 1 }) }, { weight: 3, arbitrary: fc.nat({ max: count - 1 }) }).chain((i) => fc.tuple(fc.constant(i), typedValue(kinds[i]!))),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom(...Object.keys(COMMANDS)),
        async (typings, command) => {
          const fake = await inUse();
          const cells = inputCells(fake);
          const typed = new Map<string, { cell: InputCell; state: ReturnType<typeof content> }>();
          for (const [i, v] of typings) {
            const cell = cells[i]!;
            const at = locate(fake, cell)!;
            enter(at.sheet.cell(at.row, at.col), v);
            typed.set(`${cell.sheetKey}!${cell.address}`, { cell, state: content(at.sheet, at.row, at.col) });
          }
          const mine = JSON.stringify(snapshot(fake).sheets.find((s) => s.name === "My notes"));
          if ((await COMMANDS[command]!()).ok) succeeded++;
          const once = snapshot(fake);
          await COMMANDS[command]!();
          expect(snapshot(fake)).toEqual(once);
          for (const { cell, state } of typed.values()) {
            const at = locate(fake, cell);
            expect(at && content(at.sheet, at.row, at.col)).toEqual(state);
          }
          expect(JSON.stringify(snapshot(fake).sheets.find((s) => s.name === "My notes"))).toBe(mine);
        },
      ),
      { numRuns: RUNS },
    );
    // Many runs type sensible values: the commands then succeed, and still keep every input. (A fifth at
    // least: since issue 13 a random value typed into a Holidays, InsuranceBases or Special deductions row
    // is refused more often than one typed elsewhere — a third came out at 20 of 60 in one run.)
    expect(succeeded).toBeGreaterThan(RUNS / 5);
  }, 240_000);

  test("a formula typed into an input cell stays a formula; notes typed in Roles stay", async () => {
    const fake = await inUse();
    const payroll = sheetOf(fake, SHEET.payroll("2026-11"));
    payroll.type(`${payCol("penalty")}11`, "=50*2");
    const roles = sheetOf(fake, SHEET.roles);
    roles.type("M6", "our own note");
    for (const run of Object.values(COMMANDS)) expect((await run()).ok).toBe(true);
    expect(payroll.get(11, payColNo("penalty"))?.f).toBe("=50*2");
    expect(roles.value(6, 13)).toBe("our own note");
  });

  test("a new person moves the payroll rows, and every reward stays with its person", async () => {
    const fake = await inUse(4);
    const payroll = sheetOf(fake, SHEET.payroll("2026-11"));
    payroll.type(`${payCol("reward")}10`, 100); // P1
    payroll.type(`${payCol("reward")}12`, 300); // P3
    payroll.type(`${payCol("paidDaysInput")}13`, 20); // P4's paid days
    // The user inserts a new person between P1 and P2 in Staff (Excel's "insert table row above").
    fake.userInsertRow(TABLE.staff, 1, ["'N1", "New person", "'promoter", 2600]);
    const r = await runPayroll("2026-11", { lang: LANG });
    expect(r.ok).toBe(true);
    const ids = Array.from({ length: 5 }, (_, i) => payroll.value(10 + i, 1));
    expect(ids).toEqual(["P1", "N1", "P2", "P3", "P4"]);
    expect(payroll.value(10, payColNo("reward"))).toBe(100);
    expect(payroll.value(13, payColNo("reward"))).toBe(300);
    expect(payroll.value(14, payColNo("paidDaysInput"))).toBe(20);
    expect(payroll.value(11, payColNo("reward"))).toBe("");
    expect(payroll.get(11, payColNo("gross"))?.f).toBe(payroll.get(10, payColNo("gross"))?.f);
  });
});

test("a column the user adds at the right end of a table is theirs: kept, and the commands carry on", async () => {
  const fake = await inUse(3);
  const width = staffTable([], LANG).columns.length; // the table starts in column A
  // (Staff has its own "Bank account" column since layout version 3: the user's is a note.)
  fake.userInsertColumn(TABLE.staff, width, "Notes");
  const ws = sheetOf(fake, SHEET.staff);
  ws.type(`${String.fromCharCode(65 + width)}6`, "'probation till May");
  for (const run of Object.values(COMMANDS)) expect((await run()).ok).toBe(true);
  expect(ws.value(6, width + 1)).toBe("probation till May");
  expect(ws.value(5, width + 1)).toBe("Notes");
});

describe("a command that would overwrite something stops and changes nothing", () => {
  async function stops(setup: (fake: FakeExcel) => void, command: () => Promise<CommandResult>, code: string): Promise<CommandResult> {
    const fake = await inUse();
    setup(fake);
    const before = snapshot(fake);
    const r = await command();
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain(code);
    expect(snapshot(fake)).toEqual(before);
    return r;
  }

  test("a renamed column", async () => {
    const r = await stops((f) => sheetOf(f, SHEET.staff).type("D5", "Monthly base"), () => setUpRolesAndStaff({ lang: LANG }), "office.conflict.header");
    expect(r.messages[0]!.where).toEqual({ sheet: "Staff", address: "D5", row: 5, column: "Monthly base" });
    expect(r.messages[0]!.text).toContain("Staff, row 5, column “Monthly base”");
  });

  test("a column inserted into the middle of a table", async () => {
    await stops(
      (f) => f.userInsertColumn(TABLE.roles, 2, "Mine"),
      () => runPayroll("2026-11", { lang: LANG }),
      "office.conflict.header",
    );
  });

  test("a table moved by rows inserted above it", async () => {
    await stops(
      (f) => f.userInsertSheetRows(sheetOf(f, SHEET.staff), 4, 2),
      () => setUpRolesAndStaff({ lang: LANG }),
      "office.conflict.tableMoved",
    );
  });

  test("a table moved up is reported where it was found", async () => {
    // A sheet row above the table deleted: everything from row 4 moves up one (the fake's row insert, negative).
    const r = await stops(
      (f) => f.userInsertSheetRows(sheetOf(f, SHEET.staff), 4, -1),
      () => setUpRolesAndStaff({ lang: LANG }),
      "office.conflict.tableMoved",
    );
    const moved = r.messages.find((m) => m.code === "office.conflict.tableMoved")!;
    expect(moved.where).toMatchObject({ sheet: "Staff", address: "A4" }); // the layout puts it at A5
    expect(moved.text).toContain("A4");
  });

  test("a person with a typed reward removed from Staff", async () => {
    const r = await stops(
      (f) => {
        sheetOf(f, SHEET.payroll("2026-11")).type(`${payCol("reward")}12`, 250); // P3's reward
        sheetOf(f, SHEET.staff).type("A8", "'P3-renamed");
      },
      () => runPayroll("2026-11", { lang: LANG }),
      "months.unknownStaff",
    );
    // The month's typed reward names P3, and so does October's closed base (issue 15: every row of a closed month
    // is an entry): both are placed.
    expect(r.messages.map((m) => m.where)).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: "Payroll 2026-11", row: 12, column: "ID" }), expect.objectContaining({ sheet: "Payroll 2026-10", row: 12, column: "ID" })]),
    );
  });

  test("a person whose employment ended while a reward is typed in the month", async () => {
    await stops(
      (f) => {
        sheetOf(f, SHEET.payroll("2026-11")).type(`${payCol("reward")}12`, 250);
        sheetOf(f, SHEET.staff).type("J8", "2026-09-30"); // P3 left before November (End date: J, after the two special-taxpayer flags)
      },
      () => runPayroll("2026-11", { lang: LANG }),
      "office.conflict.rowHasInput",
    );
  });

  test("a table of the user's that has one of our names", async () => {
    await stops(
      (f) => {
        const mine = f.sheetByName("My notes")!;
        mine.tables[0]!.name = "Payroll_2026_12";
      },
      () => addNextMonth({ lang: LANG }),
      "office.conflict.tableNameTaken",
    );
  });

  test("a value the engine refuses is reported at its sheet, row and column", async () => {
    const r = await stops((f) => sheetOf(f, SHEET.staff).type("D7", "lots"), () => runPayroll("2026-11", { lang: LANG }), "value.notAmount");
    expect(r.messages[0]).toMatchObject({ where: { sheet: "Staff", address: "D7", row: 7, column: "Base" } });
    expect(r.messages[0]!.text).toBe("Staff, row 7, column “Base” (D7): \"lots\" is not an amount");
  });

  test("a blank required setting is reported at its cell", async () => {
    const r = await stops((f) => sheetOf(f, SHEET.settings).type("B5", ""), () => planMonth("2026-11", undefined, { lang: LANG }), "config.required");
    expect(r.messages[0]!.where).toEqual({ sheet: "Settings", address: "B5" });
  });
});

describe("the workbook as the user left it", () => {
  test("a renamed tab is still ShopSheet's and keeps its name", async () => {
    const fake = await inUse();
    sheetOf(fake, SHEET.payroll("2026-11")).name = "November pay";
    const r = await runPayroll("2026-11", { lang: LANG });
    expect(r.ok).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toContain("November pay");
    expect(fake.sheets.map((s) => s.name)).not.toContain("Payroll 2026-11");
  });

  test("a deleted sheet is made again", async () => {
    const fake = await inUse();
    fake.deleteSheet("Slips 2026-11");
    const r = await runPayroll("2026-11", { lang: LANG });
    expect(r.ok).toBe(true);
    expect(sheetOf(fake, SHEET.slips("2026-11")).value(slipRow(0), 1)).toBe("P1");
  });

  test("a Chinese workbook stays Chinese when the pane runs in English", async () => {
    const fake = freshExcel();
    await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(3) });
    const r = await runPayroll("2026-11", { lang: "en-US" });
    expect(r.ok).toBe(true);
    expect(fake.sheets.map((s) => s.name)).toContain("工资 2026-11");
    expect(r.ok && r.summary).toMatch(/^Payroll for 2026-11/);
  });

  test("fewer people: the slips of those who left are cleared", async () => {
    const fake = await inUse(4);
    sheetOf(fake, SHEET.staff).type("J9", "2026-10-31"); // P4 leaves in October (End date: J)
    expect((await runPayroll("2026-11", { lang: LANG })).ok).toBe(true);
    const slips = sheetOf(fake, SHEET.slips("2026-11"));
    // Three strips: the last one's figures, then its cut line.
    expect(slips.usedRange()!.bottom).toBe(slipRow(2) + 1);
  });
});

describe("Excel's limits become messages", () => {
  test("a sheet protected with a password: Excel's refusal is a message, nothing written", async () => {
    const fake = await inUse();
    await runPayroll("2026-11", { lang: LANG, protect: true });
    const payroll = sheetOf(fake, SHEET.payroll("2026-11"));
    payroll.password = "secret";
    const before = snapshot(fake);
    const r = await runPayroll("2026-11", { lang: LANG });
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toEqual(["office.error.protected", "office.error.partial"]);
    expect(r.messages[0]!.text).toContain("password");
    expect(snapshot(fake)).toEqual(before);
  });

  test("an Excel without ExcelApi 1.7: no chart, no freeze panes, the rest is written", async () => {
    const fake = freshExcel(1.6);
    await setUpRolesAndStaff({ lang: LANG, ...teamInput(3) });
    const r = await planMonth("2026-11", 100000, { lang: LANG });
    expect(r.ok).toBe(true);
    expect(r.messages.map((m) => m.code).sort()).toEqual(["office.note.noChart", "office.note.noFreeze", "office.note.noPageLayout", "office.note.noValidation"]);
    const ws = sheetOf(fake, SHEET.targets("2026-11"));
    expect(ws.charts).toEqual([]);
    expect(ws.get(13, 7)?.f).toMatch(/^=/);
    expect(fake.suspended).toBeGreaterThan(0);
  });

  test("an Excel older than ExcelApi 1.4, or no Excel at all", async () => {
    freshExcel(1.3);
    const r = await planMonth("2026-11", 1, { lang: LANG });
    expect(!r.ok && r.messages[0]!.code).toBe("office.apiTooOld");
    delete (globalThis as { Excel?: unknown }).Excel;
    const n = await runPayroll("2026-11", { lang: LANG });
    expect(!n.ok && n.messages[0]!.code).toBe("office.noExcel");
  });

  test("a bad month or amount from the pane", async () => {
    await inUse(2);
    const r = await runPayroll("2026-13", { lang: LANG });
    expect(!r.ok && r.messages[0]!.code).toBe("value.notMonth");
    const p = await planMonth("2026-11", "lots", { lang: LANG });
    expect(!p.ok && p.messages[0]!.text).toBe('target: "lots" is not an amount');
  });
});
