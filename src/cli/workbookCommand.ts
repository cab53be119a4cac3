import { resolve } from "node:path";
import { currentMonth } from "../core/calendar";
import { month as monthField } from "../core/config/fields";
import { formatMessage } from "../data/messages";
import { buildWorkbook } from "../workbook/build";
import { writeXlsx } from "../xlsx/render";
import { langOption, optionValue, parseOptions } from "./args";
import { loadConfig } from "./config";
import { warningsBlock } from "./format";
import type { Io } from "./io";
import { InputProblems, collector } from "./problems";

const options = {
  config: { type: "string" },
  month: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  protect: { type: "boolean" },
  help: { type: "boolean" },
} as const;

/**
 * Writes the workbook as .xlsx. Without arguments: the example team, this month, in Chinese, to
 * shopsheet-YYYY-MM.xlsx in the working directory. The workbook's language defaults to zh-CN (the
 * user's), whatever the terminal's; messages follow the terminal.
 */
export async function workbookCommand(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, options);
  if (o.help) {
    io.stdout(`${formatMessage("cli.usage.workbook", {}, io.lang)}\n`);
    return 0;
  }
  const checks = collector();
  const month = o.month === undefined ? currentMonth(io.now()) : checks.attempt(() => optionValue(monthField, o.month, "month"));
  const lang = checks.attempt(() => langOption(o.lang) ?? "zh-CN");
  checks.done();
  if (month === undefined || lang === undefined) return 2;

  const { config, example } = loadConfig(o.config, month, io.cwd);
  const built = buildWorkbook(config, month, lang, { protect: o.protect === true });
  // Nothing is written for a month that cannot be paid as entered (a negative gross).
  const errors = built.payroll[built.payroll.length - 1]!.errors;
  if (errors.length > 0) throw new InputProblems(errors);
  const out = resolve(io.cwd, o.out ?? `shopsheet-${month}.xlsx`);
  await writeXlsx(built.spec, out);

  const current = built.payroll[built.payroll.length - 1]!;
  const lines = [
    example ? formatMessage("cli.example", {}, io.lang) : null,
    formatMessage("cli.wrote", { path: out }, io.lang),
    formatMessage("cli.workbookSummary", { sheets: String(built.spec.sheets.length), people: String(current.employees.length), months: String(built.payroll.length) }, io.lang),
  ].filter((l): l is string => l !== null);
  io.stdout(`${lines.join("\n")}\n${warningsBlock([...current.warnings, ...built.plan.warnings], io.lang)}`);
  return 0;
}
