/** A plain object from JSON (not null, not an array): what a config entry must be before its keys are read. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
