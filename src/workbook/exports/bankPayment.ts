import { money, ZERO, type Dec } from "../../core/money";
import { checkBankAccount } from "../../core/personal/bankAccount";
import type { Lang } from "../../data/lang";
import type { Warning } from "../../core/types";
import { a1 } from "../address";
import type { ImportOutcome } from "../imports/grid";
import type { CellSpec, SheetSpec } from "../spec";
import { wbText } from "../text";
import { exportAmount, type MoneyInput } from "./money";

/**
 * The month's bank payment list: name, bank, account, net pay, and the total.
 *
 * What Chinese banks take: there is no common format. Each bank's corporate online banking has its own
 * batch-payroll (代发工资) template — ICBC's client fills an Excel sheet 批量支付.xls, Bank of China's
 * macro workbook saves a fixed text file, others upload .xls/.xlsx or GBK text with their own columns,
 * and most also want the payer's account, the branch or a purpose code. So this list is the neutral
 * source to copy from into the bank's template, not an upload file: the .xlsx sheet (accounts as text
 * cells, the total as a live SUM) is the one to work from; the CSV is UTF-8 with a BOM so Excel shows the
 * Chinese names — opened in Excel, an account of 16+ digits shows as 6.22E+18 and is cut to 15
 * digits if saved again, so copy accounts from the .xlsx. The total line has no account, so a bank
 * import that took it for a payment would refuse it rather than pay anyone.
 */
export interface BankPaymentPerson {
  id: string;
  name: string;
  bank: string;
  bankAccount: string;
  netPay: MoneyInput;
  /** Config path for messages, e.g. "staff[3]"; default "people[i]". */
  where?: string;
}

export interface BankPaymentRow {
  id: string;
  name: string;
  bank: string;
  /** Digits only. */
  account: string;
  netPay: Dec;
}

/** Someone paid this month whom the list cannot carry: no account or no bank on Staff. */
export interface BankPaymentMissing {
  id: string;
  name: string;
  bank: string;
  netPay: Dec;
}

export interface BankPaymentList {
  rows: BankPaymentRow[];
  /** The sum of `rows`: what the bank transfers. */
  total: Dec;
  /** Listed after the total (not in it), and each said in a note: never silently dropped. */
  missing: BankPaymentMissing[];
}

/** Characters that make a spreadsheet read a cell as a formula (CSV injection), and a tab or CR that some
 *  readers strip before looking. No real account holder's name or bank starts with them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Checks every person and builds the list, or returns every problem. A net pay of 0 is left out (banks
 * refuse zero transfers) and said in a note; a negative one is a problem. Someone without a bank account
 * or a bank is not a problem that stops the list — the others still get paid — but is listed apart, after
 * the total, and said in a note (export.bank.missing).
 */
export function bankPaymentList(people: readonly BankPaymentPerson[]): ImportOutcome<BankPaymentList> {
  const problems: Warning[] = [];
  const notes: Warning[] = [];
  const rows: BankPaymentRow[] = [];
  const missing: BankPaymentMissing[] = [];
  people.forEach((p, i) => {
    const at = p.where ?? `people[${i}]`;
    const name = p.name.normalize("NFC").trim();
    const bank = p.bank.normalize("NFC").trim();
    const given = p.bankAccount.trim() !== "";
    if (name === "") problems.push({ code: "config.required", params: {}, where: `${at}.name` });
    for (const [field, value] of [["name", name], ["bank", bank]] as const) {
      if (FORMULA_START.test(value)) problems.push({ code: "export.formulaLike", params: { value: value.slice(0, 40) }, where: `${at}.${field}` });
    }
    const account = given ? checkBankAccount(p.bankAccount) : null;
    if (account !== null && !account.ok) problems.push({ code: account.code, params: account.params, where: `${at}.bankAccount` });
    const netPay = exportAmount(p.netPay, `${at}.netPay`, problems);
    if (netPay === null) return;
    if (netPay.isZero()) return void notes.push({ code: "export.zeroPayLeftOut", params: { name }, where: at });
    if (account === null || bank === "") {
      const what = account === null ? (bank === "" ? "bankAndAccount" : "account") : "bank";
      notes.push({ code: `export.bank.missing.${what}`, params: { name, netPay: money(netPay) }, where: `${at}.${what === "bank" ? "bank" : "bankAccount"}` });
      return void missing.push({ id: p.id, name, bank, netPay });
    }
    if (account.ok) rows.push({ id: p.id, name, bank, account: account.value, netPay });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { rows, total: rows.reduce<Dec>((a, r) => a.plus(r.netPay), ZERO), missing }, notes };
}

const HEADER_KEYS = ["export.bank.name", "export.bank.bank", "export.bank.account", "export.bank.netPay"] as const;

/** The list as a sheet: header, one row per person, a total row whose SUM stays live if a figure is
 *  edited, and below it who is left out. */
export function bankPaymentSheet(list: BankPaymentList, lang: Lang, month: string): SheetSpec {
  const cells: CellSpec[] = HEADER_KEYS.map((k, j) => ({ at: a1(1, j + 1), value: wbText(k, lang), style: "header" }));
  list.rows.forEach((r, i) => {
    const row = i + 2;
    cells.push({ at: a1(row, 1), value: r.name, style: "text" });
    cells.push({ at: a1(row, 2), value: r.bank, style: "text" });
    cells.push({ at: a1(row, 3), value: r.account, style: "text" });
    cells.push({ at: a1(row, 4), value: r.netPay.toNumber(), style: "money" });
  });
  const totalRow = list.rows.length + 2;
  cells.push({ at: a1(totalRow, 1), value: wbText("export.bank.total", lang), style: "label" });
  cells.push({
    at: a1(totalRow, 4),
    formula: list.rows.length > 0 ? `SUM(D2:D${totalRow - 1})` : "0",
    result: list.total.toNumber(),
    style: "money",
  });
  if (list.missing.length > 0) {
    // Below the total, after a blank row: who is not paid by this list, and why.
    const heading = totalRow + 2;
    cells.push({ at: a1(heading, 1), value: wbText("export.bank.missingHeading", lang), style: "label" });
    list.missing.forEach((m, i) => {
      const row = heading + 1 + i;
      cells.push({ at: a1(row, 1), value: m.name, style: "text" });
      if (m.bank !== "") cells.push({ at: a1(row, 2), value: m.bank, style: "text" });
      cells.push({ at: a1(row, 4), value: m.netPay.toNumber(), style: "money" });
    });
  }
  return {
    key: `bank:${month}`,
    name: wbText("export.bank.sheet", lang, { month }),
    cells,
    tables: [],
    columnWidths: { A: 14, B: 24, C: 26, D: 14 },
    freeze: { rows: 1, cols: 0 },
  };
}

/** The list as CSV text (RFC 4180: CRLF, quotes where needed), amounts with two decimals, then the
 *  total, then who is left out. */
export function bankPaymentCsv(list: BankPaymentList, lang: Lang): string {
  const lines = [
    HEADER_KEYS.map((k) => wbText(k, lang)),
    ...list.rows.map((r) => [r.name, r.bank, r.account, money(r.netPay)]),
    [wbText("export.bank.total", lang), "", "", money(list.total)],
    // Who is not paid by this list: no account, so a bank import that read these rows would refuse them.
    ...(list.missing.length > 0 ? [[wbText("export.bank.missingHeading", lang), "", "", ""], ...list.missing.map((m) => [m.name, m.bank, "", money(m.netPay)])] : []),
  ];
  return lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text as UTF-8 bytes with a byte-order mark: without it Excel reads a CSV in the system's ANSI code
 *  page and shows UTF-8 Chinese as mojibake. */
export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
