/** @jest-environment jsdom */
/**
 * Issue 13 in the pane's Set up: the city social-insurance profile in use is chosen from a list — none, the
 * user's own (as the workbook holds them) and the shipped examples, labelled "example — check your city" —
 * and the user's profiles go back to the workbook unchanged with the edits.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { SetupView } from "../../../src/taskpane/components/SetupView";
import { draftFromSections, type SetupDraft } from "../../../src/taskpane/draft";
import { recordingCommands, renderView } from "../helpers";

function Harness({ initial }: { initial: SetupDraft }) {
  const [draft, setDraft] = useState(initial);
  return <SetupView draft={draft} onChange={setDraft} loading={null} source="workbook" />;
}

const SUZHOU = { id: "苏州", periods: [{ from: "2025-01", to: null, bases: { pension: { floor: 4494, ceiling: 24042 } }, rounding: { socialInsurance: "jiao", housingFund: "fen" }, source: "" }] };

it("chooses an example profile among none, the user's own and the examples, says it is an example, and writes the user's profiles back", async () => {
  const user = userEvent.setup();
  const commands = recordingCommands();
  renderView(<Harness initial={draftFromSections({ settings: { insuranceProfile: "苏州" }, insuranceProfiles: [SUZHOU] }, "en-US")} />, { commands });
  await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
  // Set up's editors come in a chunk of their own (issue 15): wait for it.
  const select = (await screen.findByRole("combobox", { name: "City profile in use" }, { timeout: 15_000 })) as HTMLSelectElement;
  expect(select.value).toBe("苏州");
  expect(Array.from(select.options, (o) => o.textContent)).toEqual([
    "None (the single floors and ceilings)",
    "苏州",
    "Shanghai (example — check your city)",
    "Beijing (example — check your city)",
    "Hangzhou (example — check your city)",
  ]);
  expect(screen.queryByText("Example — check your city's figures for the year")).toBeNull();

  await user.selectOptions(select, "shanghai");
  expect(screen.getByText("Example — check your city's figures for the year")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Write to workbook" }));
  const [sections] = commands.calls.find((c) => c.name === "saveSetup")!.args as [Record<string, any>];
  expect(sections.settings.insuranceProfile).toBe("shanghai");
  expect(sections.insuranceProfiles).toEqual([SUZHOU]);
});

it("none chosen is a blank setting: the single floors and ceilings", async () => {
  const user = userEvent.setup();
  const commands = recordingCommands();
  renderView(<Harness initial={draftFromSections({ settings: { insuranceProfile: "shanghai" } }, "en-US")} />, { commands });
  await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
  await user.selectOptions(await screen.findByRole("combobox", { name: "City profile in use" }, { timeout: 15_000 }), "");
  await user.click(screen.getByRole("button", { name: "Write to workbook" }));
  const [sections] = commands.calls.find((c) => c.name === "saveSetup")!.args as [Record<string, any>];
  expect(sections.settings.insuranceProfile).toBeNull();
  expect(sections.insuranceProfiles).toEqual([]);
});
