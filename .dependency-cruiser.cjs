/**
 * The house's arrows (docs/design/ARCHITECTURE.md, "The house"), checked by dependency-cruiser:
 *
 *   taskpane, cli, functions → office | xlsx → workbook → core → data
 *
 * An import may only point down that line. test/architecture/boundaries.test.ts runs this on src/ (so
 * `npm test` fails on an arrow running back up) and on a fixture that breaks each rule (so the check
 * is shown able to fail). Paths are relative to the folder it runs in; type-only imports count too
 * (tsPreCompilationDeps): a type from a room above is still knowledge of that room.
 * Rule reference: https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md
 */
const room = (name) => `^src/${name}/`;

/** Each room and the rooms it must not import: every room at its level or above. */
const ABOVE = {
  data: ["core", "workbook", "office", "xlsx", "functions", "taskpane", "cli"],
  core: ["workbook", "office", "xlsx", "functions", "taskpane", "cli"],
  workbook: ["office", "xlsx", "functions", "taskpane", "cli"],
  office: ["xlsx", "functions", "taskpane", "cli"],
  xlsx: ["office", "functions", "taskpane", "cli"],
  // The three rooms at the top may use any room below; none imports another (nothing imports them).
  functions: ["taskpane", "cli"],
  taskpane: ["functions", "cli"],
  cli: ["functions", "taskpane"],
};

const arrows = Object.entries(ABOVE).map(([from, forbidden]) => ({
  name: `${from}-imports-only-below`,
  comment: `${from}/ imports only rooms below it (${from} must not reach ${forbidden.join(", ")}).`,
  severity: "error",
  from: { path: room(from) },
  to: { path: `^src/(${forbidden.join("|")})/` },
}));

module.exports = {
  forbidden: [
    ...arrows,
    {
      name: "pure-rooms-no-host",
      comment:
        "data/, core/ and workbook/ are pure: no Node.js built-ins (no I/O), no React or Fluent UI, no exceljs, no Office.js.",
      severity: "error",
      from: { path: "^src/(data|core|workbook)/" },
      to: {
        // "core" is dependency-cruiser's word for a Node.js built-in module (fs, path, node:zlib).
        dependencyTypes: ["core"],
      },
    },
    {
      name: "pure-rooms-no-host-packages",
      comment: "data/, core/ and workbook/ import no UI, file-format or Office package.",
      severity: "error",
      from: { path: "^src/(data|core|workbook)/" },
      to: { path: "(^|/)node_modules/(react|react-dom|@fluentui|exceljs|jszip|@microsoft/office-js)/" },
    },
    {
      name: "no-circular",
      comment: "A cycle of runtime imports makes load order matter; type-only imports are erased and may loop.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to no file.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Packages with an "exports" map (csv-parse/sync) resolve as Node and TypeScript resolve them.
      exportsFields: ["exports"],
      conditionNames: ["require", "node", "default", "types"],
    },
  },
};
