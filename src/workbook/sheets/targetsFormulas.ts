/**
 * The formulas of the Targets sheet: core's target spreading (src/core/targets) repeated in cells, so
 * the sheet stays live. Every one is proved equal to core, to the fen, by
 * test/oracle/targets.oracle.test.ts (LibreOffice recalculates the file; core computes the plan).
 *
 * Why the formulas look the way they do — each point was checked in LibreOffice 7.4:
 *
 * - Whole fen and whole weight units. The largest-remainder split ranks days by their remainders, and
 *   a remainder computed from binary fractions would let float noise, not the date, break a tie. With
 *   the target in fen (T) and weights as integer units (weight × 10⁴; core rounds weights to 4
 *   decimals for this), T × units, ΣU × floor and their difference are exact integers below 2⁵³.
 * - INT and ROUNDUP are not exact floors/ceilings: LibreOffice (and Excel in its way) first snaps a
 *   value to 15 significant digits, so INT(999999999.9999999) is 1000000000. The floor is therefore
 *   corrected: q = INT(T×u/ΣU), minus 1 when T×u − ΣU×q < 0 (exactFloor). ROUNDUP snaps harder still
 *   (ROUNDUP(1000005999994/999999,0) is 1000007 in LibreOffice 7.4, not 1000008), so ceilings are exactCeil.
 * - Orders and visitors divide integers (target and AOV in 1/10⁴ yuan, orders and conversion rate in
 *   10⁻⁶), so ⌈a ÷ b⌉ is exact: core's ceilDiv. AOV to 4 decimals and conversion rate to 6 decimals
 *   (0.0001%) are exact; finer values are rounded to that.
 * - ROUND(ROUND(x,2)*100,0) for fen: ROUND(100.49999999999999,0) is 100 in LibreOffice, so an amount
 *   typed as 1.005 must be rounded to the fen (1.01, as core's round2) before it is scaled.
 * - Events: core multiplies the factors of EVERY event on a day (two "11-11" rows → both factors), so
 *   the factor is a product over the Events table. Without array formulas (Excel 2016) that is
 *   SUMPRODUCT(PRODUCT(…)): SUMPRODUCT evaluates its argument as an array, nested PRODUCT included; a
 *   bare PRODUCT(…) gives the first row only. No IF inside (Excel 2016 would need Ctrl+Shift+Enter).
 * - Unusable weights and factors (below 0, a missing weekday row) count as 1, as core's factorOrOne;
 *   if no weight is positive the split is even, as core's largestRemainder.
 * - "Has an actual" is ISNUMBER(actual): 0 is an actual (a day without sales), a blank is not.
 */
import { NAME, TABLE } from "../names";
import { exactCeil, exactFloor } from "./exactFormulas";

/** Where the sheet keeps its single values (absolute A1, for table column formulas). */
export interface TargetCells {
  /** The month's target, typed by the user (yuan). */
  target: string;
  /** T: the target in whole fen, ≥ 0. */
  targetFen: string;
  /** Σ actuals, each rounded to the fen, in fen. */
  actualFen: string;
  /** MAX(0, T − actuals): what is left to re-spread, in fen. */
  remainingFen: string;
}


/** The largest-remainder "extra fen": 1 for the `missing` days with the largest remainders, ties to the earlier date. */
function extraFen(remainder: string, missing: string): string {
  return `IF(COUNTIF([${remainder}],">"&[@${remainder}])+COUNTIFS([${remainder}],[@${remainder}],[date],"<"&[@date])<${missing},1,0)`;
}

const HAS_ACTUAL = "ISNUMBER([@actual])";

/**
 * How many decimals x has, counting up to 5 (5 meaning "5 or more"): the number of k in 0…4 with
 * ROUND(x, k) ≠ x. Exact for a typed number: the cell holds the double nearest to the decimal typed,
 * and ROUND gives the double nearest to its rounded decimal, so the two are equal exactly when the
 * typed number has at most k decimals. Works on an array inside SUMPRODUCT too.
 */
export function decimalsFormula(x: string): string {
  return [0, 1, 2, 3, 4].map((k) => `(ROUND(${x},${k})<>${x})`).join("+");
}

/** Σ actual ÷ Σ planned up to the day, where the day has an actual count; "" otherwise. */
function countAttainment(actual: string, planned: string): string {
  const toDate = (key: string) => `SUMIFS([${key}],[date],"<="&[@date])`;
  return `IF(AND(ISNUMBER([@${actual}]),${toDate(planned)}>0),${toDate(actual)}/${toDate(planned)},"")`;
}

/** A factor as core uses it: below 0 counts as 1. */
const usable = (x: string) => `IF(${x}<0,1,${x})`;

/** Column formulas of the daily table, by column key. */
export function dailyFormulas(c: TargetCells): Record<string, string> {
  const recurringKey = "MONTH([@date])*100+DAY([@date])";
  const datedKey = `YEAR([@date])*10000+${recurringKey}`;
  const ev = TABLE.events;
  const weekdayWeight = `INDEX(${TABLE.weekdayWeights}[weight],[@weekday])`;
  const t = c.targetFen;
  const r = c.remainingFen;
  return {
    weekday: "WEEKDAY([@date],2)",
    // The weekday's name as the Settings sheet's weights table gives it (周一…周日).
    weekdayName: `IFERROR(INDEX(${TABLE.weekdayWeights}[name],[@weekday]),"")`,
    // The day's event: the first Events row for this very date, else for its month and day.
    event: `IFERROR(INDEX(${ev}[name],MATCH(${datedKey},${ev}[key],0)),IFERROR(INDEX(${ev}[name],MATCH(${recurringKey},${ev}[key],0)),""))`,
    // Monday-start weeks clipped to the month: core's weekOfMonth.
    week: "INT((DAY([@date])+WEEKDAY([@date]-DAY([@date])+1,2)-2)/7)+1",
    // Π over the Events rows matching MM-DD (key MMDD) or this very date (key YYYYMMDD) of (1 + (f − 1)),
    // i.e. f where the row matches and is usable, 1 elsewhere.
    eventFactor: `SUMPRODUCT(PRODUCT(1+((${ev}[key]=${recurringKey})+(${ev}[key]=${datedKey}))*(${ev}[factor]>=0)*(${ev}[factor]-1)))`,
    weight: `ROUND(IFERROR(${usable(weekdayWeight)},1)*[@eventFactor]*IF([@holiday]="",1,${usable(NAME["targets.holidayFactor"])}),4)`,
    // The decimals the day's factors bring (core's weightDecimalsProblems rule): above 4, the weight above
    // is rounded, and the sheet says so (the check cell and the weight's highlight).
    decimals:
      `IFERROR(IF(${weekdayWeight}<0,0,${decimalsFormula(weekdayWeight)}),0)` +
      `+SUMPRODUCT(((${ev}[key]=${recurringKey})+(${ev}[key]=${datedKey}))*(${ev}[factor]>=0)*(${decimalsFormula(`${ev}[factor]`)}))` +
      `+IF([@holiday]="",0,IF(${NAME["targets.holidayFactor"]}<0,0,${decimalsFormula(NAME["targets.holidayFactor"])}))`,
    units: "IF(SUM([weight])=0,1,ROUND([@weight]*10000,0))",
    floor: exactFloor(`${t}*[@units]`, "SUM([units])"),
    remainder: `${t}*[@units]-SUM([units])*[@floor]`,
    extra: extraFen("remainder", `${t}-SUM([floor])`),
    target: "([@floor]+[@extra])/100",
    orders: `IF(ROUND(N(${NAME["targets.aov"]})*10000,0)>0,${exactCeil("ROUND([@target]*10000,0)", `ROUND(${NAME["targets.aov"]}*10000,0)`)},"")`,
    visitors: `IF(AND(ISNUMBER([@orders]),ROUND(N(${NAME["targets.cvr"]})*1000000,0)>0),${exactCeil("[@orders]*1000000", `ROUND(${NAME["targets.cvr"]}*1000000,0)`)},"")`,
    variance: `IF(${HAS_ACTUAL},ROUND(ROUND([@actual],2)-[@target],2),"")`,
    cumTarget: 'ROUND(SUMIFS([target],[date],"<="&[@date]),2)',
    // Actuals count rounded to the fen, as in core (SUMIFS would add 1.005 unrounded).
    cumActual: `IF(${HAS_ACTUAL},ROUND(SUMPRODUCT(ROUND([actual],2)*([date]<=[@date])),2),"")`,
    attainment: `IF(AND(${HAS_ACTUAL},[@cumTarget]>0),[@cumActual]/[@cumTarget],"")`,
    // Orders and visitors against the plan's, to date (core's dayProgress): Σ actual ÷ Σ planned over the
    // days so far, on a day with an actual count. SUMIFS skips blanks and the "" of a plan without an AOV.
    ordersAttainment: countAttainment("actualOrders", "orders"),
    visitorsAttainment: countAttainment("actualVisitors", "visitors"),
    revisedTarget: `IF(${HAS_ACTUAL},ROUND([@actual],2),([@rFloor]+[@rExtra])/100)`,
    // Days with an actual are out of the re-spread: their helper cells are "" (text), which SUM,
    // COUNTIF and COUNTIFS with numeric criteria all skip.
    rUnits: `IF(${HAS_ACTUAL},"",IF(SUMPRODUCT([units]*(1-ISNUMBER([actual])))=0,1,[@units]))`,
    rFloor: `IF(${HAS_ACTUAL},"",${exactFloor(`${r}*[@rUnits]`, "SUM([rUnits])")})`,
    rRemainder: `IF(${HAS_ACTUAL},"",${r}*[@rUnits]-SUM([rUnits])*[@rFloor])`,
    rExtra: `IF(${HAS_ACTUAL},"",${extraFen("rRemainder", `${r}-SUM([rFloor])`)})`,
  };
}

/** The sheet's single-value formulas, by role. */
export function summaryFormulas(c: TargetCells, daily: string): { targetFen: string; actualFen: string; remainingFen: string; actualTotal: string; remaining: string; attainment: string } {
  return {
    targetFen: `MAX(0,ROUND(ROUND(N(${c.target}),2)*100,0))`,
    actualFen: `SUMPRODUCT(ROUND(ROUND(${daily}[actual],2)*100,0))`,
    remainingFen: `MAX(0,${c.targetFen}-${c.actualFen})`,
    actualTotal: `${c.actualFen}/100`,
    remaining: `${c.remainingFen}/100`,
    attainment: `IF(${c.targetFen}>0,${c.actualFen}/${c.targetFen},"")`,
  };
}

/** Column formulas of the weekly table: sums of the daily table by week. */
export function weeklyFormulas(daily: string): Record<string, string> {
  const byWeek = (key: string) => `ROUND(SUMIFS(${daily}[${key}],${daily}[week],[@week]),2)`;
  // Blank where the days have none (no AOV, or no conversion rate), as the days are.
  const countByWeek = (key: string) => `IF(COUNT(${daily}[${key}])=0,"",SUMIFS(${daily}[${key}],${daily}[week],[@week]))`;
  return {
    target: byWeek("target"),
    orders: countByWeek("orders"),
    visitors: countByWeek("visitors"),
    // Actuals rounded to the fen first, as core does.
    actual: `ROUND(SUMPRODUCT(ROUND(${daily}[actual],2)*(${daily}[week]=[@week])),2)`,
    revisedTarget: byWeek("revisedTarget"),
  };
}
