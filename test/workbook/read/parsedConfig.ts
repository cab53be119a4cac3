import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";

/** A config a test writes by hand, parsed; a config the test meant to be valid that is not fails the test with core's errors. */
export function parsed(raw: unknown): Config {
  const r = parseConfig(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
}
