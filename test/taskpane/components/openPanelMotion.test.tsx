/** @jest-environment jsdom */
/**
 * The Set up view's sections open from the start (roles, staff) mount without a layout read: Fluent's
 * Collapse measures a panel's scrollHeight when it mounts, which in a browser lays the whole page out
 * before the pane's first paint (issue 15). Once such a section has been closed, Collapse animates it
 * again like any other panel — seen here as the measurement it makes when the section reopens.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { SetupView } from "../../../src/taskpane/components/SetupView";
import { draftFromSections } from "../../../src/taskpane/draft";
import { renderView } from "../helpers";

function Harness() {
  const [draft, setDraft] = useState(() => draftFromSections(null));
  return <SetupView draft={draft} onChange={setDraft} loading={null} source="defaults" />;
}

let reads = 0;
let restore: () => void = () => undefined;
beforeEach(() => {
  reads = 0;
  const own = Object.getOwnPropertyDescriptor(Element.prototype, "scrollHeight")!;
  Object.defineProperty(Element.prototype, "scrollHeight", {
    configurable: true,
    get(this: Element) {
      reads++;
      return own.get!.call(this) as number;
    },
  });
  restore = () => Object.defineProperty(Element.prototype, "scrollHeight", own);
});
afterEach(() => restore());

it("mounts the sections open from the start without measuring them, and animates them again once closed", async () => {
  const user = userEvent.setup();
  renderView(<Harness />);
  expect(screen.getByRole("button", { name: /Shipping & warehouse/ })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Add a person" })).toBeTruthy();
  expect(reads).toBe(0);

  const roles = screen.getByRole("button", { name: /^Roles/ });
  await user.click(roles);
  expect(screen.queryByRole("button", { name: /Shipping & warehouse/ })).toBeNull();
  await user.click(roles);
  expect(screen.getByRole("button", { name: /Shipping & warehouse/ })).toBeTruthy();
  expect(reads).toBeGreaterThan(0);
});
