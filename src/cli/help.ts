import type { ParseArgsConfig } from "node:util";
import { formatMessage, isMessageCode, type MessageCode } from "../data/messages";
import type { Lang } from "../data/lang";
import { writesFile } from "./lang";

type Options = NonNullable<ParseArgsConfig["options"]>;
/** The commands that have a help page: each has `cli.usage.<command>`, `cli.help.<command>` and its examples. */
export type HelpCommand = "targets" | "payroll" | "workbook" | "read" | "exportTax" | "exportBank" | "importService" | "slips";

/** What the --lang example of a command that writes a file gives besides --lang, so that it runs as shown. */
const FILE_EXAMPLE_ARGS: Partial<Record<HelpCommand, string>> = {
  workbook: "--month 2026-03",
  slips: "--config examples/five-person-shop.json --month 2026-03 --out-dir slips-2026-03",
  exportTax: "--config examples/five-person-shop.json --month 2026-03 --out tax-2026-03.xlsx",
  exportBank: "--config examples/five-person-shop.json --month 2026-03 --out bank-2026-03.csv",
};

/** What the user types for each: a command and, for export and import, its kind. */
export const HELP_NAMES: Readonly<Record<HelpCommand, string>> = {
  targets: "targets",
  payroll: "payroll",
  workbook: "workbook",
  read: "read",
  exportTax: "export tax",
  exportBank: "export bank",
  importService: "import service",
  slips: "slips",
};

/**
 * `shopsheet <command> --help`: the synopsis, what the command does, then every option the command's
 * parseArgs table accepts, in its order, each explained with an example, then whole examples.
 *
 * An option's text is `cli.help.<command>.<option>`, or `cli.help.option.<option>` for one that means
 * the same everywhere (--lang, --help); its first line names the option and its value, the last line
 * is an example command. Walking the options table (not a list of its own) keeps the help from
 * forgetting an option; test/cli/help.test.ts checks that each one has its text in both languages.
 */
export function commandHelp(command: HelpCommand, options: Options, lang: Lang): string {
  const optionTexts = Object.keys(options).map((name) => indent(formatMessage(optionKey(command, name), { command: HELP_NAMES[command], args: FILE_EXAMPLE_ARGS[command] ?? "" }, lang)));
  return [
    `${formatMessage("cli.help.usage", {}, lang)}${formatMessage(`cli.usage.${command}`, {}, lang)}`,
    "",
    formatMessage(`cli.help.${command}`, {}, lang),
    "",
    formatMessage("cli.help.options", {}, lang),
    ...optionTexts,
    "",
    formatMessage("cli.help.examples", {}, lang),
    ...formatMessage(`cli.help.${command}.examples`, {}, lang).split("\n").map((l) => `  ${l}`),
    "",
  ].join("\n");
}

/** The message key that explains `--name` of `command`. */
export function optionKey(command: HelpCommand, name: string): MessageCode {
  const own = `cli.help.${command}.${name}`;
  if (isMessageCode(own)) return own;
  // A command that writes a file defaults --lang to the file's language, Chinese, not the terminal's (./lang.ts).
  const shared = `cli.help.option.${name === "lang" && writesFile(HELP_NAMES[command].split(" ")[0]!) ? "langFile" : name}`;
  // An option without its text is caught by test/cli/help.test.ts; the key then shows as itself.
  return isMessageCode(shared) ? shared : "cli.help.options";
}

/** The option line at 2 spaces, its explanation and example under it at 6. */
function indent(text: string): string {
  const [first, ...rest] = text.split("\n");
  return [`  ${first}`, ...rest.map((l) => `      ${l}`)].join("\n");
}
