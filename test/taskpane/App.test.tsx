/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { webDarkTheme } from "@fluentui/react-components";
import { hostInfo, isDarkOfficeTheme } from "../../src/taskpane/host";
import { fontStack, paneTheme } from "../../src/taskpane/theme";
import { recordingCommands } from "./helpers";

const stats = { syncs: 2, largestBatchBytes: 0, writeBatches: 0, sheetsWritten: [] };

describe("the pane", () => {
  it("outside Excel: says how to open it in Excel, reads nothing, and still previews a plan", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    render(<App commands={commands} host={{ inExcel: false, lang: "en-US", dark: false }} initialMonth="2026-11" />);
    const note = screen.getByTestId("outside-excel");
    expect(within(note).getByText("Open ShopSheet in Excel")).toBeTruthy();
    expect(note.textContent).not.toContain("Upload My Add-in");
    await user.click(within(note).getByRole("button", { name: "How to open it in Excel" }));
    expect(note.textContent).toContain("Upload My Add-in");
    expect(note.textContent).toContain("manifest.xml");
    // Spoken to the person using Excel: the ribbon, and the README's sideloading when it is not installed.
    // Only the development build's own line (jest is not a production build) names a developer's command.
    const steps = within(note).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(steps.some((s) => s.includes("Open ShopSheet on the Home tab"))).toBe(true);
    expect(steps.some((s) => s.includes("“Sideloading” section of ShopSheet's README"))).toBe(true);
    expect(steps.filter((s) => /\bnpm\b/.test(s))).toEqual([expect.stringMatching(/^Development build: /)]);
    await user.click(screen.getByRole("tab", { name: "Targets" }));
    // The Targets view is a chunk of its own: found once it has loaded.
    await user.type(await screen.findByRole("textbox", { name: "Monthly sales target" }), "560000");
    expect(screen.getByTestId("plan-check").getAttribute("data-days-total")).toBe("560000.00");
    expect(commands.calls).toEqual([]);
    expect(document.body.getAttribute("data-shopsheet-rendered")).toBe("true");
  });

  it("outside Excel the Payroll tab is no dead end: the example team's month, computed here and labelled as an example", async () => {
    const user = userEvent.setup();
    const commands = recordingCommands();
    render(<App commands={commands} host={{ inExcel: false, lang: "en-US", dark: false }} initialMonth="2026-11" />);
    await user.click(screen.getByRole("tab", { name: "Payroll" }));
    const preview = within(await screen.findByTestId("example-payroll")); // the Payroll view's chunk loaded
    expect(preview.getByRole("heading", { name: "Example team: payroll preview, 2026-11" })).toBeTruthy();
    expect(preview.getByText("Example")).toBeTruthy();
    expect(within(screen.getByTestId("people-table")).getAllByRole("row")).toHaveLength(9); // header + 8
    // 168,000 (the example's November) × 40% = 67,200; the manager: 8,000 + 30% of it = 28,160 (by hand).
    expect(preview.getByRole("row", { name: "Profit pool ¥67,200.00" })).toBeTruthy();
    expect(preview.getByRole("row", { name: "王经理（示例） ¥28,160.00 ¥24,088.00" })).toBeTruthy();
    expect(screen.getByText("Blank = the example's margin, ¥168,000.00")).toBeTruthy();
    // A typed margin moves it: 100,000 × 40% = 40,000.
    await user.type(screen.getByRole("textbox", { name: "Gross margin this month" }), "100000");
    expect(preview.getByRole("row", { name: "Profit pool ¥40,000.00" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Run payroll" }) as HTMLButtonElement).disabled).toBe(true);
    expect(commands.calls).toEqual([]);
  });

  it("the example's payroll follows the settings edited in the first view", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "en-US", dark: false }} initialMonth="2026-11" />);
    await user.click(screen.getByRole("button", { name: /^Pay and target settings/ }));
    const rate = screen.getByRole("textbox", { name: "Profit pool rate (of gross margin)" });
    await user.clear(rate);
    await user.type(rate, "35%");
    await user.click(screen.getByRole("tab", { name: "Payroll" }));
    // 168,000 × 35% = 58,800.
    expect(within(screen.getByTestId("example-payroll")).getByRole("row", { name: "Profit pool ¥58,800.00" })).toBeTruthy();
  });

  it("in Excel the Payroll tab runs the workbook's month: no example", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: true, lang: "en-US", dark: false }} initialMonth="2026-11" />);
    await screen.findByText(/Shown from the role catalogue/);
    await user.click(screen.getByRole("tab", { name: "Payroll" }));
    expect(screen.queryByTestId("example-payroll")).toBeNull();
    expect((screen.getByRole("button", { name: "Run payroll" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("sets a Chinese font stack through the theme's fontFamilyBase (Latin first in English)", async () => {
    expect(fontStack("zh-CN").split(", ").slice(0, 5)).toEqual(['"Microsoft YaHei UI"', '"Microsoft YaHei"', '"微软雅黑"', '"PingFang SC"', '"DengXian"']);
    expect(fontStack("en-US").startsWith('"Segoe UI"')).toBe(true);
    expect(fontStack("en-US")).toContain('"微软雅黑"');
    expect(paneTheme("zh-CN", true).colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "zh-CN", dark: false }} />);
    // FluentProvider writes the theme's tokens as CSS variables (rules inserted into a style sheet).
    const fontVar = () => {
      const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText));
      return rules.map((r) => /--fontFamilyBase:\s*([^;]+);/.exec(r)?.[1]?.trim()).filter(Boolean);
    };
    expect(fontVar()).toContain(fontStack("zh-CN"));
    await user.selectOptions(screen.getByRole("combobox", { name: /Language/ }), "en-US");
    expect(fontVar()).toContain(fontStack("en-US"));
  });

  it("the built-in sales events are named in the pane's language", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "zh-CN", dark: false }} />);
    await user.click(screen.getByRole("button", { name: /^工资与目标参数/ }));
    const names = screen.getAllByRole("textbox", { name: "活动" }).map((i) => (i as HTMLInputElement).value);
    expect(names).toEqual(["618 年中大促", "双十一", "双十二"]);
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
    await userEvent.setup().click(screen.getByRole("button", { name: /^Pay and target settings/ }));
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
    expect(screen.getByRole("tab", { name: "团队与参数" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    await user.selectOptions(screen.getByRole("combobox", { name: /Language/ }), "en-US");
    expect(screen.getByRole("tab", { name: "Team & settings" })).toBeTruthy();
    expect(screen.getByText("Open ShopSheet in Excel")).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe("en-US"));
  });

  it("is driven by the keyboard: a focused tab opens its view with Enter (arrow keys: the browser test)", async () => {
    const user = userEvent.setup();
    render(<App commands={recordingCommands()} host={{ inExcel: false, lang: "en-US", dark: false }} />);
    screen.getByRole("tab", { name: "Targets" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Targets" }).getAttribute("aria-selected")).toBe("true");
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
    await user.click(screen.getByRole("tab", { name: "Targets" }));
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
