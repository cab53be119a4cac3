/**
 * The language a run of `shopsheet` speaks when `--lang` is not given.
 *
 * A command that writes a file for the shop (workbook, slips, export) writes it in Chinese — the shop's
 * language, whatever the terminal's — and says what it did in that language too: a Chinese workbook with
 * its warnings in English is two languages for one job. Any other command (and any `--help`) speaks the
 * terminal's language: $LC_ALL, $LC_MESSAGES, then $LANG, as gettext reads them. A value that names no
 * language (unset, empty, C, POSIX, C.UTF-8: a fresh machine, CI, Windows) is passed over, and where none
 * names one the product's own language, Chinese, is spoken.
 */
import { langFromLocale, type Lang } from "../data/lang";

/** What a command that writes a file writes, and then says, without --lang. */
export const FILE_LANG: Lang = "zh-CN";

/** The commands that write a file for the shop: their default is FILE_LANG, not the terminal's. */
const WRITES_FILE: ReadonlySet<string> = new Set(["workbook", "slips", "export"]);

/** Whether `command` (as typed: "workbook", "export") writes a file for the shop. */
export const writesFile = (command: string): boolean => WRITES_FILE.has(command);

const SAYS_NOTHING = /^(?:C|POSIX)(?:[.@].*)?$/i;

/** The terminal's language: the first of $LC_ALL, $LC_MESSAGES, $LANG that names one; Chinese when none does. */
export function terminalLang(env: NodeJS.ProcessEnv): Lang {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const locale = value?.trim() ?? "";
    if (locale === "" || SAYS_NOTHING.test(locale)) continue;
    return langFromLocale(locale);
  }
  return FILE_LANG;
}

/** `--lang` when valid (a bad one is reported by the command), else the file's language for a command that writes one, else the terminal's. */
export function runLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const given = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  if (given === "zh-CN" || given === "en-US") return given;
  const [name, ...rest] = argv;
  const help = rest.some((a) => a === "--help" || a === "-h");
  return name !== undefined && writesFile(name) && !help ? FILE_LANG : terminalLang(env);
}
