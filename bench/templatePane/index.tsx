/** The template's entry: render once Office is ready (outside Office, at once), as the template does. */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function start(): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady().then(start, start);
else start();
