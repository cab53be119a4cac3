/**
 * Everything the pane runs in the workbook, in one module that commands.ts loads on first use: the
 * Office.js renderer, the sheet builders, the payroll engine and the export files' writer stay out of
 * the pane's first download.
 */
import "../office/messages";
import type { Month } from "../core/calendar";
import { yuan } from "./format";
import { formatMessage } from "../data/messages";
import type { CommandOptions, CommandResult } from "../office";
import { openWorkbook, readMonthConfig } from "../office/commands/exports";
import { bankListFile, taxFilingFile } from "../xlsx/exportFiles";
import { toBase64 } from "../xlsx/writer/portable";
import { message } from "../office/result";

export { addNextMonth, planMonth, refreshTargets, runPayroll } from "../office";
export { readPayroll } from "../office/commands/payroll";
export { readSetup, saveSetup } from "../office/commands/setUp";
export { importActuals } from "../office/commands/importActuals";

/**
 * The month's file for the e-filing client ("tax") or the bank ("bank", as .xlsx: a workbook is what
 * Excel can open) in a new workbook: the config read from this workbook, the bytes made by the very
 * function `shopsheet export` writes with (src/xlsx/exportFiles.ts), Excel.createWorkbook.
 */
export async function exportFile(kind: "tax" | "bank", month: Month, options: CommandOptions = {}): Promise<CommandResult> {
  const lang = options.lang ?? "zh-CN";
  const read = await readMonthConfig(month, options);
  if (!read.ok) return read;
  const file = kind === "tax" ? taxFilingFile(read.config, month, "current", { lang }) : bankListFile(read.config, month, "xlsx", { lang });
  if (!file.ok) {
    // Each problem at its config path (staff[3].idNumber), the person named: the pane has no cells for them here.
    const messages = file.problems.map((p) => ({ ...message("error", p.code, p.params, lang), text: withWho(read.config, p.where, formatMessage(p.code, p.params, lang)) }));
    return { ok: false, messages, stats: read.stats };
  }
  const opened = await openWorkbook(toBase64(file.value.bytes), options);
  if (!opened.ok) return { ...opened, stats: read.stats };
  const notes = file.notes.map((n) => ({ ...message("warning", n.code, n.params, lang), text: withWho(read.config, n.where, formatMessage(n.code, n.params, lang)) }));
  const summary =
    "sheets" in file.value
      ? formatMessage("tp.export.taxDone", { month, people: String(file.value.people) }, lang)
      : formatMessage("tp.export.bankDone", { month, people: String(file.value.rows), total: yuan(file.value.total) }, lang);
  return { ok: true, summary, messages: notes, stats: read.stats };
}

/** The text of a problem at `staff[3]…` led by whom it is about — "赵敏 (S04): 缺少证件号码" — unless it names them already. */
function withWho(config: { staff: readonly { id: string; name: string }[] }, where: string, text: string): string {
  const m = /^staff\[(\d+)\]/.exec(where);
  const s = m ? config.staff[Number(m[1])] : undefined;
  return s && !text.includes(s.name) ? `${s.name} (${s.id}): ${text}` : text;
}
