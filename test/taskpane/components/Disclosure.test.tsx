/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Disclosure, toggled } from "../../../src/taskpane/components/Disclosure";
import { renderView } from "../helpers";

function Harness() {
  const [open, setOpen] = useState<string[]>(["one"]);
  return (
    <>
      {["one", "two"].map((k) => (
        <Disclosure key={k} title={`Section ${k}`} open={open.includes(k)} onToggle={() => setOpen(toggled(open, k))}>
          <p>Inside {k}</p>
        </Disclosure>
      ))}
    </>
  );
}

// WAI-ARIA's accordion pattern (https://www.w3.org/WAI/ARIA/apg/patterns/accordion/).
describe("a Set up section that opens and closes", () => {
  it("is a button saying whether it is open and naming its panel; the panel is there only while open", async () => {
    const user = userEvent.setup();
    renderView(<Harness />);
    const one = screen.getByRole("button", { name: "Section one" });
    const two = screen.getByRole("button", { name: "Section two" });
    expect(one.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById(one.getAttribute("aria-controls")!)?.textContent).toBe("Inside one");
    expect(two.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText("Inside two")).toBeNull();
    // Several open at once; Enter and Space (a button's own keys) open and close.
    two.focus();
    await user.keyboard("{Enter}");
    expect(two.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Inside two")).toBeTruthy();
    expect(screen.getByText("Inside one")).toBeTruthy();
    await user.keyboard(" ");
    expect(two.getAttribute("aria-expanded")).toBe("false");
    await user.click(one);
    expect(screen.queryByText("Inside one")).toBeNull();
  });

  it("toggled() adds a closed section's key and takes an open one's away", () => {
    expect(toggled(["a"], "b")).toEqual(["a", "b"]);
    expect(toggled(["a", "b"], "a")).toEqual(["b"]);
  });
});
