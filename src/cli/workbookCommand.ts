import { resolve } from "node:path";
import { currentMonth } from "../core/calendar";
import { money } from "../core/money";
import { month as monthField } from "../core/config/leaves";
import { formatMessage } from "../data/messages";
import { buildWorkbook } from "../workbook/build";
import { toBufferFast } from "../xlsx/writer";
import { commandHelp } from "./help";
import { FILE_LANG } from "./lang";
import { langOption, optionValue, parseOptions } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { loadConfig } from "./config";
import { fileReason } from "./fileErrors";
import { warningsBlock } from "./format";
import type { Io } from "./io";
import { outProblems } from "./outFile";
import { InputProblems, collector } from "./problems";
import { readActuals } from "./actualsFile";
import { INSURANCE_TYPES } from "../core/insurance/profiles";
import type { Config, Warning } from "../core/types";

/**
 * A city profile's period that rounds a kind (social insurance, housing fund) other than to the fen with no
 * row of that kind: the Settings sheet's table keeps the rounding on a type's row (src/workbook/sheets/insuranceBases.ts),
 * so the sheet would round that kind to the fen where core does not.
 */
function roundingsWithoutRows(config: Config): Warning[] {
  return (config.insuranceProfiles ?? []).flatMap((profile, i) =>
    profile.periods.flatMap((period, k) => {
      const kinds = [
        { kind: "socialInsurance", code: "cli.workbook.siRoundingWithoutRow", rounding: period.rounding.socialInsurance, has: INSURANCE_TYPES.some((t) => t !== "housingFund" && period.bases[t] !== undefined) },
        { kind: "housingFund", code: "cli.workbook.hfRoundingWithoutRow", rounding: period.rounding.housingFund, has: period.bases.housingFund !== undefined },
      ] as const;
      return kinds
        .filter((x) => x.rounding !== "fen" && !x.has)
        .map((x) => ({ code: x.code, params: { profile: profile.id, from: period.from, rounding: x.rounding }, where: `insuranceProfiles[${i}].periods[${k}].rounding.${x.kind}` }));
    }),
  );
}

/** What `shopsheet workbook` accepts; its help (help.ts) explains each of these. */
export const workbookOptions = {
  config: { type: "string" },
  month: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  protect: { type: "boolean" },
  actuals: { type: "string" },
  help: { type: "boolean" },
} as const;

/**
 * Writes the workbook as .xlsx. Without arguments: the example team, this month, in Chinese, to
 * shopsheet-YYYY-MM.xlsx in the working directory. The workbook's language defaults to zh-CN (the
 * user's), whatever the terminal's, and what the command says is in the workbook's language (./lang.ts).
 */
export async function workbookCommand(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, workbookOptions);
  if (o.help) {
    io.stdout(commandHelp("workbook", workbookOptions, io.lang));
    return 0;
  }
  const checks = collector();
  const month = o.month === undefined ? currentMonth(io.now()) : checks.attempt(() => optionValue(monthField, o.month, "month"));
  const lang = checks.attempt(() => langOption(o.lang) ?? FILE_LANG);
  const loaded = checks.attempt(() => loadConfig(o.config, month, io.cwd));
  // Read even when --month is refused, so a bad actuals file is reported in the same run.
  let actuals: Awaited<ReturnType<typeof readActuals>> | undefined;
  if (o.actuals !== undefined) {
    try {
      actuals = await readActuals(o.actuals, month, io.cwd);
    } catch (e) {
      checks.attempt(() => {
        throw e;
      });
    }
  }
  const given = o.out ?? (month === undefined ? undefined : `shopsheet-${month}.xlsx`);
  const out = given === undefined ? undefined : resolve(io.cwd, given);
  const inputs = [
    ...(o.config === undefined ? [] : [{ option: "config", path: resolve(io.cwd, o.config) }]),
    ...(o.actuals === undefined ? [] : [{ option: "actuals", path: resolve(io.cwd, o.actuals) }]),
  ];
  if (out !== undefined) checks.attempt(() => {
    const problems = outProblems(out, given!, inputs);
    if (problems.length > 0) throw new InputProblems(problems);
  });
  checks.done();
  if (month === undefined || lang === undefined || loaded === undefined || out === undefined) return 2;

  const { config, example } = loaded;
  const uncarried = roundingsWithoutRows(config);
  if (uncarried.length > 0) throw new InputProblems(uncarried);
  const built = buildWorkbook(config, month, lang, { protect: o.protect === true, ...(actuals ? { actuals } : {}) });
  // Nothing is written for a month that cannot be paid as entered (a negative gross).
  const errors = built.payroll[built.payroll.length - 1]!.errors;
  if (errors.length > 0) throw new InputProblems(errors);
  const bytes = await toBufferFast(built.spec);
  try {
    await writeFileAtomic(out, bytes, io.fileOps);
  } catch (e) {
    throw new InputProblems([{ code: "out.writeFailed", params: { file: given!, ...fileReason(e) }, where: "--out" }]);
  }

  const current = built.payroll[built.payroll.length - 1]!;
  const lines = [
    example ? formatMessage("cli.example", {}, io.lang) : null,
    formatMessage("cli.wrote", { path: out }, io.lang),
    formatMessage("cli.workbookSummary", { sheets: String(built.spec.sheets.length), people: String(current.employees.length), months: String(built.payroll.length) }, io.lang),
  ].filter((l): l is string => l !== null);
  if (actuals) lines.push(formatMessage("cli.workbook.actuals", { days: String(actuals.import.days.length), month, total: money(actuals.import.total.sales) }, io.lang));
  io.stdout(`${lines.join("\n")}\n${warningsBlock([...current.warnings, ...(actuals?.notes ?? []), ...built.plan.warnings], io.lang)}`);
  return 0;
}
