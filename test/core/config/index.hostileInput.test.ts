/**
 * Issue 9 §2: input that users really type — ids that differ only in case or width, ids Excel's
 * lookups would misread, characters an .xlsx cannot hold, an entry naming two people, impossible
 * opening balances, and every problem reported at once. Each expectation is the rule, written by hand.
 */
import fc from "fast-check";
import { parseConfig } from "../../../src/core/config";
import { formatMessage } from "../../../src/data/messages";
import type { Warning } from "../../../src/core/types";

function problems(raw: unknown, month?: string): string[] {
  const r = parseConfig(raw, month);
  return r.ok ? [] : (r.errors as Warning[]).map((e) => `${e.where} ${e.code}`);
}

describe("ids are unique ignoring case and width (Excel's lookups ignore case)", () => {
  test("staff E01 and e01, and full-width Ｅ01, are one id", () => {
    expect(problems({ staff: [{ id: "E01", role: "manager" }, { id: "e01", role: "service" }] })).toEqual(["staff[1].id staff.duplicate"]);
    expect(problems({ staff: [{ id: "E01", role: "manager" }, { id: "Ｅ０１", role: "service" }] })).toEqual(["staff[1].id staff.duplicate"]);
    const r = parseConfig({ staff: [{ id: "E01", role: "manager" }, { id: "e01", role: "service" }] });
    const e = !r.ok ? r.errors[0]! : undefined;
    expect(formatMessage(e!.code, e!.params, "en-US")).toBe(
      'staff id "e01" is the same as "E01" at staff[0] (ignoring case and full/half width: Excel\'s lookups ignore case and would give one person the other\'s pay)',
    );
    expect(formatMessage(e!.code, e!.params, "zh-CN")).toContain("不区分大小写");
  });

  test("role ids Ab and ab are one; a-b and a_b, 经理 and 客服 are two", () => {
    expect(problems({ roles: [{ id: "Ab" }, { id: "ab" }] })).toEqual(["roles[1].id roles.duplicate"]);
    expect(problems({ roles: [{ id: "a-b" }, { id: "a_b" }, { id: "经理" }, { id: "客服" }, { id: "History" }] })).toEqual([]);
  });

  test("an entry refers to a person by id ignoring case, as the workbook would", () => {
    const r = parseConfig({ staff: [{ id: "E01", role: "manager" }], months: [{ month: "2026-11", entries: [{ staff: "e01", reward: "5" }] }] });
    expect(r.ok && r.config.months[0]!.entries[0]!.staff).toBe("E01");
  });
});

describe("role names and a Staff row's role that Excel's MATCH would read as a pattern are refused", () => {
  // The sheets find a Staff row's role by MATCH against Roles' ids and both names (src/workbook/sheets/roleLookup.ts).
  const roles = [{ id: "service", nameZh: "客服", nameEn: "Customer service", share: "0.08", baseMin: 1800, baseMax: 1800 }];
  test.each([
    ["roles[0].nameZh", { roles: [{ ...roles[0], nameZh: "客服*" }], staff: [{ role: "service" }] }, "*"],
    ["roles[0].nameEn", { roles: [{ ...roles[0], nameEn: "Service?" }], staff: [{ role: "service" }] }, "?"],
    ["roles[0].nameZh", { roles: [{ ...roles[0], nameZh: "~客服" }], staff: [{ role: "service" }] }, "~"],
    // Excel finds 客服 for 客* and 客? (LibreOffice too: test/oracle/lookupWildcards.oracle.test.ts); the engine would not.
    ["staff[0].role", { roles, staff: [{ role: "客*" }] }, "*"],
    ["staff[0].role", { roles, staff: [{ role: "客?" }] }, "?"],
    ["staff[0].role", { roles, staff: [{ role: "*" }] }, "*"],
    ["staff[0].role", { roles, staff: [{ role: "~" }] }, "~"],
  ])("%s: %j is refused, naming %s", (where, raw, char) => {
    const r = parseConfig(raw);
    const errors = r.ok ? [] : (r.errors as Warning[]);
    expect(errors.map((e) => `${e.where} ${e.code}`)).toEqual([`${where} name.wildcard`]);
    expect(errors[0]!.params.char).toBe(char);
    expect(formatMessage(errors[0]!.code, errors[0]!.params, "zh-CN")).toContain("通配符");
    expect(formatMessage(errors[0]!.code, errors[0]!.params, "en-US")).toContain("wildcards");
  });

  test.each(["=客服", "<>", ">5", "客服＊", "客？", "～客服"])("%j as a role's name is taken, and a Staff row naming it is that role (MATCH takes it literally)", (name) => {
    const r = parseConfig({ roles: [{ ...roles[0], nameZh: name }], staff: [{ id: "E01", role: name }] });
    expect(r.ok && r.config.staff[0]!.role).toBe("service");
  });
});

describe("ids Excel's lookups would misread are refused", () => {
  test.each([
    ["E*", "id.wildcard"],
    ["E?1", "id.wildcard"],
    ["~E01", "id.wildcard"],
    [">E", "id.comparison"],
    ["=E01", "id.comparison"],
    ["<1", "id.comparison"],
    ["E\t01", "id.lineBreak"],
    ["E\n01", "id.lineBreak"],
    ["E".repeat(256), "id.tooLong"],
  ])("staff id %j: %s", (id, code) => {
    expect(problems({ staff: [{ id, role: "manager" }] })).toEqual([`staff[0].id ${code}`]);
  });

  test("a role id of more than 24 characters is refused (it names the role's sheet and table)", () => {
    expect(problems({ roles: [{ id: "岗".repeat(24) }] })).toEqual([]);
    expect(problems({ roles: [{ id: "岗".repeat(25) }] })).toEqual(["roles[0].id id.tooLong"]);
  });
});

describe("characters an .xlsx cannot hold are refused with their place", () => {
  const ILLEGAL = ["\uFFFE", "\uFFFF", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uD800", "\uDFFF"];
  // Every text of the config that reaches a cell.
  const PLACES: [string, (t: string) => unknown][] = [
    ["staff[0].name", (t) => ({ staff: [{ id: "E01", name: `王${t}五`, role: "manager" }] })],
    ["staff[0].id", (t) => ({ staff: [{ id: `E${t}1`, role: "manager" }] })],
    ["roles[0].id", (t) => ({ roles: [{ id: `r${t}x` }] })],
    ["roles[0].nameZh", (t) => ({ roles: [{ id: "r", nameZh: `经${t}理` }] })],
    ["roles[0].nameEn", (t) => ({ roles: [{ id: "r", nameEn: `Bo${t}ss` }] })],
    ["settings.targets.events[0].name", (t) => ({ settings: { targets: { events: [{ date: "11-11", factor: "3", name: `双十${t}一` }] } } })],
  ];

  test("property: any such character in any of those texts is refused at that place, naming the character", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ILLEGAL), fc.constantFrom(...PLACES), (c, [where, make]) => {
        const r = parseConfig(make(c));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.map((e) => `${e.where} ${e.code}`)).toEqual([`${where} value.badCharacter`]);
        expect(r.errors[0]!.params.char).toBe(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
      }),
      { numRuns: 200 },
    );
  });

  test("tab, line breaks, emoji and CJK extension characters are fine in names", () => {
    expect(problems({ staff: [{ id: "E01", name: "王\t五\n😀𠀀", role: "manager" }] })).toEqual([]);
  });

  test("a text longer than a cell holds (32,767 characters) is refused", () => {
    expect(problems({ staff: [{ id: "E01", name: "王".repeat(32768), role: "manager" }] })).toEqual(["staff[0].name value.tooLong"]);
  });
});

describe("a word that names two people or two roles is refused, not paid to the last one", () => {
  test("two staff called 王五: an entry by name is refused, by id it works", () => {
    const staff = [
      { id: "E01", name: "王五", role: "manager" },
      { id: "E07", name: "王五", role: "service" },
    ];
    expect(problems({ staff, months: [{ month: "2026-11", entries: [{ staff: "王五", reward: "300" }] }] })).toEqual(["months[0].entries[0].staff months.ambiguousStaff"]);
    expect(problems({ staff, months: [{ month: "2026-11", entries: [{ staff: "E07", reward: "300" }] }] })).toEqual([]);
    const r = parseConfig({ staff, months: [{ month: "2026-11", entries: [{ staff: "王五" }] }] });
    const e = !r.ok ? r.errors[0]! : undefined;
    expect(formatMessage(e!.code, e!.params, "zh-CN")).toBe("“王五”对应多名员工（E01, E07）：请写员工编号");
  });

  test("one person's id that is another's name is two people too", () => {
    const staff = [
      { id: "李四", name: "Li", role: "manager" },
      { id: "E02", name: "李四", role: "service" },
    ];
    expect(problems({ staff, months: [{ month: "2026-11", entries: [{ staff: "李四" }] }] })).toEqual(["months[0].entries[0].staff months.ambiguousStaff"]);
  });

  test("a role named by a word that is one role's id and another's name is refused", () => {
    const roles = [{ id: "客服" }, { id: "cs", nameZh: "客服" }];
    expect(problems({ roles, staff: [{ role: "客服" }] })).toEqual(["staff[0].role staff.ambiguousRole"]);
    expect(problems({ roles, staff: [{ role: "cs" }] })).toEqual([]);
  });
});

describe("impossible opening balances are refused with their place", () => {
  const person = (opening: unknown, extra: object = {}) => ({ staff: [{ id: "E01", role: "manager", base: "8000", opening, ...extra }] });

  test("negative gross to date", () => {
    expect(problems(person({ months: 2, gross: "-5000" }))).toEqual(["staff[0].opening.gross value.negative"]);
  });

  test("figures without a month employed, and more tax than income", () => {
    expect(problems(person({ months: 0, gross: "5000" }))).toEqual(["staff[0].opening opening.figuresWithoutMonths"]);
    expect(problems(person({ months: 2, gross: "100", taxWithheld: "200" }))).toEqual(["staff[0].opening opening.taxAboveGross"]);
  });

  test("11 months already employed in March is impossible; 2 is the most", () => {
    expect(problems(person({ months: 11, gross: "88000" }), "2026-03")).toEqual(["staff[0].opening.months opening.tooManyMonths"]);
    expect(problems(person({ months: 2, gross: "16000" }), "2026-03")).toEqual([]);
  });

  test("someone who joined in February has at most 1 month before March; the chain start counts", () => {
    expect(problems(person({ months: 2, gross: "16000" }, { startDate: "2026-02-10" }), "2026-03")).toEqual(["staff[0].opening.months opening.tooManyMonths"]);
    expect(problems(person({ months: 1, gross: "8000" }, { startDate: "2026-02-10" }), "2026-03")).toEqual([]);
    // With January listed, the chain starts there: no month can come before it.
    expect(problems({ ...person({ months: 1, gross: "8000" }), months: [{ month: "2026-01" }] }, "2026-03")).toEqual(["staff[0].opening.months opening.tooManyMonths"]);
  });
});

describe("every problem at once", () => {
  test("five problems of both kinds (values and cross-references) are all reported", () => {
    const config = {
      roles: [{ id: "r", share: "12,34" }],
      staff: [
        { id: "E01", role: "nobody" },
        { id: "e01", role: "r", base: "abc" },
      ],
      months: [{ month: "2026-13" }, { month: "2026-11", entries: [{ staff: "ghost" }] }],
    };
    expect(problems(config).sort()).toEqual(
      [
        "roles[0].share value.notRate",
        "staff[0].role staff.unknownRole",
        "staff[1].id staff.duplicate",
        "staff[1].base value.notAmount",
        "months[0].month value.notMonth",
        "months[1].entries[0].staff months.unknownStaff",
      ].sort(),
    );
  });

  test("a refused value causes no second message: a bad id is still the id its references use", () => {
    expect(problems({ roles: [{ id: "=r" }], staff: [{ role: "=r" }] })).toEqual(["roles[0].id id.comparison"]);
    // A Staff role with a wildcard is refused for its own text (a role name may not hold one either), once.
    expect(problems({ roles: [{ id: "r*" }], staff: [{ role: "r*" }] })).toEqual(["roles[0].id id.wildcard", "staff[0].role name.wildcard"]);
    expect(problems({ settings: { socialInsurance: { baseFloor: "x", baseCeiling: "100" } } })).toEqual(["settings.socialInsurance.baseFloor value.notAmount"]);
  });

  test("dates and months outside Excel's years (1901–9999) are refused, not crashed on", () => {
    expect(problems({ months: [{ month: "0000-01" }], staff: [{ role: "manager", startDate: "1899-12-31" }] })).toEqual([
      "staff[0].startDate value.yearRange",
      "months[0].month value.yearRange",
    ]);
  });
});
