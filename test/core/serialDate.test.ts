import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../src/core/serialDate";

describe("Excel serial dates", () => {
  it("are the serials Excel shows for known dates (1900 system, with its phantom 29 February)", () => {
    // 2008-01-01 is 39448: Microsoft's DATE function page, https://support.microsoft.com/zh-cn/sharepoint/functions-data/date-function
    // ("2008 年 1 月 1 日的序列号是 39448"); serial 1 is 1900-01-01 and 60 the phantom 1900-02-29 in Excel's 1900 system.
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(isoToSerial("2008-01-01")).toBe(39448);
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(isoToSerial("1970-01-01")).toBe(25569);
    expect(serialToIso(2_958_465)).toBe("9999-12-31");
  });

  it("drop a time of day and refuse what is no date", () => {
    expect(serialToIso(45_000.75)).toBe("2023-03-15");
    for (const bad of [0, -1, 0.5, 2_958_466, Number.NaN, Infinity]) expect(serialToIso(bad)).toBeNull();
  });

  it("go there and back for every day from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const iso = serialToIso(serial)!;
        expect(isoToSerial(iso)).toBe(serial);
      }),
    );
  });
});
