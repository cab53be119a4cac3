import { monthOf, type Month } from "../../core/calendar";
import { D, ZERO, type Dec } from "../../core/money";
import type { Warning } from "../../core/types";
import { SERVICE_AGENT_COLUMNS } from "./columns";
import { isBlankRow, TOP_LEFT, type Grid, type GridOrigin, type ImportOutcome } from "./grid";
import { locateHeader } from "./header";
import { RowReader } from "./rowReader";

/** One customer-service agent's month, from the 客服绩效 export. */
export interface AgentFigures {
  /** 旺旺昵称 as the export writes it (a sub-account is often "店铺名:小王"). */
  agent: string;
  /** Σ 询单最终付款金额: the sales the agent's inquiries ended in. */
  sales: Dec;
  /** Σ 询单人数; null when the export has no such column. */
  inquiries: number | null;
  /** Σ 询单最终付款人数; null when the export has no such column. */
  paidBuyers: number | null;
  /** paidBuyers ÷ inquiries (unrounded); null without both or without inquiries. */
  conversion: Dec | null;
  rows: number;
}

export interface ServiceAgentsImport {
  month: Month | null;
  headerRow: number;
  /** In the order the export lists them. */
  agents: AgentFigures[];
  totalSales: Dec;
}

export interface ServiceAgentsOptions {
  /** With a 日期 column, keep only this month's rows; without one, the export is taken to cover the month. */
  month?: Month;
  origin?: GridOrigin;
}

type Row = Omit<AgentFigures, "conversion" | "rows">;

/**
 * Reads the customer-service performance export: one row per agent (or per agent and day, when it has a
 * 日期 column), summary rows at the bottom (汇总值, 平均值, 全店汇总值 …) skipped by their label.
 */
export function importServiceAgents(grid: Grid, options: ServiceAgentsOptions = {}): ImportOutcome<ServiceAgentsImport> {
  const origin = options.origin ?? TOP_LEFT;
  const located = locateHeader(grid, SERVICE_AGENT_COLUMNS, origin);
  if (!located.ok) return located;
  const { place } = located;
  const month = options.month ?? null;
  const dated = place.columns.date !== null;

  const problems: Warning[] = [];
  const rows: Row[] = [];
  const firstRowOfKey = new Map<string, number>();
  let summaries = 0;
  let outside = 0;

  for (let r = place.index + 1; r < grid.length; r++) {
    if (isBlankRow(grid[r])) continue;
    const row = new RowReader(grid, place, origin, r, problems);
    if (row.isSummary()) {
      summaries++;
      continue;
    }
    const date = dated ? row.date("date") : null;
    if (date !== null && month !== null && monthOf(date) !== month) {
      outside++;
      continue;
    }
    const agent = row.text("agent");
    if (agent === "") row.rowProblem("import.missingAgent", { column: SERVICE_AGENT_COLUMNS.agent.aliases[0] });
    const sales = row.money("sales");
    const inquiries = row.count("inquiries");
    const paidBuyers = row.count("paidBuyers");
    if (agent === "" || sales === null || (dated && date === null)) continue;
    const key = `${agent}\u0000${date ?? ""}`;
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      row.rowProblem("import.duplicateAgent", { first: String(first), agent });
      continue;
    }
    firstRowOfKey.set(key, row.rowNumber);
    rows.push({ agent, sales, inquiries, paidBuyers });
  }

  if (problems.length === 0 && rows.length === 0) {
    problems.push(month !== null && outside > 0 ? { code: "import.noRowsInMonth", params: { month }, where: "" } : { code: "import.noRows", params: {}, where: "" });
  }
  if (problems.length > 0) return { ok: false, problems };

  const notes: Warning[] = [];
  if (summaries > 0) notes.push({ code: "import.summarySkipped", params: { count: String(summaries) }, where: "" });
  if (outside > 0 && month !== null) notes.push({ code: "import.outsideMonth", params: { count: String(outside), month }, where: "" });

  const byAgent = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byAgent.get(row.agent);
    if (group) group.push(row);
    else byAgent.set(row.agent, [row]);
  }
  const agents = [...byAgent.entries()].map(([agent, group]) => sumAgent(agent, group));
  return {
    ok: true,
    value: { month, headerRow: origin.row + place.index, agents, totalSales: agents.reduce<Dec>((a, x) => a.plus(x.sales), ZERO) },
    notes,
  };
}

function sumAgent(agent: string, rows: readonly Row[]): AgentFigures {
  const countSum = (k: "inquiries" | "paidBuyers") => (rows.some((r) => r[k] === null) ? null : rows.reduce((a, r) => a + r[k]!, 0));
  const inquiries = countSum("inquiries");
  const paidBuyers = countSum("paidBuyers");
  return {
    agent,
    sales: rows.reduce<Dec>((a, r) => a.plus(r.sales), ZERO),
    inquiries,
    paidBuyers,
    conversion: inquiries !== null && paidBuyers !== null && inquiries > 0 ? new D(paidBuyers).div(inquiries) : null,
    rows: rows.length,
  };
}
