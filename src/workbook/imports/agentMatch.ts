import type { Staff, Warning } from "../../core/types";
import type { AgentFigures } from "./serviceAgents";

/**
 * Who each agent of the customer-service export is on the Staff list. The export names an agent by the
 * Wangwang (旺旺) account, a sub-account written "店铺名:小王" (the shop's main account, a colon, the
 * sub-account's own name). In order, the first that finds exactly one person decides:
 *   1. Staff's 旺旺昵称 (nickname) is the whole account;
 *   2. Staff's 旺旺昵称 is the part after the colon;
 *   3. the person's name, or id, is the whole account or the part after the colon.
 * Compared ignoring case, surrounding spaces and full/half width (a full-width colon "：" is a colon).
 * Two people found at one step is said, not guessed; nobody found is said too.
 */
export interface AgentMatch {
  agent: AgentFigures;
  staff: Pick<Staff, "id" | "name"> | null;
}

const key = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/** The sub-account's own name: after the last colon; the whole account without one. */
export function subAccount(agent: string): string {
  const k = key(agent);
  const colon = k.lastIndexOf(":");
  return colon < 0 ? k : k.slice(colon + 1).trim();
}

export function matchAgents(agents: readonly AgentFigures[], staff: readonly Staff[]): { matches: AgentMatch[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const matches = agents.map((agent): AgentMatch => {
    const whole = key(agent.agent);
    const sub = subAccount(agent.agent);
    const nick = (s: Staff) => (s.nickname == null ? null : key(s.nickname));
    const steps: ((s: Staff) => boolean)[] = [
      (s) => nick(s) === whole,
      (s) => nick(s) === sub,
      (s) => [key(s.name), key(s.id)].some((k) => k === whole || k === sub),
    ];
    for (const step of steps) {
      const found = staff.filter(step);
      if (found.length === 1) return { agent, staff: { id: found[0]!.id, name: found[0]!.name } };
      if (found.length > 1) {
        warnings.push({ code: "import.agentAmbiguous", params: { agent: agent.agent, ids: found.map((s) => s.id).join(", ") }, where: "" });
        return { agent, staff: null };
      }
    }
    warnings.push({ code: "import.agentUnmatched", params: { agent: agent.agent }, where: "" });
    return { agent, staff: null };
  });
  return { matches, warnings };
}
