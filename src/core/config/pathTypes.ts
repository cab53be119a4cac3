/**
 * Types built from dotted paths, so a type can be derived from a registry of fields
 * (`"socialInsurance.employee.pension"` → `{ socialInsurance: { employee: { pension: V } } }`).
 */

/** `Nest<"a.b", V>` is `{ a: { b: V } }`. */
export type Nest<P extends string, V> = P extends `${infer Head}.${infer Tail}` ? { [K in Head]: Nest<Tail, V> } : { [K in P]: V };

/** `A | B` → `A & B`. */
export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * An intersection of nested objects as one object (`{ a: { x } } & { a: { y } }` → `{ a: { x, y } }`),
 * leaving values that are not plain records as they are: `Leaf` (e.g. Decimal), arrays, strings, null.
 */
export type Merged<T, Leaf> = T extends Leaf | readonly unknown[] | string | number | boolean | null | undefined ? T : { [K in keyof T]: Merged<T[K], Leaf> };

/** Reads `path` ("a.b.c") of a nested record; undefined where any step is missing. */
export function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Sets `path` ("a.b.c") of a nested record, making the records on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o[k] === null || typeof o[k] !== "object") o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]!] = value;
}
