/**
 * The city profile in use, named on Settings (SI_Profile) and on the InsuranceBases rows: the payroll's band takes the
 * rows whose profile cell equals SI_Profile as text, ignoring case only; reading takes an example's id and both its
 * names as one profile, and a user's profile by its text, case and all. Where the two would take other rows the cell
 * naming the profile otherwise is refused, with its place. LibreOffice's side: test/oracle/profileAliases.oracle.test.ts.
 */
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE } from "../../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { Locator } from "../../../src/workbook/read/locator";
import type { ReadProblem } from "../../../src/workbook/read/problems";
import { checkProfileNames } from "../../../src/workbook/read/profileNames";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";

const ZH = "上海（示例，请核对本市标准）";
const EN = "Shanghai (example — check your city)";

describe("checkProfileNames", () => {
  const LIST = "settings.insuranceBases";
  function check(chosen: string, rows: readonly string[], lang: Lang = "zh-CN"): ReadProblem[] {
    const locator = new Locator();
    locator.set("settings.insuranceProfile", { sheet: "设置", address: "B30" });
    rows.forEach((_, i) => locator.set(`${LIST}[${i}].profile`, { sheet: "设置", address: `A${40 + i}`, row: 40 + i, column: "档案" }));
    const problems: ReadProblem[] = [];
    checkProfileNames(rows.map((profile) => ({ profile })), chosen, locator, problems, LIST, lang);
    return problems.map((p) => ({ ...p, place: { sheet: "", address: p.place?.address ?? "" } }));
  }
  const at = (address: string) => ({ sheet: "", address });

  test("Settings naming an example otherwise than all its rows is refused on Settings' cell, naming the rows' text", () => {
    expect(check("shanghai", [ZH, ZH])).toEqual([{ code: "insurance.profileAlias", params: { typed: "shanghai", shown: ZH }, path: "settings.insuranceProfile", place: at("B30") }]);
    expect(check(EN, [ZH])[0]!.params).toEqual({ typed: EN, shown: ZH });
  });

  test("where the text to match is the example's id or its other language's name, its name in the workbook's language is offered first", () => {
    // Rows named by the id under Settings' Chinese name: write the Chinese name everywhere, or (only) Settings' id.
    expect(check(ZH, ["shanghai", "SHANGHAI"])).toEqual([
      { code: "insurance.profileAliasName", params: { typed: ZH, shown: "shanghai", name: ZH }, path: "settings.insuranceProfile", place: at("B30") },
    ]);
    expect(check("shanghai", [EN])[0]).toMatchObject({ code: "insurance.profileAliasName", params: { typed: "shanghai", shown: EN, name: ZH } });
    // A row by the id beside Settings' id and rows of the Chinese name.
    expect(check("shanghai", ["shanghai", ZH])).toEqual([
      { code: "insurance.profileAliasName", params: { typed: ZH, shown: "shanghai", name: ZH }, path: `${LIST}[1].profile`, place: at("A41") },
    ]);
    // An English workbook offers the English name.
    expect(check(EN, ["shanghai"], "en-US")[0]).toMatchObject({ code: "insurance.profileAliasName", params: { typed: EN, shown: "shanghai", name: EN } });
    expect(check("shanghai", [EN], "en-US")[0]).toMatchObject({ code: "insurance.profileAlias", params: { typed: "shanghai", shown: EN } });
  });

  test("rows naming the example in use otherwise than Settings, beside rows that name it so, are refused each on its row", () => {
    expect(check(ZH, [ZH, "shanghai", EN])).toEqual([
      { code: "insurance.profileAlias", params: { typed: "shanghai", shown: ZH }, path: `${LIST}[1].profile`, place: at("A41") },
      { code: "insurance.profileAlias", params: { typed: EN, shown: ZH }, path: `${LIST}[2].profile`, place: at("A42") },
    ]);
  });

  test("a user's profile's row a case apart from the one in use is refused: the sheet takes it for the profile in use, reading for another", () => {
    expect(check("Suzhou", ["Suzhou", "suzhou"])).toEqual([{ code: "insurance.profileCase", params: { typed: "suzhou", shown: "Suzhou" }, path: `${LIST}[1].profile`, place: at("A41") }]);
  });

  test("names both sides pair alike are not this check's: as typed, case apart for an example, other profiles, none chosen", () => {
    expect(check(ZH, [ZH, "上海（示例，请核对本市标准）".toUpperCase()])).toEqual([]);
    expect(check("Shanghai", ["SHANGHAI", "shanghai"])).toEqual([]);
    expect(check("苏州", ["苏州", ZH, "北京"])).toEqual([]);
    expect(check("", [ZH, "shanghai"])).toEqual([]);
    // A profile no row names: core says whether it knows it (insurance.profileUnknown), not this check.
    expect(check("杭州", [ZH])).toEqual([]);
  });
});

describe("reading a workbook", () => {
  const CONFIG = parsed({
    settings: { insuranceProfile: "shanghai" },
    roles: [{ id: "plain", share: null, baseMin: null, insured: true }],
    staff: [{ id: "E01", role: "plain", base: "3000" }],
    months: [{ month: "2025-03", grossMargin: "0" }],
  });
  type Grid = Parameters<NonNullable<Parameters<typeof specGrid>[1]>>[0];

  function said(lang: Lang, edit: (g: Grid, profileAt: string) => void): string[] {
    const built = buildWorkbook(CONFIG, "2025-03", lang);
    const profileAt = built.spec.names.find((n) => n.name === "SI_Profile")!.range.split("!").pop()!.replace(/\$/g, "");
    const read = parseRead(readConfig(specGrid(built.spec, (g) => edit(g, profileAt)), lang, { months: workbookMonths(built.spec.sheets.map((s) => s.key)) }));
    return read.ok ? [] : read.problems.map((p) => describeReadProblem(p, lang));
  }

  test("as built, both languages read back without a problem", () => {
    expect(said("zh-CN", () => undefined)).toEqual([]);
    expect(said("en-US", () => undefined)).toEqual([]);
  });

  test("rows renamed to the example's id under Settings' Chinese name: the Chinese name is offered before the id", () => {
    const out = said("zh-CN", (g) => {
      for (const row of g.tables.get(TABLE.insuranceBases)!) if (row.profile === ZH) row.profile = "shanghai";
    });
    expect(out).toEqual([expect.stringMatching(/^“设置”表 B\d+：“上海（示例，请核对本市标准）”与“shanghai”.*请把这里、设置中的“使用的城市档案”和“缴费基数”表中该档案的各行都写成“上海（示例，请核对本市标准）”（或只把这里改成“shanghai”）。$/)]);
  });

  test("the example chosen in Settings by its id: refused on Settings' cell, in both languages", () => {
    expect(said("en-US", (g, at) => void g.cells.set(`settings!${at}`, "shanghai"))).toEqual([
      expect.stringMatching(/^Settings, cell B\d+: "shanghai" and "Shanghai \(example — check your city\)" are one city profile to ShopSheet.*Change it to "Shanghai \(example — check your city\)"\.$/),
    ]);
    expect(said("zh-CN", (g, at) => void g.cells.set(`settings!${at}`, EN))).toEqual([expect.stringMatching(/^“设置”表 B\d+：“Shanghai \(example — check your city\)”与“上海/)]);
  });

  test("one row renamed to the example's English name in a Chinese workbook: refused on that row", () => {
    const out = said("zh-CN", (g) => void (g.tables.get(TABLE.insuranceBases)![2]!.profile = EN));
    expect(out).toEqual([expect.stringMatching(/^“设置”表第 \d+ 行“城市档案”列（[A-Z]+\d+）：“Shanghai \(example — check your city\)”与“上海（示例，请核对本市标准）”/)]);
  });
});
