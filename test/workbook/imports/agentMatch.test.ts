/** Which person of Staff each agent of the customer-service export is. */
import { D } from "../../../src/core/money";
import type { Staff } from "../../../src/core/types";
import { matchAgents, subAccount } from "../../../src/workbook/imports/agentMatch";
import type { AgentFigures } from "../../../src/workbook/imports/serviceAgents";

const agent = (name: string): AgentFigures => ({ agent: name, sales: new D(1), inquiries: null, paidBuyers: null, conversion: null, rows: 1 });
const staff = (id: string, name: string, nickname?: string): Staff =>
  ({ id, name, role: "service", base: null, contributionBase: null, specialAdditionalDeduction: new D(0), startDate: null, endDate: null, sameAs: null, opening: null, ...(nickname ? { nickname } : {}) }) as Staff;

test("a sub-account's own name is after the (half- or full-width) colon", () => {
  expect(subAccount("五人小店:阿敏")).toBe("阿敏");
  expect(subAccount("五人小店：阿敏 ")).toBe("阿敏");
  expect(subAccount("阿敏")).toBe("阿敏");
});

test("nickname first (whole account, then its sub-name), then name or id; case and width ignored", () => {
  const team = [staff("S04", "赵敏", "五人小店:阿敏"), staff("S05", "钱磊"), staff("S06", "孙丽", "小丽"), staff("K7", "Kim")];
  const { matches, warnings } = matchAgents([agent("五人小店：阿敏"), agent("五人小店:钱磊"), agent("店:小丽"), agent("店:ＫＩＭ"), agent("店:k7")], team);
  expect(matches.map((m) => m.staff?.id ?? null)).toEqual(["S04", "S05", "S06", "K7", "K7"]);
  expect(warnings).toEqual([]);
});

test("nobody, or two people, is said — never guessed", () => {
  const team = [staff("S01", "小王"), staff("S02", "小王")];
  const { matches, warnings } = matchAgents([agent("店:小王"), agent("店:小李")], team);
  expect(matches.map((m) => m.staff)).toEqual([null, null]);
  expect(warnings.map((w) => [w.code, w.params.agent])).toEqual([
    ["import.agentAmbiguous", "店:小王"],
    ["import.agentUnmatched", "店:小李"],
  ]);
});
