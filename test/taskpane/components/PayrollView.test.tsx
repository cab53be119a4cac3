/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { PayrollView } from "../../../src/taskpane/components/PayrollView";
import type { MonthInputs } from "../../../src/taskpane/components/PlanView";
import type { PayrollFigures } from "../../../src/office/commands/payroll";
import type { CommandMessage } from "../../../src/office/result";
import { catalogueRolesDraft, defaultSettingsDraft } from "../../../src/taskpane/draft";
import { recordingCommands, renderView } from "../helpers";

function Harness({ month = "2026-11", grossMargin = "" }: { month?: string; grossMargin?: string }) {
  const [inputs, setInputs] = useState<MonthInputs>({ month, target: "", grossMargin });
  const [setup] = useState(() => ({ settings: defaultSettingsDraft(), roles: catalogueRolesDraft() }));
  return <PayrollView inputs={inputs} onChange={(p) => setInputs((x) => ({ ...x, ...p }))} settings={setup.settings} roles={setup.roles} />;
}

const stats = { syncs: 4, largestBatchBytes: 1, writeBatches: 1, sheetsWritten: [] };
const figures: PayrollFigures = {
  month: "2026-11",
  people: 8,
  totals: {
    paidBase: "24700.00",
    commission: "47040.00",
    reward: "300.00",
    penalty: "100.00",
    overtimePay: "0.00",
    leaveDeduction: "0.00",
    allowances: "0.00",
    annualBonus: "0.00",
    // 24,700 + 47,040 + 300 (the penalty is a deduction); the gross after it 71,940.
    earningsTotal: "72040.00",
    gross: "71940.00",
    pension: "3000.00",
    medical: "750.00",
    unemployment: "165.00",
    socialInsurance: "3915.00",
    housingFund: "1300.00",
    specialAdditionalDeduction: "2000.00",
    cumulativeTaxable: "1.00",
    cumulativeTax: "1.00",
    iit: "1234.56",
    annualBonusTax: "0.00",
    deductionTotal: "6449.56",
    net: "65490.44",
    employerSocialInsurance: "7000.00",
    employerHousingFund: "1300.00",
    employerCost: "80240.00",
  },
  pool: { grossMargin: "168000.00", rate: "0.4", pool: "67200.00", allocatedShare: "0.7", allocated: "47040.00", unallocated: "20160.00" },
  warnings: [],
};
const warnings: CommandMessage[] = [
  { level: "warning" as const, code: "pool.shareMissing", text: "Role \"Shipping & warehouse\" has no share of the profit pool (needs input): its holders (1) get no commission for 2026-11." },
  { level: "warning" as const, code: "payroll.baseOutOfRange", text: "Staff, row 7, column “Base” (D7): Zhao (E03) has base pay 2000, outside the role's range 2500–2500." },
];

describe("Payroll view", () => {
  it("runs the month with the gross margin, then shows the totals, the pool and every warning", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      runPayroll: () => ({ ok: true, summary: "Payroll 2026-11: 8 people, gross ¥71,940.00, net ¥65,490.44.", messages: warnings, stats }),
      readPayroll: () => ({ ok: true, figures, stats }),
    });
    renderView(<Harness />, { commands });
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "168000");
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    await screen.findByText("Payroll 2026-11: 8 people, gross ¥71,940.00, net ¥65,490.44.");
    expect(commands.calls).toEqual([
      { name: "runPayroll", args: ["2026-11", { lang: "en-US", grossMargin: "168000" }] },
      { name: "readPayroll", args: ["2026-11", { lang: "en-US" }] },
    ]);
    const totals = within(screen.getByRole("table", { name: "Totals, 2026-11" }));
    expect(totals.getByRole("row", { name: "People 8" })).toBeTruthy();
    // 应发合计 before the penalty, the penalty among the deductions; the gross after it is not a pane total.
    expect(totals.getByRole("row", { name: "Total earnings ¥72,040.00" })).toBeTruthy();
    expect(totals.getByRole("row", { name: "Penalty ¥100.00" })).toBeTruthy();
    expect(totals.queryByRole("row", { name: "Pay before tax (after penalty) ¥71,940.00" })).toBeNull();
    expect(totals.getByRole("row", { name: "Net pay ¥65,490.44" })).toBeTruthy();
    expect(totals.getByRole("row", { name: "IIT ¥1,234.56" })).toBeTruthy();
    expect(totals.getByRole("row", { name: "Employer cost ¥80,240.00" })).toBeTruthy();
    const pool = within(screen.getByRole("table", { name: "Pool reconciliation" }));
    expect(pool.getByRole("row", { name: "Profit pool ¥67,200.00" })).toBeTruthy();
    expect(pool.getByRole("row", { name: "Allocated share 70%" })).toBeTruthy();
    expect(pool.getByRole("row", { name: "Unallocated (negative = over-allocated) ¥20,160.00" })).toBeTruthy();
    for (const w of warnings) expect(screen.getByText(w.text)).toBeTruthy();
  });

  it("a blank gross margin keeps the sheet's (no grossMargin sent); an over-allocated pool is an error", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      readPayroll: () => ({ ok: true, figures: { ...figures, pool: { ...figures.pool, allocatedShare: "1.18", unallocated: "-12096.00" } }, stats }),
    });
    renderView(<Harness />, { commands });
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    await screen.findByText("The pool is over-allocated: the roles' shares add up to 118%, more than 100%. Check the roles' shares.");
    expect(commands.calls[0]).toEqual({ name: "runPayroll", args: ["2026-11", { lang: "en-US" }] });
  });

  it("validates the month and the gross margin like the CLI, and runs nothing until they pass", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness month="11/2026" />, { commands });
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "1O0");
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    expect(screen.getByText('"11/2026" is not a month (YYYY-MM)')).toBeTruthy();
    expect(screen.getByText('"1O0" is not an amount')).toBeTruthy();
    expect(commands.calls).toEqual([]);
  });

  it("a loss month is allowed (a negative gross margin is an amount)", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    renderView(<Harness />, { commands });
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "-5000");
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    await waitFor(() => expect(commands.calls[0]).toEqual({ name: "runPayroll", args: ["2026-11", { lang: "en-US", grossMargin: "-5000" }] }));
  });

  it("shows what is happening, step by step, while it writes", async () => {
    const user = userEvent.setup();
    let finish: (v: unknown) => void = () => undefined;
    const commands = recordingCommands({ runPayroll: () => new Promise((r) => (finish = r)) as never, readPayroll: () => ({ ok: true, figures, stats }) });
    renderView(<Harness />, { commands });
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    expect(screen.getByRole("status").textContent).toContain("Running payroll for 2026-11: payroll sheets and slips…");
    expect(screen.getByRole("status").textContent).toContain("1 / 2");
    await act(async () => finish({ ok: true, summary: "ok", messages: [], stats }));
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    expect(screen.getByTestId("payroll-figures")).toBeTruthy();
  });

  it("says why the run stopped, and shows no figures", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({
      runPayroll: () => ({ ok: false, messages: [{ level: "error", code: "office.needsSetup", text: "Run “Set up roles and staff” first: the workbook has no roles." }], stats }),
    });
    renderView(<Harness />, { commands });
    await user.click(screen.getByRole("button", { name: "Run payroll" }));
    await screen.findByText("Run “Set up roles and staff” first: the workbook has no roles.");
    expect(screen.queryByTestId("payroll-figures")).toBeNull();
    expect(commands.calls.map((c) => c.name)).toEqual(["runPayroll"]);
  });

  it("Add next month calls addNextMonth", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({ addNextMonth: () => ({ ok: true, summary: "Added 2026-12: targets, payroll, slips.", messages: [], stats }) });
    renderView(<Harness />, { commands });
    await user.click(screen.getByRole("button", { name: "Add next month" }));
    await screen.findByText("Added 2026-12: targets, payroll, slips.");
    expect(commands.calls).toEqual([{ name: "addNextMonth", args: [{ lang: "en-US" }] }]);
  });

  it("has no accessibility violations (figures and warnings shown)", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands({ runPayroll: () => ({ ok: true, summary: "ok", messages: warnings, stats }), readPayroll: () => ({ ok: true, figures, stats }) });
    const { container } = renderView(<Harness />, { commands, lang: "zh-CN" });
    await user.click(screen.getByRole("button", { name: "计算工资" }));
    await screen.findByTestId("payroll-figures");
    expect(await axe(container)).toHaveNoViolations();
  });
});
