import { z } from "zod";
import { leaves } from "./leaves";

/**
 * The lenient twin of a config schema, for reporting every problem at once. The strict schema says
 * what is wrong; its parse then has no data, and the cross-reference checks (duplicate ids, unknown
 * roles, entries naming nobody …) would never run. The twin never fails: a bad value reads as absent
 * (undefined), a bad list element as a hole, unknown keys are dropped. resolve.ts runs on that, and
 * its findings are reported beside the strict ones (parseConfig drops those the bad values caused).
 *
 * Derived by walking the strict schema, so a field added there is covered here without a second
 * declaration.
 */
export type Lenient<T> = T extends readonly (infer E)[]
  ? (Lenient<E> | undefined)[]
  : T extends { toFixed: unknown } // a Decimal: a value, not a record
    ? T
    : T extends object
      ? { [K in keyof T]?: Lenient<T[K]> }
      : T;

const cache = new WeakMap<z.ZodType, z.ZodType>();

export function lenient<T extends z.ZodType>(schema: T): z.ZodType<Lenient<z.output<T>> | undefined> {
  const hit = cache.get(schema);
  if (hit) return hit as never;
  const made = build(schema);
  cache.set(schema, made);
  return made as never;
}

/** A schema that reads anything it refuses as `fallback(input)`. */
function orElse(schema: z.ZodType, fallback: (input: unknown) => unknown = () => undefined): z.ZodType {
  return (schema as z.ZodType<unknown>).catch((ctx: { input: unknown }) => fallback(ctx.input));
}

function build(schema: z.ZodType): z.ZodType {
  const fallback = leaves.get(schema);
  if (fallback) return orElse(schema, fallback);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      return orElse(z.object(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, lenient(v)]))));
    }
    case "array":
      return orElse(z.array(lenient(def.element as z.ZodType)));
    case "optional":
    case "nullable":
      // null stays null (it means "none"); anything bad inside reads as absent.
      return orElse(z.union([z.null(), lenient(def.innerType as z.ZodType)]));
    default:
      // A union of values (a tax bracket's upTo: null or an amount), a literal …: as it is, or absent.
      return orElse(schema);
  }
}
