import { parseConfig } from "../core/config";
import type { Config } from "../core/types";
import { exampleTeamConfig } from "../data/exampleTeam";
import { readJsonFile } from "./jsonFile";
import { InputProblems, fail } from "./problems";

/**
 * The user's config file, or the example team for `month`'s tax year when none is given. `month` is
 * undefined when --month itself was refused: the file is still read and checked, so its problems are
 * reported together with the month's.
 */
export function loadConfig(file: string | undefined, month: string | undefined, cwd: string): { config: Config; example: boolean } {
  if (file === undefined && month === undefined) throw new InputProblems([]);
  const raw = file === undefined ? exampleTeamConfig(month!) : readJsonFile(file, cwd, "config");
  if (file !== undefined && (raw === null || typeof raw !== "object" || Array.isArray(raw))) fail("config.expectedObject", "--config");
  const parsed = parseConfig(raw, month);
  if (!parsed.ok) throw new InputProblems(parsed.errors);
  return { config: parsed.config, example: file === undefined };
}
