import { checkBankAccount } from "../personal/bankAccount";
import { checkIdDocument, DEFAULT_ID_TYPE } from "../personal/idDocument";
import { maskIdNumber } from "../personal/idNumber";
import { maskBankAccount } from "../personal/bankAccount";
import { STAFF_FIELDS, type TableField } from "./tableFields";
import type { Staff, Warning } from "../types";
import type { MessageCode } from "../../data/messages";

/**
 * A staff row's personal data, checked where the ID type is known: an ID number by its type's rules
 * (GB 11643 check digit for a resident identity card), a bank account by its digits. The leaf checks
 * (./leaves.ts) have already refused numbers stored as numbers and masked ones. Every message carries
 * the masked number only.
 */
export interface PersonalInput {
  idType: string | null;
  idNumber: string | null;
  bankAccount: string | null;
}

export interface PersonalChecked {
  /** The type given, or 居民身份证 for a number given without one; null without either. */
  idType: string | null;
  /** Normalised (upper-case X, no spaces) when valid; as given otherwise (the run stops anyway). */
  idNumber: string | null;
  /** Digits only when valid. */
  bankAccount: string | null;
  problems: { field: "idNumber" | "bankAccount"; code: MessageCode; params: Record<string, string> }[];
}

export function checkPersonal(p: PersonalInput): PersonalChecked {
  const problems: PersonalChecked["problems"] = [];
  const idType = p.idType ?? (p.idNumber === null ? null : DEFAULT_ID_TYPE);
  let idNumber = p.idNumber;
  if (p.idNumber !== null) {
    const doc = checkIdDocument(idType, p.idNumber);
    if (doc.ok) idNumber = doc.idNumber;
    else problems.push({ field: "idNumber", code: doc.code, params: doc.params });
  }
  let bankAccount = p.bankAccount;
  if (p.bankAccount !== null) {
    const account = checkBankAccount(p.bankAccount);
    if (account.ok) bankAccount = account.value;
    else problems.push({ field: "bankAccount", code: account.code, params: account.params });
  }
  return { idType, idNumber, bankAccount, problems };
}

/**
 * Two people with one ID number: a typo, or a re-hire whose second row does not say so (it needs
 * sameAs, so that the year to date runs on). Records linked by sameAs are one person and may share it.
 */
export function personalProblems(placed: readonly { index: number; staff: Staff }[]): Warning[] {
  const errors: Warning[] = [];
  const firstOf = new Map<string, number>();
  const person = (s: Staff) => (s.sameAs ?? s.id).normalize("NFKC").toLowerCase();
  placed.forEach(({ staff: s }, i) => {
    if (s.idNumber === undefined || s.idNumber === null) return;
    const key = `${(s.idType ?? DEFAULT_ID_TYPE).trim()}\u0000${s.idNumber.normalize("NFKC").replace(/\s+/g, "").toUpperCase()}`;
    const j = firstOf.get(key);
    if (j === undefined) return void firstOf.set(key, i);
    const other = placed[j]!;
    if (person(other.staff) === person(s)) return;
    errors.push({
      code: "staff.duplicateIdNumber",
      params: { masked: maskIdNumber(s.idNumber), other: other.staff.id, at: `staff[${other.index}]` },
      where: `staff[${placed[i]!.index}].idNumber`,
    });
  });
  return errors;
}

/** The staff fields that are personal data (./tableFields.ts `personal`), each with how it is masked. */
const MASKS: ReadonlyMap<string, (s: string) => string> = new Map(
  (STAFF_FIELDS as readonly TableField[]).filter((f) => f.personal === true).map((f) => [f.path, f.path === "bankAccount" ? maskBankAccount : maskIdNumber]),
);

/**
 * A config (as a file holds it) with every staff row's personal numbers masked, for showing it: on a
 * screen, in a log. `masked` says whether anything was. The input is not changed.
 */
export function maskPersonalData<T extends { staff?: unknown[] }>(raw: T): { value: T; masked: boolean } {
  let masked = false;
  const staff = raw.staff?.map((row) => {
    if (row === null || typeof row !== "object") return row;
    const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (const [path, mask] of MASKS) {
      const v = out[path];
      if (typeof v === "string" && v !== "") {
        out[path] = mask(v);
        masked = true;
      }
    }
    return out;
  });
  return { value: staff === undefined ? raw : { ...raw, staff }, masked };
}
