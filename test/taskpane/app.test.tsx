/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { hostInfo, isDarkOfficeTheme } from "../../src/taskpane/host";
import { recordingCommands } from "./helpers";

const stats = { syncs: 2, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] };

describe("the pane", () => {
  it("outside Excel: says how to open it in Excel, reads nothing, and still previews a plan", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    render(<App commands={commands} host={{ inExcel: false, lang: "en-US", dark: false }} initialMonth="2026-11" />);
    const note = screen.getByTestId("outside-excel");
    expect(within(note).getByText("Not running in Excel")).toBeTruthy();
    expect(note.textContent).not.toContain("Upload My Add-in");
    await user.click(within(note).getByRole("button", { name: "How to open it in Excel" }));
    expect(note.textContent).toContain("Upload My Add-in");
    expect(note.textContent).toContain("manifest.xml");
    await user.click(screen.getByRole("tab", { name: "Plan a month" }));
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "560000");
    expect(screen.getByTestId("plan-check").getAttribute("data-days-total")).toBe("560000.00");
    expect(commands.calls).toEqual([]);
    expect(document.body.getAttribute("data-shopsheet-rendered")).toBe("true");
  });

  it("in Excel: reads Settings, Roles and Staff from the workbook when it opens", async () => {
    const commands = recordingCommands({
      readSetup: () => ({
        ok: true,
        sections: { settings: { poolRate: 0.35, targets: { aov: 128, cvr: 0.03 } }, roles: [{ id: "manager", nameZh: "店长", nameEn: "Shop manager", baseMin: 4000, baseMax: 9000, share: 0.3 }], staff: [{ id: "E01", name: "Wang", role: "manager", base: 8000 }] },
        workbookLang: "zh-CN",
        messages: [],
        stats,
      }),
    });
    render(<App commands={commands} host={{ inExcel: true, lang: "en-US", dark: false }} />);
    await screen.findByText("Shown from this workbook's tables (the tables are the source of truth).");
    expect(commands.calls).toEqual([{ name: "readSetup", args: [{ lang: "en-US" }] }]);
    expect(screen.queryByTestId("outside-excel")).toBeNull();
    expect(screen.getByRole("button", { name: /Shop manager/ })).toBeTruthy();
    expect(screen.getByText("Wang")).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: /^Settings/ }));
    expect((screen.getByRole("textbox", { name: "Profit pool rate (of gross margin)" }) as HTMLInputElement).value).toBe("35%");
    expect((screen.getByRole("textbox", { name: "Conversion rate" }) as HTMLInputElement).value).toBe("3%");
  });

  it("says why the workbook could not be read, and keeps the catalogue to work from", async () => {
    const commands = recordingCommands({
      readSetup: () => ({ ok: false, messages: [{ level: "error", code: "office.apiTooOld", text: "This Excel is too old for ShopSheet." }], stats }),
    });
    render(<App commands={commands} host={{ inExcel: true, lang: "en-US", dark: false }} />);
    await screen.findByText("This Excel is too old for ShopSheet.");
    expect(screen.getByRole("button", { name: /Shipping & warehouse/ })).toBeTruthy();
  });

  it("starts in Office's display language and switches in the pane", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "zh-CN", dark: false }} />);
    expect(screen.getByRole("tab", { name: "设置" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    await user.selectOptions(screen.getByRole("combobox", { name: /Language/ }), "en-US");
    expect(screen.getByRole("tab", { name: "Set up" })).toBeTruthy();
    expect(screen.getByText("Not running in Excel")).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe("en-US"));
  });

  it("is driven by the keyboard: a focused tab opens its view with Enter (arrow keys: the browser test)", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "en-US", dark: false }} />);
    screen.getByRole("tab", { name: "Plan a month" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Plan a month" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-plan");
    expect(screen.getByRole("textbox", { name: "Monthly sales target" })).toBeTruthy();
  });

  it("follows Office's theme", () => {
    const { container } = render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "en-US", dark: true }} />);
    expect(container.querySelector("[data-theme]")!.getAttribute("data-theme")).toBe("dark");
  });

  it("has no accessibility violations, in both languages", async () => {
    const user = userEvent.setup();
    const { container } = render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "zh-CN", dark: false }} initialMonth="2026-11" />);
    expect(await act(() => axe(container))).toHaveNoViolations();
    await user.selectOptions(screen.getByRole("combobox", { name: /Language/ }), "en-US");
    await user.click(screen.getByRole("tab", { name: "Plan a month" }));
    await user.type(screen.getByRole("textbox", { name: "Monthly sales target" }), "1000");
    expect(await act(() => axe(container))).toHaveNoViolations();
    await user.click(screen.getByRole("tab", { name: "Payroll" }));
    expect(await act(() => axe(container))).toHaveNoViolations();
  });
});

describe("what the pane learns from Office", () => {
  it("outside Office (Office.onReady gives host null, no Excel): not in Excel, the browser's language", () => {
    expect(hostInfo({ host: null }, { context: {} }, undefined, "zh-CN")).toEqual({ inExcel: false, lang: "zh-CN", dark: false });
    expect(hostInfo(null, undefined, undefined, "en-GB")).toEqual({ inExcel: false, lang: "en-US", dark: false });
  });

  it("in Excel: Office's display language and theme", () => {
    const office = { HostType: { Excel: "Excel" }, context: { displayLanguage: "zh-CN", officeTheme: { isDarkTheme: true } } };
    expect(hostInfo({ host: "Excel" }, office, {}, "en-US")).toEqual({ inExcel: true, lang: "zh-CN", dark: true });
    expect(hostInfo({ host: "Excel" }, { ...office, context: { displayLanguage: "en-US" } }, {}, "zh-CN").lang).toBe("en-US");
    // Another host is not Excel.
    expect(hostInfo({ host: "Word" }, office, undefined).inExcel).toBe(false);
  });

  it("reads a dark theme from isDarkTheme (property or method) or from the body colour", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
    expect(isDarkOfficeTheme({ isDarkTheme: () => true })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });
});
