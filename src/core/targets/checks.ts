import { monthDates, type IsoDate, type Month } from "../calendar";
import { money, ONE, round2, ZERO, type Dec } from "../money";
import type { TargetSettings, Warning } from "../types";
import { isEventDate } from "./events";
import { coverageWarnings, type HolidayCalendar } from "../holidayCalendar";
import { isPositive } from "./funnel";
import type { DayWeight } from "./types";
import { decimalsOf, isUsableFactor, WEIGHT_DECIMALS } from "./weights";
import type { MessageCode } from "../../data/messages";

/**
 * What the spread must tell the user about its inputs. The CLI and the task pane validate first, so these
 * are the engine's own safety net: each says what was used instead, and the spread goes on.
 */

const SETTINGS = "settings.targets";

export function warning(code: MessageCode, params: Record<string, string>, where: string): Warning {
  return { code, params, where };
}

export function settingsWarnings(month: Month, settings: TargetSettings, calendar: HolidayCalendar): Warning[] {
  const out: Warning[] = [];
  if (settings.weekdayWeights.length !== 7) {
    out.push(warning("targets.weekdayWeightsCount", { count: String(settings.weekdayWeights.length) }, `${SETTINGS}.weekdayWeights`));
  }
  settings.weekdayWeights.slice(0, 7).forEach((w, i) => {
    if (!isUsableFactor(w)) out.push(warning("targets.invalidWeight", { value: w.toString() }, `${SETTINGS}.weekdayWeights[${i}]`));
  });
  settings.events.forEach((e, i) => {
    const where = `${SETTINGS}.events[${i}]`;
    if (!isEventDate(e.date)) out.push(warning("targets.invalidEventDate", { date: e.date, name: e.name }, `${where}.date`));
    if (!isUsableFactor(e.factor)) out.push(warning("targets.invalidWeight", { value: e.factor.toString() }, `${where}.factor`));
  });
  out.push(...holidayWarnings(month, settings.holidayFactor, calendar));
  out.push(...funnelWarnings(settings));
  return out;
}

/**
 * Days whose factors bring more than 4 decimals: their weight was rounded to 4 decimals (as the
 * Targets sheet does), so their share is not exactly that of the weights the user typed. The config
 * checks refuse such settings (weightDecimalsProblems); this is the engine's own safety net.
 */
export function weightDecimalWarnings(days: readonly DayWeight[]): Warning[] {
  return days.flatMap((d) => {
    const decimals = d.factors.reduce((n, f) => n + decimalsOf(f), 0);
    if (decimals <= WEIGHT_DECIMALS) return [];
    const params = { date: d.date, factors: d.factors.map((f) => f.toString()).join(" × "), decimals: String(decimals), weight: d.weight.toString() };
    return [warning("targets.weightRounded", params, SETTINGS)];
  });
}

/**
 * A month outside the holiday calendar is said whatever the holiday factor: the Targets sheet's holiday
 * column would otherwise be silently empty, and a factor typed later would silently do nothing.
 */
function holidayWarnings(month: Month, factor: Dec, calendar: HolidayCalendar): Warning[] {
  const where = `${SETTINGS}.holidayFactor`;
  const coverage = coverageWarnings(calendar, month, "calendar");
  if (!isUsableFactor(factor)) return [warning("targets.invalidWeight", { value: factor.toString() }, where), ...coverage];
  return coverage;
}

function funnelWarnings({ aov, cvr }: TargetSettings): Warning[] {
  const out: Warning[] = [];
  if (aov !== null && !isPositive(aov)) out.push(warning("targets.invalidAov", { value: aov.toString() }, `${SETTINGS}.aov`));
  if (cvr !== null && !isPositive(cvr)) out.push(warning("targets.invalidCvr", { value: cvr.toString() }, `${SETTINGS}.cvr`));
  // A conversion rate is a fraction: 3 was almost certainly meant as 3% (0.03).
  if (cvr !== null && isPositive(cvr) && cvr.greaterThan(ONE)) out.push(warning("targets.cvrAboveOne", { value: cvr.toString() }, `${SETTINGS}.cvr`));
  if (cvr !== null && isPositive(cvr) && aov === null) out.push(warning("targets.cvrWithoutAov", {}, `${SETTINGS}.cvr`));
  return out;
}

/** The target to spread: rounded to the fen; 0 if it is not a finite number ≥ 0. */
export function checkedTarget(target: Dec): { target: Dec; warnings: Warning[] } {
  if (!target.isFinite() || target.lessThan(0)) {
    return { target: ZERO, warnings: [warning("targets.invalidTarget", { value: target.toString() }, "target")] };
  }
  const { amount, warnings } = checkedAmount(target, "target");
  return { target: amount, warnings };
}

/** The actuals that fall on a day of the month, rounded to the fen, in date order. */
export function checkedActuals(
  month: Month,
  actuals: ReadonlyMap<IsoDate, Dec>,
): { actuals: Map<IsoDate, Dec>; warnings: Warning[] } {
  const days = new Set(monthDates(month));
  const out = new Map<IsoDate, Dec>();
  const warnings: Warning[] = [];
  for (const [date, value] of [...actuals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const where = `actuals[${date}]`;
    if (!days.has(date)) {
      warnings.push(warning("targets.actualOutsideMonth", { date, month }, where));
    } else if (!value.isFinite()) {
      warnings.push(warning("targets.invalidActual", { date, value: value.toString() }, where));
    } else {
      const { amount, warnings: rounding } = checkedAmount(value, where);
      out.set(date, amount);
      warnings.push(...rounding);
    }
  }
  return { actuals: out, warnings };
}

/** Money is spread in fen; an amount with more decimals is rounded first, and the user is told. */
function checkedAmount(value: Dec, where: string): { amount: Dec; warnings: Warning[] } {
  const amount = round2(value);
  if (amount.equals(value)) return { amount, warnings: [] };
  return { amount, warnings: [warning("targets.amountRounded", { value: value.toString(), rounded: money(amount) }, where)] };
}

/** Actual orders or visitors that fall on a day of the month and are whole numbers ≥ 0; others are
 *  left out and said (`list` names them: "actualOrders"). */
export function checkedCounts(month: Month, counts: ReadonlyMap<IsoDate, number>, list: string): { counts: Map<IsoDate, number>; warnings: Warning[] } {
  const days = new Set(monthDates(month));
  const out = new Map<IsoDate, number>();
  const warnings: Warning[] = [];
  for (const [date, value] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const where = `${list}[${date}]`;
    if (!days.has(date)) warnings.push(warning("targets.actualOutsideMonth", { date, month }, where));
    else if (!Number.isSafeInteger(value) || value < 0) warnings.push(warning("targets.invalidCount", { date, value: String(value) }, where));
    else out.set(date, value);
  }
  return { counts: out, warnings };
}
