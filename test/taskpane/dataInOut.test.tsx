/** @jest-environment jsdom */
/**
 * The pane's parts of issue 14, against a recording command boundary: Import actuals passes the month
 * and the "replace" choice and shows each day read; the exports are asked for the month's file; a
 * person's ID and account show masked on their card, never whole.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { PlanView, type MonthInputs } from "../../src/taskpane/components/PlanView";
import { PayrollView } from "../../src/taskpane/components/PayrollView";
import { StaffSection } from "../../src/taskpane/components/StaffSection";
import { catalogueRolesDraft, defaultSettingsDraft, emptyStaff } from "../../src/taskpane/draft";
import { OK, recordingCommands, renderView } from "./helpers";

function Plan() {
  const [inputs, setInputs] = useState<MonthInputs>({ month: "2026-11", target: "", grossMargin: "" });
  return <PlanView inputs={inputs} onChange={(p) => setInputs((x) => ({ ...x, ...p }))} settings={defaultSettingsDraft()} />;
}

test("Import actuals: the month and the replace choice go to the command; each day read is shown", async () => {
  const user = userEvent.setup();
  const days = [
    { date: "2026-11-01", sales: "36393.00", orders: 187, visitors: 26966 },
    { date: "2026-11-02", sales: "12186.70", orders: 295, visitors: 6803 },
  ];
  const commands = recordingCommands({ importActuals: () => ({ ...OK, summary: "imported", days }) });
  const { container } = renderView(<Plan />, { commands });
  await user.click(screen.getByRole("checkbox", { name: "Replace figures typed differently with the export's" }));
  await user.click(screen.getByRole("button", { name: "Import actuals" }));
  await waitFor(() => expect(screen.getByTestId("imported-days")).toBeTruthy());
  expect(commands.calls).toEqual([{ name: "importActuals", args: ["2026-11", { lang: "en-US", replaceEdits: true }] }]);
  const rows = Array.from(screen.getByTestId("imported-days").querySelectorAll("tbody tr")).map((r) => r.textContent);
  expect(rows).toEqual(["11-01¥36,393.0018726,966", "11-02¥12,186.702956,803"]);
  expect(await axe(container)).toHaveNoViolations();
});

test("Export for tax filing and the bank list ask for the month's file", async () => {
  const user = userEvent.setup();
  const commands = recordingCommands();
  renderView(<PayrollView inputs={{ month: "2026-11", target: "", grossMargin: "" }} onChange={() => undefined} settings={defaultSettingsDraft()} roles={catalogueRolesDraft()} />, { commands, lang: "zh-CN" });
  await user.click(screen.getByRole("button", { name: "导出报税文件" }));
  await waitFor(() => expect(commands.calls).toHaveLength(1));
  await user.click(screen.getByRole("button", { name: "导出银行代发清单" }));
  await waitFor(() => expect(commands.calls).toHaveLength(2));
  expect(commands.calls).toEqual([
    { name: "exportFile", args: ["tax", "2026-11", { lang: "zh-CN" }] },
    { name: "exportFile", args: ["bank", "2026-11", { lang: "zh-CN" }] },
  ]);
});

test("a person's ID number and bank account show masked on their card, never whole", () => {
  const person = { ...emptyStaff("manager"), id: "E01", name: "王五", kept: { idType: "居民身份证", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123" } };
  const { container } = renderView(<StaffSection staff={[person]} roles={catalogueRolesDraft()} problems={{}} showProblems={false} onChange={() => undefined} />, { lang: "zh-CN" });
  expect(screen.getByTestId("staff-personal").textContent).toBe("证件 1101**********002X · 账号 6222***********0123");
  expect(container.textContent).not.toContain("11010519491231002X");
  expect(container.textContent).not.toContain("6222021234567890123");
});
