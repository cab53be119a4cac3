/** @jest-environment jsdom */
/**
 * "Import actuals" in the Targets view, against a recording command boundary: the month and the
 * "replace" choice go to the command, and each day read is shown.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { useState } from "react";
import { PlanView, type MonthInputs } from "../../../src/taskpane/components/PlanView";
import { defaultSettingsDraft } from "../../../src/taskpane/draft";
import { OK, recordingCommands, renderView } from "../helpers";

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

