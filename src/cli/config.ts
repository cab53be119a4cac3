import { parseConfig } from "../core/config";
import type { Config } from "../core/types";
import { exampleTeamConfig } from "../data/exampleTeam";
import { readJsonFile } from "./args";
import { InputProblems } from "./problems";

/** The user's config file, or the example team for `month`'s tax year when none is given. */
export function loadConfig(file: string | undefined, month: string, cwd: string): { config: Config; example: boolean } {
  const raw = file === undefined ? exampleTeamConfig(month) : readJsonFile(file, cwd, "config");
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new InputProblems(parsed.errors);
  return { config: parsed.config, example: file === undefined };
}
