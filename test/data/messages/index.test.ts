/**
 * Message codes are a type: the union of the tables' keys. The lines marked @ts-expect-error are
 * checked by `npm run typecheck` (part of `npm test`): should a misspelled code, a code built from a
 * key without a message, or an entry missing a language ever type-check, the directive itself fails.
 */
import { formatMessage, isMessageCode, weekdayCode, type CodeSuffix, type MessageCode, type MessageTable } from "../../../src/data/messages";
import { messages } from "../../../src/data/messages/all";
import { LANGS } from "../../../src/data/lang";

describe("message codes", () => {
  it("are the tables' keys, and a misspelled one does not compile", () => {
    const good: MessageCode = "wb.col.base";
    // @ts-expect-error "baes" is not a column with a message
    const bad: MessageCode = "wb.col.baes";
    expect(isMessageCode(good)).toBe(true);
    expect(isMessageCode(bad)).toBe(false);
  });

  it("built from a key type, compile only when every key has a message", () => {
    type Known = "base" | "penalty";
    const known = (k: Known): MessageCode => `wb.col.${k}`;
    // @ts-expect-error "baes" has no wb.col message
    const unknown = (k: Known | "baes"): MessageCode => `wb.col.${k}`;
    expect(known("base")).toBe("wb.col.base");
    expect(unknown("baes")).toBe("wb.col.baes");
    const suffix: CodeSuffix<"wb.col."> = "penalty";
    expect(isMessageCode(`wb.col.${suffix}`)).toBe(true);
  });

  it("need both languages: an entry with one is not a message table", () => {
    // @ts-expect-error en-US is missing
    const oneLanguage: MessageTable = { "x.y": { "zh-CN": "只有中文" } };
    expect(Object.keys(oneLanguage)).toEqual(["x.y"]);
    for (const [code, texts] of Object.entries(messages as MessageTable)) for (const lang of LANGS) expect([code, typeof texts[lang]]).toEqual([code, "string"]);
  });

  it("fill placeholders from params and leave unknown ones as written", () => {
    expect(formatMessage("wb.payroll.title", { month: "2026-11" }, "zh-CN")).toBe("2026-11 工资表");
    expect(formatMessage("wb.payroll.title", {}, "en-US")).toBe("Payroll {month}");
  });

  it("name the weekdays 1 (Monday) to 7 and refuse anything else", () => {
    expect(formatMessage(weekdayCode(1), {}, "en-US")).toBe("Mon");
    expect(formatMessage(weekdayCode(7), {}, "zh-CN")).toBe("周日");
    expect(() => weekdayCode(0)).toThrow(RangeError);
    expect(() => weekdayCode(8)).toThrow(RangeError);
  });
});

describe("Chinese texts", () => {
  // A Chinese workbook shows a catalogue role's id as its Chinese name (src/workbook/roleIds.ts): a Chinese text
  // names no role by its English code (manager …), as an example or otherwise. The words the user types on the
  // command line are not codes of roles: `shopsheet import service` (the customer-service export).
  const CODES = /(?<![A-Za-z0-9_.\-[])(manager|promoter|designer|service|shipping)(?![A-Za-z0-9_\-\]])/i;
  const COMMAND = /import service|只有 service/g;

  it("name no catalogue role by its English id", () => {
    const found = Object.entries(messages as MessageTable).flatMap(([code, texts]) => (CODES.test(texts["zh-CN"].replace(COMMAND, "")) ? [`${code}: ${texts["zh-CN"]}`] : []));
    expect(found).toEqual([]);
    // The scan can find one: the example SHOP.COMMISSION's message gave before.
    expect(CODES.test("应为岗位编号或名称（如 manager 或 电商部经理）")).toBe(true);
  });
});
