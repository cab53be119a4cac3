import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";

export const ROOT = resolve(__dirname, "../..");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process, capturing what it prints. */
export async function cli(args: string[], cwd = ROOT): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    now: () => new Date("2026-11-26T12:00:00+08:00"),
  }, { LANG: "en_US.UTF-8" });
  return { code, stdout, stderr };
}

/** Runs exactly what the README says, `npm run --silent shopsheet -- …`, in a child process. */
export function npmShopsheet(args: string[], cwd = ROOT): Run {
  const r = spawnSync("npm", ["run", "--silent", "shopsheet", "--", ...args], { cwd, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempFile(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-"));
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}
