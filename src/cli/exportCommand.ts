import { resolve } from "node:path";
import type { Month } from "../core/calendar";
import { month as monthField } from "../core/config/leaves";
import { money } from "../core/money";
import { formatMessage } from "../data/messages";
import type { Lang } from "../data/lang";
import { bankListFile, taxFilingFile, type TemplateChoice } from "../xlsx/exportFiles";
import type { ImportOutcome } from "../workbook/imports";
import { FILE_LANG } from "./lang";
import { langOption, optionValue, parseOptions, required } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { loadConfig } from "./config";
import { fileReason } from "./fileErrors";
import { warningsBlock } from "./format";
import { commandHelp } from "./help";
import type { Io } from "./io";
import { outProblems, type OutExtension } from "./outFile";
import { InputProblems, collector, fail } from "./problems";

/** What `shopsheet export tax` accepts; its help (help.ts) explains each of these. */
export const exportTaxOptions = {
  config: { type: "string" },
  month: { type: "string" },
  out: { type: "string" },
  template: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

/** What `shopsheet export bank` accepts. */
export const exportBankOptions = {
  config: { type: "string" },
  month: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

/**
 * `shopsheet export tax|bank`: the month's file for the e-filing client (扣缴客户端) or the bank, from
 * the config's payroll — the same bytes the task pane's export gives Excel (../xlsx/exportFiles.ts).
 * A config is required: the built-in example team has no ID numbers or accounts.
 */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  // `shopsheet help export tax` arrives as ["--help", "tax"].
  const [first, ...rest] = args;
  const kind = first === "--help" && rest[0] !== undefined && !rest[0].startsWith("-") ? rest[0] : first;
  const others = first === "--help" && kind !== first ? ["--help", ...rest.slice(1)] : rest;
  if (kind === "tax") return exportTax(others, io);
  if (kind === "bank") return exportBank(others, io);
  if (kind === undefined || kind === "--help" || kind === "-h") {
    (kind === undefined ? io.stderr : io.stdout)(`${formatMessage("cli.usage.export", {}, io.lang)}\n`);
    return kind === undefined ? 2 : 0;
  }
  return fail("cli.export.kind", "", { kind });
}

interface Common {
  month: Month;
  lang: Lang;
  out: string;
  given: string;
  config: Awaited<ReturnType<typeof loadConfig>>["config"];
}

/** The options every export checks, all at once: --month, --config, --out (its extension and place), --lang. */
function commonOptions(o: { config?: string; month?: string; out?: string; lang?: string }, io: Io, extensions: readonly OutExtension[], extra: () => void): Common | undefined {
  const checks = collector();
  const lang = checks.attempt(() => langOption(o.lang) ?? FILE_LANG);
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const file = checks.attempt(() => required(o.config, "config"));
  const loaded = file === undefined ? undefined : checks.attempt(() => loadConfig(file, month, io.cwd));
  const given = checks.attempt(() => required(o.out, "out"));
  const out = given === undefined ? undefined : resolve(io.cwd, given);
  if (out !== undefined) {
    checks.attempt(() => {
      const extension = extensions.find((e) => out.toLowerCase().endsWith(e));
      if (extension === undefined) fail(extensions.length > 1 ? "out.extensionBank" : "out.extension", "--out", { file: given! });
      const problems = outProblems(out, given!, file === undefined ? [] : [{ option: "config", path: resolve(io.cwd, file) }], extension);
      if (problems.length > 0) throw new InputProblems(problems);
    });
  }
  checks.attempt(extra);
  checks.done();
  if (month === undefined || lang === undefined || loaded === undefined || out === undefined) return undefined;
  return { month, lang, out, given: given!, config: loaded.config };
}

function unwrap<T>(outcome: ImportOutcome<T>) {
  if (!outcome.ok) throw new InputProblems(outcome.problems);
  return outcome;
}

async function write(c: Common, bytes: Uint8Array, io: Io): Promise<void> {
  try {
    await writeFileAtomic(c.out, bytes, io.fileOps);
  } catch (e) {
    fail("out.writeFailed", "--out", { file: c.given, ...fileReason(e) });
  }
}

/** In the order the help lists them (Object.keys would put "2023" first). */
const TEMPLATE_NAMES: readonly TemplateChoice[] = ["current", "2023"];

async function exportTax(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, exportTaxOptions);
  if (o.help) {
    io.stdout(commandHelp("exportTax", exportTaxOptions, io.lang));
    return 0;
  }
  let template: TemplateChoice = "current";
  const c = commonOptions(o, io, [".xlsx"], () => {
    if (o.template === undefined) return;
    if (!TEMPLATE_NAMES.includes(o.template as TemplateChoice)) fail("cli.export.template", "--template", { value: o.template, known: TEMPLATE_NAMES.join(", ") });
    template = o.template as TemplateChoice;
  });
  if (c === undefined) return 2;
  const file = unwrap(taxFilingFile(c.config, c.month, template, { lang: c.lang, created: io.now() }));
  await write(c, file.value.bytes, io);
  const summary = formatMessage("cli.export.taxWrote", { path: c.out, month: c.month, people: String(file.value.people), sheets: file.value.sheets.join("、") }, io.lang);
  io.stdout(`${summary}\n${warningsBlock(file.notes, io.lang)}`);
  return 0;
}

async function exportBank(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, exportBankOptions);
  if (o.help) {
    io.stdout(commandHelp("exportBank", exportBankOptions, io.lang));
    return 0;
  }
  const c = commonOptions(o, io, [".csv", ".xlsx"], () => undefined);
  if (c === undefined) return 2;
  const format = c.out.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  const file = unwrap(bankListFile(c.config, c.month, format, { lang: c.lang, created: io.now() }));
  await write(c, file.value.bytes, io);
  const summary = formatMessage("cli.export.bankWrote", { path: c.out, month: c.month, people: String(file.value.rows), total: money(file.value.total) }, io.lang);
  io.stdout(`${summary}\n${warningsBlock(file.notes, io.lang)}`);
  return 0;
}
