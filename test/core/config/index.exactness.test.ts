import { parseConfig } from "../../../src/core/config";
import type { Warning } from "../../../src/core/types";
import { formatMessage } from "../../../src/data/messages";

/** The config checks added for exactness: re-hire links, day-weight decimals, share decimals. */

function errorsOf(raw: unknown): Warning[] {
  const r = parseConfig(raw);
  return r.ok ? [] : r.errors;
}
const placed = (raw: unknown) => errorsOf(raw).map((e) => `${e.where}: ${e.code}`);
const text = (w: Warning, lang: "zh-CN" | "en-US") => `${w.where}: ${formatMessage(w.code, w.params, lang)}`;

describe("re-hire links (staff[].sameAs)", () => {
  const first = { id: "E05", name: "赵六", role: "service", startDate: "2026-01-05", endDate: "2026-03-20" };

  test("a re-hire names the person's first record, in any case (Excel's lookups ignore case), and is pointed at its exact id", () => {
    const r = parseConfig({ staff: [first, { id: "E05-2", name: "赵六", role: "service", startDate: "2026-06-01", sameAs: "e05" }] });
    expect(r.ok && r.config.staff.map((s) => s.sameAs)).toEqual([null, "E05"]);
  });

  test("refuses a link to nobody, to itself, to another re-hire, an opening balance on the re-hire, and a shared month", () => {
    expect(placed({ staff: [first, { id: "X", role: "service", startDate: "2026-06-01", sameAs: "E5" }] })).toEqual(["staff[1].sameAs: staff.sameAsUnknown"]);
    expect(placed({ staff: [{ ...first, sameAs: "E05" }] })).toEqual(["staff[0].sameAs: staff.sameAsSelf"]);
    expect(
      placed({
        staff: [
          first,
          { id: "B", role: "service", startDate: "2026-05-01", endDate: "2026-06-30", sameAs: "E05" },
          { id: "C", role: "service", startDate: "2026-09-01", sameAs: "B" },
        ],
      }),
    ).toEqual(["staff[2].sameAs: staff.sameAsNotFirst"]);
    expect(
      placed({ staff: [first, { id: "B", role: "service", startDate: "2026-06-01", sameAs: "E05", opening: { months: 2 } }] }),
    ).toEqual(["staff[1].opening: staff.sameAsOpening"]);
    // Back on 2026-03-25, in the month the first record ended: paid twice in March, March counted twice.
    expect(placed({ staff: [first, { id: "B", role: "service", startDate: "2026-03-25", sameAs: "E05" }] })).toEqual(["staff[1].startDate: staff.sameAsOverlap"]);
    // Two re-hires of one person that overlap each other.
    expect(
      placed({
        staff: [
          first,
          { id: "B", role: "service", startDate: "2026-05-01", endDate: "2026-07-10", sameAs: "E05" },
          { id: "C", role: "service", startDate: "2026-07-20", sameAs: "E05" },
        ],
      }),
    ).toEqual(["staff[2].startDate: staff.sameAsOverlap"]);
  });

  test("says what to do, in both languages", () => {
    const [e] = errorsOf({ staff: [first, { id: "B", role: "service", startDate: "2026-03-25", sameAs: "E05" }] });
    expect(text(e!, "en-US")).toBe(
      'staff[1].startDate: "B" and "E05", records of one person, are both employed in 2026-03: a person is paid once a month; start the re-hire in a later month (or keep one record and enter the paid days)',
    );
    expect(text(e!, "zh-CN")).toBe("staff[1].startDate: “B”与同一人的记录“E05”都在 2026-03 在职：同一人一个月只发一次工资，请让再次入职从之后的月份开始（或只保留一条记录并填写计薪天数）");
  });
});

describe("day weights carry at most 4 decimals (the Targets sheet splits with weight × 10⁴)", () => {
  const targets = (t: Record<string, unknown>) => ({ settings: { targets: { events: [], ...t } } });
  const flat = (w: string) => Array(7).fill(w);

  test("accepts weights whose decimals add up to 4 or fewer on every day", () => {
    expect(placed(targets({ weekdayWeights: ["1", "1", "1", "1", "1.25", "1.25", "0.75"], events: [{ date: "11-11", factor: "1.5" }], holidayFactor: "0.8" }))).toEqual([]);
    expect(placed(targets({ weekdayWeights: flat("0.3333") }))).toEqual([]);
  });

  test("refuses the issue's example, weekday weight 0.3333 with an event ×1.5, at the event, in both languages", () => {
    const errors = errorsOf(targets({ weekdayWeights: flat("0.3333"), events: [{ date: "11-11", factor: "1.5", name: "双十一" }] }));
    expect(errors.map((e) => e.where)).toEqual(["settings.targets.events[0].factor"]);
    expect(text(errors[0]!, "en-US")).toBe(
      "settings.targets.events[0].factor: 0.3333 × 1.5: 5 decimals between them. A day's weight (weekday weight × event factors × holiday factor) may have at most 4 — the Targets sheet splits the target with weights to 4 decimals, and rounding more away would split it other than as you typed. Use fewer decimals (e.g. 0.333 for 0.3333)",
    );
    expect(text(errors[0]!, "zh-CN")).toMatch(/^settings\.targets\.events\[0\]\.factor: 0\.3333 × 1\.5：小数位合计 5 位。/);
  });

  test("points at the setting: a weight or factor on its own, the holiday factor on any weekday, a dated event on its own weekday only", () => {
    expect(placed(targets({ weekdayWeights: ["1", "1.00001", "1", "1", "1", "1", "1"] }))).toEqual(["settings.targets.weekdayWeights[1]: config.weightDecimals"]);
    expect(placed(targets({ weekdayWeights: flat("1.25"), holidayFactor: "0.125" }))).toEqual(["settings.targets.holidayFactor: config.weightDecimals"]);
    // 2026-11-11 is a Wednesday (weight 1): fine, though Sunday's 0.3333 × 1.5 would not be.
    const sunday = ["1", "1", "1", "1", "1", "1", "0.3333"];
    expect(placed(targets({ weekdayWeights: sunday, events: [{ date: "2026-11-11", factor: "1.5" }] }))).toEqual([]);
    expect(placed(targets({ weekdayWeights: sunday, events: [{ date: "2026-11-15", factor: "1.5" }] }))).toEqual(["settings.targets.events[0].factor: config.weightDecimals"]);
    // A recurring event meets every weekday in some year.
    expect(placed(targets({ weekdayWeights: sunday, events: [{ date: "11-11", factor: "1.5" }] }))).toEqual(["settings.targets.events[0].factor: config.weightDecimals"]);
    // A recurring 10-01 and a dated 2026-10-01 (a holiday, a Thursday) meet: 1.5 × 1.5 × 0.5 × 1.25 = 1 + 1 + 1 + 2 > 4.
    expect(
      placed(targets({ weekdayWeights: flat("1.25"), holidayFactor: "0.5", events: [{ date: "10-01", factor: "1.5" }, { date: "2026-10-01", factor: "1.5" }] })),
    ).toEqual(["settings.targets.events[1].factor: config.weightDecimals"]);
  });
});

describe("shares carry at most 6 decimals (the payroll sheet floors commissions with share × 10⁶)", () => {
  test("accepts 0.0001% and refuses finer, at the role's share", () => {
    expect(placed({ roles: [{ id: "a", share: "33.3333%" }] })).toEqual([]);
    expect(placed({ roles: [{ id: "a", share: "0.3333333" }] })).toEqual(["roles[0].share: roles.shareDecimals"]);
  });
});
