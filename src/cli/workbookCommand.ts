import type { Io } from "./io";

/** Placeholder until the workbook issue lands: prints the example team's payroll. */
export function workbookCommand(_args: string[], io: Io): number {
  void io;
  return 0;
}
