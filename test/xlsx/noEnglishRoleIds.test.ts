/**
 * No English code in a Chinese sheet: the .xlsx the CLI writes in Chinese holds none of the catalogue's role ids
 * (manager, promoter, designer, service, shipping) as a cell's value or a formula's cached result, on any sheet,
 * hidden rows and folded columns included, nor in a formula's text. The one column with English in it is the
 * Roles table's English name (a translation the user edits, folded away in Chinese): "Designer" is the designer's
 * English name there, not its code. Table names (Members_manager) are no cell's: they stay, as before, for the
 * workbooks made before to find their tables (src/workbook/names.ts membersTable). The English workbook keeps
 * its ids — the scan finds them there, so it can fail.
 */
import * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import type { Lang } from "../../src/data/lang";
import { buildWorkbook } from "../../src/workbook/build";
import { columnLetter } from "../../src/workbook/layout";
import { rolesTable } from "../../src/workbook/sheets/roles";
import { wbText } from "../../src/workbook/text";
import { toBufferFast } from "../../src/xlsx/writer";

const IDS = ["manager", "promoter", "designer", "service", "shipping"];
const WORD = new RegExp(`(?<![A-Za-z0-9_])(${IDS.join("|")})(?![A-Za-z0-9_])`, "i");

interface Finding {
  where: string;
  what: string;
}

/** Every cell holding an id (trimmed, any case) as its value or cached result, or naming one in its formula. */
async function scan(lang: Lang): Promise<{ found: Finding[]; tables: string[]; cells: number }> {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toBufferFast(buildWorkbook(parsed.config, "2026-11", lang).spec)) as unknown as ArrayBuffer);
  const englishNames = columnLetter(rolesTable([], lang), "nameEn");
  const rolesSheet = wbText("wb.roles.sheet", lang);
  const found: Finding[] = [];
  const tables: string[] = [];
  let cells = 0;
  wb.eachSheet((ws) => {
    tables.push(...Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells++;
        const v = cell.value as unknown;
        const formula = typeof v === "object" && v !== null && "formula" in v ? String((v as { formula: unknown }).formula) : undefined;
        const shown = formula !== undefined ? (v as { result?: unknown }).result : typeof v === "object" && v !== null && "richText" in v ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("") : v;
        const where = `${ws.name}!${cell.address}`;
        const englishName = ws.name === rolesSheet && cell.address.replace(/\d+$/, "") === englishNames;
        if (typeof shown === "string" && IDS.includes(shown.trim().toLowerCase()) && !englishName) found.push({ where, what: shown });
        if (formula !== undefined && WORD.test(formula)) found.push({ where, what: `=${formula}` });
      }),
    );
  });
  return { found, tables, cells };
}

test("the Chinese example workbook holds no catalogue role id in any cell, value or formula", async () => {
  const { found, tables, cells } = await scan("zh-CN");
  expect(cells).toBeGreaterThan(5000);
  expect(found).toEqual([]);
  // What remains, not a cell's: the role sheets' table names.
  expect(tables.filter((t) => WORD.test(t.replace(/^Members_/, "")))).toEqual(IDS.map((id) => `Members_${id}`));
});

test("the English workbook shows its ids (Roles' id column, the role sheets' B3, the payroll's role column)", async () => {
  const { found } = await scan("en-US");
  const where = found.map((f) => f.where);
  expect(where).toEqual(expect.arrayContaining(["Roles!A6", "Roles!A10", "E-commerce manager!B3", "Shipping & warehouse!B3"]));
  // The eight people's role ids (the role name column says "Designer" too: the English name).
  expect(found.filter((f) => f.where.startsWith("Payroll 2026-11!") && IDS.includes(f.what)).length).toBe(8);
});
