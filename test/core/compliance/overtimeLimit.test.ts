import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { checkOvertimeLimit } from "../../../src/core/compliance/overtimeLimit";

const d = (x: string | number): Dec => new D(x);
const who = { id: "s1", name: "王五", month: "2026-11" };
const FEN = d("0.01");
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe("overtime limit (劳动法 第四十一条)", () => {
  it("fires above 36 hours a month, not at 36", () => {
    expect(checkOvertimeLimit(d(36), "w", who)).toEqual([]);
    expect(codes(checkOvertimeLimit(d(36).plus(FEN), "w", who))).toEqual(["compliance.overtimeOver36"]);
  });

  it("fires exactly when the hours, in hundredths, pass 36 (property at the threshold, both sides)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 74_400 }), (hundredths) => {
        const hours = d(hundredths).div(100);
        expect(checkOvertimeLimit(hours, "w", who).length > 0).toBe(hundredths > 3600);
      }),
      { numRuns: 500 },
    );
    expect(checkOvertimeLimit(d("36.00"), "w", who)).toEqual([]);
  });
});
