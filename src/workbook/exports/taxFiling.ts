import type { IsoDate } from "../../core/calendar";
import type { Dec } from "../../core/money";
import { checkIdDocument } from "../../core/personal/idDocument";
import type { Warning } from "../../core/types";
import { a1, colLetters } from "../address";
import type { ImportOutcome } from "../imports/grid";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../spec";
import { exportAmount, type MoneyInput } from "./money";
import { TAX_TEMPLATE_CURRENT, type TaxField, type TaxTemplate, type TemplateSheet } from "./taxTemplate";

/**
 * One person's month for the e-filing client. Money is a Decimal or a string; an absent figure leaves
 * its cell blank (the client reads blank as nothing to declare). The cumulative special additional
 * deductions (累计子女教育 …) are normally left out: the client downloads what employees declared to the
 * tax bureau and fills them itself.
 */
export interface TaxFilingPerson {
  /** 工号: the staff id. */
  id: string;
  name: string;
  /** 证件类型; default 居民身份证. */
  idType?: string | null;
  /** 证件号码. */
  idNumber: string;
  /** Config path of this person for messages, e.g. "staff[3]"; default "people[i]". */
  where?: string;
  /** 本期收入: this month's gross pay. */
  income: MoneyInput;
  taxFreeIncome?: MoneyInput;
  /** The employee's 基本养老保险费, 基本医疗保险费, 失业保险费 and 住房公积金 this month. */
  pension?: MoneyInput;
  medical?: MoneyInput;
  unemployment?: MoneyInput;
  housingFund?: MoneyInput;
  childEducation?: MoneyInput;
  continuingEducation?: MoneyInput;
  housingLoanInterest?: MoneyInput;
  housingRent?: MoneyInput;
  elderlySupport?: MoneyInput;
  infantCare?: MoneyInput;
  privatePension?: MoneyInput;
  annuity?: MoneyInput;
  healthInsurance?: MoneyInput;
  deferredPension?: MoneyInput;
  other?: MoneyInput;
  donation?: MoneyInput;
  taxRelief?: MoneyInput;
  note?: string;
  /** 全年一次性奖金额, taxed on its own; the person gets a row on the bonus sheet only with one above 0. */
  bonus?: MoneyInput | null;
  bonusTaxFreeIncome?: MoneyInput;
  bonusOther?: MoneyInput;
  bonusDonation?: MoneyInput;
  bonusTaxRelief?: MoneyInput;
  bonusNote?: string;
}

const TEXT_FIELDS = new Set<TaxField>(["staffId", "name", "idType", "idNumber", "note", "bonusNote"]);

export interface TaxFilingOptions {
  template?: TaxTemplate;
  /** Birth dates after this day are refused (the month's last day is a good choice). */
  asOf?: IsoDate;
}

type Row = Partial<Record<TaxField, string | Dec>>;

/**
 * The month's import file as a workbook spec: the wage sheet (one row per person) and, when anyone has
 * one, the bonus sheet. Every person is checked first — name, ID number (GB 11643 for a resident
 * identity card), amounts — and any problem stops the whole export: a file the client half-accepts is
 * worse than none.
 */
export function taxFilingWorkbook(people: readonly TaxFilingPerson[], options: TaxFilingOptions = {}): ImportOutcome<WorkbookSpec> {
  const template = options.template ?? TAX_TEMPLATE_CURRENT;
  const problems: Warning[] = [];
  const rows: Row[] = [];
  const seen = new Map<string, string>();

  people.forEach((p, i) => {
    const at = p.where ?? `people[${i}]`;
    const row: Row = { staffId: p.id.trim(), name: p.name.trim() };
    if (row.name === "") problems.push({ code: "config.required", params: {}, where: `${at}.name` });
    const doc = checkIdDocument(p.idType, p.idNumber, options.asOf);
    if (!doc.ok) problems.push({ code: doc.code, params: doc.params, where: `${at}.idNumber` });
    else {
      row.idType = doc.idType;
      row.idNumber = doc.idNumber;
      const other = seen.get(doc.idNumber);
      if (other !== undefined) problems.push({ code: "export.duplicateIdNumber", params: { other }, where: `${at}.idNumber` });
      seen.set(doc.idNumber, at);
    }
    for (const field of MONEY_FIELDS) {
      const v = p[field];
      if (v === undefined || v === null) continue;
      const d = exportAmount(v, `${at}.${field}`, problems);
      if (d !== null) row[field] = d;
    }
    if (p.note !== undefined && p.note.trim() !== "") row.note = p.note.trim();
    if (p.bonusNote !== undefined && p.bonusNote.trim() !== "") row.bonusNote = p.bonusNote.trim();
    rows.push(row);
  });
  if (problems.length > 0) return { ok: false, problems };

  const bonusRows = rows.filter((r) => r.bonus !== undefined && typeof r.bonus !== "string" && r.bonus.greaterThan(0));
  const sheets = [sheetOf(template.wages, rows)];
  if (bonusRows.length > 0) sheets.push(sheetOf(template.bonus, bonusRows));
  return { ok: true, value: { sheets, names: [] }, notes: [] };
}

const MONEY_FIELDS = [
  "income", "taxFreeIncome", "pension", "medical", "unemployment", "housingFund",
  "childEducation", "continuingEducation", "housingLoanInterest", "housingRent", "elderlySupport", "infantCare", "privatePension",
  "annuity", "healthInsurance", "deferredPension", "other", "donation", "taxRelief",
  "bonus", "bonusTaxFreeIncome", "bonusOther", "bonusDonation", "bonusTaxRelief",
] as const satisfies readonly TaxField[];

/** One header row, one row per person; ids and names as text (an ID number never turns into 3.30E+17). */
function sheetOf(sheet: TemplateSheet, rows: readonly Row[]): SheetSpec {
  const cells: CellSpec[] = [];
  const columnWidths: Record<string, number> = {};
  sheet.columns.forEach((c, j) => {
    const letters = colLetters(j + 1);
    columnWidths[letters] = c.field === "idNumber" ? 22 : Math.max(10, c.header.length * 2 + 2);
    cells.push({ at: a1(1, j + 1), value: c.header, style: "header" });
    rows.forEach((row, i) => {
      const v = c.field === null ? undefined : row[c.field];
      if (v === undefined) return;
      const at = a1(i + 2, j + 1);
      if (c.field !== null && TEXT_FIELDS.has(c.field)) cells.push({ at, value: String(v), style: "text" });
      else cells.push({ at, value: (v as Dec).toNumber() });
    });
  });
  return { key: sheet.key, name: sheet.name, cells, tables: [], columnWidths, freeze: { rows: 1, cols: 0 } };
}
