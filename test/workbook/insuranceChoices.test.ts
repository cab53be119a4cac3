import { insuranceTypeText, insuranceTypeWords, profileText, readInsuranceType, readProfileId, readRounding, roundingText, roundingWords } from "../../src/workbook/insuranceChoices";

describe("the words of a city profile on the sheets", () => {
  it("shows types and roundings in the workbook's language, never a code", () => {
    expect(insuranceTypeText("housingFund", "zh-CN")).toBe("住房公积金");
    expect(insuranceTypeText("injury", "en-US")).toBe("Work injury");
    expect(roundingText("jiaoUp", "zh-CN")).toBe("见分进角");
    expect(roundingText("yuan", "zh-CN")).toBe("到元");
  });

  it("reads any language's word or the code back to the code, whatever the case and spaces; anything else as typed", () => {
    expect(readInsuranceType(" 养老 ")).toBe("pension");
    expect(readInsuranceType("work INJURY")).toBe("injury");
    expect(readInsuranceType("maternity")).toBe("maternity");
    expect(readInsuranceType("养老金")).toBe("养老金");
    expect(readRounding("见分进角")).toBe("jiaoUp");
    expect(readRounding("Jiao (up)")).toBe("jiaoUp");
    expect(readRounding("jiaoUp")).toBe("jiaoUp");
    expect(readRounding("四舍五入")).toBe("四舍五入");
    expect(readRounding(2)).toBe(2);
  });

  it("lists the words for MATCH with the workbook's language first, each code's place the same modulo the count", () => {
    const types = insuranceTypeWords("zh-CN");
    expect(types.slice(0, 6)).toEqual(["养老", "医疗", "失业", "工伤", "生育", "住房公积金"]);
    expect(types.length % 6).toBe(0);
    expect(types.indexOf("Housing fund") % 6).toBe(5);
    expect(types.indexOf("housingFund") % 6).toBe(5);
    const roundings = roundingWords("en-US");
    expect(roundings.indexOf("见分进角") % 4).toBe(2);
  });

  it("names a shipped example by its name in the language and reads either name (or its id) back to the id", () => {
    expect(profileText("shanghai", "zh-CN")).toBe("上海（示例，请核对本市标准）");
    expect(profileText("shanghai", "en-US")).toBe("Shanghai (example — check your city)");
    expect(profileText("苏州", "zh-CN")).toBe("苏州");
    expect(readProfileId("上海（示例，请核对本市标准）")).toBe("shanghai");
    expect(readProfileId("BEIJING (example — check your city)")).toBe("beijing");
    expect(readProfileId(" 苏州 ")).toBe("苏州");
  });
});
