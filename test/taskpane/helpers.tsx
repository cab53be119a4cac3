/**
 * A recording ShopSheetCommands (the pane's boundary with the workbook) and a renderer that wraps a view
 * the way App does: language, Fluent provider, the commands.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Lang } from "../../src/data/lang";
import type { CommandResult, PayrollRead, SetupRead, ShopSheetCommands } from "../../src/taskpane/commands";
import { LangContext } from "../../src/taskpane/i18n";
import { ShopSheetProvider } from "../../src/taskpane/useShopSheet";

export interface Call {
  name: keyof ShopSheetCommands;
  args: unknown[];
}

const stats = { syncs: 4, largestBatchBytes: 1000, writeBatches: 1, sheetsWritten: [] };

export const OK: CommandResult = { ok: true, summary: "done", messages: [], stats };

export type Replies = { [K in keyof ShopSheetCommands]?: (...args: Parameters<ShopSheetCommands[K]>) => Awaited<ReturnType<ShopSheetCommands[K]>> };

/** Every call is recorded; each command answers `replies[name]` or a plain success. */
export function recordingCommands(replies: Replies = {}): ShopSheetCommands & { calls: Call[] } {
  const calls: Call[] = [];
  const answer = <K extends keyof ShopSheetCommands>(name: K, fallback: unknown) =>
    ((...args: unknown[]) => {
      calls.push({ name, args });
      const reply = replies[name] as ((...a: unknown[]) => unknown) | undefined;
      return Promise.resolve(reply ? reply(...args) : fallback);
    }) as ShopSheetCommands[K];
  const emptyRead: SetupRead = { ok: true, sections: {}, workbookLang: "zh-CN", messages: [], stats };
  const noFigures: PayrollRead = { ok: false, messages: [], stats };
  return {
    calls,
    readSetup: answer("readSetup", emptyRead),
    saveSetup: answer("saveSetup", OK),
    planMonth: answer("planMonth", OK),
    refreshTargets: answer("refreshTargets", OK),
    runPayroll: answer("runPayroll", OK),
    readPayroll: answer("readPayroll", noFigures),
    addNextMonth: answer("addNextMonth", OK),
    importActuals: answer("importActuals", OK),
    exportFile: answer("exportFile", OK),
  };
}

export function renderView(ui: ReactElement, options: { commands?: ShopSheetCommands; lang?: Lang; inExcel?: boolean } = {}) {
  const commands = options.commands ?? recordingCommands();
  return render(
    <LangContext.Provider value={options.lang ?? "en-US"}>
      <FluentProvider theme={webLightTheme}>
        <ShopSheetProvider commands={commands} inExcel={options.inExcel ?? true}>
          {ui}
        </ShopSheetProvider>
      </FluentProvider>
    </LangContext.Provider>,
  );
}

// jest-axe's matcher, for every file that renders a view.
import { toHaveNoViolations } from "jest-axe";
expect.extend(toHaveNoViolations);

// jsdom has no ResizeObserver (Fluent's MessageBar reflow and others use it in a browser).
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
