/**
 * The language a run speaks without --lang (src/cli/lang.ts): a command that writes a file for the shop
 * writes it in Chinese and says so in Chinese, whatever the terminal's language; the others speak the
 * terminal's — Chinese where $LC_ALL, $LC_MESSAGES and $LANG name none (unset, C, POSIX: a fresh machine,
 * CI, Windows), English for en_*.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { runLang, terminalLang } from "../../src/cli/lang";
import { ROOT } from "./run";

async function run(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, now: () => new Date("2026-11-26T12:00:00+08:00") }, env);
  return { code, stdout, stderr };
}

const HAN = /[\u4e00-\u9fff]/;
const TERMINALS: [string, NodeJS.ProcessEnv][] = [
  ["LANG unset", {}],
  ["LANG empty", { LANG: "" }],
  ["LANG=C", { LANG: "C" }],
  ["LANG=POSIX", { LANG: "POSIX" }],
  ["LANG=C.UTF-8", { LANG: "C.UTF-8" }],
  ["LANG=zh_CN.UTF-8", { LANG: "zh_CN.UTF-8" }],
  ["LANG=en_US.UTF-8", { LANG: "en_US.UTF-8" }],
];
const terminal = (env: NodeJS.ProcessEnv) => (env.LANG?.startsWith("en") ? "en-US" : "zh-CN");

describe("the terminal's language", () => {
  test.each(TERMINALS)("%s", (_, env) => expect(terminalLang(env)).toBe(terminal(env)));

  test("LC_ALL, then LC_MESSAGES, then LANG; one that names no language is passed over", () => {
    expect(terminalLang({ LC_ALL: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en-US");
    expect(terminalLang({ LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(terminalLang({ LC_ALL: "C", LANG: "en_US.UTF-8" })).toBe("en-US");
    expect(terminalLang({ LC_ALL: "POSIX", LC_MESSAGES: "C.UTF-8", LANG: "" })).toBe("zh-CN");
    // Another language than the two: English, as the pane does for an Excel in another language.
    expect(terminalLang({ LANG: "de_DE.UTF-8" })).toBe("en-US");
  });

  test("--lang wins; a command that writes a file speaks Chinese without it, but its --help the terminal's", () => {
    const en = { LANG: "en_US.UTF-8" };
    expect(runLang(["payroll", "--lang", "zh-CN"], en)).toBe("zh-CN");
    expect(runLang(["workbook", "--lang=en-US"], {})).toBe("en-US");
    for (const command of [["workbook"], ["slips"], ["export", "tax"], ["export", "bank"]]) {
      expect({ command, lang: runLang(command, en) }).toEqual({ command, lang: "zh-CN" });
      expect({ command, lang: runLang([...command, "--help"], en) }).toEqual({ command, lang: "en-US" });
    }
    expect(runLang(["help", "workbook"], en)).toBe("en-US");
    for (const command of ["payroll", "targets", "read", "import"]) expect({ command, lang: runLang([command], en) }).toEqual({ command, lang: "en-US" });
    // A bad --lang is the command's to refuse; meanwhile the default stands.
    expect(runLang(["payroll", "--lang", "fr"], {})).toBe("zh-CN");
  });
});

describe("what a command prints, by the terminal's language", () => {
  test.each(TERMINALS)("shopsheet workbook (%s): a Chinese workbook, and what it says about it in Chinese", async (_, env) => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-lang-"));
    const r = await run(["workbook"], env, dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const path = join(dir, "shopsheet-2026-11.xlsx");
    expect(r.stdout).toContain(`已写入 ${path}`);
    expect(r.stdout).toContain("\n提示：\n");
    expect(r.stdout).not.toMatch(/Wrote|Warnings|example team/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets[1]!.name).toBe("设置");
  });

  test.each(TERMINALS)("shopsheet payroll (%s): the terminal's language", async (_, env) => {
    const r = await run(["payroll", "--month", "2026-11"], env);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe(terminal(env) === "zh-CN" ? "月份 2026-11" : "Month 2026-11");
  });

  test.each(TERMINALS)("a mistake (%s): refused in the run's language", async (_, env) => {
    const payroll = await run(["payroll", "--month", "2026-13"], env);
    expect(payroll.code).toBe(2);
    expect(HAN.test(payroll.stderr)).toBe(terminal(env) === "zh-CN");
    const workbook = await run(["workbook", "--month", "2026-13"], env);
    expect(workbook.code).toBe(2);
    expect(workbook.stderr).toMatch(/^输入有误/);
  });

  test("shopsheet workbook --help under en_US is English; --lang en-US writes and says English", async () => {
    const en = { LANG: "en_US.UTF-8" };
    expect((await run(["workbook", "--help"], en)).stdout).toMatch(/^Usage: /);
    expect((await run(["workbook", "--help"], {})).stdout).toMatch(/^用法：/);
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-lang-"));
    const r = await run(["workbook", "--lang", "en-US"], {}, dir);
    expect(r.stdout).toContain(`Wrote ${join(dir, "shopsheet-2026-11.xlsx")}`);
  });
});
