/**
 * A sheet's identity. Excel's rules for a tab name: 1–31 characters, none of : \ / ? * [ ], no
 * apostrophe first or last, and not "History" (reserved) — Excel specifications and limits
 * (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
 * and "Rename a worksheet" (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
import fc from "fast-check";
import { sheetKeyFromName, sheetKeyName, validSheetKey, validSheetName } from "../../src/workbook/sheetIdentity";

describe("tab names", () => {
  test("accepts any name Excel accepts, Chinese included, up to 31 characters", () => {
    expect(["设置", "工资表 2026-11", "O'Brien 角色", "a".repeat(31), "History x", "Roles (old)"].every(validSheetName)).toBe(true);
  });
  test("refuses what Excel refuses", () => {
    const refused = ["", "a".repeat(32), "a:b", "a\\b", "a/b", "a?b", "a*b", "[x]", "'a", "a'", "History", "history", "a\u0001b"];
    expect(refused.filter(validSheetName)).toEqual([]);
  });
});

describe("sheet keys and the defined names that record them", () => {
  test("a key and its name, both ways", () => {
    expect(sheetKeyName("payroll:2026-11")).toBe("ShopSheet.payroll.2026_11");
    expect(sheetKeyName("settings")).toBe("ShopSheet.settings");
    expect(sheetKeyFromName("ShopSheet.payroll.2026_11")).toBe("payroll:2026-11");
    expect(sheetKeyFromName("ShopSheet.role.manager")).toBe("role:manager");
  });
  test("a key that is not one is refused; a name that is not ours reads as none", () => {
    expect(["Settings", "payroll:", "pay roll", "payroll.2026", "2026", ""].filter(validSheetKey)).toEqual([]);
    expect(() => sheetKeyName("Payroll:2026")).toThrow(/invalid sheet key/);
    expect(sheetKeyFromName("PoolRate")).toBeNull();
    expect(sheetKeyFromName("ShopSheet.")).toBeNull();
    expect(sheetKeyFromName("ShopSheetLayout.v2")).toBeNull();
  });
  test("every valid key comes back from its name", () => {
    const part = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    fc.assert(fc.property(part, fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 3 }), (head, rest) => {
      const key = [head, ...rest].join(":");
      return sheetKeyFromName(sheetKeyName(key)) === key;
    }));
  });
});
