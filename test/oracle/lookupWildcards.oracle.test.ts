/**
 * Text a user types where the workbook's lookups read it, recalculated by LibreOffice. Excel's MATCH (type 0)
 * reads * ? ~ in the value looked up as wildcards, and COUNTIF also a leading = < > as a comparison; LibreOffice
 * does the same in an .xlsx against a range (its OOXML import turns wildcards on) — the first test pins what it
 * does, so the rest stands on it.
 *
 * 1. Roles named with what is no wildcard: = < > at the start (MATCH takes them literally) and the full-width
 *    ＊ ？ ～ (neither Excel's docs nor LibreOffice know them as wildcards), each with a role before it that a
 *    pattern would find first. Accepted by the engine, and Staff rows naming them — as ShopSheet writes them
 *    in Chinese, as a user types the English names — get the engine's pay to the fen.
 * 2. The same workbook with texts typed that MATCH would read as patterns — a Staff role 客服*, a re-hire's
 *    link E0?, a deduction's person E0? and category 子女*, an insurance type 养* — and category names core
 *    folds but the sheet's = does not: each row's Check in LibreOffice says what is wrong, and reading the
 *    workbook refuses each cell, saying where.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { MONEY_KEYS } from "../../src/core/payroll";
import { buildWorkbook, type BuiltWorkbook } from "../../src/workbook/build";
import { payrollTable, SHEET, TABLE } from "../../src/workbook/names";
import { describeReadProblem } from "../../src/workbook/read";
import { wbText } from "../../src/workbook/text";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { cellValue, disposeOracle, errorCells, recalculate, type Read } from "./libreoffice";
import { fen, fenOf, rowsByKey } from "./workbookReader";
import { configOf, readBack, typedOver, type Row } from "./typedBooks";

const MONTH = "2025-03";

/** Before each role with a name MATCH could misread stands one a pattern would find first (客服主管 for 客服＊…). */
const config = configOf({
  settings: { insuranceProfile: "shanghai" },
  roles: [
    { id: "lead", nameZh: "客服主管", nameEn: "Designs", share: "0.10", baseMin: 3000, baseMax: 20000 },
    { id: "art", nameZh: "美工", nameEn: "Operations", share: "0.02", baseMin: 2500, baseMax: 2500 },
    { id: "service", nameZh: "=客服", nameEn: "<>", share: "0.08", baseMin: 1800, baseMax: 1800 },
    { id: "ops", nameZh: "客服＊", nameEn: ">5", share: "0.05", baseMin: 3000, baseMax: 20000 },
    { id: "design", nameZh: "～美工", nameEn: "Design？", share: "0.07", baseMin: 2500, baseMax: 2500 },
  ],
  staff: [
    { id: "E01", name: "主管", role: "客服主管", base: "9000", deductions: [{ category: "childEducation", from: "2025-01" }] },
    { id: "E02", name: "客服", role: "=客服", deductions: [{ category: "elderlySupport", from: "2025-01" }] },
    { id: "E03", name: "运营", role: "客服＊", base: "6000", deductions: [{ category: "housingLoanInterest", from: "2025-01" }] },
    { id: "E04", name: "美工", role: "～美工" },
    { id: "E05", name: "美工二", role: "美工" },
  ],
  months: [{ month: MONTH, grossMargin: "120000" }],
});

const by = (id: unknown, edits: Record<string, Partial<Row>>, row: Row): Row => ({ ...row, ...(edits[String(id)] ?? {}) });

const built = { en: buildWorkbook(config, MONTH, "en-US"), zh: buildWorkbook(config, MONTH, "zh-CN") };
/** The English workbook names roles by id on Staff: a user types the English names instead. */
const namedEn = typedOver(built.en.spec, {
  [TABLE.staff]: (r) => by(r.id, { E02: { role: "<>" }, E03: { role: ">5" }, E04: { role: "Design？" } }, r),
});
/** Typed into the Chinese workbook: texts Excel's MATCH would take for patterns, and categories written otherwise. */
const nasty = typedOver(built.zh.spec, {
  [TABLE.staff]: (r) => by(r.id, { E03: { role: "客服*" }, E04: { role: "~美工" }, E05: { sameAs: "E0?" } }, r),
  [TABLE.deductions]: (r, i) => [{ ...r, category: "子女*" }, { ...r, person: "E0?" }, { ...r, category: "住房 贷款利息" }][i] ?? r,
  [TABLE.insuranceBases]: (r, i) => (i === 0 ? { ...r, type: "养*" } : r),
});

const dir = mkdtempSync(join(tmpdir(), "shopsheet-wildcards-oracle-"));
const files = { probe: join(dir, "probe.xlsx"), zh: join(dir, "zh.xlsx"), namedEn: join(dir, "named-en.xlsx"), nasty: join(dir, "nasty.xlsx") };
const PROBES = ["客*", "客服＊", "客＊", "=客服", "<>", "E0?", "~"];
let books: Map<string, ExcelJS.Workbook>;

/** A sheet of MATCH and COUNTIF over a range, to pin what LibreOffice makes of each probe. */
async function writeProbe(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Probe");
  ["客服", "客服＊", "=客服", "<>", "E01", "~"].forEach((v, i) => (ws.getCell(`A${i + 1}`).value = v));
  PROBES.forEach((p, i) => {
    ws.getCell(`C${i + 1}`).value = p;
    ws.getCell(`D${i + 1}`).value = { formula: `IFERROR(MATCH(C${i + 1},$A$1:$A$6,0),0)` } as ExcelJS.CellFormulaValue;
    ws.getCell(`E${i + 1}`).value = { formula: `COUNTIF($A$1:$A$6,C${i + 1})` } as ExcelJS.CellFormulaValue;
  });
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  await writeProbe(files.probe);
  await writeXlsxFast(built.zh.spec, files.zh);
  await writeXlsxFast(namedEn, files.namedEn);
  await writeXlsxFast(nasty, files.nasty);
  books = await recalculate(Object.values(files));
}, 180_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

test("LibreOffice reads * ? ~ in MATCH's value as wildcards against a range, = < > literally, and full-width ＊ as itself; COUNTIF reads = and <> as comparisons", () => {
  const ws = books.get(files.probe)!.getWorksheet("Probe")!;
  const got = PROBES.map((p, i) => [p, cellValue(ws.getCell(`D${i + 1}`)), cellValue(ws.getCell(`E${i + 1}`))]);
  expect(got).toEqual([
    ["客*", 1, 2], // 客服 first, as Excel's MATCH: a pattern
    ["客服＊", 2, 1], // itself only
    ["客＊", 0, 0],
    ["=客服", 3, 1], // MATCH: the cell =客服; COUNTIF: "= 客服", the cell 客服
    ["<>", 4, 6], // MATCH: the cell <>; COUNTIF: every non-blank cell
    ["E0?", 5, 1],
    ["~", 6, 1], // an escape with nothing after it stands for itself
  ]);
});

function figures(wb: ExcelJS.Workbook, spec: WorkbookSpec, b: BuiltWorkbook): { sheet: Record<string, string>; engine: Record<string, string> }[] {
  const rows = new Map(rowsByKey(wb, spec, SHEET.payroll(MONTH), payrollTable(MONTH)).map((r) => [r.id, r]));
  return b.payroll
    .find((r) => r.month === MONTH)!
    .employees.map((e) => ({
      sheet: { id: e.id, ...Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(rows.get(e.id)?.[k] ?? null)])) },
      engine: { id: e.id, ...Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])])) },
    }));
}

test.each([
  ["zh", files.zh, built.zh.spec, built.zh],
  ["en, names typed on Staff", files.namedEn, namedEn, built.en],
] as const)("roles named = < > ＊ ？ ～ (%s): LibreOffice's payroll is the engine's for every person, to the fen, and no Check speaks", (_, path, spec, b) => {
  const wb = books.get(path)!;
  expect(errorCells(wb)).toEqual([]);
  const all = figures(wb, spec, b);
  expect(all).toHaveLength(5);
  // Each role's commission differs (its own share), so a role found by a pattern would show.
  expect(new Set(all.map((f) => f.engine.commission)).size).toBe(5);
  for (const f of all) expect(f.sheet).toEqual(f.engine);
  const staff = rowsByKey(wb, spec, SHEET.staff, TABLE.staff);
  expect(staff.map((r) => r.check ?? "")).toEqual(["", "", "", "", ""]);
});

test("the English workbook with the names typed on Staff reads back as the same roles", async () => {
  const read = await readBack(files.namedEn);
  expect(read.ok && read.config.staff.map((s) => s.role)).toEqual(["lead", "service", "ops", "design", "art"]);
});

test("typed patterns: each row's Check in LibreOffice says what is wrong, and the lookups find nothing by a pattern", () => {
  const wb = books.get(files.nasty)!;
  const zh = (code: Parameters<typeof wbText>[0]) => wbText(code, "zh-CN");
  const staff = rowsByKey(wb, nasty, SHEET.staff, TABLE.staff) as Record<string, Read>[];
  expect(staff.map((r) => [r.id, r.check ?? ""])).toEqual([
    ["E01", ""],
    ["E02", ""],
    ["E03", zh("wb.staff.roleWildcard")],
    ["E04", zh("wb.staff.roleWildcard")],
    ["E05", zh("wb.staff.sameAsUnknown")],
  ]);
  const items = rowsByKey(wb, nasty, SHEET.deductions, TABLE.deductions) as Record<string, Read>[];
  expect(items.map((r) => [r.person, r.name ?? "", r.code, r.check])).toEqual([
    ["E01", "主管", 0, zh("wb.deductions.unknownCategory")],
    ["E0?", "", 3, zh("wb.deductions.unknownPerson")],
    ["E03", "运营", 0, zh("wb.deductions.unknownCategory")],
  ]);
  const bases = rowsByKey(wb, nasty, SHEET.settings, TABLE.insuranceBases) as Record<string, Read>[];
  expect(bases[0]!.typeKey).toBe(0);
  expect(bases.slice(1).every((r) => typeof r.typeKey === "number" && r.typeKey > 0)).toBe(true);
});

test("reading the typed workbook refuses each such cell, saying where and why", async () => {
  const read = await readBack(files.nasty);
  expect(read.ok).toBe(false);
  const problems = read.ok ? [] : read.problems;
  expect(problems.map((p) => [p.code, p.path])).toEqual(
    expect.arrayContaining([
      ["name.wildcard", "staff[2].role"],
      ["name.wildcard", "staff[3].role"],
      ["deductions.categoryUnknown", "staff[0].deductions[0].category"],
      ["deductions.personUnknown", "deductions[1].staff"],
      ["deductions.categoryAsTyped", "deductions[2].category"],
    ]),
  );
  const said = problems.map((p) => describeReadProblem(p, "zh-CN"));
  expect(said).toContainEqual(expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：“客服\*”含有 \*：Excel 查找岗位/));
  expect(said).toContainEqual(expect.stringMatching(/^“专项附加扣除”表第 \d+ 行.*专项附加扣除类别「住房 贷款利息」.*请改成「住房贷款利息」/));
  expect(problems.map((p) => describeReadProblem(p, "en-US"))).toContainEqual(expect.stringMatching(/^员工, row \d+, column “岗位” \(C\d+\): "~美工" contains ~: Excel's lookups read \* \? ~/));
  // The re-hire's link and the insurance type are refused too, each on its cell.
  expect(problems.some((p) => p.path.startsWith("staff[4].sameAs"))).toBe(true);
  expect(problems.some((p) => /insurance/i.test(p.path) || /insurance/i.test(p.code))).toBe(true);
});

test("the workbooks as ShopSheet wrote them read back without a word", async () => {
  expect(await readBack(files.zh)).toMatchObject({ ok: true });
});
