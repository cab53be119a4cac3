/**
 * The hook every view uses to reach the workbook: `useShopSheet()` gives the commands (injected by
 * <ShopSheetProvider>, the real ones in index.tsx, recording ones in tests) and whether Excel is there.
 * `useCommand()` runs one command at a time with a progress label and keeps its result for the
 * view's messages.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import type { CommandMessage } from "../office/result";
import type { ShopSheetCommands } from "./commands";

export interface ShopSheet {
  commands: ShopSheetCommands;
  inExcel: boolean;
}

const ShopSheetContext = createContext<ShopSheet | null>(null);

export function ShopSheetProvider({ commands, inExcel, children }: ShopSheet & { children: ReactNode }) {
  return <ShopSheetContext.Provider value={{ commands, inExcel }}>{children}</ShopSheetContext.Provider>;
}

export function useShopSheet(): ShopSheet {
  const v = useContext(ShopSheetContext);
  if (!v) throw new Error("useShopSheet() outside <ShopSheetProvider>");
  return v;
}

/** What a view shows after a command: a summary (success) and the messages, or why it stopped. */
export interface Outcome {
  ok: boolean;
  summary?: string;
  messages: CommandMessage[];
}

/** A command's result as the view shows it (the round-trip stats stay out of the pane). */
export function outcomeOf(r: { ok: true; summary: string; messages: CommandMessage[] } | { ok: false; messages: CommandMessage[] }): Outcome {
  return r.ok ? { ok: true, summary: r.summary, messages: r.messages } : { ok: false, messages: r.messages };
}

export interface CommandRunner {
  /** What is happening now (shown with a spinner); null when idle. */
  busy: string | null;
  /** Step n of total, for a progress bar, when a task has several. */
  step: { n: number; total: number } | null;
  outcome: Outcome | null;
  /** Runs `task`; `progress(label, n, total)` updates what the pane shows while it runs. Ignored while busy. */
  run(label: string, task: (progress: (label: string, n?: number, total?: number) => void) => Promise<Outcome>): Promise<Outcome | null>;
  clear(): void;
}

export function useCommand(): CommandRunner {
  const [busy, setBusy] = useState<string | null>(null);
  const [step, setStep] = useState<{ n: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  const run = useCallback<CommandRunner["run"]>(async (label, task) => {
    if (running.current) return null;
    running.current = true;
    setOutcome(null);
    setBusy(label);
    setStep(null);
    try {
      const o = await task((l, n, total) => {
        setBusy(l);
        setStep(n !== undefined && total !== undefined ? { n, total } : null);
      });
      setOutcome(o);
      return o;
    } finally {
      running.current = false;
      setBusy(null);
      setStep(null);
    }
  }, []);
  const clear = useCallback(() => setOutcome(null), []);
  return { busy, step, outcome, run, clear };
}
