import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { month as monthField } from "../core/config/leaves";
import { computePayroll } from "../core/payroll";
import { formatMessage } from "../data/messages";
import { CHINESE_FONT, roleNameIn } from "../workbook/build";
import { slipsSheet } from "../workbook/sheets/slips";
import { toBufferFast } from "../xlsx/writer";
import { FILE_LANG } from "./lang";
import { langOption, optionValue, parseOptions, required } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { loadConfig } from "./config";
import { fileReason } from "./fileErrors";
import { warningsBlock } from "./format";
import { commandHelp } from "./help";
import type { Io } from "./io";
import { InputProblems, collector, fail } from "./problems";
import { slipFileNames } from "./slipFileName";

/** What `shopsheet slips` accepts; its help (help.ts) explains each of these. */
export const slipsOptions = {
  config: { type: "string" },
  month: { type: "string" },
  "out-dir": { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

/**
 * `shopsheet slips`: one .xlsx per person on the month's payroll, each holding that person's slip alone
 * (the same strip as the workbook's 工资条 sheet, with figures instead of formulas: there is no payroll
 * sheet in it to look them up in), for handing out privately. Named id_name_month.xlsx (slipFileName.ts);
 * each written whole or not at all (atomicWrite.ts). The folder is made when missing.
 */
export async function slipsCommand(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, slipsOptions);
  if (o.help) {
    io.stdout(commandHelp("slips", slipsOptions, io.lang));
    return 0;
  }
  const checks = collector();
  const lang = checks.attempt(() => langOption(o.lang) ?? FILE_LANG);
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const file = checks.attempt(() => required(o.config, "config"));
  const loaded = file === undefined ? undefined : checks.attempt(() => loadConfig(file, month, io.cwd));
  const given = checks.attempt(() => required(o["out-dir"], "out-dir"));
  checks.done();
  if (month === undefined || lang === undefined || loaded === undefined || given === undefined) return 2;

  const dir = resolve(io.cwd, given);
  await makeFolder(dir, given);
  const { config } = loaded;
  const result = computePayroll(config, month);
  // Nothing is written for a month that cannot be paid as entered (a negative gross).
  if (result.errors.length > 0) throw new InputProblems(result.errors);
  const names = slipFileNames(result.employees, month);
  const roleName = roleNameIn(config, lang);
  for (const [i, line] of result.employees.entries()) {
    const sheet = slipsSheet(month, [line.id], lang, { values: true, lines: [line], company: config.settings.companyName, payDay: config.settings.payDate, roleName });
    const bytes = await toBufferFast({ sheets: [sheet], names: [], ...(lang === "zh-CN" ? { font: CHINESE_FONT } : {}) });
    const path = join(dir, names[i]!);
    try {
      await writeFileAtomic(path, bytes, io.fileOps);
    } catch (e) {
      fail("out.writeFailed", "--out-dir", { file: path, ...fileReason(e) });
    }
  }
  const summary = formatMessage("cli.slips.wrote", { count: String(names.length), dir, month }, io.lang);
  io.stdout(`${summary}\n${names.map((n) => `  ${n}\n`).join("")}${warningsBlock(result.warnings, io.lang)}`);
  return 0;
}

/** The folder, made with its parents when missing; a file in its place is said, not overwritten. */
async function makeFolder(dir: string, given: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") fail("cli.slips.notFolder", "--out-dir", { folder: given });
    fail("out.writeFailed", "--out-dir", { file: given, ...fileReason(e) });
  }
  if (!(await stat(dir)).isDirectory()) fail("cli.slips.notFolder", "--out-dir", { folder: given });
}
