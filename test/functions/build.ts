import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const ROOT = join(__dirname, "../..");

/**
 * The production build, exactly as `npm run build` makes it (the project's webpack.config.js), into a
 * fresh temporary directory. Returns that directory.
 */
export function buildAddIn(): string {
  const out = mkdtempSync(join(tmpdir(), "shopsheet-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  try {
    execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: "pipe",
      timeout: 240_000,
    });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    rmSync(out, { recursive: true, force: true });
    throw new Error(`webpack failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
  return out;
}
