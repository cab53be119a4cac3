/**
 * The Holidays table on Settings read back into the config's calendar[] (src/workbook/read/holidayRows.ts):
 * the years that differ from the shipped calendar, each day by its kind; hostile cells said where they are.
 */
import { parseConfig } from "../../../src/core/config";
import { isoToSerial } from "../../../src/core/serialDate";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE } from "../../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig } from "../../../src/workbook/read";
import { isoFromText } from "../../../src/workbook/read/holidayRows";
import { specGrid } from "./specGrid";

const USER_2027 = {
  year: 2027,
  holidays: [
    { date: "2027-01-01", name: "元旦", statutory: true },
    { date: "2027-02-08", name: "春节", statutory: false },
  ],
  makeUpWorkdays: [{ date: "2027-02-06", name: "春节" }],
};

function built(month: string, lang: Lang, calendar?: unknown[]) {
  const parsed = parseConfig({ ...exampleTeamConfig(month), ...(calendar ? { calendar } : {}) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildWorkbook(parsed.config, month as `${number}-${number}`, lang).spec;
}

type Row = Record<string, unknown>;
function readWith(month: string, lang: Lang, rows: (existing: Row[]) => void, calendar?: unknown[]) {
  const spec = built(month, lang, calendar);
  const grid = specGrid(spec, ({ tables }) => rows(tables.get(TABLE.holidays)!));
  return readConfig(grid, lang, { months: [] });
}

describe("the Holidays table read back", () => {
  it("a workbook of the package's years reads back no calendar (the config stays as short as it was)", () => {
    const read = readWith("2026-11", "zh-CN", () => {});
    expect(read.problems).toEqual([]);
    expect(read.raw.calendar).toBeUndefined();
  });

  it("a user's year in the config is written and read back the same (round trip)", () => {
    const read = readWith("2027-02", "en-US", () => {}, [USER_2027]);
    const r = parseRead(read);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.config.calendar).toEqual([{ ...USER_2027, source: "workbook" }]);
  });

  it("2027's days typed by the user at the table's end — a text date with slashes, an Excel serial, the other language's word — become calendar[]", () => {
    const read = readWith("2026-11", "zh-CN", (rows) => {
      rows.push({ date: "2027/1/1", kind: "法定节假日", name: "元旦" });
      rows.push({ date: isoToSerial("2027-02-08"), kind: "swapped rest day", name: "春节" });
      rows.push({ date: "2027-02-06", kind: "调休上班日", name: "" });
    });
    const r = parseRead(read);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.config.calendar).toEqual([
      {
        year: 2027,
        holidays: [
          { date: "2027-01-01", name: "元旦", statutory: true },
          { date: "2027-02-08", name: "春节", statutory: false },
        ],
        makeUpWorkdays: [{ date: "2027-02-06", name: "调休上班" }],
        source: "workbook",
      },
    ]);
  });

  it("says what is wrong and where: an impossible date, an unknown kind, a date entered twice, a make-up day on a weekday", () => {
    const read = readWith("2026-11", "zh-CN", (rows) => {
      const n = rows.length;
      rows.push({ date: "2027-02-30", kind: "法定节假日", name: "" });
      rows.push({ date: "2027-01-01", kind: "休息", name: "" });
      rows.push({ date: "2027-01-02", kind: "法定节假日", name: "" });
      rows.push({ date: "2027/01/02", kind: "调休休息日", name: "" });
      rows.push({ date: "2027-01-04", kind: "调休上班日", name: "" });
      rows.push({ date: "", kind: "法定节假日", name: "元旦" });
      expect(rows.length).toBe(n + 6);
    });
    // Layout 15: the table's header is at J52 (the settings end with a blank row 48; a blank row, its note and its
    // heading follow, 49–51). The package's 2026 fills rows 53–91 (39 days); the user's rows start at 92.
    expect(read.problems.map((p) => describeReadProblem(p, "zh-CN"))).toEqual([
      "“设置”表第 92 行“日期”列（J92）：「2027-02-30」不是有效日期，请按 YYYY-MM-DD 填写。",
      "“设置”表第 93 行“类型”列（K93）：「休息」不是节假日类型：请选择“法定节假日”“调休休息日”或“调休上班日”。",
      "“设置”表第 95 行“日期”列（J95）：2027-01-02 填写了两次（法定节假日、调休休息日）：每个日期只能有一种类型。",
      "“设置”表第 96 行“日期”列（J96）：2027-01-04 是周一至周五，不可能是调休上班日（调休上班日都是周末）。",
      "“设置”表第 97 行“日期”列（J97）：必填",
    ]);
  });
});

describe("isoFromText", () => {
  it("takes 2027/1/1, 2027.1.1 and 2027-1-1 as 2027-01-01 and leaves anything else", () => {
    expect(["2027/1/1", "2027.1.1", "2027-1-1", " 2027-01-01 ", "1/1/2027", "2027年1月1日"].map(isoFromText)).toEqual(["2027-01-01", "2027-01-01", "2027-01-01", "2027-01-01", "1/1/2027", "2027年1月1日"]);
  });
});
