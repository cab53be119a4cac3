import { catalogue } from "../data/catalogue";
import { D } from "./money";
import type { Role } from "./types";

/** The built-in catalogue as engine roles (the source document's five roles). */
export function catalogueRoles(): Role[] {
  return catalogue.map((seed) => ({
    id: seed.id,
    nameZh: seed.name.zh,
    nameEn: seed.name.en,
    headcount: seed.headcount,
    baseMin: seed.baseMin === null ? null : new D(seed.baseMin),
    baseMax: seed.baseMax === null ? null : new D(seed.baseMax),
    share: seed.share === null ? null : new D(seed.share),
    shareBasis: seed.shareBasis,
    roomAndBoard: seed.roomAndBoard,
    insured: seed.insured,
  }));
}

/** Folds case and full-width forms, so "ＭＡＮＡＧＥＲ", "Manager" and "manager" are one key. */
export function roleKey(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * The key under which two ids are one: case folded, as Excel's MATCH and COUNTIF fold it (so E01 and
 * e01 would fetch each other's pay), and full/half width folded too (Ｅ01 and E01 look alike to a
 * reader, and a role is found ignoring width). Spaces are kept: "E 01" and "E01" differ everywhere.
 */
export function idKey(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase();
}

/** Finds a role by id, Chinese name or English name, ignoring case and width. */
export function findRole<R extends Pick<Role, "id" | "nameZh" | "nameEn">>(roles: readonly R[], key: string): R | undefined {
  const k = roleKey(key);
  return (
    roles.find((r) => roleKey(r.id) === k) ??
    roles.find((r) => roleKey(r.nameZh) === k || roleKey(r.nameEn) === k)
  );
}

/** A fixed base (min = max) is the default base of the role's staff. */
export function fixedBase(role: Role) {
  return role.baseMin !== null && role.baseMax !== null && role.baseMin.equals(role.baseMax) ? role.baseMin : null;
}
