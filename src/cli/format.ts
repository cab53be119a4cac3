import Table from "cli-table3";
import { formatMessage, type CodeSuffix, type MessageCode } from "../data/messages";
import type { Lang } from "../data/lang";
import { money } from "../core/money";
import type { Dec } from "../core/money";
import type { Warning } from "../core/types";
import { describe } from "./problems";

export type Cell = string | { content: string; hAlign: "right" };

/** A key of the CLI's `label.*` messages. */
export type LabelKey = CodeSuffix<"label.">;

export function label(key: LabelKey, lang: Lang): string {
  return formatMessage(`label.${key}`, {}, lang);
}

/** Money for people: grouped thousands, two decimals, right-aligned. */
export function moneyCell(x: Dec | null): Cell {
  if (x === null) return "";
  const [int, frac] = money(x).split(".");
  return { content: `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`, hAlign: "right" };
}

export function numberCell(x: number | string | null): Cell {
  return x === null ? "" : { content: String(x), hAlign: "right" };
}

export function table(headKeys: readonly LabelKey[], rows: Cell[][], lang: Lang): string {
  return tableOf(headKeys.map((k) => `label.${k}` as const), rows, lang);
}

/** A table headed by the messages `heads`, in `lang`. */
export function tableOf(heads: readonly MessageCode[], rows: Cell[][], lang: Lang): string {
  const t = new Table({
    head: heads.map((code) => formatMessage(code, {}, lang)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  t.push(...rows);
  return t.toString();
}

export function warningsBlock(warnings: Warning[], lang: Lang): string {
  if (warnings.length === 0) return "";
  return `\n${formatMessage("cli.warnings", {}, lang)}\n${warnings.map((w) => `  - ${describe(w, lang)}`).join("\n")}\n`;
}

/** One JSON document, nothing else on stdout. */
export function json(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
