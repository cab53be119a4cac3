/**
 * The Office.js side of the double: office-addin-mock's OfficeMockObject behind a JS Proxy, so a
 * scalar property read before load() + sync() is an error string, as in Office.js; setters and methods
 * queue an operation that runs at the next context.sync() (./excel.ts).
 */
import { OfficeMockObject } from "office-addin-mock";

export interface ProxySpec {
  /** Loadable properties: their value at sync time. */
  scalars?: Record<string, () => unknown>;
  /** Settable properties: the change, queued. */
  setters?: Record<string, (v: any) => void>;
  methods?: Record<string, (...args: any[]) => unknown>;
  /** Child objects, made once per proxy. */
  children?: Record<string, () => unknown>;
}

export interface Queue {
  /** Queue an operation: its arguments (for the request size), bytes of cell data, and what it does. */
  enqueue(args: unknown, data: number, run: () => void): void;
  /** Queue a load answered at sync: returns the bytes it sends back. */
  load(answer: () => number): void;
}

export const jsonBytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x) ?? "", "utf8");

const CELL_DATA = new Set(["values", "formulas", "numberFormat"]);



export function makeProxy(q: Queue, spec: ProxySpec): any {
  const data: Record<string, unknown> = {};
  for (const k of [...Object.keys(spec.scalars ?? {}), ...Object.keys(spec.setters ?? {})]) data[k] = undefined;
  const target = new OfficeMockObject(data as any) as any;
  const children = new Map<string, unknown>();
  /** Methods replaced from outside (jest.spyOn(context, "sync")). */
  const replaced = new Map<string, unknown>();
  return new Proxy(target, {
    get(t, p, r) {
      if (typeof p === "string") {
        if (replaced.has(p)) return replaced.get(p);
        // Office.js fills isNullObject at sync without a load (the *OrNullObject pattern).
        if (p === "isNullObject" && spec.scalars?.isNullObject) return spec.scalars.isNullObject();
        if (spec.methods && p in spec.methods) return spec.methods[p];
        if (spec.children && p in spec.children) {
          if (!children.has(p)) children.set(p, spec.children[p]!());
          return children.get(p);
        }
        if (p === "load") {
          return (arg: unknown) => {
            OfficeMockObject.prototype.load.call(r, arg as any);
            q.load(() => {
              let bytes = 0;
              for (const [k, get] of Object.entries(spec.scalars ?? {})) {
                const sub = t._properties.get(k);
                if (!sub?._loaded) continue;
                const v = get();
                sub._valueBeforeLoaded = v;
                bytes += jsonBytes(v);
              }
              void OfficeMockObject.prototype.sync.call(r);
              return bytes;
            });
            return r;
          };
        }
      }
      return Reflect.get(t, p, r);
    },
    set(t, p, v, r) {
      if (typeof p === "string" && spec.methods && p in spec.methods) {
        replaced.set(p, v);
        return true;
      }
      // office-addin-mock hands a loaded value over (after its own sync) by setting the property to
      // what it already holds: that is not the add-in writing.
      const sub = typeof p === "string" ? t._properties.get(p) : undefined;
      if (typeof p === "string" && spec.setters && p in spec.setters && !(sub && v === sub._value)) {
        q.enqueue({ set: p, v }, CELL_DATA.has(p) ? jsonBytes(v) : 0, () => spec.setters![p]!(v));
      }
      return Reflect.set(t, p, v, r);
    },
  });
}
