import * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { readConfig, workbookMonths } from "../../src/workbook/read";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

async function book(lang: "zh-CN" | "en-US", change?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const parsed = parseConfig(exampleTeamConfig("2026-02"));
  if (!parsed.ok) throw new Error("example");
  const bytes = await toBuffer(buildWorkbook(parsed.config, "2026-02", lang).spec);
  if (!change) return bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("an .xlsx workbook as a grid", () => {
  it.each(["zh-CN", "en-US"] as const)("finds the %s workbook's language, its sheets by their key names and its months", async (lang) => {
    const file = await readWorkbookFile(await book(lang));
    expect(file.lang).toBe(lang);
    expect(file.keys).toEqual(expect.arrayContaining(["settings", "roles", "staff", "payroll:2026-01", "payroll:2026-02", "targets:2026-02", "slips:2026-02"]));
    expect(workbookMonths(file.keys)).toEqual(["2026-01", "2026-02"]);
    expect(file.grid.sheetName("staff")).toBe(lang === "zh-CN" ? "员工" : "Staff");
  });

  it("reads a named setting where its name points (the name follows a moved row in Excel)", async () => {
    const file = await readWorkbookFile(
      await book("en-US", (wb) => {
        wb.definedNames.remove("'Settings'!$B$5", "PoolRate");
        wb.definedNames.add("'Settings'!$B$40", "PoolRate");
        wb.getWorksheet("Settings")!.getCell("B40").value = 0.33;
      }),
    );
    expect(file.grid.cell("settings", "B5", "PoolRate")).toEqual({ value: 0.33, place: { sheet: "Settings", address: "B40" } });
    expect(readConfig(file.grid, file.lang, { months: [] }).raw.settings?.poolRate).toBe(0.33);
  });

  it("finds each column by its header wherever it stands, and says which of ours is missing", async () => {
    const file = await readWorkbookFile(
      await book("en-US", (wb) => {
        // The user swapped the start and end date columns (headers and values), and renamed Base.
        const staff = wb.getWorksheet("Staff")!;
        const model = (staff.getTable("Staff") as unknown as { table: { columns: { name: string }[] } }).table;
        const swap = (a: number, b: number) => {
          [model.columns[a]!.name, model.columns[b]!.name] = [model.columns[b]!.name, model.columns[a]!.name];
          for (let row = 5; row <= 13; row++) {
            const [x, y] = [staff.getCell(row, a + 1).value, staff.getCell(row, b + 1).value];
            staff.getCell(row, a + 1).value = y;
            staff.getCell(row, b + 1).value = x;
          }
        };
        swap(6, 7);
        model.columns[3]!.name = "Basis";
        staff.getCell("D5").value = "Basis";
      }),
    );
    const read = readConfig(file.grid, file.lang, { months: [] });
    expect(file.problems.map((p) => [p.code, p.params.column, p.place?.sheet])).toEqual([["wb.read.columnMissing", "Base", "Staff"]]);
    const first = read.raw.staff![0] as Record<string, unknown>;
    expect([first.startDate, first.base]).toEqual(["2024-03-01", null]);
  });
});

describe("the year-end bonus's taxation in a Chinese workbook (issue 12: no English code in a cell a person sees)", () => {
  it("shows 单独计税/并入综合所得 where it is typed and where it is applied, and reads the words, the other language's and the codes back as the config's codes", async () => {
    const raw = exampleTeamConfig("2026-02");
    raw.months[1]!.entries.push(
      { staff: "E01", annualBonus: "36000", annualBonusTaxation: "separate" } as never,
      { staff: "E03", annualBonus: "20000", annualBonusTaxation: "merged" } as never,
      { staff: "E04", annualBonus: "5000", annualBonusTaxation: "merged" } as never,
    );
    const parsed = parseConfig(raw);
    if (!parsed.ok) throw new Error("example with bonuses");
    const bytes = await toBuffer(buildWorkbook(parsed.config, "2026-02", "zh-CN").spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("工资 2026-02")!;
    const header = ws.getRow(9);
    const colOf = (text: string) => {
      let at = 0;
      header.eachCell((c, n) => {
        if (c.value === text) at = n;
      });
      expect([text, at > 0]).toEqual([text, true]);
      return at;
    };
    const typed = colOf("年终奖计税方式（空 = 自动）");
    const applied = colOf("年终奖计税方式");
    const rowOf = (id: string) => {
      for (let r = 10; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
      throw new Error(id);
    };
    const shown = (r: number, c: number) => {
      const v = ws.getCell(r, c).value as unknown;
      // A formula's cached result (none written for a blank text).
      return typeof v === "object" && v !== null && "formula" in v ? ((v as { result?: unknown }).result ?? "") : v;
    };
    expect(["E01", "E03", "E02"].map((id) => [shown(rowOf(id), typed), shown(rowOf(id), applied)])).toEqual([
      ["单独计税", "单独计税"],
      ["并入综合所得", "并入综合所得"],
      [null, ""],
    ]);
    // Typed by hand: E03 in English, E04 as the code, E01's word left as it is.
    ws.getCell(rowOf("E03"), typed).value = "Merged";
    ws.getCell(rowOf("E04"), typed).value = "separate";
    const file = await readWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()));
    const read = readConfig(file.grid, file.lang, { months: ["2026-02"] });
    const entries = (read.raw.months[0]!.entries ?? []) as { staff: string; annualBonusTaxation?: unknown }[];
    const taxation = Object.fromEntries(entries.filter((e) => e.annualBonusTaxation != null).map((e) => [e.staff, e.annualBonusTaxation]));
    expect(taxation).toEqual({ E01: "separate", E03: "merged", E04: "separate" });
    expect(read.problems).toEqual([]);
  });
});
