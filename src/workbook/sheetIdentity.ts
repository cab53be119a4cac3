/**
 * A sheet's identity: its stable English key ("payroll:2026-11"), the defined name that records the
 * key in a file so readers find the sheet whatever its tab is called, and Excel's rules for the
 * visible tab name.
 */

/** Excel's rules for a tab name: 1-31 characters, none of : \ / ? * [ ], no ' at either end,
 *  not the reserved "History". (Uniqueness, case-insensitive, is checked per workbook.) */
export function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !/[\u0000-\u001f]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

const SHEET_KEY = /^[a-z][a-z0-9-]*(:[a-z0-9-]+)*$/;
const KEY_NAME_PREFIX = "ShopSheet.";

export function validSheetKey(key: string): boolean {
  return SHEET_KEY.test(key);
}

/** The defined name that marks a sheet's key: "payroll:2026-11" → "ShopSheet.payroll.2026_11".
 *  Invertible because keys contain neither "." nor "_". */
export function sheetKeyName(key: string): string {
  if (!validSheetKey(key)) throw new Error(`invalid sheet key: ${key}`);
  return KEY_NAME_PREFIX + key.replace(/:/g, ".").replace(/-/g, "_");
}

/** The inverse of sheetKeyName; null for any other name. */
export function sheetKeyFromName(name: string): string | null {
  if (!name.startsWith(KEY_NAME_PREFIX)) return null;
  const key = name.slice(KEY_NAME_PREFIX.length).replace(/\./g, ":").replace(/_/g, "-");
  return validSheetKey(key) ? key : null;
}
