import { defaultEngineSettings } from "../core/defaults";
import { FEN_LIMIT, roundPow10, scaledRate } from "../core/money";
import { SHARE_DECIMALS, shareFitsSheet } from "../core/pool";
import { roleKey } from "../core/roles";
import { otherRoleIdForm } from "../workbook/roleIds";
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
 * and test/functions/commissionFast.test.ts checks that they agree on random arguments.
 */

const DEFAULT_RATE = scaledRate(defaultEngineSettings().poolRate);
/** Read once: the shares' scale, and the bound of whole-fen arithmetic. */
const SHARE_SCALE = 10 ** SHARE_DECIMALS;
const LIMIT = FEN_LIMIT;

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

/** A role as the fast path uses it: its share in whole 10^-SHARE_DECIMALS, null where the full path must speak. */
interface Found {
  role: PoolRole;
  shareUnits: number | null;
}

function found(role: PoolRole): Found {
  const ok = role.share !== null && shareFitsSheet(role.share);
  return { role, shareUnits: ok ? role.share!.times(SHARE_SCALE).toNumber() : null };
}

/**
 * Per list of roles: each role by its normalised id, else its names, as findRole (core/roles.ts) finds
 * it; and what the user typed, remembered once normalised (the same few names come in every call).
 */
interface RoleIndex {
  byKey: Map<string, Found>;
  byTyped: Map<string, Found | null>;
}
const indexes = new WeakMap<readonly PoolRole[], RoleIndex>();
let lastList: readonly PoolRole[] | undefined;
let lastIndex: RoleIndex | undefined;

function roleIndex(roles: readonly PoolRole[]): RoleIndex {
  if (roles === lastList && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(roles);
  if (index === undefined) {
    const byKey = new Map<string, Found>();
    // findRole looks for an id first, then a name; the first role in order wins each.
    for (const r of roles) if (!byKey.has(roleKey(r.id))) byKey.set(roleKey(r.id), found(r));
    for (const r of roles) for (const name of [r.nameZh, r.nameEn]) if (!byKey.has(roleKey(name))) byKey.set(roleKey(name), found(r));
    index = { byKey, byTyped: new Map() };
    indexes.set(roles, index);
  }
  lastList = roles;
  lastIndex = index;
  return index;
}

function findFast(roles: readonly PoolRole[], typed: string): Found | null {
  const index = roleIndex(roles);
  let hit = index.byTyped.get(typed);
  if (hit === undefined) {
    // As shop.ts: a catalogue role also by the form of its id the list does not hold (src/workbook/roleIds.ts).
    const other = otherRoleIdForm(typed);
    hit = index.byKey.get(roleKey(typed)) ?? (other === undefined ? undefined : index.byKey.get(roleKey(other))) ?? null;
    if (index.byTyped.size >= 1024) index.byTyped.clear();
    index.byTyped.set(typed, hit);
  }
  return hit;
}

/** ⌊a ÷ b⌋ for safe integers a ≥ 0 and b > 0, exactly: a floating quotient just below a whole number can round up to it. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

export function commissionFast(raw: readonly unknown[]): number | undefined {
  const [margin, role, roles, rate, holders] = raw;
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

  const hit = findFast(list, role);
  if (hit === null || hit.shareUnits === null) return undefined;
  const { role: found, shareUnits } = hit;

  // pool = ROUND(MAX(0, margin) × rate, 2), in fen
  const product = Math.max(0, marginFen) * scaled.units;
  if (!Number.isSafeInteger(product) || product > LIMIT) return undefined;
  const pool = roundPow10(product, scaled.decimals);
  // commission = ⌊pool × share ÷ split⌋, in fen; a splitRole share is split across the holders
  const n = split ?? (found.holders !== null && found.holders > 0 ? found.holders : Math.max(1, found.headcount));
  const divisor = SHARE_SCALE * (found.shareBasis === "perPerson" ? 1 : n);
  const numerator = pool * shareUnits;
  if (!Number.isSafeInteger(numerator)) return undefined;
  // fen ÷ 100 is the double nearest the amount, as Number() of its decimal text is (cellNumber).
  return floorDiv(numerator, divisor) / 100;
}
