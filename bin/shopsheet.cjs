#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a fresh clone needs no build step before `npm run shopsheet`.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  // main() reports every error itself; this is only reached if loading the code failed.
  (err) => { process.stderr.write(`shopsheet: ${String((err && err.message) || err)}\n`); process.exitCode = 1; },
);
