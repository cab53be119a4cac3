import { FEN_LIMIT, ZERO, fenOf, fromFen, roundPow10, scaledRate, type Dec } from "../money";
import type { YearToDate } from "../tax/cnIit";
import type { Settings, TaxBracket } from "../types";
import type { MonthPay } from "./month";
import type { MonthTax } from "./yearToDate";

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
const fenOfFigure = fenOf;

/** fenOf, refusing what lies beyond FEN_LIMIT. */
function fenIn(x: Dec): number | null {
  const f = fenOfFigure(x);
  return f !== null && f <= LIMIT && f >= -LIMIT ? f : null;
}

export function withholdMonthFen(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
  basicMonths: number = before.months + 1,
): { after: YearToDate; tax: MonthTax } | null {
  const table = fenTable(settings.taxTable);
  const basic = fenIn(settings.basicDeduction);
  // fenOf is a few nanoseconds a figure: the year to date is read afresh each month, not remembered.
  const grossBefore = fenIn(before.gross);
  const insuranceBefore = fenIn(before.insurance);
  const specialBefore = fenIn(before.specialAdditionalDeduction);
  const withheldBefore = fenIn(before.taxWithheld);
  const gross = fenIn(pay.gross);
  const si = fenIn(pay.socialInsurance);
  const hf = fenIn(pay.housingFund);
  const special = fenIn(pay.specialAdditionalDeduction);
  if (table === null || basic === null || gross === null || si === null || hf === null || special === null) return null;
  if (grossBefore === null || insuranceBefore === null || specialBefore === null || withheldBefore === null) return null;
  const months = before.months + 1;
  const deduction = basic * basicMonths;
  if (!Number.isSafeInteger(deduction) || Math.abs(deduction) > LIMIT) return null;

  const grossToDate = grossBefore + gross;
  const insuranceToDate = insuranceBefore + si + hf;
  const specialToDate = specialBefore + special;
  const taxable = grossToDate - deduction - insuranceToDate - specialToDate;
  if (Math.abs(taxable) > LIMIT) return null;

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

  const taxDec = fromFen(tax);
  const after: YearToDate = {
    months,
    gross: gross === 0 ? before.gross : before.gross.plus(pay.gross),
    insurance: si + hf === 0 ? before.insurance : before.insurance.plus(pay.socialInsurance).plus(pay.housingFund), // two additions cost less than one Decimal made from fen
    specialAdditionalDeduction: special === 0 ? before.specialAdditionalDeduction : fromFen(specialToDate),
    taxWithheld: iit === 0 ? before.taxWithheld : taxDec, // withheld + (tax − withheld) is the tax itself
  };
  return { after, tax: { cumulativeTaxable: fromFen(taxable), cumulativeTax: tax === 0 ? ZERO : taxDec, iit: fromFen(iit) } };
}
