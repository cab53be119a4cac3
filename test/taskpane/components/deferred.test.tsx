/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { deferred } from "../../../src/taskpane/components/deferred";
import { renderView } from "../helpers";

function Editor({ who }: { who: string }) {
  return <p>Editing {who}</p>;
}

/** A load the test lets through by hand: the chunk "arrives" when release() is called. */
function gatedLoad() {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  let calls = 0;
  const load = () => {
    calls++;
    return gate.then(() => Editor);
  };
  return { load, release, calls: () => calls };
}

describe("deferred: a component from a chunk of its own", () => {
  it("stands a spinner in while its chunk is on the way, then shows the component", async () => {
    const g = gatedLoad();
    const part = deferred(g.load);
    renderView(<part.Component who="Wang" />);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.queryByText("Editing Wang")).toBeNull();
    await act(async () => g.release());
    expect(await screen.findByText("Editing Wang")).toBeTruthy();
  });

  it("once preloaded, renders on the first render (no spinner), and fetches the chunk once", async () => {
    const g = gatedLoad();
    const part = deferred(g.load);
    g.release();
    await part.preload();
    await part.preload();
    renderView(<part.Component who="Li" />);
    expect(screen.getByText("Editing Li")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(g.calls()).toBe(1);
  });

  it("asks again for a chunk that failed to arrive; a failed preload is quiet", async () => {
    let calls = 0;
    const part = deferred(() => (++calls === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(Editor)));
    await expect(part.preload()).resolves.toBeUndefined();
    await part.preload();
    renderView(<part.Component who="Zhao" />);
    expect(screen.getByText("Editing Zhao")).toBeTruthy();
    expect(calls).toBe(2);
  });
});
