/**
 * The custom functions' metadata per language (tools/localizedFunctionsMetadata.js): every description
 * written from the message table in the language asked for, ids, names and parameters left as the
 * generator made them, and what the build must refuse said — a function or parameter without a text, a
 * text for a parameter that is gone. The emitted files of the real build are checked in
 * test/functions/functions.bundle.test.ts; this is the rule, on metadata written by hand.
 */
import { join } from "node:path";
import { functionHelpMessages } from "../../src/data/messages/functionHelp";

interface Meta {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}
// A JavaScript file of the build (CommonJS, no types of its own).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tool = require("../../tools/localizedFunctionsMetadata") as {
  localizeMetadata(m: Meta, table: Record<string, Record<string, string>>, lang: string): { metadata: Meta; problems: string[] };
  loadTable(file: string, exportName: string): Record<string, Record<string, string>>;
};

const GENERATED: Meta = {
  functions: [
    { id: "POOL", name: "POOL", description: "Help: fnHelp.POOL.", parameters: [{ name: "grossMargin" }, { name: "rate", optional: true }] },
  ],
};
const TABLE = {
  "fnHelp.POOL": { "zh-CN": "利润分成池", "en-US": "The pool" },
  "fnHelp.POOL.grossMargin": { "zh-CN": "毛利", "en-US": "Gross margin" },
  "fnHelp.POOL.rate": { "zh-CN": "分成比例", "en-US": "The rate" },
};

test("writes each description in the language asked for, and nothing else", () => {
  const { metadata, problems } = tool.localizeMetadata(GENERATED, TABLE, "zh-CN");
  expect(problems).toEqual([]);
  expect(metadata).toEqual({
    functions: [{ id: "POOL", name: "POOL", description: "利润分成池", parameters: [{ name: "grossMargin", description: "毛利" }, { name: "rate", optional: true, description: "分成比例" }] }],
  });
  expect(tool.localizeMetadata(GENERATED, TABLE, "en-US").metadata.functions[0]!.parameters[1]!.description).toBe("The rate");
});

test("says which function or parameter has no text, and which text describes nothing", () => {
  const { "fnHelp.POOL.rate": _gone, ...withoutRate } = TABLE;
  expect(tool.localizeMetadata(GENERATED, withoutRate, "zh-CN").problems).toEqual(["no zh-CN text for fnHelp.POOL.rate"]);
  const blank = { ...TABLE, "fnHelp.POOL": { "zh-CN": " ", "en-US": "The pool" } };
  expect(tool.localizeMetadata(GENERATED, blank, "zh-CN").problems).toEqual(["no zh-CN text for fnHelp.POOL"]);
  const stale = { ...TABLE, "fnHelp.POOL.margin": { "zh-CN": "毛利", "en-US": "Margin" } };
  expect(tool.localizeMetadata(GENERATED, stale, "en-US").problems).toEqual(["fnHelp.POOL.margin describes no function or parameter"]);
});

test("reads the project's table from its TypeScript source as the compiler sees it", () => {
  const table = tool.loadTable(join(__dirname, "../../src/data/messages/functionHelp.ts"), "functionHelpMessages");
  expect(table).toEqual(functionHelpMessages);
});
