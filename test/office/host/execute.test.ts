/**
 * Round trips and payload: each command makes the same number of context.sync() calls for 8, 100,
 * 1,000 and 10,000 staff (at most 4), and no sync carries more than 4 MB. The slips, a strip of five
 * rows a person, are one strip filled down (src/office/reconcile/planRepeat.ts): with every strip written
 * out they were some 50 MB at 10,000 staff, and runPayroll and addNextMonth took 22 round trips there.
 */
import { addNextMonth, PAYLOAD_LIMIT, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../../src/office";
import { wbText } from "../../../src/workbook/text";
import { freshExcel, teamInput } from "../helpers";
import type { Cell, FakeExcel } from "../fake";
import type { CodeSuffix } from "../../../src/data/messages";

const MONTH = "2026-02";

interface Measure {
  command: string;
  syncs: number;
  largest: number;
  batches: number;
  /** What the fake saw: the biggest request (arguments) and response of any one sync. */
  sentMax: number;
  loadedMax: number;
  suspended: number;
}

/** Runs the five commands on a fresh workbook of n staff, counting syncs with a spy on context.sync. */
async function measure(n: number): Promise<Measure[]> {
  const fake = freshExcel();
  const spy = jest.spyOn(fake.context, "sync");
  const out: Measure[] = [];
  const run = async (command: string, f: () => Promise<CommandResult>) => {
    spy.mockClear();
    lastResult = undefined;
    fake.log = [];
    const suspendedBefore = fake.suspended;
    const r = await f();
    lastResult = r;
    if (!r.ok) throw new Error(`${command}: ${r.messages.map((m) => m.text).join("; ")}`);
    out.push({
      command,
      syncs: spy.mock.calls.length,
      largest: r.stats.largestBatchBytes,
      batches: r.stats.writeBatches,
      sentMax: Math.max(...fake.log.map((l) => l.argBytes)),
      loadedMax: Math.max(...fake.log.map((l) => l.responseBytes)),
      suspended: fake.suspended - suspendedBefore,
    });
    expect(r.stats.syncs).toBe(spy.mock.calls.length);
  };
  await run("setUpRolesAndStaff", () => setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(n) }));
  await run("planMonth", () => planMonth(MONTH, 500000));
  await run("runPayroll", () => runPayroll(MONTH, { grossMargin: 150000 }));
  await run("refreshTargets", () => refreshTargets(MONTH));
  await run("addNextMonth", () => addNextMonth());
  spy.mockRestore();
  checkFake(fake);
  return out;
}

function checkFake(fake: FakeExcel): void {
  expect(fake.calculations.every((c) => c === "Full")).toBe(true);
}

const results = new Map<number, Measure[]>();
let lastResult: CommandResult | undefined;

describe("round trips", () => {
  test.each([8, 100, 1000])("%i staff", async (n) => {
    results.set(n, await measure(n));
  }, 300_000);

  test("every command makes the same number of syncs for 8, 100 and 1,000 staff, at most 4", () => {
    const counts = (n: number) => results.get(n)!.map((m) => [m.command, m.syncs]);
    expect(counts(100)).toEqual(counts(8));
    // A thousand slip strips are one strip written and filled down (src/office/reconcile/planRepeat.ts):
    // no second write batch for them since, where the strips written out took one more at 1,000 staff.
    expect(counts(1000)).toEqual(counts(8));
    for (const m of results.get(8)!) expect(m.syncs).toBeLessThanOrEqual(4);
    // One load batch, one read batch (none for a fresh workbook), one write batch, one recalculation.
    expect(counts(8)).toEqual([
      ["setUpRolesAndStaff", 3],
      ["planMonth", 4],
      ["runPayroll", 4],
      ["refreshTargets", 4],
      ["addNextMonth", 4],
    ]);
    // Calculation is suspended in every write batch.
    for (const m of results.get(1000)!) expect(m.suspended).toBe(m.batches);
    console.log(table(results));
  });

  // Wall time: on a shared machine at load 12 the five commands at 10,000 staff took some 8 minutes
  // (about 70 s of CPU, most of it the double's).
  test("10,000 staff: the same syncs as 8, every write in one batch under 4 MB", async () => {
    const big = await measure(10_000);
    results.set(10_000, big);
    // Measured 2026-12-07, and tightened to it: runPayroll 4 syncs, one write batch of 2.60 MB estimated
    // (1.26 MB sent); addNextMonth 4, 3.01 MB (1.47 MB sent). With the slips written out strip by strip
    // both took 22 round trips.
    expect(big.map((m) => [m.command, m.syncs])).toEqual(results.get(8)!.map((m) => [m.command, m.syncs]));
    for (const m of big) expect(m.batches).toBeLessThanOrEqual(1);
    // Ten thousand people without an opening balance: the pane gets 50 warnings and a count of the rest.
    expect(lastResult!.messages.length).toBeLessThanOrEqual(51);
    expect(lastResult!.messages[lastResult!.messages.length - 1]!.code).toBe("office.note.moreWarnings");
    console.log(table(new Map([[10_000, big]])));
  }, 900_000);

  test("no batch, estimated or as the fake received it, carries more than 4 MB", () => {
    for (const [, ms] of results) {
      for (const m of ms) {
        expect(m.largest).toBeLessThan(PAYLOAD_LIMIT);
        expect(m.sentMax).toBeLessThan(PAYLOAD_LIMIT);
        expect(m.loadedMax).toBeLessThan(PAYLOAD_LIMIT);
        // The estimate (data plus per-call overhead) covers what was actually sent.
        expect(m.sentMax).toBeLessThanOrEqual(m.largest);
      }
    }
    const largest = (n: number) => Math.max(...results.get(n)!.map((m) => m.largest));
    expect(largest(1000)).toBeGreaterThan(largest(8));
  });
});

test("a response Excel refuses as too large is read again one table per round trip", async () => {
  const fake = freshExcel();
  await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(1000) });
  await runPayroll(MONTH, { grossMargin: 150000 });
  const normal = fake.log.length;
  await runPayroll(MONTH);
  const syncsNormally = fake.log.length - normal;
  // Above the largest single table (Staff, 1,000 rows of its input columns, the personal ones of layout 3
  // among them) and a thousand bordered slips (the largest range read alone, some 170 kB), below the whole read.
  fake.responseLimit = 200_000;
  const before = fake.log.length;
  const r = await runPayroll(MONTH);
  expect(r.ok ? "" : r.messages.map((m) => m.text).join("\n")).toBe("");
  expect(fake.log.length - before).toBeGreaterThan(syncsNormally);
  expect(Math.max(...fake.log.slice(before).filter((l) => !l.failed).map((l) => l.responseBytes))).toBeLessThanOrEqual(200_000);
}, 300_000);

function table(r: Map<number, Measure[]>): string {
  return [...r]
    .flatMap(([n, ms]) => ms.map((m) => `syncs ${m.command} staff=${n}: ${m.syncs} (largest batch ${(m.largest / 1e6).toFixed(2)} MB; sent ${(m.sentMax / 1e6).toFixed(2)} MB, loaded ${(m.loadedMax / 1e6).toFixed(2)} MB)`))
    .join("\n");
}

/**
 * A version-1 workbook of 10,000 staff, made from today's by taking out what version 2 added (Staff's
 * sameAs, the payroll and targets helper columns, the version name) and giving the two payroll helper
 * columns their version-1 headers back — the cells right of a column taken out move left, as Excel's
 * "delete table column" does.
 */
function asLayout1(fake: FakeExcel): void {
  const drop = (table: string, header: string) => {
    const t = fake.table(table)!;
    const i = fake.headers(t).indexOf(header);
    if (i < 0) throw new Error(`${table} has no column ${header}`);
    const s = t.sheet;
    const col = t.left + i;
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const row = Math.floor(k / 16_385);
      const at = k % 16_385;
      if (row < t.top || row > t.lastData + (t.showTotals ? 1 : 0) || at < col) continue;
      s.cells.delete(k);
      if (at > col) moved.push([k - 1, c]);
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    t.right -= 1;
    t.calculated = new Map([...t.calculated].flatMap(([j, f]) => (j === i ? [] : [[j > i ? j - 1 : j, f] as [number, string]])));
  };
  const helper = (key: CodeSuffix<"wb.col.">) => wbText("wb.col.helper", "zh-CN", { what: wbText(`wb.col.${key}`, "zh-CN") });
  drop("Staff", wbText("wb.col.sameAs", "zh-CN"));
  for (const t of fake.tables().filter((x) => x.name.startsWith("Payroll_"))) {
    for (const key of ["person", "shareUnits", "splitBy", "poolFen", "poolHigh", "commissionHigh"] as const) drop(t.name, helper(key));
    for (const key of ["siBase", "hfBase"] as const) fake.renameColumn(t, fake.headers(t).indexOf(helper(key)), wbText("wb.col.helper", "zh-CN", { what: `wb.col.${key} {}` }));
  }
  for (const t of fake.tables().filter((x) => x.name.startsWith("Targets_"))) drop(t.name, wbText("wb.targets.col.decimals", "zh-CN"));
  for (const n of [...fake.names.values()]) if (n.name.startsWith("ShopSheetLayout.")) fake.names.delete(n.name.toLowerCase());
}

test("10,000 staff in a workbook of layout 1: runPayroll upgrades it in the same round trips, every batch under 4 MB", async () => {
  const fake = freshExcel();
  await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(10_000) });
  await planMonth(MONTH, 500000, { lang: "zh-CN" });
  await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 150000 });
  asLayout1(fake);
  const before = fake.log.length;
  const r = await runPayroll(MONTH, { lang: "zh-CN" });
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  const log = fake.log.slice(before);
  console.log(`syncs runPayroll staff=10000 upgrading layout 1: ${log.length}; largest batch ${(r.stats.largestBatchBytes / 1e6).toFixed(2)} MB; sent ${(Math.max(...log.map((l) => l.argBytes)) / 1e6).toFixed(2)} MB, loaded ${(Math.max(...log.map((l) => l.responseBytes)) / 1e6).toFixed(2)} MB`);
  // An upgrade rewrites every payroll column of 10,000 rows (a plain run fills them from one row): its
  // batches grow with the team. 9–10 before issue 12's slips, 22 with them written strip by strip; the slips
  // filled down from one strip (planRepeat) leave the payroll's own batches.
  expect(log.length).toBeLessThanOrEqual(12);
  expect(r.stats.largestBatchBytes).toBeLessThan(PAYLOAD_LIMIT);
  expect(Math.max(...log.map((l) => l.argBytes))).toBeLessThan(PAYLOAD_LIMIT);
  expect(Math.max(...log.map((l) => l.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
  expect(fake.headers(fake.table("Staff")!)[8]).toBe(wbText("wb.col.sameAs", "zh-CN"));
}, 900_000);
