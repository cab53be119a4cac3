import { FEN_LIMIT, ZERO, fenOf, fromFen, roundPow10 as roundPow10Import, scaledRate } from "../money";
import { laneFen } from "./fenLane";
import type { YearToDate } from "../tax/cnIit";
import type { Settings, TaxBracket } from "../types";
import type { MonthPay } from "./month";
import type { MonthTax } from "./yearToDate";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const roundPow10 = roundPow10Import;

/**
 * withholdMonth (yearToDate.ts) in whole fen: the same cumulative withholding, with the year's sums,
 * the bracket and the rounding done on safe integers instead of decimal.js (issue 15: the engine at
 * most 100× plain numbers). Null whenever an input is not a whole number of fen, is beyond FEN_LIMIT,
 * or a product would leave the safe integers: the caller then takes the decimal.js path, so the
 * result is always the exact one. test/core/payroll/withholdFen.test.ts checks it against that path.
 */

interface FenBracket {
  /** Null: no upper bound. */
  upTo: number | null;
  rateUnits: number;
  rateDecimals: number;
  /** The quick deduction in units of 10^-rateDecimals fen, so it subtracts from taxable × rate directly. */
  quickScaled: number;
}

/** The table in fen, remembered with the Decimals it came from (a changed bracket is converted again). */
const tables = new WeakMap<readonly TaxBracket[], { from: TaxBracket[]; fen: FenBracket[] | null }>();

function sameBrackets(a: readonly TaxBracket[], b: readonly TaxBracket[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.upTo !== y.upTo || x.rate !== y.rate || x.quickDeduction !== y.quickDeduction) return false;
  }
  return true;
}

function convertTable(table: readonly TaxBracket[]): FenBracket[] | null {
  const out: FenBracket[] = [];
  for (const b of table) {
    const upTo = b.upTo === null ? null : fenOf(b.upTo);
    const rate = scaledRate(b.rate);
    const quick = fenOf(b.quickDeduction);
    if ((b.upTo !== null && upTo === null) || rate === null || quick === null) return null;
    const quickScaled = quick * 10 ** rate.decimals;
    if (!Number.isSafeInteger(quickScaled)) return null;
    out.push({ upTo, rateUnits: rate.units, rateDecimals: rate.decimals, quickScaled });
  }
  return out.length > 0 ? out : null;
}

function fenTable(table: readonly TaxBracket[]): FenBracket[] | null {
  const known = tables.get(table);
  if (known !== undefined && sameBrackets(known.from, table)) return known.fen;
  const fen = convertTable(table);
  tables.set(table, { from: table.map((b) => ({ ...b })), fen });
  return fen;
}

/** Read once (an imported binding costs a property read per use under tsx, the CLI's runner). */
const LIMIT = FEN_LIMIT;
const fenIn = laneFen;
const decimalOfFen = fromFen;
const NONE = ZERO;

export function withholdMonthFen(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
  basicMonths: number = before.months + 1,
): { after: YearToDate; tax: MonthTax } | null {
  const fen = withholdInFen(yearToDateFen(before), { gross: fenIn(pay.gross), socialInsurance: fenIn(pay.socialInsurance), housingFund: fenIn(pay.housingFund), specialAdditionalDeduction: fenIn(pay.specialAdditionalDeduction) }, settings, basicMonths);
  return fen === null ? null : withholdingDecimals(before, pay, fen);
}

/** A year to date in whole fen (./fenLane.ts: NaN where a figure is not a whole number of fen within FEN_LIMIT). */
export interface YearToDateFen {
  gross: number;
  insurance: number;
  specialAdditionalDeduction: number;
  taxWithheld: number;
}

export function yearToDateFen(ytd: YearToDate): YearToDateFen {
  return { gross: fenIn(ytd.gross), insurance: fenIn(ytd.insurance), specialAdditionalDeduction: fenIn(ytd.specialAdditionalDeduction), taxWithheld: fenIn(ytd.taxWithheld) };
}

/** One month's withholding in whole fen: the year to date with it and the month's tax figures. */
export interface WithholdingFen {
  after: YearToDateFen;
  taxable: number;
  tax: number;
  iit: number;
}

/**
 * The cumulative withholding on whole fen (lane figures in, lane figures out), or null when an input is
 * NaN or a product would leave the safe integers: the caller then takes the decimal.js path.
 */
export function withholdInFen(
  before: YearToDateFen,
  pay: { gross: number; socialInsurance: number; housingFund: number; specialAdditionalDeduction: number },
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
  basicMonths: number,
): WithholdingFen | null {
  return withholdWith(fenWithholding(settings), before, pay.gross, pay.socialInsurance, pay.housingFund, pay.specialAdditionalDeduction, basicMonths);
}

/** The tax table and the monthly basic deduction in whole fen, or null where either is not. */
export interface FenWithholding {
  table: readonly FenBracket[];
  basic: number;
}

/** The settings' table and basic deduction in whole fen, or null: once a payroll year, not once a line (issue 15). */
export function fenWithholding(settings: Pick<Settings, "basicDeduction" | "taxTable">): FenWithholding | null {
  const table = fenTable(settings.taxTable);
  const basic = fenIn(settings.basicDeduction);
  return table === null || Number.isNaN(basic) ? null : { table, basic };
}

/** withholdInFen on settings made whole fen already (fenWithholding), the month's pay figure by figure: no object a line. */
export function withholdWith(settings: FenWithholding | null, before: YearToDateFen, gross: number, si: number, hf: number, special: number, basicMonths: number): WithholdingFen | null {
  if (settings === null) return null;
  const { table, basic } = settings;
  // NaN (not whole fen) fails every comparison: the sums below are NaN then, and refused.
  const deduction = basic * basicMonths;
  if (!Number.isSafeInteger(deduction) || Math.abs(deduction) > LIMIT) return null;

  // Each figure within ±2⁴⁹: these sums of at most six are safe integers (./fenLane.ts), or NaN.
  const grossToDate = before.gross + gross;
  const insuranceToDate = before.insurance + si + hf;
  const specialToDate = before.specialAdditionalDeduction + special;
  const taxable = grossToDate - deduction - insuranceToDate - specialToDate;
  if (!(Math.abs(taxable) <= LIMIT) || !(Math.abs(grossToDate) <= LIMIT) || !(Math.abs(insuranceToDate) <= LIMIT) || !(Math.abs(specialToDate) <= LIMIT)) return null;
  const withheldBefore = before.taxWithheld;
  if (!(Math.abs(withheldBefore) <= LIMIT)) return null;

  // The first bracket whose bound is at least the taxable amount; past a bounded last row, the last row.
  let bracket = table[table.length - 1]!;
  for (const b of table) {
    if (b.upTo === null || taxable <= b.upTo) {
      bracket = b;
      break;
    }
  }
  const scaled = taxable * bracket.rateUnits - bracket.quickScaled; // 10^-rateDecimals fen
  if (!Number.isSafeInteger(taxable * bracket.rateUnits) || !Number.isSafeInteger(scaled) || Math.abs(scaled) > LIMIT) return null;
  const tax = scaled <= 0 ? 0 : roundPow10(scaled, bracket.rateDecimals);
  const iit = tax > withheldBefore ? tax - withheldBefore : 0;
  return { after: { gross: grossToDate, insurance: insuranceToDate, specialAdditionalDeduction: specialToDate, taxWithheld: iit === 0 ? withheldBefore : tax }, taxable, tax, iit };
}

/** The Decimals of a withholding in whole fen: the year to date after the month and the month's tax. */
export function withholdingDecimals(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  fen: WithholdingFen,
): { after: YearToDate; tax: MonthTax } {
  const taxDec = fen.tax === 0 ? NONE : decimalOfFen(fen.tax);
  const after: YearToDate = {
    months: before.months + 1,
    // From the sums in fen: the same figures recur for people of the same pay (fromFen's cache), and the
    // insurance's two decimal.js additions made a Decimal between them.
    gross: pay.gross.isZero() ? before.gross : decimalOfFen(fen.after.gross),
    insurance: pay.socialInsurance.isZero() && pay.housingFund.isZero() ? before.insurance : decimalOfFen(fen.after.insurance),
    specialAdditionalDeduction: pay.specialAdditionalDeduction.isZero() ? before.specialAdditionalDeduction : decimalOfFen(fen.after.specialAdditionalDeduction),
    taxWithheld: fen.iit === 0 ? before.taxWithheld : taxDec, // withheld + (tax − withheld) is the tax itself
  };
  return { after, tax: { cumulativeTaxable: decimalOfFen(fen.taxable), cumulativeTax: taxDec, iit: decimalOfFen(fen.iit) } };
}
