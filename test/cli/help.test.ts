/**
 * `shopsheet <command> --help` explains every option the command accepts — read from the very
 * parseArgs table the command parses with, so a new option without help fails here — in both
 * languages, each with an example; and every example the help shows runs.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { payrollOptions } from "../../src/cli/payrollCommand";
import { readOptions } from "../../src/cli/readCommand";
import { targetsOptions } from "../../src/cli/targetsCommand";
import { workbookOptions } from "../../src/cli/workbookCommand";
import { exportBankOptions, exportTaxOptions } from "../../src/cli/exportCommand";
import { importServiceOptions } from "../../src/cli/importCommand";
import { ROOT, cli } from "./run";

/** By what the user types: a command, or a command and its kind ("export tax"). */
const COMMANDS = {
  targets: targetsOptions,
  payroll: payrollOptions,
  workbook: workbookOptions,
  read: readOptions,
  "export tax": exportTaxOptions,
  "export bank": exportBankOptions,
  "import service": importServiceOptions,
} as const;
const words = (command: string) => command.split(" ");
const LANGS = ["zh-CN", "en-US"] as const;
/** How an option's example line starts, per language. */
const EXAMPLE = { "zh-CN": "例：", "en-US": "e.g. " } as const;
const HAN = /[\u4e00-\u9fff]/;

async function help(args: string[]): Promise<string> {
  const r = await cli(args);
  expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: "" });
  return r.stdout;
}

/** The help's option blocks: a line `  --name …` and the lines indented under it. */
function optionBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const head = /^ {2}--([a-z-]+)/.exec(line);
    if (head) blocks.set(head[1]!, (current = []));
    else if (current && line.startsWith("      ")) current.push(line.trim());
    else current = undefined;
  }
  return blocks;
}

/** The command lines a help text shows: option examples and the lines under "Examples:". */
function exampleLines(text: string, lang: (typeof LANGS)[number]): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .map((l) => (l.startsWith(EXAMPLE[lang]) ? l.slice(EXAMPLE[lang].length) : l))
    .filter((l) => l.startsWith("shopsheet "));
}

describe("shopsheet <command> --help", () => {
  for (const [command, options] of Object.entries(COMMANDS))
    for (const lang of LANGS)
      test(`${command} --help (${lang}) explains every option it accepts, each with an example`, async () => {
        const text = await help([...words(command), "--help", "--lang", lang]);
        const blocks = optionBlocks(text);
        // Every option of the parseArgs table, and nothing it does not accept.
        expect([...blocks.keys()].sort()).toEqual(Object.keys(options).sort());
        for (const [name, lines] of blocks) {
          const explanation = lines.slice(0, -1);
          const example = lines[lines.length - 1] ?? "";
          expect({ name, hasExplanation: explanation.length > 0 }).toEqual({ name, hasExplanation: true });
          // Written in the language asked for: Chinese has Han characters, English none.
          expect({ name, lang, han: explanation.some((l) => HAN.test(l)) }).toEqual({ name, lang, han: lang === "zh-CN" });
          expect({ name, example }).toEqual({ name, example: expect.stringMatching(new RegExp(`^${EXAMPLE[lang]}shopsheet ${command} .*--${name}\\b`)) });
        }
        expect(exampleLines(text.slice(text.lastIndexOf("\n\n", text.length - 2)), lang).length).toBeGreaterThan(0);
        // No message key or unfilled placeholder leaks into the text.
        expect(text).not.toMatch(/cli\.(help|usage)|\{\w*\}/);
      });

  test.each(LANGS)("shopsheet --help lists every command (%s); shopsheet help <command> is <command> --help", async (lang) => {
    const text = await help(["--help", "--lang", lang]);
    for (const command of Object.keys(COMMANDS)) {
      expect(text).toMatch(new RegExp(`^ {2}${command} {2,}\\S`, "m"));
      expect(await help(["help", ...words(command), "--lang", lang])).toBe(await help([...words(command), "--help", "--lang", lang]));
    }
    expect(text).toContain("--help");
  });

  test("every example the help shows runs (exit 0, nothing on stderr), in a folder holding examples/", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-help-"));
    cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
    const lines = new Set<string>();
    for (const lang of LANGS) {
      for (const l of exampleLines(await help(["--help", "--lang", lang]), lang)) lines.add(l);
      for (const command of Object.keys(COMMANDS)) for (const l of exampleLines(await help([...words(command), "--help", "--lang", lang]), lang)) lines.add(l);
    }
    expect(lines.size).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line).not.toMatch(/["'\\]/); // split on spaces below: no quoting in the examples
      const r = await cli(line.split(/\s+/).slice(1), dir);
      expect({ line, code: r.code, stderr: r.stderr }).toEqual({ line, code: 0, stderr: "" });
    }
  });
});
