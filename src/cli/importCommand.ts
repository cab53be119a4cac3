import { month as monthField } from "../core/config/leaves";
import { money, type Dec } from "../core/money";
import type { Config, Warning } from "../core/types";
import { formatMessage } from "../data/messages";
import type { Lang } from "../data/lang";
import { matchAgents, type AgentMatch } from "../workbook/imports/agentMatch";
import { langOption, optionValue, parseCommandLine, required } from "./args";
import { readAgentSales } from "./actualsFile";
import { loadConfig } from "./config";
import { json, moneyCell, numberCell, tableOf, warningsBlock } from "./format";
import { commandHelp } from "./help";
import type { Io } from "./io";
import { collector, fail, warningJson } from "./problems";

/** What `shopsheet import service` accepts; its help (help.ts) explains each of these. */
export const importServiceOptions = {
  month: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

/**
 * `shopsheet import service FILE --month M [--config F]`: each customer-service agent's month from the
 * 客服绩效 export — inquiries, paying buyers, their sales — matched to the Staff list (by 旺旺昵称, id
 * or name). Printed, not written anywhere: what the shop's rules make of an agent's sales (a reward) is
 * the user's to type as the month's reward, and the source's pay rules give customer service a share of
 * the pool, not of their own sales (README: "Customer-service sales").
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const [first, ...rest] = args;
  const kind = first === "--help" && rest[0] !== undefined && !rest[0].startsWith("-") ? rest[0] : first;
  const others = first === "--help" && kind !== first ? ["--help", ...rest.slice(1)] : rest;
  if (kind === "service") return importService(others, io);
  if (kind === undefined || kind === "--help" || kind === "-h") {
    (kind === undefined ? io.stderr : io.stdout)(`${formatMessage("cli.usage.import", {}, io.lang)}\n`);
    return kind === undefined ? 2 : 0;
  }
  return fail("cli.import.kind", "", { kind });
}

async function importService(args: string[], io: Io): Promise<number> {
  const { values: o, positionals } = parseCommandLine(args, importServiceOptions, 1);
  if (o.help) {
    io.stdout(commandHelp("importService", importServiceOptions, io.lang));
    return 0;
  }
  const checks = collector();
  checks.attempt(() => langOption(o.lang));
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const file = positionals[0] ?? checks.attempt(() => fail("cli.import.missingFile", ""));
  const loaded = o.config === undefined ? undefined : checks.attempt(() => loadConfig(o.config, month, io.cwd));
  let read: Awaited<ReturnType<typeof readAgentSales>> | undefined;
  if (file !== undefined) {
    try {
      read = await readAgentSales(file, month, io.cwd);
    } catch (e) {
      checks.attempt(() => {
        throw e;
      });
    }
  }
  checks.done();
  if (month === undefined || read === undefined) return 2;

  const config: Config | undefined = loaded?.config;
  const matched = config === undefined ? read.value.agents.map((agent) => ({ agent, staff: null })) : matchAgents(read.value.agents, config.staff).matches;
  const warnings: Warning[] = [...read.notes, ...(config === undefined ? [] : matchAgents(read.value.agents, config.staff).warnings)];
  if (o.json) io.stdout(json(agentsJson(month, matched, read.value.totalSales, warnings, io.lang)));
  else io.stdout(`${agentsText(month, matched, read.value.totalSales, config !== undefined, io.lang)}\n${warningsBlock(warnings, io.lang)}`);
  return 0;
}

const ratio = (x: Dec | null) => (x === null ? null : x.toDecimalPlaces(6, 4).toFixed(6));
const percent = (x: Dec | null) => (x === null ? "" : `${x.times(100).toDecimalPlaces(2, 4).toFixed(2)}%`);

function agentsJson(month: string, rows: readonly AgentMatch[], total: Dec, warnings: Warning[], lang: Lang) {
  return {
    month,
    agents: rows.map(({ agent: a, staff }) => ({
      agent: a.agent,
      staff: staff === null ? null : { id: staff.id, name: staff.name },
      inquiries: a.inquiries,
      paidBuyers: a.paidBuyers,
      conversion: ratio(a.conversion),
      sales: money(a.sales),
    })),
    totalSales: money(total),
    warnings: warnings.map((w) => warningJson(w, lang)),
  };
}

function agentsText(month: string, rows: readonly AgentMatch[], total: Dec, matching: boolean, lang: Lang): string {
  const heads = ["cli.import.col.agent", ...(matching ? (["cli.import.col.staff"] as const) : []), "cli.import.col.inquiries", "cli.import.col.paidBuyers", "cli.import.col.conversion", "cli.import.col.sales"] as const;
  const body = rows.map(({ agent: a, staff }) => [
    a.agent,
    ...(matching ? [staff === null ? "—" : `${staff.id} ${staff.name}`] : []),
    numberCell(a.inquiries),
    numberCell(a.paidBuyers),
    numberCell(percent(a.conversion)),
    moneyCell(a.sales),
  ]);
  const totalRow = [formatMessage("label.total", {}, lang), ...(matching ? [""] : []), "", "", "", moneyCell(total)];
  return `${formatMessage("cli.import.serviceTitle", { month }, lang)}\n${tableOf(heads, [...body, totalRow], lang)}`;
}
