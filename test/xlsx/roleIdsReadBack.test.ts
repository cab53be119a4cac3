/**
 * A Chinese .xlsx read back (`shopsheet read`, the xlsx reader): the catalogue roles' Chinese keys in Roles' id
 * column are their ids again (manager …), so the config and the workbook still match; a workbook of layout 13,
 * whose Roles and role sheets hold the ids in English, reads the same; a user's id typed into a Chinese Roles
 * row — a Chinese one, or `manager` — is read as typed.
 */
import * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { parseRead, readConfig, workbookMonths } from "../../src/workbook/read";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

const CATALOGUE = ["manager", "promoter", "designer", "service", "shipping"];

function example() {
  const parsed = parseConfig(exampleTeamConfig("2026-02"));
  if (!parsed.ok) throw new Error("example");
  return parsed.config;
}

async function readBack(change?: (roles: ExcelJS.Worksheet) => void) {
  const bytes = await toBuffer(buildWorkbook(example(), "2026-02", "zh-CN").spec);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change?.(wb.getWorksheet("岗位")!);
  const file = await readWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()));
  const read = parseRead(readConfig(file.grid, file.lang, { months: workbookMonths(file.keys) }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { ids: read.config.roles.map((r) => r.id), staff: read.config.staff.map((s) => s.role), shown: (wb.getWorksheet("岗位")!.getColumn(1).values as unknown[]).slice(6, 11) };
}

test("the Chinese keys read back as the catalogue ids, and each person keeps their role", async () => {
  const back = await readBack();
  expect(back.shown).toEqual(["电商部经理", "推广策划和实施专员", "美工编辑", "客服人员", "发货人员"]);
  expect(back.ids).toEqual(CATALOGUE);
  expect(back.staff).toEqual(example().staff.map((s) => s.role));
});

test("a layout-13 workbook's English ids read the same", async () => {
  const back = await readBack((roles) => CATALOGUE.forEach((id, i) => (roles.getCell(6 + i, 1).value = id)));
  expect(back.ids).toEqual(CATALOGUE);
  expect(back.staff).toEqual(example().staff.map((s) => s.role));
});

test("an id the user typed over a catalogue role's key is theirs, as typed (the staff naming the role by name follow it)", async () => {
  const back = await readBack((roles) => {
    roles.getCell(6, 1).value = "店长";
    roles.getCell(9, 1).value = "客服2";
  });
  expect(back.ids).toEqual(["店长", "promoter", "designer", "客服2", "shipping"]);
  expect(back.staff).toEqual(example().staff.map((s) => ({ manager: "店长", service: "客服2" } as Record<string, string>)[s.role] ?? s.role));
});
