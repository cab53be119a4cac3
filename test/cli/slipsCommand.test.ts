/**
 * `shopsheet slips`: one file per person of the month, named id_name_month, holding that person's
 * strip alone — the month, the name, the role in Chinese, and the figures of `shopsheet payroll --json`
 * for the same config and month; valid OOXML; --help; a file where the folder should be is said.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xlsxGrids } from "../../src/xlsx/readGrid";
import { expectValidOoxml } from "../ooxml/validate";
import { ROOT, cli } from "./run";

const FIVE = join(ROOT, "examples/five-person-shop.json");
const dir = () => mkdtempSync(join(tmpdir(), "shopsheet-slips-"));

interface PayrollJson {
  employees: { id: string; name: string; gross: string; iit: string; net: string }[];
}

/** Every text and number of a file's one sheet, as strings. */
async function cellsOf(path: string): Promise<string[]> {
  const [sheet] = await xlsxGrids(readFileSync(path));
  return sheet!.grid.flat().filter((v) => v !== null && v !== undefined && v !== "").map((v) => (typeof v === "number" ? v.toFixed(2) : String(v)));
}

test("one slip file per person of the five-person shop in March 2026, each with the month, the person and their pay", async () => {
  const out = join(dir(), "工资条", "2026-03");
  const r = await cli(["slips", "--config", FIVE, "--month", "2026-03", "--out-dir", out, "--lang", "zh-CN"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  // The staff of examples/five-person-shop.json, by hand.
  const expected = ["S01_张伟_2026-03.xlsx", "S02_李娜_2026-03.xlsx", "S03_王芳_2026-03.xlsx", "S04_赵敏_2026-03.xlsx", "S05_钱磊_2026-03.xlsx"];
  expect(readdirSync(out).sort()).toEqual(expected);
  const pay = JSON.parse((await cli(["payroll", "--config", FIVE, "--month", "2026-03", "--json"])).stdout) as PayrollJson;
  for (const [i, file] of expected.entries()) {
    const cells = await cellsOf(join(out, file));
    const p = pay.employees[i]!;
    expect(cells.some((c) => c.includes("2026-03"))).toBe(true);
    expect(cells).toContain(p.name);
    // Only this person's strip: no one else's name.
    for (const other of pay.employees) if (other.id !== p.id) expect(cells).not.toContain(other.name);
    for (const k of ["gross", "iit", "net"] as const) expect([file, k, cells.includes(p[k])]).toEqual([file, k, true]);
  }
  await expectValidOoxml(expected.map((name) => ({ name, data: readFileSync(join(out, name)) })));
  // Nothing but the slips: no temporary file left behind.
  expect(readdirSync(out)).toHaveLength(5);
});

test("a name a file system refuses is cleaned in the file name and kept whole on the slip", async () => {
  const config = JSON.parse(readFileSync(FIVE, "utf8")) as { staff: { name: string }[] };
  config.staff[0]!.name = "王/五:*?";
  const at = dir();
  writeFileSync(join(at, "config.json"), JSON.stringify(config));
  const out = join(at, "out");
  expect((await cli(["slips", "--config", join(at, "config.json"), "--month", "2026-03", "--out-dir", out])).code).toBe(0);
  expect(existsSync(join(out, "S01_王_五____2026-03.xlsx"))).toBe(true);
  expect(await cellsOf(join(out, "S01_王_五____2026-03.xlsx"))).toContain("王/五:*?");
});

test("--out-dir naming a file, and missing options, are said with their option; nothing is written", async () => {
  const at = dir();
  const file = join(at, "not-a-folder");
  writeFileSync(file, "x");
  const r = await cli(["slips", "--config", FIVE, "--month", "2026-03", "--out-dir", file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--out-dir");
  // In the slips' language, Chinese without --lang (src/cli/lang.ts).
  expect(r.stderr).toContain("已存在，但不是文件夹");
  expect(readFileSync(file, "utf8")).toBe("x");
  const missing = await cli(["slips", "--month", "2026-13"]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("config");
  expect(missing.stderr).toContain("out-dir");
  expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack trace
});

test("--help explains every option with an example, in both languages", async () => {
  const en = await cli(["slips", "--help"]);
  expect(en.code).toBe(0);
  for (const o of ["--config", "--month", "--out-dir", "--lang", "--help"]) expect(en.stdout).toContain(o);
  expect(en.stdout).toContain("ID_name_month.xlsx");
  const zh = await cli(["help", "slips", "--lang", "zh-CN"]);
  expect(zh.stdout).toContain("编号_姓名_月份.xlsx");
});
