/**
 * The layout version of a workbook: which headers, formulas and places ShopSheet's sheets have. Both
 * renderers record it as a defined name, ShopSheetLayout.v<N>, pointing at A1 of the Settings sheet
 * (the add-in too: a sheet a user would not delete, as they may the Contents sheet), so the add-in can tell a workbook made by an older ShopSheet and upgrade it in place
 * (src/workbook/layoutUpgrades.ts). A workbook with ShopSheet's sheets and no such name is version 1 (made
 * before versions were recorded).
 *
 * Change LAYOUT_VERSION whenever a table header, a formula or a place changes, and add the upgrade
 * from the version before in src/workbook/layoutUpgrades.ts (test/workbook/layoutUpgrades.test.ts fails until both are
 * done).
 */
export const LAYOUT_VERSION = 17;

/** Version 1: what ShopSheet wrote before this name existed. */
export const UNVERSIONED = 1;

const PREFIX = "ShopSheetLayout.v";

export function layoutVersionName(version: number = LAYOUT_VERSION): string {
  return `${PREFIX}${version}`;
}

/** The sheet the version's name points at: Settings, or the first when there is none. */
export function versionSheet<T extends { key: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => s.key === "settings") ?? sheets[0];
}

/** The version a defined name records, or null for any other name. */
export function layoutVersionOf(name: string): number | null {
  const m = /^ShopSheetLayout\.v(\d+)$/i.exec(name);
  return m ? Number(m[1]) : null;
}
