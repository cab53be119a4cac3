/**
 * The pane's one door to the workbook. Components never call Office.js or src/office themselves: they
 * get a `ShopSheetCommands` from useShopSheet(), and tests give them a recording one instead.
 */
import type { Month } from "../core/calendar";
import type { Lang } from "../data/lang";
import { formatMessage } from "../data/messages";
import type { CommandOptions, CommandResult, PayrollOptions } from "../office";
import type { PayrollRead } from "../office/commands/payroll";
import type { SetupRead, SetupSections } from "../office/commands/setUp";
import type { ImportResult } from "../office/commands/importActuals";

export type { CommandResult, ImportResult, PayrollRead, SetupRead, SetupSections };

export interface ShopSheetCommands {
  /** Settings, Roles and Staff as the workbook holds them. */
  readSetup(options: CommandOptions): Promise<SetupRead>;
  /** The pane's edits into the workbook's tables (setUpRolesAndStaff creates what is missing). */
  saveSetup(sections: SetupSections, options: CommandOptions): Promise<CommandResult>;
  planMonth(month: Month, target: string | null, options: CommandOptions): Promise<CommandResult>;
  refreshTargets(month: Month, options: CommandOptions): Promise<CommandResult>;
  runPayroll(month: Month, options: PayrollOptions): Promise<CommandResult>;
  /** The month's totals and pool as the engine computes them from the workbook. */
  readPayroll(month: Month, options: CommandOptions): Promise<PayrollRead>;
  addNextMonth(options: CommandOptions): Promise<CommandResult>;
  /** The export pasted or opened into the active sheet, into the month's Targets actuals. */
  importActuals(month: Month, options: CommandOptions): Promise<ImportResult>;
  /** The month's tax-filing file or bank list, opened as a new workbook. */
  exportFile(kind: "tax" | "bank", month: Month, options: CommandOptions): Promise<CommandResult>;
}

type Bridge = typeof import("./officeBridge");
let bridge: Promise<Bridge> | null = null;
/** src/office and what it needs, fetched the first time a command runs. */
const load = (): Promise<Bridge> => (bridge ??= import(/* webpackChunkName: "shopsheet-office" */ "./officeBridge"));

/** Runs `name` from the bridge; whatever throws (it should not) becomes an error result, not a broken pane. */
function command<K extends keyof ShopSheetCommands>(name: K, langOf: (...args: Parameters<ShopSheetCommands[K]>) => Lang | undefined): ShopSheetCommands[K] {
  return (async (...args: Parameters<ShopSheetCommands[K]>) => {
    try {
      const b = await load();
      return await (b[name] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (e) {
      const text = formatMessage("tp.error.unexpected", { detail: e instanceof Error ? e.message : String(e) }, langOf(...args) ?? "zh-CN");
      return { ok: false, messages: [{ level: "error", code: "tp.error.unexpected", text }], stats: { syncs: 0, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] } };
    }
  }) as ShopSheetCommands[K];
}

/** The real thing: src/office's commands and the pane's readers. */
export const officeCommands: ShopSheetCommands = {
  readSetup: command("readSetup", (o) => o?.lang),
  saveSetup: command("saveSetup", (_, o) => o?.lang),
  planMonth: command("planMonth", (_m, _t, o) => o?.lang),
  refreshTargets: command("refreshTargets", (_m, o) => o?.lang),
  runPayroll: command("runPayroll", (_m, o) => o?.lang),
  readPayroll: command("readPayroll", (_m, o) => o?.lang),
  addNextMonth: command("addNextMonth", (o) => o?.lang),
  importActuals: command("importActuals", (_m, o) => o?.lang),
  exportFile: command("exportFile", (_k, _m, o) => o?.lang),
};
