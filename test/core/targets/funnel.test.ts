import { ordersFor, visitorsFor } from "../../../src/core/targets";
import { d } from "./helpers";

describe("orders and visitors (销售额 = 访客数 × 转化率 × 客单价)", () => {
  it("rounds orders up, but not an exact quotient", () => {
    expect(ordersFor(d("300.00"), d(100))).toBe(3);
    expect(ordersFor(d("300.01"), d(100))).toBe(4);
    expect(ordersFor(d("33.34"), d(50))).toBe(1);
    expect(ordersFor(d(0), d(50))).toBe(0);
    expect(ordersFor(d("1000"), d("33.3"))).toBe(31); // 30.03…
  });

  it("rounds visitors up from the whole orders, but not an exact quotient", () => {
    expect(visitorsFor(3, d("0.03"))).toBe(100);
    expect(visitorsFor(4, d("0.03"))).toBe(134); // 133.33…
    expect(visitorsFor(4, d("0.025"))).toBe(160);
    expect(visitorsFor(0, d("0.03"))).toBe(0);
  });

  it("leaves them out without a usable AOV or conversion rate", () => {
    expect(ordersFor(d(100), null)).toBeNull();
    expect(ordersFor(d(100), d(0))).toBeNull();
    expect(ordersFor(d(100), d(-5))).toBeNull();
    expect(visitorsFor(null, d("0.03"))).toBeNull();
    expect(visitorsFor(3, null)).toBeNull();
    expect(visitorsFor(3, d(0))).toBeNull();
  });
});
