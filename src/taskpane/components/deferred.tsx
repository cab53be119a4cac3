import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, type ComponentType, type JSX } from "react";

/**
 * A component whose code is a chunk of its own, fetched by `preload()` (the pane calls it once the
 * first view has rendered) or when it is first shown (issue 15: the pane's first download is what the
 * first view shows). Once the chunk is in, the component renders at once, without going through
 * Suspense: an editor opened after the preload appears on the click that opens it. Before that, a small
 * spinner stands in for it while the chunk arrives.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): { Component: (props: P) => JSX.Element; preload(): Promise<void> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetch = () =>
    (loading ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        loading = undefined; // a chunk that failed to arrive is asked for again next time
        throw e;
      },
    ));
  const Lazy = lazy(() => fetch().then((c) => ({ default: c })));
  function Component(props: P) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={<Spinner size="tiny" />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Component, preload: () => fetch().then(() => undefined, () => undefined) };
}
