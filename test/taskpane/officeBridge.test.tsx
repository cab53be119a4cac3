/**
 * @jest-environment jsdom
 *
 * The whole pane wired to the real commands (officeCommands: src/office through the one hook) over the
 * fake Excel of test/office: it reads the workbook when it opens, writes the set-up, populates a month
 * and runs its payroll, and what it shows is what the workbook holds.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setUpRolesAndStaff } from "../../src/office";
import { App } from "../../src/taskpane/App";
import { officeCommands } from "../../src/taskpane/commands";
import { SHEET } from "../../src/workbook/names";
import { freshExcel, sheetOf, teamInput } from "../office/helpers";
import "./helpers";

jest.setTimeout(60_000);

// The fake Excel lets office-addin-mock's callbacks run with setImmediate, which jsdom does not have.
const g = globalThis as unknown as { setImmediate?: (fn: (...a: unknown[]) => void, ...a: unknown[]) => unknown };
g.setImmediate ??= (fn, ...a) => setTimeout(fn, 0, ...a);

test("set up, plan and payroll against the workbook, in English", async () => {
  const user = userEvent.setup();
  const fake = freshExcel();
  expect((await setUpRolesAndStaff({ lang: "en-US", ...teamInput(3) })).ok).toBe(true);

  render(<App commands={officeCommands} host={{ inExcel: true, lang: "en-US", dark: false }} initialMonth="2026-11" />);
  await screen.findByText("Shown from this workbook's tables (the tables are the source of truth).");
  expect(screen.getByText("Staff (3)")).toBeTruthy();

  // Set up: one more person, written into the Staff table.
  await user.click(screen.getByRole("button", { name: "Add a person" }));
  const editor = within(screen.getByRole("group", { name: /Editing/ }));
  await user.type(editor.getByRole("textbox", { name: "Name" }), "Zhou");
  await user.selectOptions(editor.getByRole("combobox", { name: "Role" }), "service");
  await user.type(editor.getByRole("textbox", { name: "Base" }), "2600");
  await user.click(editor.getByRole("button", { name: "Done" }));
  await user.click(screen.getByRole("button", { name: "Write to workbook" }));
  await screen.findByText("Done", { selector: ".fui-MessageBarTitle" });
  // Read back from the workbook after the write: the tables are the source of truth.
  await screen.findByText("Staff (4)");
  const staff = fake.table("Staff")!;
  expect(staff.lastData - staff.top).toBe(4);
  expect(sheetOf(fake, SHEET.staff).get(staff.lastData, staff.left + 1)?.v).toBe("Zhou");

  // Plan: the month's Targets sheet.
  await user.click(screen.getByRole("tab", { name: "Targets" }));
  await user.type(await screen.findByRole("textbox", { name: "Monthly sales target" }), "560000"); // its chunk loaded
  await user.click(screen.getByRole("button", { name: "Populate" }));
  await screen.findByText("Done", { selector: ".fui-MessageBarTitle" });
  expect(fake.table("Targets_2026_11")).toBeTruthy();

  // Payroll: the month's sheets, then the engine's totals and pool for what the workbook holds.
  await user.click(screen.getByRole("tab", { name: "Payroll" }));
  await user.type(await screen.findByRole("textbox", { name: "Gross margin this month" }), "168000"); // its chunk loaded
  await user.click(screen.getByRole("button", { name: "Run payroll" }));
  await screen.findByTestId("payroll-figures", {}, { timeout: 20_000 });
  expect(fake.table("Payroll_2026_11")).toBeTruthy();
  const pool = within(screen.getByRole("table", { name: "Pool reconciliation" }));
  expect(pool.getByRole("row", { name: "Gross margin this month ¥168,000.00" })).toBeTruthy();
  expect(pool.getByRole("row", { name: "Profit pool ¥67,200.00" })).toBeTruthy();
  expect(within(screen.getByRole("table", { name: "Totals, 2026-11" })).getByRole("row", { name: "People 4" })).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
});
