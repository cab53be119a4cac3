/**
 * The customer-service performance export (客服绩效): agents' sales, summary rows at the bottom skipped.
 * Expected figures are the fixture's (test/fixtures/imports/service-agents-2026-11.utf8-bom.csv), summed
 * by hand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { D } from "../../../src/core/money";
import { importAgentSales } from "../../../src/workbook/imports/fromFile";
import { importServiceAgents } from "../../../src/workbook/imports/serviceAgents";
import { readFileContent } from "../../../src/xlsx/readGrid";

test("the fixture: four agents, six summary rows skipped, '-' as 0, a formula-like nickname kept as text", async () => {
  const file = "service-agents-2026-11.utf8-bom.csv";
  const content = await readFileContent(readFileSync(join(__dirname, "../../fixtures/imports", file)), file);
  if (!content.ok) throw new Error(JSON.stringify(content.problems));
  const r = importAgentSales(content.value, "2026-11");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(r.value.agents.map((a) => [a.agent, a.sales.toFixed(2), a.inquiries, a.paidBuyers])).toEqual([
    ["小店:阿玲", "38420.50", 1204, 312],
    ["小店:小周", "29876.00", 986, 240],
    ["=1+2", "15003.25", 530, 133],
    ["小店:美美", "0.00", 0, 0],
  ]);
  // 38,420.50 + 29,876.00 + 15,003.25 + 0 = 83,299.75
  expect(r.value.totalSales.toFixed(2)).toBe("83299.75");
  expect(r.value.agents[0]!.conversion!.eq(new D(312).div(1204))).toBe(true);
  expect(r.value.agents[3]!.conversion).toBeNull();
  expect(r.notes).toEqual([{ code: "import.summarySkipped", params: { count: "6" }, where: "" }]);
});

const HEADER = ["旺旺昵称", "询单人数", "询单最终付款人数", "询单最终付款金额（元）"];

test("full-width parentheses in the header match; a row without a nickname and a repeated agent are problems", () => {
  const r = importServiceAgents([HEADER, ["a", "1", "1", "10.00"], ["", "2", "1", "5.00"], ["a", "1", "1", "3.00"], ["b", "x", "1", "3.00"]]);
  expect(!r.ok && r.problems.map((p) => [p.code, p.params.row])).toEqual([
    ["import.missingAgent", "3"],
    ["import.duplicateAgent", "4"],
    ["import.notCount", "5"],
  ]);
});

test("with a 日期 column the rows are per agent and day: summed over the month, other months skipped", () => {
  const r = importServiceAgents(
    [
      ["日期", ...HEADER],
      ["2026-11-01", "a", "1", "1", "10.00"],
      ["2026-11-02", "a", "2", "1", "5.50"],
      ["2026-10-31", "a", "2", "1", "99.00"],
      ["2026-11-02", "b", "2", "2", "1,000.00"],
    ],
    { month: "2026-11" },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  // a: 10.00 + 5.50; b: 1,000.00
  expect(r.value.agents.map((a) => [a.agent, a.sales.toFixed(2), a.inquiries, a.rows])).toEqual([
    ["a", "15.50", 3, 2],
    ["b", "1000.00", 2, 1],
  ]);
  expect(r.value.totalSales.toFixed(2)).toBe("1015.50");
});

test("JSON is not a service export", () => {
  expect(importAgentSales({ format: "json", value: {} })).toMatchObject({ ok: false, problems: [{ code: "import.agentsNotJson" }] });
});
