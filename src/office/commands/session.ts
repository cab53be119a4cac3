/**
 * What every command shares. Each one is a fixed sequence of round trips, whatever the size of the team:
 *
 *   1. discover  — sheets, tables, headers, names, protection            (1 sync)
 *   2. read      — the user's inputs, our tables' row keys, and what the
 *                  sheets to write hold where ShopSheet writes           (1 sync, skipped if nothing to read)
 *   3. write     — everything, calculation suspended                      (1 sync per ≤ 4 MB batch)
 *   4. calculate — a full recalculation, since calculation was suspended  (1 sync)
 *
 * Everything is checked between 2 and 3 — the inputs by the engine's own config rules, the layout
 * against what would be overwritten — so a command that stops has changed nothing; and everything it
 * writes goes through the one reconciler (../reconcile/plan.ts), which keeps what the user typed.
 * Results carry localized messages; no Office error escapes.
 */
import { isMonth, type Month } from "../../core/calendar";
import { money, parseAmount, type Dec } from "../../core/money";
import type { Config, Warning } from "../../core/types";
import { formatMessage } from "../../data/messages";
import type { Lang } from "../../data/lang";
import { LAYOUT_VERSION } from "../../workbook/layoutVersion";
import { SHEET } from "../../workbook/names";
import { validateWorkbook } from "../../workbook/validate";
import { sheetKind } from "../../workbook/templates";
import { officeErrorMessages } from "../host/errors";
import { execute } from "../host/execute";
import { detectFeatures } from "../host/features";
import { readInputs as loadInputs } from "../host/readInputs";
import { MINIMUM_API, type Features } from "../reconcile/features";
import { parseInputs, type Inputs } from "../reconcile/inputs";
import type { LiveWorkbook, ReadData } from "../reconcile/liveModel";
import { layoutConflicts, planRender, type RenderRequest } from "../reconcile/plan";
import { readRequest } from "../reconcile/readRequest";
import { CommandStop, emptyStats, message, type CommandMessage, type CommandResult, type CommandStats } from "../result";
import type { CommandOptions } from "./options";
import type { WorkbookSpec } from "../../workbook/spec";
import { contentsSheet } from "../../workbook/sheets/contents";
import type { PrintContext } from "../../workbook/sheets/page";

export interface Session {
  context: Excel.RequestContext;
  sync: () => Promise<void>;
  stats: CommandStats;
  features: Features;
  uiLang: Lang;
  setPhase(p: "read" | "write"): void;
}

export interface Done {
  summary: string;
  messages: CommandMessage[];
}

export async function runCommand(lang: Lang | undefined, body: (s: Session) => Promise<Done>): Promise<CommandResult> {
  const uiLang: Lang = lang ?? "zh-CN";
  const stats = emptyStats();
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return { ok: false, messages: [message("error", "office.noExcel", {}, uiLang)], stats };
  const features = detectFeatures();
  if (!features) return { ok: false, messages: [message("error", "office.apiTooOld", { version: MINIMUM_API }, uiLang)], stats };
  let phase: "read" | "write" = "read";
  try {
    return await Excel.run(async (context): Promise<CommandResult> => {
      const sync = async () => {
        stats.syncs++;
        await context.sync();
      };
      const done = await body({ context, sync, stats, features, uiLang, setPhase: (p) => (phase = p) });
      return { ok: true, summary: done.summary, messages: done.messages, stats };
    });
  } catch (e) {
    if (e instanceof CommandStop) return { ok: false, messages: e.messages, stats };
    return { ok: false, messages: officeErrorMessages(e, phase, uiLang), stats };
  }
}

/** Round trip 2: our tables (key and input columns) and single input cells on the sheets `want`s, and
 *  what the sheets the command writes (`edits`) hold where ShopSheet writes — then the layout checks,
 *  before any value is taken by its position. */
export async function load(s: Session, live: LiveWorkbook, lang: Lang, want: (key: string) => boolean, edits: (key: string) => boolean = () => false): Promise<ReadData> {
  if (live.layout.version > LAYOUT_VERSION) {
    throw new CommandStop([message("error", "office.conflict.newerLayout", { found: String(live.layout.version), known: String(LAYOUT_VERSION) }, s.uiLang)]);
  }
  const data = await loadInputs(s.context, s.sync, readRequest(live, lang, want, edits, s.features));
  const conflicts = layoutConflicts(live, data, lang, s.uiLang, want);
  if (conflicts.length) throw new CommandStop(conflicts);
  return data;
}

/** Round trips 3 and 4: the reconciler's plan for the request, checked, then written. */
export async function render(s: Session, live: LiveWorkbook, data: ReadData, lang: Lang, req: RenderRequest): Promise<{ notes: CommandMessage[]; keys: string[] }> {
  try {
    validateWorkbook(req.spec);
  } catch (e) {
    throw new CommandStop([message("error", "office.error.internal", { detail: (e as Error).message }, s.uiLang)]);
  }
  const plan = planRender(req, { live, data, features: s.features, lang: s.uiLang, workbookLang: lang });
  if (!plan.ok) throw new CommandStop(plan.conflicts);
  s.setPhase("write");
  const r = await execute(s.context, s.sync, plan.ops, live, s.features);
  s.stats.writeBatches = r.batches;
  s.stats.largestBatchBytes = r.largestBatchBytes;
  s.stats.sheetsWritten = plan.written;
  return { notes: plan.notes, keys: plan.written };
}

/**
 * `spec` with the contents sheet the workbook needs now: a line for every sheet of ShopSheet's the
 * workbook will hold — those there, in their places and under their (possibly renamed) tabs, then the
 * spec's new ones — so the links lead where the tabs are.
 */
export function withContents(spec: WorkbookSpec, live: LiveWorkbook, month: Month, print: PrintContext): WorkbookSpec {
  const there = [...live.byKey].sort((a, b) => a[1].position - b[1].position).map(([key, sheet]) => ({ key, name: sheet.name }));
  const added = spec.sheets.filter((x) => !live.byKey.has(x.key)).map((x) => ({ key: x.key, name: x.name }));
  const contents = contentsSheet([...there, ...added], month, print);
  const others = spec.sheets.filter((x) => x.key !== SHEET.contents);
  return { ...spec, sheets: [contents, ...others] };
}

/** The config read, or the command stops with its problems placed on their cells. */
export function parsed(inputs: Inputs, lang: Lang): Config {
  const r = parseInputs(inputs, lang);
  if (!r.ok) throw new CommandStop(r.errors);
  return r.config;
}

export function ownedKeys(live: LiveWorkbook, kind: string): string[] {
  return [...live.byKey.keys()].filter((k) => sheetKind(k).kind === kind).sort();
}

export function ownedMonths(live: LiveWorkbook, kind: string): Month[] {
  return ownedKeys(live, kind)
    .map((k) => sheetKind(k).month)
    .filter((m): m is Month => m !== null)
    .sort();
}

export function requireSetUp(live: LiveWorkbook, lang: Lang): void {
  const missing = [SHEET.settings, SHEET.roles, SHEET.staff].filter((k) => !live.byKey.has(k));
  if (missing.length) throw new CommandStop([message("error", "office.needsSetup", { what: missing.join(", ") }, lang)]);
}

export function checkMonth(month: Month, lang: Lang): void {
  if (!isMonth(month)) throw new CommandStop([message("error", "value.notMonth", { value: String(month) }, lang)]);
}

/** An amount typed in the pane; `what` names it in the message ("target: "lots" is not an amount"). */
export function amountArg(v: number | string, what: "target" | "grossMargin", lang: Lang): Dec {
  const d = parseAmount(v);
  if (d !== null) return d;
  const m = message("error", "value.notAmount", { value: String(v) }, lang);
  throw new CommandStop([{ ...m, text: `${formatMessage(`office.arg.${what}`, {}, lang)}${formatMessage("office.placeSeparator", {}, lang)}${m.text}` }]);
}

/** Protect month and role sheets if asked, or if they are protected now (a run with protect did it). */
export function protectOption(o: CommandOptions, live: LiveWorkbook): boolean {
  const open = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions]);
  return o.protect ?? [...live.byKey].some(([key, sh]) => !open.has(key) && sh.protected);
}

/** "¥1,234,567.80" */
export function yuan(d: Dec): string {
  const [int, frac] = money(d).split(".") as [string, string];
  return `¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** A pane shows a few dozen warnings, not ten thousand: the first MAX_WARNINGS and a count of the rest. */
const MAX_WARNINGS = 50;

export function capped(ms: CommandMessage[], lang: Lang): CommandMessage[] {
  if (ms.length <= MAX_WARNINGS) return ms;
  return [...ms.slice(0, MAX_WARNINGS), message("info", "office.note.moreWarnings", { count: String(ms.length - MAX_WARNINGS) }, lang)];
}

export function dedupe(ws: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}|${w.where}|${JSON.stringify(w.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
