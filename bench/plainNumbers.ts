/**
 * The same payroll and spreading rules with plain JS numbers, as a speed baseline only: binary
 * floats are not fit for money (0.1 + 0.2 !== 0.3), which is why core uses decimal.js. The ratio
 * of the two timings shows what exact money costs.
 */

export const round2 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;

export const TABLE: [number, number, number][] = [
  [36000, 0.03, 0],
  [144000, 0.1, 2520],
  [300000, 0.2, 16920],
  [420000, 0.25, 31920],
  [660000, 0.3, 52920],
  [960000, 0.35, 85920],
  [Infinity, 0.45, 181920],
];

export interface PlainPerson {
  base: number;
  share: number;
}

/**
 * Which rules the baseline computes. "net" is the baseline as issue 15 first measured it: gross, the
 * employee's insurance, the cumulative tax and net pay. "line" adds what the engine's pay line computes
 * besides (added 2026-12-07, issue 15): the employer's insurance and housing fund and the employer cost,
 * the earnings and deduction totals, the monthly minimum-wage check with its warning's figures as text,
 * and the month's sum of every money column (25 of them).
 */
export type PlainRules = "net" | "line";

const MINIMUM_WAGE = 2690;
const MONEY_COLUMNS = 25;

/** Twelve months of payroll for `people`, returning the sum of net pay (so nothing is optimised away). */
export function plainPayrollYear(people: PlainPerson[], margin: number, rules: PlainRules = "net"): number {
  let total = 0;
  const cum = people.map(() => ({ gross: 0, ins: 0, withheld: 0 }));
  const warnings: { pay: string; minimum: string }[] = [];
  const columns = new Float64Array(MONEY_COLUMNS);
  for (let m = 1; m <= 12; m++) {
    const pool = round2(Math.max(0, margin) * 0.4);
    columns.fill(0);
    people.forEach((p, i) => {
      const c = cum[i]!;
      const paidBase = round2(p.base * Math.min(1, 21.75 / 21.75));
      const commission = round2(pool * p.share);
      const gross = paidBase + commission;
      const cb = Math.min(22311, Math.max(4462, p.base));
      const pension = round2(cb * 0.08);
      const medical = round2(cb * 0.02);
      const unemployment = round2(cb * 0.005);
      const si = pension + medical + unemployment;
      const hb = Math.min(38390, Math.max(2490, p.base));
      const hf = round2(hb * 0.05);
      c.gross += gross;
      c.ins += si + hf;
      const taxable = c.gross - 5000 * m - c.ins;
      const [, rate, qd] = TABLE.find(([upTo]) => taxable <= upTo)!;
      const tax = round2(Math.max(0, taxable * rate - qd));
      const iit = Math.max(0, tax - c.withheld);
      c.withheld += iit;
      const net = gross - si - hf - iit;
      total += net;
      if (rules === "net") return;
      const employerSi = round2(cb * 0.16) + round2(cb * 0.095) + round2(cb * 0.005) + round2(cb * 0.002);
      const employerHf = round2(hb * 0.05);
      const line = [paidBase, commission, 0, 0, 0, 0, 0, gross, gross, pension, medical, unemployment, si, hf, 0, taxable, tax, iit, 0, 0, si + hf + iit, net, employerSi, employerHf, gross + employerSi + employerHf];
      for (let k = 0; k < MONEY_COLUMNS; k++) columns[k]! += line[k]!;
      if (gross < MINIMUM_WAGE) warnings.push({ pay: gross.toFixed(2), minimum: MINIMUM_WAGE.toFixed(2) });
    });
  }
  return total + columns[0]! + warnings.length;
}

/** Spreads `target` over `days` weights by largest remainder, in fen, with numbers. */
export function plainSpread(target: number, weights: number[]): number[] {
  const fen = Math.round(target * 100);
  const sumW = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (fen * w) / sumW);
  const floors = exact.map(Math.floor);
  let left = fen - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    floors[i]! += 1;
  }
  return floors.map((f) => f / 100);
}
