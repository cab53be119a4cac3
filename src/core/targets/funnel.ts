import { D, type Dec } from "../money";
import { ceilDiv } from "./exact";

/**
 * The sales funnel, 销售额 = 访客数 × 转化率 × 客单价, read backwards: the orders and visitors a day's target
 * needs. Both are whole numbers rounded up, since 2.1 orders means a third order must happen.
 */

/** ⌈target ÷ AOV⌉, or null without a usable (positive) average order value. */
export function ordersFor(target: Dec, aov: Dec | null): number | null {
  if (aov === null || !isPositive(aov)) return null;
  return ceilDiv(target, aov).toNumber();
}

/** ⌈orders ÷ conversion rate⌉, or null without orders or a usable (positive) conversion rate. */
export function visitorsFor(orders: number | null, cvr: Dec | null): number | null {
  if (orders === null || cvr === null || !isPositive(cvr)) return null;
  return ceilDiv(new D(orders), cvr).toNumber();
}

export function isPositive(x: Dec): boolean {
  return x.isFinite() && x.greaterThan(0);
}
