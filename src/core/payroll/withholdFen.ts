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
 * result is always the exact one. test/core/payroll/fastPaths.test.ts checks it against that path.
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

/** fenOf, refusing what lies beyond FEN_LIMIT. */
function fenIn(x: Dec): number | null {
  const f = fenOf(x);
  return f !== null && f <= LIMIT && f >= -LIMIT ? f : null;
}

/** The fen figures of a year to date, with the Decimals they were read from. */
interface FenYearToDate {
  decimals: [gross: Dec, insurance: Dec, sad: Dec, withheld: Dec];
  gross: number;
  insurance: number;
  sad: number;
  withheld: number;
}

/**
 * The fen figures of each year to date this file made, so next month's `before` needs no converting.
 * A year to date is a plain object: one whose figures were replaced since is converted afresh.
 */
const madeHere = new WeakMap<YearToDate, FenYearToDate>();

function fenYearToDate(ytd: YearToDate): FenYearToDate | null {
  const known = madeHere.get(ytd);
  if (known !== undefined) {
    const [gross, insurance, sad, withheld] = known.decimals;
    if (gross === ytd.gross && insurance === ytd.insurance && sad === ytd.specialAdditionalDeduction && withheld === ytd.taxWithheld) return known;
  }
  const gross = fenIn(ytd.gross);
  const insurance = fenIn(ytd.insurance);
  const sad = fenIn(ytd.specialAdditionalDeduction);
  const withheld = fenIn(ytd.taxWithheld);
  if (gross === null || insurance === null || sad === null || withheld === null) return null;
  return { decimals: [ytd.gross, ytd.insurance, ytd.specialAdditionalDeduction, ytd.taxWithheld], gross, insurance, sad, withheld };
}

export function withholdMonthFen(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
): { after: YearToDate; tax: MonthTax } | null {
  const table = fenTable(settings.taxTable);
  const basic = fenIn(settings.basicDeduction);
  const ytd = fenYearToDate(before);
  const gross = fenIn(pay.gross);
  const si = fenIn(pay.socialInsurance);
  const hf = fenIn(pay.housingFund);
  const sad = fenIn(pay.specialAdditionalDeduction);
  if (table === null || basic === null || ytd === null || gross === null || si === null || hf === null || sad === null) return null;
  const { gross: grossBefore, insurance: insuranceBefore, sad: sadBefore, withheld: withheldBefore } = ytd;
  const months = before.months + 1;
  const deduction = basic * months;
  if (!Number.isSafeInteger(deduction) || Math.abs(deduction) > LIMIT) return null;

  const grossToDate = grossBefore + gross;
  const insuranceToDate = insuranceBefore + si + hf;
  const sadToDate = sadBefore + sad;
  const taxable = grossToDate - deduction - insuranceToDate - sadToDate;
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

  const withheldToDate = withheldBefore + iit; // the tax itself whenever iit > 0
  const taxDec = fromFen(tax);
  const after: YearToDate = {
    months,
    gross: gross === 0 ? before.gross : before.gross.plus(pay.gross),
    insurance: si + hf === 0 ? before.insurance : before.insurance.plus(pay.socialInsurance).plus(pay.housingFund), // two additions cost less than one Decimal made from fen
    specialAdditionalDeduction: sad === 0 ? before.specialAdditionalDeduction : fromFen(sadToDate),
    taxWithheld: iit === 0 ? before.taxWithheld : taxDec,
  };
  madeHere.set(after, {
    decimals: [after.gross, after.insurance, after.specialAdditionalDeduction, after.taxWithheld],
    gross: grossToDate,
    insurance: insuranceToDate,
    sad: sadToDate,
    withheld: withheldToDate,
  });
  return { after, tax: { cumulativeTaxable: fromFen(taxable), cumulativeTax: tax === 0 ? ZERO : taxDec, iit: fromFen(iit) } };
}
