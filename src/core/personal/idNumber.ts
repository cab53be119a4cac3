import { isIsoDate, type IsoDate } from "../calendar";

/**
 * The mainland resident identity number (公民身份号码), GB 11643-1999: 17 digits — a 6-digit address
 * code, the 8-digit birth date YYYYMMDD, a 3-digit sequence whose last digit is odd for men and even
 * for women — and a check digit by ISO 7064 MOD 11-2 (0-9 or X for 10).
 *
 * The 15-digit first-generation form is refused, not converted: first-generation cards stopped being
 * valid on 2013-01-01, the filing client wants the 18-character number, and converting (insert "19",
 * add a check digit) gives the right number only if the holder's number was not reissued — so the user
 * copies the number from the card instead of us guessing it.
 *
 * Messages about a number never show it whole (params carry the masked form): numbers live only where
 * the user keeps them.
 */

/** Weights of positions 1-17: 2^(18-i) mod 11 (GB 11643-1999, 5.2.1). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** First two digits of an address code (GB/T 2260 provinces; 71 Taiwan; 81/82/83 the residence permits of
 *  Hong Kong, Macao and Taiwan residents, which use the same GB 11643 format). */
const PROVINCES = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);

export type IdNumberCheck =
  | { ok: true; value: string; birthDate: IsoDate; sex: "male" | "female" }
  | { ok: false; code: IdNumberProblem; params: Record<string, string> };

export type IdNumberProblem =
  | "idNumber.empty"
  | "idNumber.fifteenDigits"
  | "idNumber.length"
  | "idNumber.characters"
  | "idNumber.region"
  | "idNumber.birthDate"
  | "idNumber.checkDigit";

/** The check character for the first 17 digits ("0"-"9" or "X"). */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("idCheckDigit needs 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

/**
 * Validates a resident identity number as a person types it: surrounding spaces, full-width digits and
 * a lower-case x are accepted and normalised ("11010519491231002x" → "11010519491231002X").
 * `asOf` (ISO date), when given, refuses a birth date after it.
 */
export function checkIdNumber(input: string, asOf?: IsoDate): IdNumberCheck {
  const value = input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  const masked = maskIdNumber(value);
  const fail = (code: IdNumberProblem, extra: Record<string, string> = {}): IdNumberCheck => ({
    ok: false,
    code,
    params: { masked, length: String(value.length), ...extra },
  });
  if (value === "") return fail("idNumber.empty");
  if (/^\d{15}$/.test(value)) return fail("idNumber.fifteenDigits");
  if (value.length !== 18) return fail("idNumber.length");
  if (!/^\d{17}[\dX]$/.test(value)) return fail("idNumber.characters");
  if (!PROVINCES.has(value.slice(0, 2))) return fail("idNumber.region");
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!/^(18|19|20)/.test(birthDate) || !isIsoDate(birthDate) || (asOf !== undefined && birthDate > asOf)) {
    return fail("idNumber.birthDate", { birthDate });
  }
  if (idCheckDigit(value.slice(0, 17)) !== value[17]) return fail("idNumber.checkDigit");
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? "male" : "female" };
}

/**
 * Hides the middle of an identity number: the first 4 and last 4 characters stay
 * ("330106199001011234" → "3301**********1234"). Shorter strings keep less, so at least half is always
 * hidden: 8 to 11 characters keep 2 + 2, fewer keep nothing.
 */
export function maskIdNumber(input: string): string {
  const s = input.normalize("NFKC").replace(/\s+/g, "");
  return maskMiddle(s, s.length >= 12 ? 4 : s.length >= 8 ? 2 : 0);
}

/** Keeps `keep` characters at each end and replaces the rest with "*". */
export function maskMiddle(s: string, keep: number): string {
  const chars = [...s];
  if (keep === 0) return "*".repeat(chars.length);
  return chars.slice(0, keep).join("") + "*".repeat(Math.max(0, chars.length - 2 * keep)) + chars.slice(-keep).join("");
}
