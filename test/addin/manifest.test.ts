/**
 * The manifest, checked offline (Microsoft's validator, `npm run validate`, needs its online service):
 * well-formed XML, every resid resolves, the shared runtime, task pane and functions on one page,
 * namespace SHOP, https only, icons present at the sizes named, zh-CN overrides for what users read.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseStringPromise } from "xml2js";

const ROOT = resolve(__dirname, "../..");
const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown> & { $?: Record<string, string> };

/** Every element named `name` anywhere below `node` (xml2js keeps children as arrays by name). */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((n) => out.push(n as Node));
      if (k !== "$") all(v, name, out);
    }
  }
  return out;
}

let doc: unknown;
beforeAll(async () => {
  doc = await parseStringPromise(text, { explicitArray: true });
});

test("is well-formed XML for a task pane add-in on Excel (Workbook)", () => {
  expect(all(doc, "OfficeApp")[0]!.$!["xsi:type"]).toBe("TaskPaneApp");
  expect(all(doc, "Host").some((h) => h.$?.Name === "Workbook")).toBe(true);
  expect(all(doc, "Host").some((h) => h.$?.["xsi:type"] === "Workbook")).toBe(true);
  expect(all(doc, "Permissions")[0]).toBe("ReadWriteDocument");
});

test("every resid resolves to a resource, and every resource id is unique", () => {
  const ids = [...all(doc, "bt:Image"), ...all(doc, "bt:Url"), ...all(doc, "bt:String")].map((r) => r.$?.id).filter((id): id is string => !!id);
  expect(new Set(ids).size).toBe(ids.length);
  const resids = [...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
  expect(resids.length).toBeGreaterThan(10);
  for (const r of resids) expect([r, ids.includes(r)]).toEqual([r, true]);
});

test("shared runtime: the runtime, the task pane and the functions page are one page", () => {
  expect(all(doc, "Set").find((s) => s.$?.Name === "SharedRuntime")?.$?.MinVersion).toBe("1.1");
  const runtime = all(doc, "Runtime")[0]!.$!;
  expect(runtime.lifetime).toBe("long");
  const cf = all(doc, "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions")!;
  const page = all(all(cf, "Page"), "SourceLocation")[0]!.$!.resid;
  const action = all(doc, "Action").find((a) => a.$?.["xsi:type"] === "ShowTaskpane")!;
  const pane = all(action, "SourceLocation")[0]!.$!.resid;
  const functionFile = all(doc, "FunctionFile")[0]!.$!.resid;
  expect(new Set([runtime.resid, page, pane, functionFile])).toEqual(new Set(["Taskpane.Url"]));
  const url = (id: string) => all(doc, "bt:Url").find((u) => u.$?.id === id)!.$!.DefaultValue;
  expect(url("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
  expect(url("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
  // A Chinese Excel reads the functions' help in Chinese: the metadata file's zh-CN Override, beside the
  // default (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions).
  const metadata = all(doc, "bt:Url").find((u) => u.$?.id === "Functions.Metadata.Url")!;
  const overrides = all(metadata, "bt:Override").map((o) => o.$!);
  expect(overrides).toEqual([{ Locale: "zh-CN", Value: url("Functions.Metadata.Url")!.replace(/functions\.json$/, "functions-zh-CN.json") }]);
  expect(url("Functions.Script.Url")).toMatch(/\/functions\.js$/);
  expect(all(doc, "DefaultSettings").flatMap((d) => all(d, "SourceLocation"))[0]!.$!.DefaultValue).toBe(url("Taskpane.Url"));
});

test("the custom functions' namespace is SHOP", () => {
  const ns = all(doc, "Namespace")[0]!.$!.resid;
  expect(all(doc, "bt:String").find((s) => s.$?.id === ns)!.$!.DefaultValue).toBe("SHOP");
});

test("a button on the Home tab opens the pane", () => {
  const tab = all(doc, "OfficeTab")[0]!;
  expect(tab.$!.id).toBe("TabHome");
  expect(all(tab, "Control")[0]!.$!["xsi:type"]).toBe("Button");
});

test("https only", () => {
  const urls = [...text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u).toMatch(/^https:\/\//);
});

test("icons exist at the sizes named, and are PNGs of that size", () => {
  const files = [...text.matchAll(/\/assets\/(icon-(\d+)\.png)/g)].map((m) => ({ file: m[1]!, size: Number(m[2]) }));
  expect(new Set(files.map((f) => f.size))).toEqual(new Set([16, 32, 64, 80]));
  for (const { file, size } of files) {
    const path = join(ROOT, "assets", file);
    expect(existsSync(path)).toBe(true);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test("what users read has a zh-CN override", () => {
  const overridden = (el: Node) => all(el, "Override").concat(all(el, "bt:Override")).some((o) => o.$?.Locale === "zh-CN");
  expect(overridden(all(doc, "DisplayName")[0]!)).toBe(true);
  expect(overridden(all(doc, "Description")[0]!)).toBe(true);
  for (const id of ["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip", "GetStarted.Title", "GetStarted.Description"]) {
    const s = all(doc, "bt:String").find((x) => x.$?.id === id)!;
    expect([id, overridden(s)]).toEqual([id, true]);
  }
});

describe("every URL of the manifest is a file the build makes", () => {
  /** What `npm run build` writes into dist/, read from webpack.config.js itself (no build needed). */
  async function buildOutputs(): Promise<Set<string>> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(join(ROOT, "webpack.config.js")) as (env: object, o: { mode: string }) => Promise<{ entry: Record<string, string>; plugins: unknown[] }>;
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const out = new Set(Object.keys(config.entry).map((name) => `${name}.js`));
    for (const p of config.plugins as { constructor: { name: string }; userOptions?: { filename?: string }; options?: { output?: string; outputs?: Record<string, string> }; patterns?: { from: string }[] }[]) {
      if (p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename) out.add(p.userOptions.filename);
      if (p.constructor.name === "CustomFunctionsMetadataPlugin" && p.options?.output) out.add(p.options.output);
      if (p.constructor.name === "LocalizedFunctionsMetadataPlugin" && p.options?.outputs) for (const f of Object.values(p.options.outputs)) out.add(f);
      for (const pattern of p.patterns ?? []) if (pattern.from === "assets/*") for (const f of readdirSync(join(ROOT, "assets"))) out.add(`assets/${f}`);
    }
    return out;
  }

  test("SupportUrl and LearnMoreUrl point at help.html, and every URL (pages, scripts, metadata, icons) is built", async () => {
    const outputs = await buildOutputs();
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]!.slice("https://localhost:3000/".length));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect([u, outputs.has(u)]).toEqual([u, true]);
    expect(all(doc, "SupportUrl")[0]!.$!.DefaultValue).toBe("https://localhost:3000/help.html");
    const learnMore = all(doc, "LearnMoreUrl")[0]!.$!.resid;
    expect(all(doc, "bt:Url").find((u) => u.$?.id === learnMore)!.$!.DefaultValue).toBe("https://localhost:3000/help.html");
  });

  test("the help page: Chinese first, then English, the same topics in both, no script and no address but its own", () => {
    const html = readFileSync(join(ROOT, "src/help/help.html"), "utf8");
    const langs = [...html.matchAll(/data-help-lang="([^"]+)"/g)].map((m) => m[1]);
    expect(langs).toEqual(["zh-CN", "en-US"]);
    const [zh, en] = html.split('data-help-lang="en-US"');
    const topics = (part: string) => [...part.matchAll(/data-help-topic="([^"]+)"/g)].map((m) => m[1]);
    expect(topics(zh!)).toEqual(["what", "start", "data"]);
    expect(topics(en!)).toEqual(topics(zh!));
    expect(zh).toContain("哪里也不去");
    expect(en).toContain("Nowhere.");
    expect(html).not.toMatch(/<script|<link|https?:\/\/|src=/i);
  });
});
