/**
 * What a command gives back to the task pane: a summary on success, or messages saying what stopped
 * it and where. Never a raw Office error: ./errors.ts turns those into messages too.
 */
import type { Lang } from "../data/lang";
import { formatMessage, type MessageCode } from "../data/messages";
import { placeText, type CellLocation } from "../workbook/read";

export type { CellLocation };

export interface CommandMessage {
  level: "error" | "warning" | "info";
  /** Message code (src/data/messages), for tests and for the pane to pick an icon. */
  code: MessageCode;
  /** Localized text, with the place prefixed when there is one. */
  text: string;
  where?: CellLocation;
}

/** Round trips and payload of one command, measured by the command itself. */
export interface CommandStats {
  /** context.sync() calls made. */
  syncs: number;
  /** Estimated bytes of the largest write batch (values, formulas, formats and per-call overhead). */
  largestBatchBytes: number;
  /** Number of write batches (1 unless the payload had to be split). */
  writeBatches: number;
  /** Keys of the sheets the command wrote ("roles", "payroll:2026-11"). */
  sheetsWritten: string[];
}

export interface CommandSuccess {
  ok: true;
  /** One line for the pane's success banner. */
  summary: string;
  /** Warnings from the engine (e.g. a role without a share) and notes (e.g. the chart was skipped). */
  messages: CommandMessage[];
  stats: CommandStats;
}

export interface CommandFailure {
  ok: false;
  /** Why nothing (or, after an Office error mid-write, not everything) was written. */
  messages: CommandMessage[];
  stats: CommandStats;
}

export type CommandResult = CommandSuccess | CommandFailure;

export function emptyStats(): CommandStats {
  return { syncs: 0, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] };
}

/** A localized message; with a place, the text starts with it ("Staff, row 7, column “Base”: …"). */
export function message(level: CommandMessage["level"], code: MessageCode, params: Record<string, string>, lang: Lang, where?: CellLocation): CommandMessage {
  const body = formatMessage(code, params, lang);
  if (!where) return { level, code, text: body };
  return { level, code, text: `${placeText(where, lang)}${formatMessage("office.placeSeparator", {}, lang)}${body}`, where };
}

/** Thrown inside a command to stop it with messages; caught by the command runner (never escapes). */
export class CommandStop extends Error {
  constructor(readonly messages: CommandMessage[]) {
    super(messages.map((m) => m.text).join("\n"));
  }
}
