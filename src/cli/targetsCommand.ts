import { amount, eventDate, factor, month as monthField, nonNegativeAmount, rate } from "../core/config/leaves";
import { defaultEngineSettings } from "../core/defaults";
import { spreadLimitProblem } from "../core/config/spreadLimit";
import { isIsoDate, monthOf } from "../core/calendar";
import { money } from "../core/money";
import type { Dec } from "../core/money";
import type { SalesEvent, TargetSettings, Warning } from "../core/types";
import { spreadTarget, weightDecimalsProblems, type TargetPlan } from "../core/targets";
import { formatMessage, weekdayCode } from "../data/messages";
import type { Lang } from "../data/lang";
import { commandHelp } from "./help";
import { langOption, optionValue, parseOptions, required } from "./args";
import { readJsonFile } from "./jsonFile";
import { json, label, moneyCell, numberCell, table, warningsBlock } from "./format";
import type { Io } from "./io";
import { InputProblems, collector, fail, warningJson } from "./problems";

/** What `shopsheet targets` accepts; its help (help.ts) explains each of these. */
export const targetsOptions = {
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

export function targetsCommand(args: string[], io: Io): number {
  const o = parseOptions(args, targetsOptions);
  if (o.help) {
    io.stdout(commandHelp("targets", targetsOptions, io.lang));
    return 0;
  }
  const checks = collector();
  checks.attempt(() => langOption(o.lang));
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const target = checks.attempt(() => optionValue(nonNegativeAmount, required(o.target, "target"), "target"));
  const settings = checks.attempt(() => targetSettings(o));
  // Read even when --month is refused, so a bad actuals file is reported in the same run.
  const actuals = o.actuals === undefined ? undefined : checks.attempt(() => readActuals(o.actuals!, month, io.cwd));
  const limit = target === undefined || settings === undefined ? null : spreadLimitProblem(target, settings);
  if (limit) checks.attempt(() => fail(limit.code, "--target", limit.params));
  checks.done();
  if (month === undefined || target === undefined || settings === undefined) return 2;
  const spread = spreadTarget({ month, target, settings, actuals });
  const plan = { ...spread, warnings: [...eventsOutside(settings.events, month), ...spread.warnings] };
  io.stdout(o.json ? json(planJson(plan, io.lang)) : planText(plan, io.lang));
  return 0;
}

function targetSettings(o: { "weekday-weights"?: string; event?: string[]; "no-events"?: boolean; aov?: string; cvr?: string }): TargetSettings {
  const defaults = defaultEngineSettings().targets;
  const checks = collector();
  const raw = o["weekday-weights"];
  const weights = raw === undefined ? defaults.weekdayWeights : checks.attempt(() => weekdayWeights(raw));
  if (o.cvr !== undefined && o.aov === undefined) checks.attempt(() => fail("cli.cvrWithoutAov", "--cvr"));
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
  if (weights !== undefined) for (const p of weightDecimalsProblems(chosen, paths)) checks.attempt(() => fail(p.code, p.where, p.params));
  checks.done();
  return {
    ...defaults,
    weekdayWeights: weights!,
    events: events.filter((e): e is SalesEvent => e !== undefined),
    aov: aov ?? null,
    cvr: cvr ?? null,
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

function readActuals(file: string, month: string | undefined, cwd: string): Map<string, Dec> {
  const raw = readJsonFile(file, cwd, "actuals");
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail("config.expectedObject", "--actuals");
  const problems: Warning[] = [];
  const actuals = new Map<string, Dec>();
  for (const [date, value] of Object.entries(raw as Record<string, unknown>)) {
    const where = `actuals[${date}]`;
    if (!isIsoDate(date)) problems.push({ code: "value.notDate", params: { value: date }, where });
    else if (month !== undefined && monthOf(date) !== month) problems.push({ code: "cli.actualOutsideMonth", params: { date, month }, where });
    else {
      try {
        actuals.set(date, optionValue(amount, value, where));
      } catch (e) {
        if (e instanceof InputProblems) problems.push(...e.problems);
        else throw e;
      }
    }
  }
  if (problems.length > 0) throw new InputProblems(problems);
  return actuals;
}

export function planJson(plan: TargetPlan, lang: Lang) {
  return {
    month: plan.month,
    target: money(plan.target),
    days: plan.days.map((d) => ({
      date: d.date,
      weekday: d.weekday,
      week: d.week,
      weight: d.weight.toString(),
      target: money(d.target),
      orders: d.orders,
      visitors: d.visitors,
      actual: d.actual === null ? null : money(d.actual),
      revisedTarget: money(d.revisedTarget),
    })),
    weeks: plan.weeks.map((w) => ({ week: w.week, start: w.start, end: w.end, target: money(w.target) })),
    warnings: plan.warnings.map((w) => warningJson(w, lang)),
  };
}

function planText(plan: TargetPlan, lang: Lang): string {
  const days = table(
    ["date", "weekday", "week", "weight", "target", "orders", "visitors", "actual", "revisedTarget", "note"],
    plan.days.map((d) => [
      d.date,
      formatMessage(weekdayCode(d.weekday), {}, lang),
      numberCell(d.week),
      numberCell(d.weight.toString()),
      moneyCell(d.target),
      numberCell(d.orders),
      numberCell(d.visitors),
      moneyCell(d.actual),
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
  return `${plan.month}  ${label("target", lang)} ${money(plan.target)}\n${days}\n${weeks}\n${warningsBlock(plan.warnings, lang)}`;
}
