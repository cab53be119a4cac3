/**
 * Role names that differ only by spaces, width or the kind of space, recalculated by LibreOffice (which, like
 * Excel, looks text up as typed, ignoring case only: MATCH, and = in the Roles table's holders).
 *
 * 1. A config file (the CLI's JSON) whose roles' ids and names carry spaces around them and whose Staff rows
 *    name roles by a spaced, cased or full-width twin: the config's text is trimmed, core finds each role by
 *    its folded key (src/core/roles.ts roleKey), and ShopSheet writes every Staff role cell from the role it
 *    found — so LibreOffice's payroll is the engine's, to the fen.
 * 2. The same workbook with roles typed into its cells the way core would still find them (a space after
 *    "manager", a full-width ｍａｎａｇｅｒ, a Roles name typed with a space after it and named without one on
 *    Staff): LibreOffice's payroll finds no role for them and pays no commission where the engine, reading
 *    the cells trimmed and folded, pays one — which is why reading refuses each such cell, with its place.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { MONEY_KEYS } from "../../src/core/payroll";
import type { Lang } from "../../src/data/lang";
import { buildWorkbook, type BuiltWorkbook } from "../../src/workbook/build";
import { payrollTable, SHEET, TABLE } from "../../src/workbook/names";
import { describeReadProblem } from "../../src/workbook/read";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { disposeOracle, errorCells, recalculate } from "./libreoffice";
import { fen, fenOf, rowsByKey } from "./workbookReader";
import { configOf, readBack, typedOver } from "./typedBooks";

const MONTH = "2026-03";

/** As a user might type the config file: roles with stray spaces, Staff naming them in other widths, cases and spaces. */
const RAW = {
  roles: [
    { id: " manager ", share: "0.30", baseMin: 3000, baseMax: 50000 },
    { id: "ops\u3000", nameZh: "运营 组\t", nameEn: " Operations", share: "0.05", baseMin: 3000, baseMax: 20000 },
    { id: "service", nameZh: "客服人员", nameEn: "Customer service", share: "0.08", baseMin: 2500, baseMax: 2500 },
  ],
  staff: [
    { id: "E01", name: "王经理", role: "ｍａｎａｇｅｒ ", base: "12000" },
    { id: "E02", name: "孙运营", role: "\u3000OPS", base: "6000" },
    { id: "E03", name: "李运营", role: " 运营  组 ", base: "5000" },
    { id: "E04", name: "赵六", role: "Service" },
  ],
  months: [{ month: MONTH, grossMargin: "90000" }],
};

/** Every person's money columns in the month, as the recalculated sheet has them and as the engine does. */
function figures(wb: ExcelJS.Workbook, spec: WorkbookSpec, built: BuiltWorkbook) {
  const result = built.payroll.find((r) => r.month === MONTH)!;
  const rows = new Map(rowsByKey(wb, spec, SHEET.payroll(MONTH), payrollTable(MONTH)).map((r) => [r.id, r]));
  return new Map(
    result.employees.map((e) => [
      e.id,
      {
        sheet: Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(rows.get(e.id)?.[k] ?? null)])),
        engine: Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])])),
      },
    ]),
  );
}

const dir = mkdtempSync(join(tmpdir(), "shopsheet-rolespaces-oracle-"));
const config = configOf(RAW);
const built = { en: buildWorkbook(config, MONTH, "en-US"), zh: buildWorkbook(config, MONTH, "zh-CN") };

/** Typed into the English workbook: roles core finds by its folded key, the sheet's lookups not at all. */
const typedEn = typedOver(built.en.spec, {
  [TABLE.staff]: (r) => ({ ...r, role: ({ E01: "manager ", E02: "ＯＰＳ", E03: "Operations" } as Record<string, string>)[String(r.id)] ?? r.role }),
  [TABLE.roles]: (r) => (r.id === "ops" ? { ...r, nameEn: "Operations " } : r),
});
/** Typed into the Chinese workbook, whose Staff sheet names roles by their Chinese names and whose Roles table
 *  shows a catalogue role's id as its Chinese name: there the catalogue's code (service) is no cell's text. */
const typedZh = typedOver(built.zh.spec, {
  [TABLE.staff]: (r) => ({ ...r, role: ({ E01: "电商部经理\u3000", E03: "运营　组", E04: "service" } as Record<string, string>)[String(r.id)] ?? r.role }),
});

const files = { en: join(dir, "en.xlsx"), zh: join(dir, "zh.xlsx"), typedEn: join(dir, "typed-en.xlsx"), typedZh: join(dir, "typed-zh.xlsx") };
let books: Map<string, ExcelJS.Workbook>;

beforeAll(async () => {
  await writeXlsxFast(built.en.spec, files.en);
  await writeXlsxFast(built.zh.spec, files.zh);
  await writeXlsxFast(typedEn, files.typedEn);
  await writeXlsxFast(typedZh, files.typedZh);
  books = await recalculate(Object.values(files));
}, 180_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

test("the config's spaced roles are trimmed, and each Staff row's role, however spaced or wide, is the role core finds", () => {
  expect(config.roles.map((r) => [r.id, r.nameZh, r.nameEn])).toEqual([
    ["manager", "manager", "manager"],
    ["ops", "运营 组", "Operations"],
    ["service", "客服人员", "Customer service"],
  ]);
  expect(config.staff.map((s) => s.role)).toEqual(["manager", "ops", "ops", "service"]);
  // Every one of them is paid a commission that a role lost by the sheet's lookups would not pay.
  for (const e of built.en.payroll.find((r) => r.month === MONTH)!.employees) expect(e.commission.isPositive()).toBe(true);
});

test.each(["en", "zh"] as const)("as ShopSheet writes it (%s), LibreOffice's payroll is the engine's for every person, to the fen", (lang) => {
  const wb = books.get(files[lang])!;
  expect(errorCells(wb)).toEqual([]);
  const all = figures(wb, built[lang].spec, built[lang]);
  expect(all.size).toBe(4);
  for (const [id, f] of all) expect({ id, ...f.sheet }).toEqual({ id, ...f.engine });
});

const typedCases: [Lang, keyof typeof files, WorkbookSpec, string[], string][] = [
  ["en-US", "typedEn", typedEn, ["E01", "E02", "E03"], "E04"],
  ["zh-CN", "typedZh", typedZh, ["E01", "E03", "E04"], "E02"],
];

test.each(typedCases)("roles typed spaced or wide (%s): LibreOffice pays them no commission where the engine would", (lang, key, spec, lost, kept) => {
  const all = figures(books.get(files[key])!, spec, lang === "en-US" ? built.en : built.zh);
  for (const id of lost) {
    const f = all.get(id)!;
    expect(f.engine.commission).not.toBe("0.00");
    expect(f.sheet.commission).not.toBe(f.engine.commission);
  }
  // The row left as ShopSheet wrote it is still the engine's.
  expect(all.get(kept)!.sheet).toEqual(all.get(kept)!.engine);
});

test("reading the English workbook refuses each cell the sheet would not find, where it is", async () => {
  const read = await readBack(files.typedEn);
  expect(read.ok).toBe(false);
  expect(read.ok ? [] : read.problems.map((p) => describeReadProblem(p, "en-US"))).toEqual([
    expect.stringMatching(/^Roles, row \d+, column “[^”]+” \(C\d+\): "Operations␣" has a space at its start or end/),
    expect.stringMatching(/^Staff, row \d+, column “Role” \(C\d+\): "manager␣" has a space at its start or end/),
    expect.stringMatching(/^Staff, row \d+, column “Role” \(C\d+\): the role "ＯＰＳ" is not an ID or name as the Roles table has it .*Change it to "ops"$/),
  ]);
});

test("reading the Chinese workbook refuses each cell the sheet would not find, where it is, naming roles in Chinese", async () => {
  const read = await readBack(files.typedZh);
  expect(read.ok).toBe(false);
  expect(read.ok ? [] : read.problems.map((p) => describeReadProblem(p, "zh-CN"))).toEqual([
    expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：“电商部经理␣”的开头或结尾有空格/),
    expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：岗位“运营　组”不是岗位表里原样写着的编号或名称.*请改成“运营 组”$/),
    expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：岗位“service”不是岗位表里原样写着的编号或名称.*请改成“客服人员”$/),
  ]);
});

test("the workbooks as ShopSheet wrote them read back without a word", async () => {
  for (const path of [files.en, files.zh]) expect(await readBack(path)).toMatchObject({ ok: true });
});
