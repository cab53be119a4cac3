/**
 * `shopsheet import service`: the customer-service export (test/fixtures/imports), summary rows skipped,
 * each agent matched to Staff; figures summed by hand from the fixture.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, cli, tempFile } from "./run";

const FIXTURES = join(ROOT, "test/fixtures/imports");
const CONFIG = {
  staff: [
    // 阿玲 by her 旺旺昵称; 小周 by name (the part after the colon); 美美 nobody.
    { id: "K1", name: "王玲", role: "service", nickname: "小店:阿玲" },
    { id: "K2", name: "小周", role: "service" },
    { id: "M1", name: "经理", role: "manager" },
  ],
};

describe("shopsheet import service", () => {
  test.each(["service-agents-2026-11.utf8-bom.csv", "service-agents-2026-11.libreoffice.xlsx"])("%s: per agent, matched to Staff, summary rows skipped", async (file) => {
    const config = tempFile("config.json", CONFIG);
    const r = await cli(["import", "service", join(FIXTURES, file), "--month", "2026-11", "--config", config, "--json"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(r.stdout) as { agents: { agent: string; staff: { id: string } | null; inquiries: number; paidBuyers: number; sales: string }[]; totalSales: string; warnings: { code: string }[] };
    const formula = file.endsWith(".xlsx") ? "3" : "=1+2"; // LibreOffice evaluated the agent "=1+2"
    expect(doc.agents.map((a) => [a.agent, a.staff?.id ?? null, a.inquiries, a.paidBuyers, a.sales])).toEqual([
      ["小店:阿玲", "K1", 1204, 312, "38420.50"],
      ["小店:小周", "K2", 986, 240, "29876.00"],
      [formula, null, 530, 133, "15003.25"],
      ["小店:美美", null, 0, 0, "0.00"],
    ]);
    // 38,420.50 + 29,876.00 + 15,003.25 + 0 = 83,299.75 (the export's own 汇总值 agrees)
    expect(doc.totalSales).toBe("83299.75");
    expect(doc.warnings.map((w) => w.code).sort()).toEqual(["import.agentUnmatched", "import.agentUnmatched", "import.summarySkipped"]);
  });

  test("the table for people, without --config: no Staff column", async () => {
    const r = await cli(["import", "service", join(FIXTURES, "service-agents-2026-11.utf8-bom.csv"), "--month", "2026-11", "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-11 客服询单成交");
    expect(r.stdout).toContain("38,420.50");
    expect(r.stdout).toContain("83,299.75");
    expect(r.stdout).not.toContain("员工");
  });

  test("a bad row is named by its row number and nothing is imported; .xls is refused with what to do", async () => {
    const bad = tempFile("bad.csv", "旺旺昵称,询单人数,询单最终付款金额\n小店:阿玲,12,\"1,2\"\n,3,5.00\n小店:小周,x,8.00\n");
    let r = await cli(["import", "service", bad, "--month", "2026-11"]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toContain('B4: row 4, "询单人数": "x" is not a whole number');
    expect(r.stderr).toContain('C2: row 2, "询单最终付款金额": "1,2" is not an amount');
    expect(r.stderr).toContain("3:3: row 3 has figures but no \"旺旺昵称\"");
    const xls = join(tempFile("x", "x"), "..", "客服绩效.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    r = await cli(["import", "service", xls, "--month", "2026-11"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Save As → Excel Workbook (.xlsx)");
  });
});
