/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { PlanView, type MonthInputs } from "../../../src/taskpane/components/PlanView";
import { defaultSettingsDraft, type SettingsDraft } from "../../../src/taskpane/draft";
import { recordingCommands, renderView } from "../helpers";

function Harness({ month = "", settings = defaultSettingsDraft() }: { month?: string; settings?: SettingsDraft }) {
  const [inputs, setInputs] = useState<MonthInputs>({ month, target: "", grossMargin: "" });
  return <PlanView inputs={inputs} onChange={(p) => setInputs((x) => ({ ...x, ...p }))} settings={settings} />;
}

const fen = (xs: (string | null)[]) => xs.reduce((a, x) => a + Math.round(Number(x) * 100), 0);

describe("Plan view", () => {
  it("previews the split with core's spreadTarget before writing: days and weeks sum to the target", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness />, { commands });
    expect(screen.getByText("Enter a month and a sales target to preview the split.")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Month" }), "2026-11");
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "560000");
    const preview = within(screen.getByTestId("plan-preview"));
    expect(preview.getByText("2026-11: ¥560,000.00 over 30 days and 6 weeks.")).toBeTruthy();
    expect(preview.getByText("✓ The days add up to ¥560,000.00 and the weeks to ¥560,000.00: the target exactly.")).toBeTruthy();
    expect(screen.getByTestId("split-chart").querySelectorAll("rect")).toHaveLength(30);

    await user.click(screen.getByRole("button", { name: "Every day" }));
    const days = Array.from(screen.getByTestId("days-table").querySelectorAll("tbody tr")).map((r) => r.getAttribute("data-amount"));
    const weeks = Array.from(screen.getByTestId("weeks-table").querySelectorAll("tbody tr")).map((r) => r.getAttribute("data-amount"));
    expect(days).toHaveLength(30);
    expect(fen(days)).toBe(56_000_000);
    expect(fen(weeks)).toBe(56_000_000);
    // Singles' Day (factor 3 by default) is three ordinary days.
    const row = (d: string) => Array.from(screen.getByTestId("days-table").querySelectorAll("tbody tr")).find((r) => r.textContent!.startsWith(d))!;
    expect(Number(row("11-11").getAttribute("data-amount")) / Number(row("11-10").getAttribute("data-amount"))).toBeCloseTo(3, 3);
    expect(commands.calls).toEqual([]); // a preview writes nothing
  });

  it("warns in the preview when the month is outside the holiday calendar (issue 13), and not inside it", async () => {
    const user = userEvent.setup();
    renderView(<Harness month="2027-01" />);
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "310000");
    const preview = within(screen.getByTestId("plan-preview"));
    expect(preview.getByText(/2027-01 is in 2027, outside the known holiday calendar \(2004–2026\)/)).toBeTruthy();
    const user2 = userEvent.setup();
    renderView(<Harness month="2026-01" />);
    await user2.type(screen.getAllByRole("textbox", { name: "Monthly sales target" })[1]!, "310000");
    expect(screen.getAllByText(/outside the known holiday calendar/)).toHaveLength(1);
  });

  it("uses the settings being edited in Set up: weekday weights, AOV and conversion rate", async () => {
    const user = userEvent.setup();
    const settings = defaultSettingsDraft();
    settings.weekdayWeights = ["1", "1", "1", "1", "1", "2", "2"];
    settings.values["targets.aov"] = "100";
    settings.values["targets.cvr"] = "2%";
    renderView(<Harness month="2026-03" settings={settings} />);
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "310000");
    await user.click(screen.getByRole("button", { name: "Every day" }));
    const table = screen.getByTestId("days-table");
    expect(within(table).getByRole("columnheader", { name: "Orders" })).toBeTruthy();
    expect(within(table).getByRole("columnheader", { name: "Visitors" })).toBeTruthy();
    const row = (d: string) => Array.from(table.querySelectorAll("tbody tr")).find((r) => r.textContent!.startsWith(d))!;
    // 2026-03-07 is a Saturday, 2026-03-06 a Friday.
    expect(Number(row("03-07").getAttribute("data-amount")) / Number(row("03-06").getAttribute("data-amount"))).toBeCloseTo(2, 3);
    const friday = row("03-06").querySelectorAll("td");
    const amount = Number(row("03-06").getAttribute("data-amount"));
    expect(friday[2]!.textContent).toBe(String(Math.ceil(amount / 100)));
    expect(friday[3]!.textContent!.replace(/,/g, "")).toBe(String(Math.ceil(Math.ceil(amount / 100) / 0.02)));
  });

  it("shows the CLI's messages under a bad month or target and does not populate", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness />, { commands });
    await user.type(screen.getByRole("textbox", { name: "Month" }), "2026-13");
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "lots");
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "-1x");
    await user.click(screen.getByRole("button", { name: "Populate" }));
    expect(screen.getByText('"2026-13" is not a month (YYYY-MM)')).toBeTruthy();
    expect(screen.getByText('"lots" is not an amount')).toBeTruthy();
    expect(screen.getByText('"-1x" is not an amount')).toBeTruthy();
    expect(commands.calls).toEqual([]);
    const target = screen.getByRole("textbox", { name: "Monthly sales target" });
    await user.clear(target);
    await user.type(target, "-5");
    expect(screen.getByText("-5 must not be negative")).toBeTruthy();
  });

  it("Populate calls planMonth with the month and target; Re-spread calls refreshTargets", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      planMonth: () => ({ ok: true, summary: "Targets 2026-11: ¥560,000.00 over 30 days and 6 weeks.", messages: [{ level: "warning", code: "calendar.notCovered", text: "Holidays are not known for 2031." }], stats: { syncs: 4, largestBatchBytes: 1, writeBatches: 1, sheetsWritten: ["targets:2026-11"] } }),
    });
    renderView(<Harness month="2026-10" />, { commands });
    await user.click(screen.getByRole("button", { name: "Next month" }));
    expect((screen.getByRole("textbox", { name: "Month" }) as HTMLInputElement).value).toBe("2026-11");
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "560000");
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "168000");
    expect(screen.getByText("Profit pool ¥67,200.00 (40%)")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Populate" }));
    await screen.findByText("Targets 2026-11: ¥560,000.00 over 30 days and 6 weeks.");
    expect(screen.getByText("Holidays are not known for 2031.")).toBeTruthy();
    expect(commands.calls).toEqual([{ name: "planMonth", args: ["2026-11", "560000", { lang: "en-US" }] }]);

    await user.click(screen.getByRole("button", { name: "Re-spread after actuals" }));
    await waitFor(() => expect(commands.calls[1]).toEqual({ name: "refreshTargets", args: ["2026-11", { lang: "en-US" }] }));
  });

  it("says why Populate failed", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      planMonth: () => ({ ok: false, messages: [{ level: "error", code: "office.needsSetup", text: "Run “Set up roles and staff” first: the workbook has no settings." }], stats: { syncs: 1, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] } }),
    });
    renderView(<Harness month="2026-11" />, { commands });
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "1000");
    await user.click(screen.getByRole("button", { name: "Populate" }));
    expect(await screen.findByText("Run “Set up roles and staff” first: the workbook has no settings.")).toBeTruthy();
    expect(screen.getByText("Not done")).toBeTruthy();
  });

  it("in Chinese: the preview, its labels and the engine's messages", async () => {
    const user = userEvent.setup();
    renderView(<Harness month="2026-11" />, { lang: "zh-CN" });
    await user.type(screen.getByRole("textbox", { name: "月销售目标" }), "abc");
    await user.tab();
    expect(screen.getByText("“abc”不是金额")).toBeTruthy();
    await user.clear(screen.getByRole("textbox", { name: "月销售目标" }));
    await user.type(screen.getByRole("textbox", { name: "月销售目标" }), "300000");
    expect(screen.getByText("2026-11：¥300,000.00，分到 30 天、6 周。")).toBeTruthy();
  });

  it("outside Excel: the preview works, Populate is off", async () => {
    const user = userEvent.setup();
    renderView(<Harness month="2026-11" />, { inExcel: false });
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "1000");
    expect(screen.getByTestId("plan-preview")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Populate" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("has no accessibility violations (preview and every-day table open, errors shown)", async () => {
    const user = userEvent.setup();
    const { container } = renderView(<Harness month="2026-11" />);
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "560000");
    await user.click(screen.getByRole("button", { name: "Every day" }));
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "x");
    await user.click(screen.getByRole("button", { name: "Populate" }));
    expect(await axe(container)).toHaveNoViolations();
  });
});
