/** Workbook figures for `npm run bench`: build + write time and size for 8, 100 and 1,000 staff, and LibreOffice's recalculation of the largest. */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseConfig } from "../src/core/config";
import type { Config } from "../src/core/types";
import { exampleTeamConfig } from "../src/data/exampleTeam";
import { buildWorkbook } from "../src/workbook/build";
import { writeXlsx } from "../src/xlsx/render";
import { disposeOracle, findSoffice, recalculate } from "../test/oracle/libreoffice";

/** The example team's roles and history, with `n` people spread over the seats. */
function team(n: number, month: string): Config {
  const example = exampleTeamConfig(month);
  const roles = ["manager", "promoter", "designer", "service", "shipping"];
  const staff = Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `员工${i + 1}`, role: roles[i % roles.length]!, base: String(2500 + (i % 40) * 100) }));
  // Split every share across its holders, so a big team does not over-allocate the pool n times.
  const rolesConfig = roles.map((id) => ({ id, share: id === "manager" ? "0.30" : id === "shipping" ? null : "0.08", shareBasis: "splitRole", baseMin: 0, baseMax: 60000 }));
  const parsed = parseConfig({ ...example, roles: rolesConfig, staff, months: example.months.map((m) => ({ ...m, entries: [] })) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

export async function workbookSection(): Promise<string[]> {
  const month = "2026-11";
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-"));
  const lines: string[] = [];
  let largest = "";
  try {
    for (const n of [8, 100, 1000]) {
      const config = team(n, month);
      const t = performance.now();
      const built = buildWorkbook(config, month, "zh-CN");
      const path = join(dir, `staff-${n}.xlsx`);
      await writeXlsx(built.spec, path);
      const ms = performance.now() - t;
      lines.push(`workbook staff=${n}: build+write ${ms.toFixed(0)} ms, ${built.spec.sheets.length} sheets, ${(statSync(path).size / 1024).toFixed(0)} KiB`);
      largest = path;
    }
    try {
      findSoffice();
    } catch {
      return [...lines, "workbook recalculation: skipped (no LibreOffice)"];
    }
    const t = performance.now();
    await recalculate([largest]);
    lines.push(`workbook staff=1000: LibreOffice load+recalculate+save ${((performance.now() - t) / 1000).toFixed(1)} s (11 payroll months)`);
    await disposeOracle();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
