/**
 * Issue 9 §3 "Atomic writes": the user's previous workbook survives a killed process and a full
 * disk. One test kills a real `shopsheet workbook` process the moment it starts writing; the others
 * make the disk "fill up" halfway through (a short write, then ENOSPC), as Linux does.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { nodeFileOps, writeFileAtomic, type FileOps } from "../../src/cli/atomicWrite";
import { ROOT } from "./run";

const tmp = () => mkdtempSync(join(tmpdir(), "shopsheet-atomic-"));
const OLD = Buffer.from("the user's good workbook (stands in for one)");

/** A disk that takes `room` bytes of the temporary file, then reports ENOSPC — after a short write. */
function fullDisk(room: number): FileOps {
  return {
    ...nodeFileOps,
    async open(path, flags, mode) {
      const real = await fsp.open(path, flags, mode);
      let left = room;
      return {
        async write(buffer, offset, length, position) {
          if (left <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          const n = Math.min(left, length);
          left -= n;
          return real.write(buffer, offset, n, position); // a short count, no error: what write(2) does first
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
    },
  };
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("writeFileAtomic", () => {
  test("writes the whole file and keeps the permissions of the one it replaces", async () => {
    const dir = tmp();
    const out = join(dir, "a.xlsx");
    writeFileSync(out, OLD, { mode: 0o640 });
    const data = Buffer.alloc(3_000_000, 7);
    await writeFileAtomic(out, data);
    expect(readFileSync(out).equals(data)).toBe(true);
    expect((await fsp.stat(out)).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  test("a full disk halfway leaves the old file byte for byte, and no temporary file", async () => {
    const dir = tmp();
    const out = join(dir, "a.xlsx");
    writeFileSync(out, OLD);
    await expect(writeFileAtomic(out, Buffer.alloc(100_000, 1), fullDisk(40_000))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  test("shopsheet workbook on a full disk: exit 2 naming --out, the old workbook untouched", async () => {
    const dir = tmp();
    const out = join(dir, "book.xlsx");
    writeFileSync(out, OLD);
    for (const [lang, words] of [
      ["en-US", "--out: could not write book.xlsx: the disk is full. The file there before (if any) is unchanged"],
      ["zh-CN", "--out: 未能写入 book.xlsx：磁盘已满。原有文件（如有）保持不变"],
    ] as const) {
      let stderr = "";
      const code = await main(["workbook", "--out", "book.xlsx", "--lang", lang], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: dir, now: () => new Date("2026-11-26T12:00:00+08:00"), fileOps: fullDisk(10_000) }, { LANG: lang === "zh-CN" ? "zh_CN.UTF-8" : "en_US.UTF-8" });
      expect(code).toBe(2);
      expect(stderr).toContain(words);
      expect(readFileSync(out).equals(OLD)).toBe(true);
      expect(leftovers(dir)).toEqual([]);
    }
  });
});

/** A team large enough that the workbook takes a while to build and write. */
function bigTeam(): object {
  const staff = Array.from({ length: 150 }, (_, i) => ({ id: `E${i}`, name: `员工${i}`, role: i % 2 ? "service" : "promoter", base: "3000" }));
  return { staff, months: Array.from({ length: 11 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, "0")}`, grossMargin: "100000" })) };
}

/**
 * Starts `shopsheet workbook` writing over `out`, and sends `signal` at the first change in the
 * folder other than the config (the temporary file appearing; in the old code, the target being
 * truncated). Resolves when the process has ended.
 */
function killWhenWriting(dir: string, config: string, out: string, signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/shopsheet.cjs"), "workbook", "--config", config, "--month", "2026-11", "--out", out], { cwd: dir, stdio: "ignore" });
    let sent = false;
    const watcher = watch(dir, (_event, name) => {
      if (sent || name === null || name.toString() === "team.json") return;
      sent = true;
      child.kill(signal);
    });
    child.on("exit", (code, sig) => {
      watcher.close();
      resolve({ code, signal: sig });
    });
  });
}

async function isWorkbook(path: string): Promise<boolean> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb.getWorksheet("员工") !== undefined;
  } catch {
    return false;
  }
}

describe("killing shopsheet workbook while it writes", () => {
  test("SIGKILL the moment writing starts: the old workbook is still there, whole", async () => {
    let midWrite = 0;
    for (let attempt = 0; attempt < 4 && midWrite === 0; attempt++) {
      const dir = tmp();
      const config = join(dir, "team.json");
      writeFileSync(config, JSON.stringify(bigTeam()));
      const out = join(dir, "book.xlsx");
      writeFileSync(out, OLD);
      const ended = await killWhenWriting(dir, config, out, "SIGKILL");
      const now = readFileSync(out);
      // Either untouched, or (if the kill came after the rename) the complete new workbook: never
      // a 0-byte or half-written file.
      const intact = now.equals(OLD);
      expect(intact || (await isWorkbook(out))).toBe(true);
      if (ended.signal === "SIGKILL" && intact) midWrite++;
    }
    expect(midWrite).toBeGreaterThan(0); // the kill did land while writing at least once
  }, 120_000);

  test("SIGTERM (Ctrl+C and kill) while writing also removes the temporary file", async () => {
    const dir = tmp();
    const config = join(dir, "team.json");
    writeFileSync(config, JSON.stringify(bigTeam()));
    const out = join(dir, "book.xlsx");
    writeFileSync(out, OLD);
    await killWhenWriting(dir, config, out, "SIGTERM");
    expect(readFileSync(out).equals(OLD) || (await isWorkbook(out))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(existsSync(config)).toBe(true);
  }, 120_000);
});
