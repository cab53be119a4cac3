/** Cell values as SpreadsheetML stores them: numbers as xsd:double text, dates as serial days. */

/** A finite number as `<v>` text; -0 is written as 0. (The spec's validator refuses NaN and ±Infinity.) */
export function numberText(n: number): string {
  return n === 0 ? "0" : String(n); // -0 === 0
}
