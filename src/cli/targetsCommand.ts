import { eventDate, factor, month as monthField, nonNegativeAmount, rate } from "../core/config/leaves";
import { defaultEngineSettings } from "../core/defaults";
import { spreadLimitProblem } from "../core/config/spreadLimit";
import { monthOf } from "../core/calendar";
import { money } from "../core/money";
import type { Dec } from "../core/money";
import type { SalesEvent, TargetSettings, Warning } from "../core/types";
import { dayProgress, monthProgress, spreadTarget, weightDecimalsProblems, type CountProgress, type TargetPlan } from "../core/targets";
import { formatMessage, weekdayCode } from "../data/messages";
import type { Lang } from "../data/lang";
import { commandHelp } from "./help";
import { langOption, optionValue, parseOptions, required } from "./args";
import { readActuals, type Actuals } from "./actualsFile";
import { json, label, moneyCell, numberCell, table, warningsBlock } from "./format";
import type { Io } from "./io";
import { collector, fail, warningJson } from "./problems";
import { loadConfig } from "./config";
import { buildHolidayCalendar, type HolidayCalendar } from "../core/holidayCalendar";

/** What `shopsheet targets` accepts; its help (help.ts) explains each of these. */
export const targetsOptions = {
  config: { type: "string" },
  month: { type: "string" },
  target: { type: "string" },
  "weekday-weights": { type: "string" },
  event: { type: "string", multiple: true },
  "no-events": { type: "boolean" },
  aov: { type: "string" },
  cvr: { type: "string" },
  actuals: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

export async function targetsCommand(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, targetsOptions);
  if (o.help) {
    io.stdout(commandHelp("targets", targetsOptions, io.lang));
    return 0;
  }
  const checks = collector();
  checks.attempt(() => langOption(o.lang));
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const target = checks.attempt(() => optionValue(nonNegativeAmount, required(o.target, "target"), "target"));
  // A config gives the calendar (the user's holiday years) and the targets settings the options start from.
  const loaded = o.config === undefined ? undefined : checks.attempt(() => loadConfig(o.config, month, io.cwd));
  const base = loaded?.config.settings.targets ?? defaultEngineSettings().targets;
  const calendar = buildHolidayCalendar(loaded?.config.calendar ?? []);
  const settings = checks.attempt(() => targetSettings(o, base, calendar));
  // Read even when --month is refused, so a bad actuals file is reported in the same run.
  const actuals = o.actuals === undefined ? undefined : await attemptAsync(checks, () => readActuals(o.actuals!, month, io.cwd));
  const limit = target === undefined || settings === undefined ? null : spreadLimitProblem(target, settings);
  if (limit) checks.attempt(() => fail(limit.code, "--target", limit.params));
  checks.done();
  if (month === undefined || target === undefined || settings === undefined) return 2;
  const spread = spreadTarget({ month, target, settings, calendar, ...(actuals ? { actuals: actuals.sales, actualOrders: actuals.orders, actualVisitors: actuals.visitors } : {}) });
  const plan = { ...spread, warnings: [...eventsOutside(settings.events, month), ...(actuals?.notes ?? []), ...spread.warnings] };
  io.stdout(o.json ? json(planJson(plan, io.lang)) : planText(plan, io.lang, actuals));
  return 0;
}

/** collector().attempt for a check that reads a file. */
async function attemptAsync<T>(checks: ReturnType<typeof collector>, check: () => Promise<T>): Promise<T | undefined> {
  let result: Promise<T> | undefined;
  checks.attempt(() => void (result = check()));
  try {
    return await result;
  } catch (e) {
    return checks.attempt(() => {
      throw e;
    });
  }
}

function targetSettings(o: { "weekday-weights"?: string; event?: string[]; "no-events"?: boolean; aov?: string; cvr?: string }, defaults: TargetSettings, calendar: HolidayCalendar): TargetSettings {
  const checks = collector();
  const raw = o["weekday-weights"];
  const weights = raw === undefined ? defaults.weekdayWeights : checks.attempt(() => weekdayWeights(raw));
  if (o.cvr !== undefined && o.aov === undefined && defaults.aov === null) checks.attempt(() => fail("cli.cvrWithoutAov", "--cvr"));
  const given = o.event ?? [];
  const events = given.length > 0 ? given.map((e, i) => checks.attempt(() => parseEvent(e, i))) : o["no-events"] ? [] : defaults.events;
  const aov = o.aov === undefined ? null : checks.attempt(() => positive(optionValue(nonNegativeAmount, o.aov, "aov"), o.aov!, "--aov"));
  const cvr = o.cvr === undefined ? null : checks.attempt(() => positive(optionValue(rate, o.cvr, "cvr"), o.cvr!, "--cvr"));
  given.forEach((e, i) => {
    const date = e.split("=")[0]!.trim();
    if (given.findIndex((x) => x.split("=")[0]!.trim() === date) < i) checks.attempt(() => fail("config.eventDuplicate", `--event[${i}]`, { date }));
  });
  // Day weights to 4 decimals, as the workbook's Targets sheet carries them (core/targets/weights.ts).
  const chosen = { ...defaults, weekdayWeights: weights ?? defaults.weekdayWeights, events: events.filter((e): e is SalesEvent => e !== undefined) };
  const paths = { weekday: (i: number) => `--weekday-weights[${i + 1}]`, event: (i: number) => (given.length > 0 ? `--event[${i}]` : "events"), holiday: "holidayFactor" };
  if (weights !== undefined) for (const p of weightDecimalsProblems(chosen, paths, calendar)) checks.attempt(() => fail(p.code, p.where, p.params));
  checks.done();
  return {
    ...defaults,
    weekdayWeights: weights!,
    events: events.filter((e): e is SalesEvent => e !== undefined),
    aov: o.aov === undefined ? defaults.aov : (aov ?? null),
    cvr: o.cvr === undefined ? defaults.cvr : (cvr ?? null),
  };
}

/** AOV and conversion rate divide: zero would make orders or visitors infinite. */
function positive(x: Dec, raw: string, where: string): Dec {
  return x.isZero() ? fail("value.outOfRange", where, { value: raw, min: "0.01", max: "∞" }) : x;
}

/** A one-day event in another month is most likely a typo: say so rather than ignore it. */
function eventsOutside(events: SalesEvent[], month: string): Warning[] {
  return events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date.length === 10 && monthOf(e.date) !== month)
    .map(({ e, i }) => ({ code: "cli.eventOutsideMonth", params: { date: e.date, month }, where: `--event[${i}]` }));
}

function weekdayWeights(raw: string): Dec[] {
  const parts = raw.split(/[,，]/).map((s) => s.trim());
  if (parts.length !== 7) fail("config.weekdayWeights", "--weekday-weights", { count: String(parts.length) });
  const weights = parts.map((p, i) => optionValue(factor, p, `weekday-weights[${i + 1}]`));
  if (weights.every((w) => w.isZero())) fail("config.weightsAllZero", "--weekday-weights");
  return weights;
}

function parseEvent(raw: string, index: number): SalesEvent {
  const where = `event[${index}]`;
  const eq = raw.indexOf("=");
  if (eq < 0) fail("cli.event", `--${where}`, { value: raw });
  if (raw.slice(0, eq).trim().length !== 10) fail("cli.event", `--${where}`, { value: raw });
  const date = optionValue(eventDate, raw.slice(0, eq).trim(), where);
  const f = optionValue(factor, raw.slice(eq + 1).trim(), where);
  return { date, factor: f, name: date };
}

const ratio = (x: Dec | null) => (x === null ? null : x.toDecimalPlaces(6, 4).toFixed(6));
const countJson = (c: CountProgress | null) => (c === null ? null : { actual: c.actual, planned: c.planned, attainment: ratio(c.attainment) });

export function planJson(plan: TargetPlan, lang: Lang) {
  const progress = monthProgress(plan);
  const days = dayProgress(plan);
  return {
    month: plan.month,
    target: money(plan.target),
    days: plan.days.map((d, i) => ({
      date: d.date,
      weekday: d.weekday,
      week: d.week,
      weight: d.weight.toString(),
      target: money(d.target),
      orders: d.orders,
      visitors: d.visitors,
      actual: d.actual === null ? null : money(d.actual),
      actualOrders: d.actualOrders,
      actualVisitors: d.actualVisitors,
      attainment: ratio(days[i]!.attainment),
      ordersAttainment: ratio(days[i]!.ordersAttainment),
      visitorsAttainment: ratio(days[i]!.visitorsAttainment),
      revisedTarget: money(d.revisedTarget),
    })),
    weeks: plan.weeks.map((w) => ({ week: w.week, start: w.start, end: w.end, target: money(w.target) })),
    progress: {
      actual: money(progress.actual),
      remaining: money(progress.remaining),
      attainment: ratio(progress.attainment),
      orders: countJson(progress.orders),
      visitors: countJson(progress.visitors),
    },
    warnings: plan.warnings.map((w) => warningJson(w, lang)),
  };
}

function planText(plan: TargetPlan, lang: Lang, actuals?: Actuals): string {
  // The actual orders and visitors columns only when the actuals file has them (the export does, the JSON not).
  const counts = plan.days.some((d) => d.actualOrders !== null || d.actualVisitors !== null);
  const days = table(
    ["date", "weekday", "week", "weight", "target", "orders", "visitors", "actual", ...(counts ? (["actualOrders", "actualVisitors"] as const) : []), "revisedTarget", "note"],
    plan.days.map((d) => [
      d.date,
      formatMessage(weekdayCode(d.weekday), {}, lang),
      numberCell(d.week),
      numberCell(d.weight.toString()),
      moneyCell(d.target),
      numberCell(d.orders),
      numberCell(d.visitors),
      moneyCell(d.actual),
      ...(counts ? [numberCell(d.actualOrders), numberCell(d.actualVisitors)] : []),
      moneyCell(d.revisedTarget),
      [d.event, d.holiday].filter(Boolean).join(" · "),
    ]),
    lang,
  );
  const weeks = table(
    ["week", "start", "end", "target", "actual", "revisedTarget"],
    [
      ...plan.weeks.map((w) => [numberCell(w.week), w.start, w.end, moneyCell(w.target), moneyCell(w.actual), moneyCell(w.revisedTarget)]),
      [label("total", lang), "", "", moneyCell(plan.target), "", ""],
    ],
    lang,
  );
  const summary = actuals === undefined ? "" : `${attainmentLine(plan, lang)}\n`;
  return `${plan.month}  ${label("target", lang)} ${money(plan.target)}\n${days}\n${weeks}\n${summary}${warningsBlock(plan.warnings, lang)}`;
}

/** "Done so far: sales 45.12% (¥252,672.00 of ¥560,000.00), orders 40.10% (1,750 of 4,364), visitors —". */
function attainmentLine(plan: TargetPlan, lang: Lang): string {
  const p = monthProgress(plan);
  const percent = (x: Dec | null) => (x === null ? "—" : `${x.times(100).toDecimalPlaces(2, 4).toFixed(2)}%`);
  const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const count = (c: CountProgress | null) => (c === null ? "—" : formatMessage("cli.targets.ofPlanned", { percent: percent(c.attainment), actual: grouped(c.actual), planned: grouped(c.planned) }, lang));
  const sales = formatMessage("cli.targets.ofPlanned", { percent: percent(p.attainment), actual: (moneyCell(p.actual) as { content: string }).content, planned: (moneyCell(plan.target) as { content: string }).content }, lang);
  return formatMessage("cli.targets.attainment", { sales, orders: count(p.orders), visitors: count(p.visitors) }, lang);
}
