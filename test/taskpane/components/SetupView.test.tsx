/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { SetupView } from "../../../src/taskpane/components/SetupView";
import { preloadSetupEditors } from "../../../src/taskpane/components/setupEditors";
import { draftFromSections, type SetupDraft } from "../../../src/taskpane/draft";
import { recordingCommands, renderView } from "../helpers";

function Harness({ initial, source = "defaults" }: { initial: SetupDraft; source?: "workbook" | "defaults" }) {
  const [draft, setDraft] = useState(initial);
  return <SetupView draft={draft} onChange={setDraft} loading={null} source={source} />;
}

const fresh = () => draftFromSections(null);

describe("Set up view, before its editors' chunk has arrived", () => {
  it("opens a role, a person and the settings all the same: each editor shows once its code is in", async () => {
    const user = userEvent.setup();
    renderView(<Harness initial={fresh()} />);
    await user.click(screen.getByRole("button", { name: /Shipping & warehouse/ }));
    await user.click(screen.getByRole("button", { name: "Add a person" }));
    await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
    // A slow machine renders the settings' 40-odd fields in jsdom in seconds, not the default 1 s.
    const wait = { timeout: 15_000 };
    expect(await screen.findByTestId("role-shipping", {}, wait)).toBeTruthy();
    expect(await screen.findByRole("group", { name: /Editing/ }, wait)).toBeTruthy();
    expect(await screen.findByRole("textbox", { name: "Average order value" }, wait)).toBeTruthy();
  });
});

describe("Set up view", () => {
  // The pane fetches the editors once it has first rendered (App); these tests start from there.
  beforeAll(() => preloadSetupEditors());

  it("shows the catalogue's roles with shipping's missing pay flagged, and what to fill in", async () => {
    const user = userEvent.setup();
    renderView(<Harness initial={fresh()} />);
    for (const name of ["E-commerce manager", "Promotion specialist", "Designer", "Customer service", "Shipping & warehouse"]) {
      expect(screen.getByRole("button", { name: new RegExp(name) })).toBeTruthy();
    }
    const shipping = screen.getByRole("button", { name: /Shipping & warehouse/ });
    expect(within(shipping).getByText("needs input")).toBeTruthy();
    await user.click(shipping);
    const panel = screen.getByTestId("role-shipping");
    expect(within(panel).getByText(/The source has no pay rule for shipping|pay rule/i)).toBeTruthy();
    expect(within(panel).getByText("Needs input: the source gives no share, and without one no commission is paid.")).toBeTruthy();
    expect(within(panel).getByText("Needs input: the source gives no base pay range.")).toBeTruthy();
  });

  it("edits roles, adds a person (base checked against the role's range) and settings, then writes them with saveSetup", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      saveSetup: () => ({ ok: true, summary: "Wrote 3 sheets: 5 roles, 1 person.", messages: [{ level: "info", code: "office.note.roleSheetsLater", text: "Role sheets come with the first payroll." }], stats: { syncs: 8, largestBatchBytes: 1, writeBatches: 2, sheetsWritten: [] } }),
    });
    renderView(<Harness initial={fresh()} />, { commands });

    // Shipping: fill in the gap.
    await user.click(screen.getByRole("button", { name: /Shipping & warehouse/ }));
    const panel = within(screen.getByTestId("role-shipping"));
    await user.type(panel.getByRole("textbox", { name: "Base min" }), "2200");
    await user.type(panel.getByRole("textbox", { name: "Base max" }), "2600");
    await user.type(panel.getByRole("textbox", { name: "Share of pool" }), "5%");
    await user.selectOptions(panel.getByRole("combobox", { name: "Share basis" }), "splitRole");
    await user.click(panel.getByRole("checkbox", { name: "Room and board" }));
    expect(within(screen.getByRole("button", { name: /Shipping & warehouse/ })).queryByText("needs input")).toBeNull();

    // A person: the role picked from the roles, a base outside its range is warned about (not an error).
    await user.click(screen.getByRole("button", { name: "Add a person" }));
    const editor = within(screen.getByRole("group", { name: /Editing/ }));
    expect((editor.getByRole("textbox", { name: "ID" }) as HTMLInputElement).value).toBe("E01");
    await user.type(editor.getByRole("textbox", { name: "Name" }), "Zhang San");
    await user.selectOptions(editor.getByRole("combobox", { name: "Role" }), "shipping");
    await user.type(editor.getByRole("textbox", { name: "Base" }), "3000");
    await user.tab();
    expect(editor.getByText("Zhang San (E01) has base pay 3000, outside the role's range 2200–2600.")).toBeTruthy();
    await user.clear(editor.getByRole("textbox", { name: "Base" }));
    await user.type(editor.getByRole("textbox", { name: "Base" }), "2400");
    await user.type(editor.getByRole("textbox", { name: "Start date" }), "2026-03-01");
    await user.click(editor.getByRole("button", { name: "Done" }));
    expect(screen.getByText("Zhang San")).toBeTruthy();

    // Settings.
    await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
    const pool = screen.getByRole("textbox", { name: "Profit pool rate (of gross margin)" });
    await user.clear(pool);
    await user.type(pool, "35%");
    await user.type(screen.getByRole("textbox", { name: "Average order value" }), "128");
    await user.clear(screen.getByRole("textbox", { name: "Sat" }));
    await user.type(screen.getByRole("textbox", { name: "Sat" }), "1.5");

    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await screen.findByText("Wrote 3 sheets: 5 roles, 1 person.");
    expect(screen.getByText("Role sheets come with the first payroll.")).toBeTruthy();

    expect(commands.calls.map((c) => c.name)).toEqual(["saveSetup"]);
    const [sections, options] = commands.calls[0]!.args as [Record<string, any>, unknown];
    expect(options).toEqual({ lang: "en-US" });
    expect(sections.roles).toHaveLength(5);
    expect(sections.roles[4]).toEqual({
      id: "shipping",
      nameZh: "发货人员",
      nameEn: "Shipping & warehouse",
      headcount: "1",
      baseMin: "2200",
      baseMax: "2600",
      share: "5%",
      shareBasis: "splitRole",
      roomAndBoard: true,
      insured: true,
    });
    expect(sections.roles[0]).toMatchObject({ id: "manager", baseMin: "3000", baseMax: "50000", share: "30%", shareBasis: "perPerson" });
    expect(sections.staff).toEqual([{ id: "E01", name: "Zhang San", role: "shipping", base: "2400", contributionBase: null, startDate: "2026-03-01", endDate: null }]);
    expect(sections.settings.poolRate).toBe("35%");
    expect(sections.settings.targets.aov).toBe("128");
    expect(sections.settings.targets.cvr).toBeNull();
    expect(sections.settings.targets.weekdayWeights).toEqual(["1", "1", "1", "1", "1", "1.5", "1"]);
    expect(sections.settings.socialInsurance.employee.pension).toBe("8%");
    expect(sections.settings.taxTable[6]).toEqual({ upTo: null, rate: "45%", quickDeduction: "181920" });
  });

  it("shows the engine's message under a bad field, and writes nothing until every field passes", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness initial={fresh()} />, { commands });
    await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
    const pool = screen.getByRole("textbox", { name: "Profit pool rate (of gross margin)" });
    await user.clear(pool);
    await user.type(pool, "abc");
    await user.tab();
    // The same words as the CLI and the workbook reader (src/data/messages/validation.ts).
    expect(screen.getByText('"abc" is not a rate (write 0.08 or 8%)')).toBeTruthy();
    const event = screen.getAllByRole("textbox", { name: "Date" })[0]!;
    await user.clear(event);
    await user.type(event, "13-01");
    await user.tab();
    expect(screen.getByText('"13-01" is not an event date (MM-DD every year, or YYYY-MM-DD)')).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(screen.getByTestId("setup-problems").textContent).toContain("Fields to fix: 2");
    expect(commands.calls).toEqual([]);

    await user.clear(pool);
    await user.type(pool, "0.4");
    await user.clear(event);
    await user.type(event, "06-18");
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await waitFor(() => expect(commands.calls.map((c) => c.name)).toEqual(["saveSetup"]));
  });

  it("checks across fields with parseConfig: a person's unknown role and a duplicate id", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    const draft = draftFromSections({
      staff: [
        { id: "E01", name: "A", role: "manager", base: 8000 },
        { id: "E01", name: "B", role: "packer", base: 2000 },
      ],
    });
    renderView(<Harness initial={draft} source="workbook" />, { commands });
    expect(screen.getByText("Shown from this workbook's tables (the tables are the source of truth).")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(await screen.findByText(/staff id "E01" is the same as "E01" at staff\[0\]/)).toBeTruthy();
    expect(screen.getByText(/"packer" is not a role; known roles: manager, promoter, designer, service, shipping/)).toBeTruthy();
    expect(commands.calls).toEqual([]);
  });

  it("edits and removes people", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    const draft = draftFromSections({
      staff: [
        { id: "E01", name: "Wang", role: "manager", base: 8000, startDate: "2024-03-01" },
        { id: "E02", name: "Li", role: "promoter" },
      ],
    });
    renderView(<Harness initial={draft} />, { commands });
    await user.click(screen.getByRole("button", { name: "Remove Li" }));
    expect(screen.queryByText("Li")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Edit Wang" }));
    const base = screen.getByRole("textbox", { name: "Base" });
    await user.clear(base);
    await user.type(base, "9000");
    await user.click(screen.getByRole("button", { name: "Done" }));
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await waitFor(() => expect(commands.calls).toHaveLength(1));
    expect((commands.calls[0]!.args[0] as { staff: unknown[] }).staff).toEqual([{ id: "E01", name: "Wang", role: "manager", base: "9000", contributionBase: null, startDate: "2024-03-01", endDate: null }]);
  });

  it("shows why a write stopped", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      saveSetup: () => ({ ok: false, messages: [{ level: "error", code: "office.conflict.header", text: "Staff, row 5: the column “Base” was renamed." }], stats: { syncs: 1, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] } }),
    });
    renderView(<Harness initial={fresh()} />, { commands });
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(await screen.findByText("Not done")).toBeTruthy();
    expect(screen.getByText("Staff, row 5: the column “Base” was renamed.")).toBeTruthy();
  });

  it("shows progress while writing", async () => {
    const user = userEvent.setup();
    let finish: (v: unknown) => void = () => undefined;
    const commands = recordingCommands({ saveSetup: () => new Promise((r) => (finish = r)) as never });
    renderView(<Harness initial={fresh()} />, { commands });
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(screen.getByRole("status").textContent).toContain("Writing Settings, Roles and Staff…");
    expect(screen.getAllByRole("progressbar").length).toBeGreaterThan(0);
    expect((screen.getByRole("button", { name: "Write to workbook" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish({ ok: true, summary: "ok", messages: [], stats: {} }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("outside Excel: editable, but nothing to write to", () => {
    renderView(<Harness initial={fresh()} />, { inExcel: false });
    expect((screen.getByRole("button", { name: "Write to workbook" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Writing to the workbook needs the add-in open in Excel.")).toBeTruthy();
  });

  it("an empty staff list offers the example team: labelled, a draft until written, removable in one go", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness initial={fresh()} />, { commands });
    expect(screen.getByText("Staff (0)")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Use the example team" }));
    // The CLI's example team: 8 people, every name saying it is an example, and a note saying so too.
    expect(screen.getByText("Staff (8)")).toBeTruthy();
    expect(screen.getByTestId("staff-example").textContent).toContain("8 of these come from the example team");
    for (const name of ["王经理（示例）", "李推广（示例）", "吴发货（示例）"]) expect(screen.getByText(name)).toBeTruthy();
    // A blank base is the role's fixed base, shown as such (not "base needed").
    expect(within(screen.getByTestId("staff-1")).getByText(/¥2,500\.00/)).toBeTruthy();
    expect(commands.calls).toEqual([]); // nothing written until the write button

    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await waitFor(() => expect(commands.calls).toHaveLength(1));
    const staff = (commands.calls[0]!.args[0] as { staff: Record<string, unknown>[] }).staff;
    expect(staff.map((p) => p.id)).toEqual(["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08"]);
    // The example's deductions by category go with it, to the Special deductions sheet.
    expect(staff[0]).toEqual({ id: "E01", name: "王经理（示例）", role: "manager", base: "8000", contributionBase: null, deductions: [{ category: "childEducation", from: "2024-09" }], startDate: "2024-03-01", endDate: null });
    for (const p of staff) expect(p).not.toHaveProperty("example"); // the pane's label is not a config key

    await user.click(screen.getByRole("button", { name: "Remove the example people" }));
    expect(screen.getByText("Staff (0)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Use the example team" })).toBeTruthy();
  });

  it("the share basis is said in words, with what it means — never the config's code", async () => {
    const user = userEvent.setup();
    renderView(<Harness initial={fresh()} />, { lang: "zh-CN" });
    await user.click(screen.getByRole("button", { name: /^客服人员/ }));
    const panel = within(screen.getByTestId("role-service"));
    const basis = panel.getByRole("combobox", { name: "分成方式" }) as HTMLSelectElement;
    expect(Array.from(basis.options).map((o) => o.text)).toEqual(["每人", "平分"]);
    expect(panel.getByText("每位在岗员工各得此比例")).toBeTruthy();
    await user.selectOptions(basis, "splitRole");
    expect(panel.getByText("此比例由本岗位在岗人员平分")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/perPerson|splitRole/);
  });

  it("headings say what they hold: the settings' section is not called like the view", () => {
    renderView(<Harness initial={fresh()} />, { lang: "zh-CN" });
    const headers = screen.getAllByRole("button").map((b) => b.textContent ?? "");
    expect(headers).toEqual(expect.arrayContaining(["岗位（5）", "员工（0）", "工资与目标参数"]));
    expect(headers).not.toContain("设置");
  });

  it("a refused write says so beside the button", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    const draft = fresh();
    draft.settings.values.poolRate = "abc";
    renderView(<Harness initial={draft} />, { commands });
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    const bar = within(screen.getByRole("group", { name: "Actions" }));
    expect(bar.getByTestId("setup-problems").textContent).toContain("Fields to fix: 1");
    expect(commands.calls).toEqual([]);
  });

  it("a done write says so beside the button, its notes in the view; it can be dismissed", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      saveSetup: () => ({ ok: true, summary: "Wrote 3 sheets.", messages: [{ level: "info", code: "office.note.roleSheetsLater", text: "Role sheets come with the first payroll." }], stats: { syncs: 1, largestBatchBytes: 0, writeBatches: 1, sheetsWritten: [] } }),
    });
    renderView(<Harness initial={fresh()} />, { commands });
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    const footer = within(screen.getByRole("group", { name: "Actions" }));
    await footer.findByText("Wrote 3 sheets.");
    expect(footer.getByText("More notes, listed in this view: 1")).toBeTruthy();
    expect(footer.queryByText("Role sheets come with the first payroll.")).toBeNull();
    expect(screen.getByText("Role sheets come with the first payroll.")).toBeTruthy();
    await user.click(footer.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Wrote 3 sheets.")).toBeNull();
  });

  it("has no accessibility violations (roles, staff editor and settings open)", async () => {
    const user = userEvent.setup();
    const { container } = renderView(<Harness initial={fresh()} />);
    await user.click(screen.getByRole("button", { name: /Shipping & warehouse/ }));
    await user.click(screen.getByRole("button", { name: "Add a person" }));
    await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(await axe(container)).toHaveNoViolations();
  });
});
