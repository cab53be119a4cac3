/**
 * Issue 9 §2 "Amounts have one grammar": what a user may type for an amount, and the bound that keeps
 * the fen exact in Excel. Expected values below are written by hand from the grammar, not taken from
 * the code's output.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { parseAmount } from "../../../src/core/money";
import { parseConfig } from "../../../src/core/config";
import type { Warning } from "../../../src/core/types";

const codeOf = (raw: unknown): string | null => {
  const r = parseConfig({ staff: [{ role: "manager", base: raw }] });
  return r.ok ? null : (r.errors as Warning[]).map((e) => `${e.where} ${e.code}`).join("; ");
};

describe("parseAmount: one grammar", () => {
  test.each([
    ["12,345.50", "12345.5"],
    ["1,234", "1234"],
    ["1234567", "1234567"],
    ["¥1,234", "1234"],
    ["￥8000", "8000"],
    ["-¥5", "-5"],
    ["¥-5", "-5"],
    ["+5", "5"],
    [" 8000 ", "8000"],
    ["¥ 8,000.00", "8000"],
    ["８，０００．５０", "8000.5"], // full-width, as a Chinese input method types it
    ["￥１２３", "123"],
    [".5", "0.5"],
    ["0.08", "0.08"],
    ["1.5e3", "1500"], // JSON's own notation
  ])("accepts %j as %s", (typed, value) => {
    expect(parseAmount(typed)?.toString()).toBe(value);
  });

  test.each(["12,34.5", "1,2,3", ",,,5", "8000,", "8000.", "0,123", "1,0000", "12,345,67", "1 000", "8000元", "-¥-5", "--5", "¥¥5", "5-", "abc", "", " ", "NaN", "Infinity", "0x10", "1e", "1,234e3", "１２,34"])(
    "refuses %j",
    (typed) => {
      expect(parseAmount(typed)).toBeNull();
    },
  );

  test("a number is taken as the double it is; non-finite numbers are not amounts", () => {
    expect(parseAmount(8000.5)?.toString()).toBe("8000.5");
    expect(parseAmount(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseAmount(Number.NaN)).toBeNull();
  });

  test("property: every correctly grouped amount parses to its value, with or without ¥, sign and full width", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }), fc.boolean(), fc.constantFrom("", "¥", "￥"), fc.constantFrom("", "-", "+"), fc.boolean(), (int, fen, grouped, currency, sign, wide) => {
        const digits = grouped ? int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int.toString();
        let typed = `${sign}${currency}${digits}.${String(fen).padStart(2, "0")}`;
        if (wide) typed = typed.replace(/[0-9,.+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const expected = new Decimal(`${int}.${String(fen).padStart(2, "0")}`).times(sign === "-" ? -1 : 1);
        expect(parseAmount(typed)?.equals(expected)).toBe(true);
      }),
    );
  });

  test("property: a comma anywhere but between groups of three is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.nat(), (n, at) => {
        const plain = String(n);
        const i = 1 + (at % (plain.length - 1)); // a comma inside the digits
        const typed = `${plain.slice(0, i)},${plain.slice(i)}`;
        // One comma is right only as the single thousands separator: 1–3 digits, comma, 3 digits.
        const correct = plain.length - i === 3 && i <= 3;
        expect(parseAmount(typed) === null).toBe(!correct);
      }),
    );
  });
});

describe("amount bounds in the config", () => {
  test("up to 100,000,000 yuan (一亿) is taken; above is refused with the limit, not rounded", () => {
    expect(codeOf("100,000,000")).toBeNull();
    expect(codeOf("-1")).toBe("staff[0].base value.negative");
    expect(codeOf("100000000.01")).toBe("staff[0].base value.tooLarge");
    // A 41-digit base (issue 9) and a JSON number too large for a double.
    expect(codeOf("12345678901234567890123456789012345678901")).toBe("staff[0].base value.tooLarge");
    expect(codeOf("1e309")).toBe("staff[0].base value.tooLarge");
  });

  test("text with more than 15 significant digits is refused (Excel would store another number)", () => {
    expect(codeOf("1234.56789012345")).toBeNull(); // 15 digits
    expect(codeOf("1234.567890123456")).toBe("staff[0].base value.tooPrecise"); // 16
  });

  test("the message names the limit in both languages", () => {
    const r = parseConfig({ months: [{ month: "2026-11", salesTarget: "1,000,000,000" }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const { formatMessage } = jest.requireActual("../../../src/data/messages") as typeof import("../../../src/data/messages");
    expect(formatMessage(r.errors[0]!.code, r.errors[0]!.params, "en-US")).toContain("100,000,000 yuan");
    expect(formatMessage(r.errors[0]!.code, r.errors[0]!.params, "zh-CN")).toContain("100,000,000 元");
  });

  test("a target the sheet cannot split exactly (target in fen × largest day weight in 10⁻⁴ units ≥ 2⁵³) is refused", () => {
    // Weekday weight 100, no events: 1,000,000 units a day. 2⁵³ = 9,007,199,254,740,992, so the target
    // may hold at most 9,007,199,254 fen: 90,000,000 yuan passes, 91,000,000 does not.
    const settings = { targets: { weekdayWeights: ["100", "1", "1", "1", "1", "1", "1"], events: [] } };
    expect(parseConfig({ settings, months: [{ month: "2026-11", salesTarget: "90000000" }] }).ok).toBe(true);
    const r = parseConfig({ settings, months: [{ month: "2026-11", salesTarget: "91000000" }] });
    expect(r.ok ? [] : r.errors.map((e) => `${e.where} ${e.code} ${e.params.max}`)).toEqual(["months[0].salesTarget config.spreadTooLarge 90071992"]);
    // The default weights (largest day 1.2 × 3 on 11-11) never reach it below the 1亿 bound.
    expect(parseConfig({ months: [{ month: "2026-11", salesTarget: "100000000" }] }).ok).toBe(true);
  });
});
