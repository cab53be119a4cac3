/**
 * The engine's whole-config check (parseConfig: zod, the config schema, the cross-references) for the
 * Set up view, loaded after the pane's first render as a chunk of its own: until it is in, the view
 * shows each field's own problems (./checks.ts), and the cross-checks a moment later (issue 15: zod
 * is not in the pane's first download, and its fetch starts in the task after the first render's).
 */
import { useEffect, useState } from "react";
import type { ConfigCheck } from "./checks";
import { inNextTask } from "./nextTask";

let loaded: ConfigCheck | undefined;
let loading: Promise<ConfigCheck> | undefined;

function load(): Promise<ConfigCheck> {
  loading ??= import(/* webpackChunkName: "config-check" */ "../core/config").then((m) => (loaded = m.parseConfig));
  return loading;
}

export function useConfigCheck(): ConfigCheck | undefined {
  const [check, setCheck] = useState<ConfigCheck | undefined>(() => loaded);
  useEffect(() => {
    if (check !== undefined) return;
    let live = true;
    const cancel = inNextTask(() => void load().then((f) => live && setCheck(() => f)));
    return () => {
      live = false;
      cancel();
    };
  }, [check]);
  return check;
}
