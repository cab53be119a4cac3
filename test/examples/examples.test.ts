/**
 * The configs in examples/ are what a finance person starts from: each must run through all three
 * commands as examples/README.md says, without a warning that would mean the example is broken, and
 * give the figures worked out by hand below (each with its arithmetic; the rules are the README's
 * "The rules, in short"). Nothing here is copied from the program's output.
 *
 * Shared facts used in the arithmetic (README defaults):
 * - social insurance: base clamped to [4462, 22311], employee 8% + 2% + 0.5%; housing fund 5% on a
 *   base clamped to [2490, 38390]. So a base of 1800 or 2500 pays SI on the floor 4462:
 *   356.96 + 89.24 + 22.31 = 468.51; HF 2490 × 5% = 124.50 (base 1800) or 2500 × 5% = 125.00.
 * - pool = margin × 40%; a share of the pool is per person unless the role says splitRole.
 * - tax: cumulative taxable = Σ gross − 5000 × months − Σ (SI + HF) − Σ special deductions; annual
 *   table 3% to 36,000, 10% − 2,520 to 144,000, 20% − 16,920 to 300,000.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { expectValidOoxml } from "../ooxml/validate";
import { ROOT, cli } from "../cli/run";

const EXAMPLES = join(ROOT, "examples");

interface Person {
  id: string;
  [key: string]: string;
}

interface PayrollDoc {
  month: string;
  pool: Record<string, string>;
  employees: Person[];
  totals: Record<string, string>;
  warnings: { code: string; where: string; message: string }[];
}

interface TargetsDoc {
  days: { date: string; weekday: number; week: number; weight: string; target: string; orders: number | null; visitors: number | null }[];
  weeks: { week: number; start: string; end: string; target: string }[];
  warnings: unknown[];
}

/** Everything an example is expected to do, worked by hand. */
interface Expected {
  file: string;
  /** The month the README runs it for (the config's last month). */
  month: string;
  /** Sheets, people on the month's payroll and payroll months, as `shopsheet workbook` counts them. */
  workbook: { sheets: number; people: number; months: number };
  /** Warnings a month may carry, by month: informational ones the README explains. Any other fails. */
  warnings: Record<string, { code: string; where: string }[]>;
  /** month → staff id → expected JSON fields. */
  pay: Record<string, Record<string, Record<string, string>>>;
  pool: Record<string, string>;
  /** Days and weeks of `shopsheet targets` for the month, with the options the config's settings give. */
  days: Record<string, { target: string; orders: number; visitors: number }>;
  weeks: Record<number, string>;
}

const expected: Expected[] = [
  {
    file: "five-person-shop.json",
    month: "2026-03",
    // Contents, Settings, Roles, Staff, Targets, 3 payroll months, the slips, one sheet per catalogue role (5).
    workbook: { sheets: 15, people: 5, months: 3 },
    warnings: {},
    pay: {
      "2026-03": {
        // 店长 S01, base "6,000", special deduction 1000, commission 30% of the pool:
        //   pools 60000×40% = 24000, 45000×40% = 18000, 70000×40% = 28000 → 7200, 5400, 8400.
        //   gross Jan 13200, Feb 11400, Mar 6000 + 8400 + reward 500 = 14900; Σ 39500.
        //   SI 480 + 120 + 30 = 630, HF 300: 930 a month.
        //   taxable Mar = 39500 − 15000 − 2790 − 3000 = 18710 → 3% = 561.30; Feb: 24600 − 10000 −
        //   1860 − 2000 = 10740 → 322.20; this month 561.30 − 322.20 = 239.10.
        //   net 14900 − 630 − 300 − 239.10 = 13730.90; employer 6000 × (16% + 9.5% + 0.5% + 0.2%)
        //   = 1572, HF 300 → cost 14900 + 1572 + 300 = 16772.
        S01: { paidBase: "6000.00", commission: "8400.00", gross: "14900.00", socialInsurance: "630.00", housingFund: "300.00",
          cumulativeTaxable: "18710.00", cumulativeTax: "561.30", iit: "239.10", net: "13730.90", employerCost: "16772.00" },
        // 推广 S02 (the reward's entry names her 李娜): 2500 + 28000 × 8% = 2240 + 300 = 5040;
        //   no tax (Σ 4420 + 3940 + 5040 = 13400 < 15000); net 5040 − 468.51 − 125 = 4446.49.
        S02: { gross: "5040.00", iit: "0.00", net: "4446.49" },
        // 客服 S04: 1800 + 2240 = 4040; net 4040 − 468.51 − 124.50 = 3446.99.
        S04: { paidBase: "1800.00", commission: "2240.00", gross: "4040.00", net: "3446.99" },
      },
      // February: S04's penalty of 50: 1800 + 18000 × 8% = 1440 − 50 = 3190.
      "2026-02": { S04: { penalty: "50.00", gross: "3190.00" } },
    },
    // 30% + 8% + 8% + 2 × 8% = 62% of 28000 = 17360; 10640 left.
    pool: { pool: "28000.00", allocatedShare: "0.62", allocated: "17360.00", unallocated: "10640.00" },
    // March 2026 starts on a Sunday: Mon 5, Tue 5, Wed–Fri 4 each = 22 days × 1 and 9 weekend days ×
    // 1.2 = 32.8. 24,000,000 fen ÷ 32.8 = 731707.317… a weekday, 878048.780… a weekend day; the floors
    // add up to 23,999,986, so 14 fen go by largest remainder: the 9 weekend days (.780) and then the
    // 5 earliest weekdays (.317: 2–6 March). Orders ⌈7317.08 ÷ 98⌉ = 75, visitors ⌈75 ÷ 2.5%⌉ = 3000;
    // a weekend day ⌈8780.49 ÷ 98⌉ = 90 orders, 3600 visitors.
    days: {
      "2026-03-01": { target: "8780.49", orders: 90, visitors: 3600 },
      "2026-03-02": { target: "7317.08", orders: 75, visitors: 3000 },
      "2026-03-09": { target: "7317.07", orders: 75, visitors: 3000 },
    },
    // Week 1 is Sunday the 1st alone; week 2 (2–8 March) = 5 × 7317.08 + 2 × 8780.49 = 54146.38.
    weeks: { 1: "8780.49", 2: "54146.38" },
  },
  {
    file: "seed-team-full-year.json",
    month: "2026-12",
    workbook: { sheets: 24, people: 8, months: 12 },
    warnings: {},
    pay: {
      "2026-12": {
        // Manager E01, base 8000, special deduction 2000, 30% of the pool every month; rewards 2000
        //   (June) and 3000 (November). Margins Jan–Dec add up to 1,444,000 (Jan–Nov 1,292,000), and
        //   30% × 40% = 12% of them is the commission: 173,280 (155,040).
        //   Σ gross Dec = 12 × 8000 + 173280 + 5000 = 274280; SI 840 + HF 400 = 1240 a month.
        //   taxable = 274280 − 60000 − 14880 − 24000 = 175400 → 20% − 16920 = 18160.
        //   Nov: 248040 − 55000 − 13640 − 22000 = 157400 → 14560. December: 18160 − 14560 = 3600.
        //   gross Dec 8000 + 152000 × 12% = 18240 → 26240; net 26240 − 840 − 400 − 3600 = 21400.
        E01: { commission: "18240.00", gross: "26240.00", cumulativeTaxable: "175400.00", cumulativeTax: "18160.00", iit: "3600.00", net: "21400.00" },
        // Promoter E02: rewards 300 + 800 + 1000 + 300 = 2400; Σ gross = 30000 + 1444000 × 3.2% (46208)
        //   + 2400 = 78608; taxable = 78608 − 60000 − 12 × 593.51 = 11485.88 → 344.58 (344.5764);
        //   Nov: 70944 − 55000 − 6528.61 = 9415.39 → 282.46; Dec 62.12. Gross 2500 + 4864 + 300 = 7664,
        //   net 7664 − 593.51 − 62.12 = 7008.37.
        E02: { commission: "4864.00", gross: "7664.00", cumulativeTaxable: "11485.88", iit: "62.12", net: "7008.37" },
        // Shipping E08: the example's roles fill the source's gap with 4%: 60800 × 4% = 2432.
        E08: { paidBase: "2200.00", commission: "2432.00", gross: "4632.00" },
      },
      // E07 joined on 16 March: 12 paid days entered (16–31 March, Monday to Friday) → 1800 × 12 ÷ 21.75 = 993.10.
      "2026-03": { E07: { paidBase: "993.10" } },
    },
    // 152000 × 40% = 60800; 30 + 2 × 8 + 8 + 3 × 8 + 4 = 82% → 49856 allocated, 10944 left.
    pool: { pool: "60800.00", allocatedShare: "0.82", allocated: "49856.00", unallocated: "10944.00" },
    // December 2026 (starts on a Tuesday): 30 days × 1 and 12-12 × 2 (built-in event) = 32 → 500000 ÷ 32
    // = 15625.00 a day, 31250.00 on the 12th. Orders ⌈15625 ÷ 128⌉ = 123, visitors ⌈123 ÷ 3%⌉ = 4100;
    // the 12th ⌈31250 ÷ 128⌉ = 245 orders, ⌈245 ÷ 0.03⌉ = 8167 visitors.
    days: {
      "2026-12-01": { target: "15625.00", orders: 123, visitors: 4100 },
      "2026-12-12": { target: "31250.00", orders: 245, visitors: 8167 },
    },
    // Week 1 = 1–6 Dec: 6 × 15625; week 2 = 7–13 Dec: 6 × 15625 + 31250.
    weeks: { 1: "93750.00", 2: "125000.00" },
  },
  {
    file: "joiners-and-leavers.json",
    month: "2026-09",
    workbook: { sheets: 18, people: 4, months: 6 },
    // J03 joins on Wednesday 15 April without an entry: her paid days are counted (and she is named).
    warnings: { "2026-04": [{ code: "payroll.paidDaysDerived", where: "staff[2].startDate" }] },
    pay: {
      // Pools: Apr 20000, May 24000, Jun 32000, Jul 22000, Aug 23200, Sep 24800.
      "2026-04": {
        // 15–30 April, Monday to Friday: 15–17, 20–24, 27–30 = 12 days → 1800 × 12 ÷ 21.75 = 993.10.
        J03: { paidBase: "993.10", commission: "1600.00", gross: "2593.10" },
        // J01's opening (Jan–Mar in the old payroll system): 3 months, gross 39000, insurance 3255,
        //   deductions 3000, tax 532.35. April: 7000 + 6000 = 13000; taxable = 52000 − 20000 − 4340 −
        //   4000 = 23660 → 709.80; 709.80 − 532.35 = 177.45. Without the opening it would be 5915.
        J01: { gross: "13000.00", cumulativeTaxable: "23660.00", cumulativeTax: "709.80", iit: "177.45", net: "11737.55" },
      },
      "2026-06": {
        // J01 crosses into the 10% bracket: May 7000 + 7200 = 14200 → 30775 → 923.25; June 7000 +
        //   9600 + reward 1000 = 17600 → 83800 − 30000 − 6510 − 6000 = 41290 → 4129 − 2520 = 1609.00;
        //   1609 − 923.25 = 685.75; net 17600 − 735 − 350 − 685.75 = 15829.25.
        J01: { gross: "17600.00", cumulativeTaxable: "41290.00", cumulativeTax: "1609.00", iit: "685.75", net: "15829.25" },
      },
      "2026-08": {
        // J04 leaves on 20 August, 13.5 days entered: 2500 × 13.5 ÷ 21.75 = 1551.72.
        J04: { paidBase: "1551.72", gross: "3407.72" },
        // J03 comes back on 17 August as J03-2 (sameAs J03), 10.5 days: 1800 × 10.5 ÷ 21.75 = 868.97,
        //   + 23200 × 8% = 1856 → 2724.97. Her year runs on from J03's April–June: gross 2593.10 + 3720
        //   + 4360 + 2724.97 = 13398.07, 4 months (July counts none), insurance 4 × 593.01:
        //   13398.07 − 20000 − 2372.04 = −8973.97 (August alone would be −2868.04).
        "J03-2": { paidBase: "868.97", gross: "2724.97", cumulativeTaxable: "-8973.97", iit: "0.00" },
      },
      "2026-09": {
        // J01 in September: gross 7000 + 7440 = 14440; Σ gross 39000 + 13000 + 14200 + 17600 + 13600
        //   + 13960 + 14440 = 125800; taxable 125800 − 45000 − 9765 − 9000 = 62035 → 3683.50; August
        //   54680 → 2948.00; 735.50; net 14440 − 735 − 350 − 735.50 = 12619.50.
        J01: { cumulativeTaxable: "62035.00", cumulativeTax: "3683.50", iit: "735.50", net: "12619.50" },
        // J05's penalty 80: 1800 + 1984 − 80 = 3704.
        J05: { penalty: "80.00", gross: "3704.00" },
      },
    },
    // September: J01 30%, J02 8%, J05 8%, J03-2 8% = 54% of 24800 = 13392; 11408 left.
    pool: { pool: "24800.00", allocatedShare: "0.54", allocated: "13392.00", unallocated: "11408.00" },
    // September 2026 (starts on a Tuesday): 29 days × 1 and the config's one-off 99 大促 on the 9th ×
    // 1.5 = 30.5 → 183000 ÷ 30.5 = 6000.00 a day, 9000.00 on the 9th. Orders ⌈6000 ÷ 85⌉ = 71, visitors
    // ⌈71 ÷ 4%⌉ = 1775; the 9th ⌈9000 ÷ 85⌉ = 106 and 2650.
    days: {
      "2026-09-01": { target: "6000.00", orders: 71, visitors: 1775 },
      "2026-09-09": { target: "9000.00", orders: 106, visitors: 2650 },
    },
    // Week 1 = 1–6 Sep: 6 × 6000; week 2 = 7–13 Sep: 6 × 6000 + 9000.
    weeks: { 1: "36000.00", 2: "45000.00" },
  },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function readExample(file: string): Record<string, Json> {
  return JSON.parse(readFileSync(join(EXAMPLES, file), "utf8"));
}

/** Every key path of a JSON value, arrays written `[]`: `staff[].opening.months`. */
function keyPaths(value: Json, prefix = ""): Set<string> {
  const out = new Set<string>();
  const visit = (v: Json, at: string) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, `${at}[]`));
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k;
        out.add(path);
        visit(x, path);
      }
  };
  visit(value, prefix);
  return out;
}

/** The key paths of the README's "Config format" example (the jsonc block of that section). */
function readmeConfigKeys(): Set<string> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Config format"));
  const block = /```jsonc\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("README: no jsonc block under \"## Config format\"");
  return keyPaths(parseJsonc(block) as Json);
}

/**
 * The `shopsheet targets` options that give the month what the config's settings give it: the
 * month's sales target, the weekday weights, AOV and conversion rate, and the config's events that
 * fall in the month (an events list replaces the built-in ones, as --event does).
 */
function targetsArgs(config: Record<string, Json>, month: string): string[] {
  const settings = (config.settings ?? {}) as Record<string, Json>;
  const t = (settings.targets ?? {}) as Record<string, Json>;
  const args = ["targets", "--month", month, "--target", salesTarget(config, month)];
  if (Array.isArray(t.weekdayWeights)) args.push("--weekday-weights", t.weekdayWeights.join(","));
  if (typeof t.aov === "string") args.push("--aov", t.aov);
  if (typeof t.cvr === "string") args.push("--cvr", t.cvr);
  if (Array.isArray(t.events)) {
    const inMonth = (t.events as { date: string; factor: string }[])
      .map((e) => ({ date: e.date.length === 5 ? `${month.slice(0, 4)}-${e.date}` : e.date, factor: e.factor }))
      .filter((e) => e.date.startsWith(month));
    if (inMonth.length === 0) args.push("--no-events");
    for (const e of inMonth) args.push("--event", `${e.date}=${e.factor}`);
  }
  if (t.holidayFactor !== undefined && t.holidayFactor !== "1") throw new Error("targets has no --holiday-factor: keep the examples' holiday factor at 1");
  return args;
}

function salesTarget(config: Record<string, Json>, month: string): string {
  const target = ((config.months ?? []) as Record<string, Json>[]).find((m) => m.month === month)?.salesTarget;
  if (typeof target !== "string") throw new Error(`${month}: no salesTarget in the example`);
  return target;
}

async function payroll(file: string, month: string): Promise<PayrollDoc> {
  const r = await cli(["payroll", "--config", join("examples", file), "--month", month, "--json"]);
  expect({ file, month, code: r.code, stderr: r.stderr }).toEqual({ file, month, code: 0, stderr: "" });
  return JSON.parse(r.stdout) as PayrollDoc;
}

describe("examples/", () => {
  test("every config in examples/ is tested here and described in examples/README.md", () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json") && !f.includes(".actuals-")).sort();
    expect(files).toEqual(expected.map((e) => e.file).sort());
    const readme = readFileSync(join(EXAMPLES, "README.md"), "utf8");
    for (const e of expected) {
      expect(readme).toContain(`examples/${e.file}`);
      expect(readme).toContain(`--month ${e.month}`);
    }
  });

  test.each(expected.map((e) => [e.file, e] as const))("%s uses only the config keys the README documents", (file) => {
    const documented = readmeConfigKeys();
    const unknown = [...keyPaths(readExample(file))].filter((k) => !documented.has(k));
    expect(unknown).toEqual([]);
  });

  test.each(expected.map((e) => [e.file, e] as const))("%s: shopsheet payroll --json, every month, worked by hand", async (file, e) => {
    const months = ((readExample(file).months ?? []) as { month: string }[]).map((m) => m.month);
    expect(months[months.length - 1]).toBe(e.month);
    for (const month of months) {
      const doc = await payroll(file, month);
      // No warning but the ones the README explains: anything else means the example is broken.
      expect({ month, warnings: doc.warnings.map((w) => ({ code: w.code, where: w.where })) }).toEqual({ month, warnings: e.warnings[month] ?? [] });
      for (const [id, fields] of Object.entries(e.pay[month] ?? {})) {
        const person = doc.employees.find((p) => p.id === id);
        expect({ month, id, ...(person === undefined ? {} : pick(person, Object.keys(fields))) }).toEqual({ month, id, ...fields });
      }
      if (month === e.month) expect(pick(doc.pool, Object.keys(e.pool))).toEqual(e.pool);
    }
  });

  test.each(expected.map((e) => [e.file, e] as const))("%s: shopsheet targets with the config's target settings, worked by hand", async (file, e) => {
    const r = await cli([...targetsArgs(readExample(file), e.month), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as TargetsDoc;
    expect(doc.warnings).toEqual([]);
    for (const [date, day] of Object.entries(e.days)) expect(doc.days.find((d) => d.date === date)).toMatchObject({ date, ...day });
    for (const [week, target] of Object.entries(e.weeks)) expect(doc.weeks.find((w) => w.week === Number(week))).toMatchObject({ week: Number(week), target });
    // The days add up to the month's target exactly (in fen, no float).
    const fen = (s: string) => BigInt(s.replace(".", ""));
    expect(doc.days.reduce((a, d) => a + fen(d.target), 0n)).toBe(fen(`${salesTarget(readExample(file), e.month)}.00`));
  });

  test("five-person-shop.actuals-2026-03.json: March's first three days sold, the rest spread again (worked by hand)", async () => {
    const config = readExample("five-person-shop.json");
    const actuals = join("examples", "five-person-shop.actuals-2026-03.json");
    const r = await cli([...targetsArgs(config, "2026-03"), "--actuals", actuals, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as TargetsDoc & { days: { actual: string | null; revisedTarget: string }[] };
    // Sold 9,100 + 6800.50 + 7,500 = 23400.50; left 240000 − 23400.50 = 216599.50 over 4–31 March:
    // 20 weekdays × 1 + 8 weekend days × 1.2 = 29.6. 21,659,950 fen ÷ 29.6 = 731755.068 a weekday,
    // 878106.081 a weekend day; floors 20 × 731755 + 8 × 878106 = 21,659,948, so the 2 fen left go to
    // the largest remainders (.081): the earliest two weekend days, 7 and 8 March.
    const day = (date: string) => doc.days.find((d) => d.date === date);
    expect(day("2026-03-01")).toMatchObject({ actual: "9100.00", revisedTarget: "9100.00" });
    expect(day("2026-03-02")).toMatchObject({ actual: "6800.50", revisedTarget: "6800.50" });
    expect(day("2026-03-04")).toMatchObject({ actual: null, revisedTarget: "7317.55" });
    expect(day("2026-03-07")).toMatchObject({ revisedTarget: "8781.07" });
    expect(day("2026-03-08")).toMatchObject({ revisedTarget: "8781.07" });
    expect(day("2026-03-14")).toMatchObject({ revisedTarget: "8781.06" });
  });

  test("shopsheet workbook writes each example in both languages, without a warning, and the files are valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-examples-"));
    const written: { name: string; data: Buffer }[] = [];
    for (const e of expected) {
      for (const lang of ["zh-CN", "en-US"]) {
        const out = join(dir, `${e.file.replace(/\.json$/, "")}-${lang}.xlsx`);
        const r = await cli(["workbook", "--config", join("examples", e.file), "--month", e.month, "--lang", lang, "--out", out]);
        expect({ file: e.file, lang, code: r.code, stderr: r.stderr }).toEqual({ file: e.file, lang, code: 0, stderr: "" });
        // --lang picks the messages' language too; the counts are worked out above. Nothing else is
        // printed: a warning would follow these two lines.
        const { sheets, people, months } = e.workbook;
        expect(r.stdout).toBe(
          lang === "zh-CN"
            ? `已写入 ${out}\n${sheets} 个工作表；本月工资 ${people} 人；工资表 ${months} 个月（累计预扣链）\n`
            : `Wrote ${out}\n${sheets} sheets; ${people} people on this month's payroll; ${months} payroll months (the year-to-date chain)\n`,
        );
        expect(statSync(out).size).toBeGreaterThan(10_000);
        written.push({ name: out, data: readFileSync(out) });
      }
    }
    await expectValidOoxml(written);
  });
});

function pick(o: Record<string, string>, keys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}
