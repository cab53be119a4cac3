/**
 * The task pane's entry. The page is shared with the custom functions (functions.js, loaded after
 * this script): nothing here touches CustomFunctions, and whatever goes wrong while the pane starts is
 * caught and shown in the page, so the functions keep working.
 */
import "./messages";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeCommands } from "./commands";
import { hostInfo } from "./host";

function start(info: { host?: unknown } | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  try {
    const office = typeof Office === "undefined" ? undefined : Office;
    const excel = (globalThis as { Excel?: unknown }).Excel;
    const host = hostInfo(info, office, excel, typeof navigator === "undefined" ? undefined : navigator.language);
    createRoot(container).render(<App commands={officeCommands} host={host} />);
  } catch (e) {
    container.textContent = `ShopSheet: ${e instanceof Error ? e.message : String(e)}`;
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then((info) => start(info as { host?: unknown }))
    .catch(() => start(null));
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start(null));
} else {
  start(null);
}
