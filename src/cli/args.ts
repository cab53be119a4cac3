import { parseArgs, type ParseArgsConfig } from "node:util";
import { checkValue } from "../core/config";
import { InputProblems, fail } from "./problems";
import type { z } from "zod";
import type { Lang } from "../data/lang";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A value that starts with "-" but is a value, not an option: "-5", "-.5", "-¥5". */
const NEGATIVE = /^-(\d|\.\d|[¥￥])/;

/**
 * `--target -5` is the option and its (negative) value, not two options: parseArgs would call it a
 * missing value. Joined as `--target=-5`, the value's own check then says what is wrong with it.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    const name = a.startsWith("--") && !a.includes("=") ? a.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === "string" && next !== undefined && NEGATIVE.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** node:util's parseArgs, with its English-only errors turned into our messages. */
export function parseOptions<O extends Options>(args: string[], options: O) {
  return parseCommandLine(args, options, 0).values;
}

/** The same, taking up to `positionals` arguments that are not options (`shopsheet read BOOK.xlsx`). */
export function parseCommandLine<O extends Options>(args: string[], options: O, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(args, options), options, strict: true, allowPositionals: positionals > 0, tokens: true });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const option = (/'([^']+)'/.exec(err.message ?? "")?.[1] ?? "").split(" ")[0] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") fail("cli.unknownOption", "", { option });
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const flag = options[option.replace(/^-+/, "")]?.type === "boolean";
      fail(flag ? "cli.flagValue" : "cli.optionValue", "", { option });
    }
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") fail("cli.unexpectedArgument", "", { value: option });
    throw e;
  }
  // An option given twice would silently keep the last: say so (a list option such as --event may repeat).
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== "option" || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) fail("cli.optionTwice", "", { option: `--${t.name}` });
    seen.add(t.name);
  }
  const extra = parsed.positionals[positionals];
  if (extra !== undefined) fail("cli.unexpectedArgument", "", { value: extra });
  return { values: parsed.values, positionals: parsed.positionals };
}

/** A value checked by a config field schema; its problems name the option (`--target`). */
export function optionValue<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const r = checkValue(schema, value, `--${option}`);
  if (!r.ok) throw new InputProblems(r.errors);
  return r.value;
}

export function required<T>(value: T | undefined, option: string): T {
  return value === undefined ? fail("cli.missingOption", "", { name: option }) : value;
}

/** A `--lang` value: zh-CN or en-US. */
export function langOption(given: string | undefined): Lang | undefined {
  if (given === undefined || given === "zh-CN" || given === "en-US") return given;
  return fail("cli.lang", "--lang", { value: given });
}
