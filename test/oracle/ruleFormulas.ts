/**
 * The sheet formulas of the issue-13 rules, one builder per payroll column, over plain A1 references
 * (the wiring will swap in structured references: [@Base], Settings names, TaxTable columns). They use only
 * functions Excel 2016+ and LibreOffice 7.4 both compute; rules.oracle.test.ts proves each agrees with core
 * to the fen. To move into src/workbook when the payroll sheet gains these columns.
 */

/** A bracket lookup with inclusive upper bounds (不超过): 1 + how many bounds are strictly below x. */
function bracketIndex(x: string, bounds: string, scale = ""): string {
  return `1+SUMPRODUCT(--(${scale}${bounds}<${x}))`;
}

/**
 * Separate bonus tax (公告2023年第30号): ROUND(MAX(0, B × rate − quick), 2), the row found by B ÷ 12 ≤ bound,
 * written as 12 × bound < B so nothing is divided. `bounds` holds the six upper bounds (3000 … 80000),
 * `rates` and `quick` the seven rows.
 */
export function separateBonusTaxFormula(bonus: string, bounds: string, rates: string, quick: string): string {
  const k = bracketIndex(bonus, bounds, "12*");
  return `ROUND(MAX(0,${bonus}*INDEX(${rates},${k})-INDEX(${quick},${k})),2)`;
}

/** The cumulative tax of the annual table on a taxable amount x (the payroll sheet's own rule). */
export function cumulativeTaxFormula(x: string, bounds: string, rates: string, quick: string): string {
  const k = bracketIndex(x, bounds);
  return `ROUND(MAX(0,${x}*INDEX(${rates},${k})-INDEX(${quick},${k})),2)`;
}

/** Merged bonus: what it adds to the month's withholding, given taxable T without it and W withheld before. */
export function mergedBonusExtraFormula(bonus: string, taxable: string, withheld: string, bounds: string, rates: string, quick: string): string {
  const withBonus = cumulativeTaxFormula(`(${taxable}+${bonus})`, bounds, rates, quick);
  const without = cumulativeTaxFormula(taxable, bounds, rates, quick);
  return `MAX(0,${withBonus}-${withheld})-MAX(0,${without}-${withheld})`;
}

/** Cumulative basic deduction: No. 19 → the annual figure; No. 13 → monthly × month number; else × months employed. */
export function basicDeductionFormula(under60k: string, firstJob: string, monthNumber: string, monthsEmployed: string, monthly: string, annual: string): string {
  return `IF(${under60k},${annual},IF(${firstJob},${monthly}*${monthNumber},${monthly}*${monthsEmployed}))`;
}

/** Overtime pay, one rounding: ROUND(base × (1.5 wd + 2 rd + 3 hol) ÷ (paid days × 8), 2). */
export function overtimePayFormula(base: string, workday: string, restDay: string, holiday: string, paidDays: string): string {
  return `ROUND(${base}*(1.5*${workday}+2*${restDay}+3*${holiday})/(${paidDays}*8),2)`;
}

/** Leave deduction, one rounding (sick days keep MAX(base × rate, 80% of the minimum wage)). */
export function leaveDeductionFormula(base: string, unpaid: string, sick: string, sickRate: string, minimumWage: string, paidDays: string): string {
  return `ROUND((${base}*${unpaid}+(${base}-MAX(${base}*${sickRate},0.8*${minimumWage}))*${sick})/${paidDays},2)`;
}

/**
 * A contribution rounded the city's way. jiaoUp is 见分进角 after rounding to the fen (as core does): it
 * goes through a whole number of fen so the result never hangs on how a spreadsheet treats a binary float
 * a hair above a whole jiao (7460 × 2% = 149.2 is not exact in binary). LibreOffice's plain ROUNDUP(x,1)
 * also gave 149.20 there, but it differs from core on a sub-fen remainder (590.7004 → 590.8 vs 590.70).
 */
export function roundContributionFormula(x: string, how: "fen" | "jiao" | "jiaoUp" | "yuan"): string {
  switch (how) {
    case "fen":
      return `ROUND(${x},2)`;
    case "jiao":
      return `ROUND(${x},1)`;
    case "jiaoUp":
      return `CEILING(ROUND(ROUND(${x},2)*100,0),10)/100`;
    case "yuan":
      return `ROUND(${x},0)`;
  }
}

/** A contribution on a clamped base: MIN(ceiling, MAX(floor, wage)) × rate, rounded. */
export function contributionFormula(wage: string, floor: string, ceiling: string, rate: string, how: "fen" | "jiao" | "jiaoUp" | "yuan"): string {
  return roundContributionFormula(`MIN(${ceiling},MAX(${floor},${wage}))*${rate}`, how);
}

/** Workdays between two dates with the official holidays out and the make-up workdays in. */
export function workdaysFormula(from: string, to: string, holidays: string, makeUp: string): string {
  return `NETWORKDAYS(${from},${to},${holidays})+COUNTIFS(${makeUp},">="&${from},${makeUp},"<="&${to})`;
}

/** One category's deduction in a month (first day `month`): entries active then (an empty To is open-ended). */
export function monthDeductionFormula(category: string, categories: string, froms: string, tos: string, amounts: string, month: string): string {
  return `SUMPRODUCT((${categories}=${category})*(${froms}<=${month})*(((${tos}="")+(${tos}>=${month}))>0)*${amounts})`;
}

/** Penalty over 20% of the month's pay (工资支付暂行规定 第十六条): TRUE fires the warning. */
export function penaltyOverCapFormula(penalty: string, pay: string): string {
  return `${penalty}>0.2*${pay}`;
}
