/* eslint-disable no-undef */
/**
 * A webpack plugin for the production build (issue 15, the pane's first render): each module factory of
 * a chunk (`{926(e,r,t){…}}` in `self.webpackChunk….push([[ids], {…}])`) is wrapped in parentheses,
 * `926:(function(e,r,t){…})`, so that V8 compiles it with the script, on the thread that streams it in,
 * instead of on the main thread when the factory first runs.
 *
 * Why: V8 compiles a function lazily, when first called, unless it is a "PIFE", a function expression in
 * parentheses, which it compiles eagerly with its script (https://v8.dev/blog/preparser#pife; arrow
 * functions in parentheses too; terser's `wrap_func_args` keeps such parentheses for the same reason). A
 * script loaded by a `<script>` tag is compiled on a background thread as it streams in, with whatever is
 * compiled eagerly (https://v8.dev/blog/background-compilation). Microsoft's
 * template is one bundle whose modules webpack concatenates into a single `(()=>{…})()`, a PIFE: its
 * module code is compiled off the main thread. The pane's code is in chunks (runtime, shared, taskpane:
 * one page runs the pane and the custom functions), whose factories are object methods that terser
 * leaves unparenthesised, so each was compiled on the main thread before the first render could start
 * (Chromium traces, 2026-12-07: about 6 ms of the 48–51 ms the pane's scripts took to evaluate).
 * Only the factories themselves: the functions inside them stay lazy, as in the template.
 *
 * It runs after minification (terser would drop the parentheses again) and before the source maps are
 * written, editing through webpack-sources so a map still points where it should. The template's build
 * (bench/templatePane) uses it too, so both are built the same way; its one bundle has no factory to wrap.
 */
const acorn = require("acorn");

const isFunction = (node) => node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";

/** A webpack module map: an object whose every key is a module id (a number) and every value a function. */
function isModuleMap(node) {
  return (
    node.type === "ObjectExpression" &&
    node.properties.length > 0 &&
    node.properties.every((p) => p.type === "Property" && !p.computed && p.key.type === "Literal" && typeof p.key.value === "number" && isFunction(p.value))
  );
}

/** What parenthesises every module factory in `code`: `[position, text]` to insert, in the order they come. */
function factoryEdits(code) {
  const edits = [];
  const visit = (node) => {
    if (isModuleMap(node)) {
      for (const p of node.properties) {
        const fn = p.value;
        // A method `926(e,r,t){…}` becomes `926:(function(e,r,t){…})`: called as webpack calls it
        // (factory.call(module.exports, …)), a function expression behaves as the method did.
        edits.push([fn.start, p.method ? ":(function" : "("], [fn.end, ")"]);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) c && typeof c.type === "string" && visit(c);
      else if (child && typeof child.type === "string") visit(child);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return edits;
}

/** `code` with every module factory parenthesised (for tests and for a look at a built file). */
function wrapModuleFactories(code) {
  let out = code;
  for (const [at, text] of [...factoryEdits(code)].reverse()) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

class EagerModuleFactoriesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap("EagerModuleFactoriesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EagerModuleFactoriesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".js")) continue;
          const asset = compilation.getAsset(name);
          const edits = factoryEdits(asset.source.source().toString());
          if (edits.length === 0) continue;
          const edited = new sources.ReplaceSource(asset.source);
          for (const [at, text] of edits) edited.insert(at, text);
          compilation.updateAsset(name, edited);
        }
      });
    });
  }
}

module.exports = { EagerModuleFactoriesPlugin, wrapModuleFactories };
