import { parseArgs, type ParseArgsConfig } from "node:util";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkValue } from "../core/config";
import { InputProblems, fail } from "./problems";
import type { z } from "zod";
import type { Lang } from "../data/lang";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util's parseArgs, with its English-only errors turned into our messages. */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const option = /'([^']+)'/.exec(err.message ?? "")?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") fail("cli.unknownOption", "", { option });
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") fail("cli.optionValue", "", { option: option.split(" ")[0] ?? option });
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") fail("cli.unexpectedArgument", "", { value: option });
    throw e;
  }
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

/** Reads a JSON file given on the command line, relative to the working directory. */
export function readJsonFile(file: string, cwd: string, option: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (e) {
    return fail("config.unreadable", `--${option}`, { file, detail: (e as Error).message });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail("config.notJson", `--${option}`, { file, detail: (e as Error).message });
  }
}

/** A `--lang` value: zh-CN or en-US. */
export function langOption(given: string | undefined): Lang | undefined {
  if (given === undefined || given === "zh-CN" || given === "en-US") return given;
  return fail("cli.lang", "--lang", { value: given });
}
