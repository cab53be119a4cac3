/**
 * Issue 9 §2–3 at the command line: nasty options, config and actuals files, and --out faults. Every
 * one exits 2 with a message in the chosen language that names its place — never a stack trace,
 * never exit 1 with a raw ENOENT, never a silently wrong result.
 */
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { cli, tempFile, type Run } from "./run";

const tmp = () => mkdtempSync(join(tmpdir(), "shopsheet-hostile-"));

/** Runs in zh-CN, as a Chinese user's terminal would. */
async function cliZh(args: string[], cwd?: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: cwd ?? process.cwd(), now: () => new Date("2026-11-26T12:00:00+08:00") }, { LANG: "zh_CN.UTF-8" });
  return { code, stdout, stderr };
}

/** Exit 2, nothing on stdout, no stack trace, and the expected words on stderr. */
function refused(r: Run, ...expected: (string | RegExp)[]): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // a stack frame
  for (const e of expected) expect(r.stderr).toMatch(e);
}

describe("options", () => {
  test.each([
    // [args, what stderr must say]
    [["payroll", "--month", "0000-01"], '--month: "0000-01": the year must be within 1901–9999'],
    [["payroll", "--month", "2026-1"], '--month: "2026-1" is not a month'],
    [["payroll", "--month", "10000-01"], "is not a month"],
    [["targets", "--month", "2026-11", "--target", "-5"], "--target: -5 must not be negative"],
    [["targets", "--month", "2026-11", "--target", "1e309"], "--target: 1e309 is above the limit of 100,000,000 yuan"],
    [["targets", "--month", "2026-11", "--target", "12,34.5"], '--target: "12,34.5" is not an amount'],
    [["targets", "--month", "2026-11", "--target", "8000,"], '--target: "8000," is not an amount'],
    [["targets", "--month", "2026-11", "--target", "NaN"], '--target: "NaN" is not an amount'],
    [["targets", "--month", "2026-11", "--target"], "--target needs a value"],
    [["targets", "--month", "2026-11", "--target", "5", "--json=yes"], "--json is a switch and takes no value"],
    [["targets", "--month", "2026-11", "--month", "2026-12", "--target", "5"], "--month is given twice"],
    [["targets", "--month", "2026-11", "--target", "5", "--aov", "-1"], "--aov: -1 must not be negative"],
    [["targets", "--month", "2026-11", "--target", "5", "--cvr", "150%", "--aov", "1"], "--cvr: 150% must be between 0 and 100%"],
    [["targets", "--month", "2026-11", "--target", "5", "--weekday-weights", "1,1,1"], "needs 7 weights"],
    [["targets", "--month", "2026-11", "--target", "5", "--event", "2026-11-11"], "is not YYYY-MM-DD=FACTOR"],
    [["targets", "--month", "2026-11", "--target", "100000000", "--weekday-weights", "1000,1,1,1,1,1,1"], "--target: the target 100000000.00 cannot be split to the fen exactly"],
    [["payroll", "--month", "2026-11", "stray"], 'unexpected argument "stray"'],
    [["payroll", "--month", "2026-11", "-x"], "unknown option -x"],
    [["payroll", "--month", "2026-11", "--lang", "fr"], '--lang: "fr" is not zh-CN or en-US'],
    [["wages"], 'unknown command "wages"'],
  ])("%j", async (args, message) => {
    refused(await cli(args as string[]), message as string);
  });

  test("property: no option value, however nasty, gives a stack trace or an exit other than 0 or 2", async () => {
    const nasty = fc.oneof(
      fc.constantFrom("", "-", "--", "-0", "¥", "1e999", "0000-00", "9999-12", "1901-01", "1900-12", "2026-02-30", "\u0000", "\uFFFE", "%", "1,2,3", "1" + "0".repeat(400), "=1+1", "../../etc/passwd", "😀", "ＮａＮ"),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("--month", "--target", "--aov", "--cvr", "--weekday-weights", "--event", "--lang"), nasty, async (option, value) => {
        const base = option === "--month" ? ["targets", "--target", "1000"] : ["targets", "--month", "2026-11", "--target", "1000"];
        const r = await cli([...base.filter((x, i) => !(option === "--target" && i >= base.length - 2)), option, value]);
        expect([0, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (r.code === 2) expect(r.stdout).toBe("");
      }),
      { numRuns: 150 },
    );
  });
});

describe("config and actuals files", () => {
  const month = ["--month", "2026-11"];

  test.each([
    ["a trailing comma", '{"staff": [],\n}', /--config: .*c\.json is not valid JSON: line 2, column 1: a field name in double quotes is expected/],
    ["a comment", '// mine\n{}', /line 1, column 1: JSON allows no comments/],
    ["single quotes", "{'staff': []}", /line 1, column 2: an unexpected character/],
    ["a tab inside a text", '{"staff": [{"role": "manager", "name": "a\tb"}]}', /a control character \(a tab, say\) inside a text/],
    ["an empty file", "", /line 1, column 1: a value is expected/],
    ["extra text after the end", '{} {}', /line 1, column 4: extra text after the end|an unexpected character/],
    ["a key given twice", '{"staff": [{"role": "manager", "base": "1", "base": "2"}]}', /staff\[0\]: the field "base" appears twice/],
    ["null", "null", /--config: expected an object/],
    ["a list", "[]", /--config: expected an object/],
    ["a number too large for a double", '{"staff": [{"role": "manager", "base": 1e309}]}', /staff\[0\]\.base: 1e309 is above the limit/],
    ["20 digits", '{"staff": [{"role": "manager", "base": 12345678901234567890}]}', /staff\[0\]\.base: 12345678901234567890 is above the limit/],
    ["a __proto__ key", '{"__proto__": {"staff": []}}', /unknown field "__proto__"/],
    ["U+FFFE escaped in a name", '{"staff": [{"role": "manager", "name": "a\\uFFFEb"}]}', /staff\[0\]\.name: character 2 is U\+FFFE/],
    ["a lone surrogate", '{"staff": [{"role": "manager", "name": "a\\uD800"}]}', /staff\[0\]\.name: character 2 is U\+D800/],
  ])("%s", async (_what, content, message) => {
    refused(await cli(["payroll", "--config", tempFile("c.json", content), ...month]), message);
  });

  test("a GBK file, a UTF-16 file, a folder, /dev/zero and a missing file each say what they are", async () => {
    const gbk = tempFile("gbk.json", "");
    writeFileSync(gbk, Buffer.from([0x7b, 0x22, 0x73, 0x74, 0x61, 0x66, 0x66, 0x22, 0x3a, 0x5b, 0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xcd, 0xf5, 0xce, 0xe5, 0x22, 0x7d, 0x5d, 0x7d])); // {"staff":[{"name":"王五"}]} in GBK
    refused(await cli(["payroll", "--config", gbk, ...month]), /is not UTF-8 \(GBK\/ANSI perhaps\): save it as UTF-8/);
    const utf16 = tempFile("u16.json", "");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]));
    refused(await cli(["payroll", "--config", utf16, ...month]), /is UTF-16/);
    refused(await cli(["payroll", "--config", tmp(), ...month]), /--config: cannot read .*: it is a folder/);
    refused(await cli(["payroll", "--config", "/dev/zero", ...month]), /--config: \/dev\/zero is not a regular file/);
    refused(await cli(["payroll", "--config", "missing.json", ...month]), "--config: cannot read missing.json: no such file or folder");
  });

  test("in zh-CN the file messages and the JSON syntax error's detail are Chinese", async () => {
    const r = await cliZh(["payroll", "--config", tempFile("c.json", "{"), "--month", "2026-11"]);
    refused(r, /--config: .*c\.json 不是有效的 JSON：第 1 行第 2 列：缺少 }/);
    refused(await cliZh(["payroll", "--config", "missing.json", "--month", "2026-11"]), "无法读取 missing.json：文件或文件夹不存在");
  });

  test("a bad --month does not hide a bad config file, nor a bad actuals file", async () => {
    const config = tempFile("c.json", { staff: [{ role: "nobody" }] });
    refused(await cli(["payroll", "--config", config, "--month", "2026-13"]), '--month: "2026-13" is not a month', 'staff[0].role: "nobody" is not a role');
    const actuals = tempFile("a.json", { "2026-11-01": "12,34" });
    refused(await cli(["targets", "--month", "2026-13", "--target", "5", "--actuals", actuals]), '--month: "2026-13"', '--actuals[2026-11-01]: "12,34" is not an amount');
  });

  test("a config with five problems reports all five", async () => {
    const config = tempFile("five.json", {
      roles: [{ id: "r", share: "12,34" }],
      staff: [
        { id: "E01", role: "nobody" },
        { id: "e01", role: "r", base: "abc" },
      ],
      months: [{ month: "2026-11", entries: [{ staff: "ghost" }] }],
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-11"]);
    refused(r, "roles[0].share", "staff[0].role", "staff[1].id", "staff[1].base", "months[0].entries[0].staff");
  });
});

describe("--out faults", () => {
  test("--out equal to --config (itself, a symlink or a hard link) is refused and the config is untouched", async () => {
    const dir = tmp();
    // A config that happens to be called .xlsx (a user's slip), then the same file by other names.
    const config = join(dir, "team.xlsx");
    writeFileSync(config, JSON.stringify({ staff: [{ role: "manager", base: "8000" }] }));
    const before = readFileSync(config);
    refused(await cli(["workbook", "--config", config, "--out", config, "--lang", "en-US"]), /--out: .*team\.xlsx is the file --config reads: writing it would destroy it/);
    refused(await cli(["workbook", "--config", "team.xlsx", "--out", "./sub/../team.xlsx", "--lang", "en-US"], dir), "is the file --config reads");
    const link = join(dir, "link.xlsx");
    symlinkSync(config, link);
    refused(await cli(["workbook", "--config", config, "--out", link, "--lang", "en-US"]), "link.xlsx is the file --config reads");
    const hard = join(dir, "hard.xlsx");
    linkSync(config, hard);
    refused(await cli(["workbook", "--config", config, "--out", hard, "--lang", "en-US"]), "hard.xlsx is the file --config reads");
    refused(await cliZh(["workbook", "--config", config, "--out", config]), "就是 --config 读取的文件");
    expect(readFileSync(config)).toEqual(before);
  });

  test("a missing folder, a folder, a read-only file, a non-.xlsx name: exit 2 naming --out, in the chosen language", async () => {
    const dir = tmp();
    refused(await cli(["workbook", "--out", join(dir, "nope", "a.xlsx"), "--lang", "en-US"]), /--out: the folder .*nope does not exist/);
    const folder = join(dir, "book.xlsx");
    mkdirSync(folder);
    refused(await cli(["workbook", "--out", folder, "--lang", "en-US"]), /--out: .*book\.xlsx is a folder/);
    const ro = join(dir, "ro.xlsx");
    writeFileSync(ro, "old");
    chmodSync(ro, 0o444);
    refused(await cli(["workbook", "--out", ro, "--lang", "en-US"]), /--out: .*ro\.xlsx is read-only; it was not overwritten/);
    expect(readFileSync(ro, "utf8")).toBe("old");
    refused(await cli(["workbook", "--out", join(dir, "book.xls"), "--lang", "en-US"]), /--out: .*book\.xls should end in \.xlsx/);
    refused(await cliZh(["workbook", "--out", join(dir, "nope", "a.xlsx")]), /--out：?.*文件夹 .*nope 不存在|--out: 文件夹 .*nope 不存在/);
    expect(existsSync(join(dir, "nope"))).toBe(false);
  });
});
