/** @jest-environment jsdom */
/** The Payroll view's exports, against a recording command boundary: each asks for the month's file. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PayrollView } from "../../../src/taskpane/components/PayrollView";
import { catalogueRolesDraft, defaultSettingsDraft } from "../../../src/taskpane/draft";
import { recordingCommands, renderView } from "../helpers";

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

