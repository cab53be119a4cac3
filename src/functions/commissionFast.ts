import { defaultEngineSettings } from "../core/defaults";
import { FEN_LIMIT, roundPow10, scaledRate } from "../core/money";
import { SHARE_DECIMALS, shareFitsSheet } from "../core/pool";
import { roleKey } from "../core/roles";
import { fenOfNumber, isBlank } from "./cells";
import { readRate } from "./params";
import { CATALOGUE_ROLES, cachedRoles, type PoolRole } from "./ranges";

/**
 * SHOP.COMMISSION for the calls Excel makes over and over — a margin that is a whole number of fen,
 * a role by name, the catalogue or a Roles table already read, the default or an already seen rate —
 * in whole fen, without decimal.js, the role found in a map rather than by normalising every role
 * (issue 15: within 10× of plain numbers). It returns what the cell gets, or undefined for anything
 * else, which the runner then reads and computes in decimal.js with every message. Both compute
 *   commission = ⌊ROUND(MAX(0, margin) × rate, 2) × share ÷ split⌋ to the fen   (core/pool.ts)
 * and test/functions/fastPath.test.ts checks that they agree on random arguments.
 */

const DEFAULT_RATE = scaledRate(defaultEngineSettings().poolRate);

type Scaled = { units: number; decimals: number };

/** Rates as numbers, read by the reference reader once each (readRate: 15 digits, 0 to 100%). */
const rates = new Map<number, Scaled | null>();

function rateOfNumber(v: number): Scaled | null {
  let known = rates.get(v);
  if (known === undefined) {
    try {
      known = scaledRate(readRate(v));
    } catch {
      known = null; // a problem: the runner reports it
    }
    if (rates.size >= 256) rates.clear();
    rates.set(v, known);
  }
  return known;
}

/** Per list of roles: each role by its normalised id, else its names, as findRole (core/roles.ts) finds it. */
const roleMaps = new WeakMap<readonly PoolRole[], Map<string, PoolRole>>();

function roleMap(roles: readonly PoolRole[]): Map<string, PoolRole> {
  let map = roleMaps.get(roles);
  if (map === undefined) {
    map = new Map();
    // findRole looks for an id first, then a name; the first role in order wins each.
    for (const r of roles) if (!map.has(roleKey(r.id))) map.set(roleKey(r.id), r);
    for (const r of roles) for (const name of [r.nameZh, r.nameEn]) if (!map.has(roleKey(name))) map.set(roleKey(name), r);
    roleMaps.set(roles, map);
  }
  return map;
}

/** roleKey of what the user typed, remembered: the same few role names come in every call. */
const keys = new Map<string, string>();

function keyOf(typed: string): string {
  let k = keys.get(typed);
  if (k === undefined) {
    k = roleKey(typed);
    if (keys.size >= 1024) keys.clear();
    keys.set(typed, k);
  }
  return k;
}

/** Shares as whole numbers of 10^-SHARE_DECIMALS, per role (a Decimal never changes). */
const shares = new WeakMap<PoolRole, number | null>();

function shareUnits(role: PoolRole): number | null {
  let units = shares.get(role);
  if (units === undefined) {
    units = role.share === null || !shareFitsSheet(role.share) ? null : role.share.times(10 ** SHARE_DECIMALS).toNumber();
    shares.set(role, units);
  }
  return units;
}

/** ⌊a ÷ b⌋ for safe integers a ≥ 0 and b > 0, exactly: a floating quotient just below a whole number can round up to it. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

export function commissionFast(margin: unknown, role: unknown, roles: unknown, rate: unknown, holders: unknown): number | undefined {
  if (typeof margin !== "number" || typeof role !== "string") return undefined;
  const marginFen = fenOfNumber(margin);
  if (marginFen === null) return undefined;

  let list: readonly PoolRole[] | undefined;
  if (roles === null || roles === undefined) list = CATALOGUE_ROLES;
  else list = cachedRoles(roles);
  let scaled: Scaled | null;
  if (rate === null || rate === undefined) scaled = DEFAULT_RATE;
  else if (typeof rate === "number") scaled = rateOfNumber(rate);
  else return undefined;
  let split: number | null = null;
  if (typeof holders === "number" && Number.isInteger(holders) && holders >= 1 && holders <= 10000) split = holders;
  else if (holders !== null && holders !== undefined) return undefined;
  if (list === undefined || scaled === null || isBlank(role)) return undefined;

  const found = roleMap(list).get(keyOf(role));
  if (found === undefined) return undefined;
  const units = shareUnits(found);
  if (units === null) return undefined;

  // pool = ROUND(MAX(0, margin) × rate, 2), in fen
  const product = Math.max(0, marginFen) * scaled.units;
  if (!Number.isSafeInteger(product) || product > FEN_LIMIT) return undefined;
  const pool = roundPow10(product, scaled.decimals);
  // commission = ⌊pool × share ÷ split⌋, in fen; a splitRole share is split across the holders
  const n = split ?? (found.holders !== null && found.holders > 0 ? found.holders : Math.max(1, found.headcount));
  const divisor = 10 ** SHARE_DECIMALS * (found.shareBasis === "perPerson" ? 1 : n);
  const numerator = pool * units;
  if (!Number.isSafeInteger(numerator)) return undefined;
  // fen ÷ 100 is the double nearest the amount, as Number() of its decimal text is (cellNumber).
  return floorDiv(numerator, divisor) / 100;
}
