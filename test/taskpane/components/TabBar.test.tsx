/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { TabBar } from "../../../src/taskpane/components/TabBar";
import { renderView } from "../helpers";

type Id = "a" | "b" | "c";
const TABS = [
  { id: "a", label: "Alpha" },
  { id: "b", label: "Beta" },
  { id: "c", label: "Gamma" },
] as const;

function Harness() {
  const [on, setOn] = useState<Id>("a");
  return <TabBar<Id> label="Views" tabs={TABS} selected={on} onSelect={setOn} />;
}

const tab = (name: string) => screen.getByRole("tab", { name });
const focused = () => ({ "tab-a": "Alpha", "tab-b": "Beta", "tab-c": "Gamma" })[document.activeElement?.id ?? ""];

// WAI-ARIA's tabs pattern with manual activation (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), as Fluent's TabList behaved.
describe("the pane's tab bar", () => {
  it("is a labelled tablist of tabs, each naming its panel; only the selected one is in the Tab sequence", () => {
    renderView(<Harness />);
    expect(screen.getByRole("tablist", { name: "Views" })).toBeTruthy();
    expect(TABS.map((t) => [tab(t.label).getAttribute("aria-selected"), tab(t.label).getAttribute("tabindex"), tab(t.label).getAttribute("aria-controls"), tab(t.label).id])).toEqual([
      ["true", "0", "panel-a", "tab-a"],
      ["false", "-1", "panel-b", "tab-b"],
      ["false", "-1", "panel-c", "tab-c"],
    ]);
  });

  it("moves the focus with the arrow keys, wrapping round, and with Home and End; Enter opens the focused tab", async () => {
    const user = userEvent.setup();
    renderView(<Harness />);
    await user.tab();
    expect(focused()).toBe("Alpha");
    await user.keyboard("{ArrowRight}");
    expect(focused()).toBe("Beta");
    // Manual activation: the focus moved, the selection did not.
    expect(tab("Alpha").getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(focused()).toBe("Alpha");
    await user.keyboard("{ArrowLeft}");
    expect(focused()).toBe("Gamma");
    await user.keyboard("{Home}");
    expect(focused()).toBe("Alpha");
    await user.keyboard("{End}");
    expect(focused()).toBe("Gamma");
    await user.keyboard("{Enter}");
    expect(tab("Gamma").getAttribute("aria-selected")).toBe("true");
    expect(tab("Gamma").getAttribute("tabindex")).toBe("0");
    expect(tab("Alpha").getAttribute("tabindex")).toBe("-1");
    // Tab leaves the list from the selected tab: the others are not stops.
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it("opens a tab on a click", async () => {
    const user = userEvent.setup();
    renderView(<Harness />);
    await user.click(tab("Beta"));
    expect(tab("Beta").getAttribute("aria-selected")).toBe("true");
    expect(tab("Alpha").getAttribute("aria-selected")).toBe("false");
  });
});
