/**
 * The build's eager module factories (tools/eagerModuleFactories.js): every factory of a webpack chunk
 * wrapped in parentheses (V8 then compiles it with its script, off the main thread), and nothing else
 * changed — the chunk, run by a small stand-in for webpack's runtime, gives the same exports, with
 * `this` as webpack sets it. Chunks written by hand in the shapes webpack 5.113's minified output has.
 */
import { runInNewContext } from "node:vm";

// A JavaScript file of the build (CommonJS, no types of its own).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wrapModuleFactories } = require("../../tools/eagerModuleFactories") as { wrapModuleFactories(code: string): string };

/** A chunk as webpack 5.113 minifies one: factories as methods (ES modules) and as arrows. */
const CHUNK =
  '"use strict";(self.webpackChunkshopsheet=self.webpackChunkshopsheet||[]).push([[926],{125(e,r,t){t.d(r,{L:()=>n});const n={a:"var(--a)"}},' +
  '7245:(e,r,t)=>{t.d(r,{Y:()=>o});var n=t(125);function o(){return n.L.a+"!"}},' +
  '88(e){e.exports={self:this===e.exports,kind:"cjs"}}}]);';

/** Runs a chunk and requires `id` from it the way webpack's runtime does (factory.call(module.exports, …)). */
function run(code: string, id: number): unknown {
  const chunks: [number[], Record<number, (m: { exports: unknown }, e: unknown, r: unknown) => void>][] = [];
  runInNewContext(code, { self: { webpackChunkshopsheet: chunks } });
  const factories = Object.assign({}, ...chunks.map((c) => c[1])) as Record<number, (m: { exports: unknown }, e: unknown, r: unknown) => void>;
  const cache: Record<number, { exports: Record<string, unknown> }> = {};
  const require = (n: number): Record<string, unknown> => {
    if (cache[n]) return cache[n].exports;
    const module = (cache[n] = { exports: {} as Record<string, unknown> });
    factories[n]!.call(module.exports, module, module.exports, require);
    return module.exports;
  };
  require.d = (exports: Record<string, unknown>, getters: Record<string, () => unknown>) => {
    for (const k of Object.keys(getters)) Object.defineProperty(exports, k, { enumerable: true, get: getters[k] });
  };
  return require(id);
}

it("wraps each factory, method or arrow, in parentheses", () => {
  const out = wrapModuleFactories(CHUNK);
  expect(out).toContain('{125:(function(e,r,t){t.d(r,{L:()=>n});const n={a:"var(--a)"}}),');
  expect(out).toContain('7245:((e,r,t)=>{t.d(r,{Y:()=>o});var n=t(125);function o(){return n.L.a+"!"}}),');
  expect(out).toContain('88:(function(e){e.exports={self:this===e.exports,kind:"cjs"}})}]);');
  // Nothing else added: ":(function" and ")" for each of the two methods, "(" and ")" for the arrow.
  expect(out.length - CHUNK.length).toBe(2 * ":(function)".length + "()".length);
});

it("leaves what the chunk does as it was: the same exports, `this` being module.exports", () => {
  const wrapped = wrapModuleFactories(CHUNK);
  expect((run(wrapped, 7245) as { Y(): string }).Y()).toBe("var(--a)!");
  expect(run(wrapped, 88)).toEqual({ self: true, kind: "cjs" });
  expect((run(CHUNK, 7245) as { Y(): string }).Y()).toBe("var(--a)!");
  expect(run(CHUNK, 88)).toEqual(run(wrapped, 88));
});

it("leaves a one-bundle build (the template's) and objects that are not module maps alone", () => {
  const bundle = '(()=>{"use strict";var e={};const t={1:"one",2:()=>2},n={a(){return 1}};console.log(t,n)})();';
  expect(wrapModuleFactories(bundle)).toBe(bundle);
});
