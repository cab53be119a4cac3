import { money, type Dec } from "../core/money";
import { D } from "../core/money";

/** "¥1,234,567.80" from a Decimal or a money string. */
export function yuan(x: Dec | string): string {
  const s = money(typeof x === "string" ? new D(x) : x);
  const neg = s.startsWith("-");
  const [int, frac] = (neg ? s.slice(1) : s).split(".") as [string, string];
  return `${neg ? "-" : ""}¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** A fraction as a percent: "0.4" → "40%", "1.18" → "118%". */
export function percent(fraction: Dec | string): string {
  return `${new D(fraction.toString()).times(100).toDecimalPlaces(2).toString()}%`;
}

/** "1,234" for whole numbers (orders, visitors). */
export function whole(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
