import { resolve } from "node:path";
import { formatMessage } from "../data/messages";
import { maskPersonalData } from "../core/config/personal";
import type { Lang } from "../data/lang";
import { parseRead, placeText, readConfig, workbookMonths, type ReadProblem } from "../workbook/read";
import { readWorkbookFile } from "../xlsx/readWorkbook";
import { langOption, parseCommandLine } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { fileReason } from "./fileErrors";
import { commandHelp } from "./help";
import { json } from "./format";
import type { Io } from "./io";
import { readFileBytes } from "./jsonFile";
import { outProblems } from "./outFile";
import { InputProblems, collector, fail } from "./problems";

export const readOptions = {
  json: { type: "boolean" },
  out: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

/** A workbook is a zip; Excel refuses larger ones long before this. */
const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A problem of the workbook as the CLI says it: its place ("Staff, row 7, column “Base” (E7)") as `where`. */
function asWarning(p: ReadProblem, lang: Lang) {
  return { code: p.code, params: p.params, where: p.place ? placeText(p.place, lang) : p.path };
}

/**
 * `shopsheet read BOOK.xlsx`: an edited workbook back into a config file — what the user typed in
 * Settings, Roles, Staff, on each month's payroll sheet and each Targets sheet — checked by the
 * engine's rules, every problem named by its sheet, row and column.
 */
export async function readCommand(args: string[], io: Io): Promise<number> {
  const { values: o, positionals } = parseCommandLine(args, readOptions, 1);
  if (o.help) {
    io.stdout(commandHelp("read", readOptions, io.lang));
    return 0;
  }
  const checks = collector();
  checks.attempt(() => langOption(o.lang));
  const given = positionals[0];
  const book = given === undefined ? checks.attempt(() => fail("cli.read.missingBook", "")) : resolve(io.cwd, given);
  const out = o.out === undefined ? undefined : resolve(io.cwd, o.out);
  if (out !== undefined)
    checks.attempt(() => {
      const problems = outProblems(out, o.out!, book === undefined ? [] : [{ option: "read", path: book }], ".json");
      if (problems.length > 0) throw new InputProblems(problems);
    });
  const bytes = book === undefined ? undefined : checks.attempt(() => readFileBytes(book, given!, given!, MAX_WORKBOOK_BYTES));
  checks.done();
  if (bytes === undefined) return 2;

  if (!ZIP.every((b, i) => bytes[i] === b)) fail("cli.read.notXlsx", given!, { file: given! });
  const file = await readWorkbookFile(bytes).catch(() => fail("import.unreadableXlsx", given!, { file: given! }));
  if (file.keys.length === 0) fail("cli.read.notShopSheet", given!, { file: given! });
  const read = readConfig(file.grid, file.lang, { months: workbookMonths(file.keys), salesTargets: true });
  const parsed = parseRead(read);
  // The workbook's own problems (a deleted column) come first: they explain what follows from them.
  const problems = [...file.problems, ...(parsed.ok ? [] : parsed.problems)];
  if (problems.length > 0) throw new InputProblems(problems.map((p) => asWarning(p, io.lang)));

  const counts = { file: given!, roles: String(read.raw.roles?.length ?? 0), staff: String(read.raw.staff?.length ?? 0), months: String(read.raw.months.length) };
  if (o.json) {
    // On the screen the ID and account numbers are masked; --out writes them whole (the file is the user's).
    const shown = maskPersonalData(read.raw);
    io.stdout(json(shown.value));
    if (shown.masked) io.stderr(`${formatMessage("cli.read.masked", {}, io.lang)}\n`);
  }
  if (out !== undefined) {
    try {
      await writeFileAtomic(out, Buffer.from(json(read.raw), "utf8"), io.fileOps);
    } catch (e) {
      fail("out.writeFailed", "--out", { file: o.out!, ...fileReason(e) });
    }
    if (!o.json) io.stdout(`${formatMessage("cli.read.wrote", { ...counts, path: out }, io.lang)}\n`);
  } else if (!o.json) io.stdout(`${formatMessage("cli.read.summary", counts, io.lang)}\n`);
  return 0;
}

