import { defaultLists } from "../data/defaults";
import { SETTING_FIELDS } from "./config/settingFields";
import { setPath } from "./config/pathTypes";
import { D } from "./money";
import type { Settings } from "./types";

const dec = (s: string) => new D(s);
const decOrNull = (s: string | null) => (s === null ? null : new D(s));

/**
 * The default settings as a config file would give them (strings, nulls): every single setting's
 * declared default and the default lists. A fresh object each call.
 */
export function defaultSettingsRaw(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS) setPath(out, f.path, f.default);
  const lists = JSON.parse(JSON.stringify(defaultLists)) as Record<string, unknown> & { targets: Record<string, unknown> };
  out.taxTable = lists.taxTable;
  setPath(out, "targets.weekdayWeights", lists.targets.weekdayWeights);
  setPath(out, "targets.events", lists.targets.events);
  return out;
}

/** The default settings as engine values; a fresh object each call, so callers may change it. */
export function defaultEngineSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS) setPath(out, f.path, (f.kind as string) === "text" ? f.default : decOrNull(f.default));
  const l = defaultLists;
  out.taxTable = l.taxTable.map((b) => ({ upTo: decOrNull(b.upTo), rate: dec(b.rate), quickDeduction: dec(b.quickDeduction) }));
  setPath(out, "targets.weekdayWeights", l.targets.weekdayWeights.map(dec));
  setPath(out, "targets.events", l.targets.events.map((e) => ({ date: e.date, factor: dec(e.factor), name: e.name })));
  // Built field by field from the registry the Settings type is derived from.
  return out as unknown as Settings;
}
