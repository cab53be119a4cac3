import { maskMiddle } from "./idNumber";

/**
 * A personal bank account number as the payment list needs it: digits only once the spaces and dashes
 * people type are removed. No check digit is tested: bank cards (UnionPay 62…) mostly carry a Luhn digit
 * but passbook and older accounts do not, so a Luhn test would refuse real accounts. The length bounds
 * catch a digit group pasted twice or cut off.
 */
export type BankAccountCheck =
  | { ok: true; value: string }
  | { ok: false; code: "bankAccount.empty" | "bankAccount.characters" | "bankAccount.length"; params: Record<string, string> };

export const BANK_ACCOUNT_DIGITS = { min: 10, max: 30 } as const;

export function checkBankAccount(input: string): BankAccountCheck {
  const value = input.normalize("NFKC").replace(/[\s-]+/g, "");
  const params = {
    masked: maskBankAccount(value),
    length: String(value.length),
    min: String(BANK_ACCOUNT_DIGITS.min),
    max: String(BANK_ACCOUNT_DIGITS.max),
  };
  if (value === "") return { ok: false, code: "bankAccount.empty", params };
  if (!/^\d+$/.test(value)) return { ok: false, code: "bankAccount.characters", params };
  if (value.length < BANK_ACCOUNT_DIGITS.min || value.length > BANK_ACCOUNT_DIGITS.max) return { ok: false, code: "bankAccount.length", params };
  return { ok: true, value };
}

/** "6222 0212 3456 7890 123" → "6222***********0123": the first 4 (the card's bank) and the last 4, as
 *  a statement shows them. */
export function maskBankAccount(input: string): string {
  const s = input.normalize("NFKC").replace(/[\s-]+/g, "");
  return maskMiddle(s, s.length >= 12 ? 4 : s.length >= 8 ? 2 : 0);
}

