/**
 * The functions section of `npm run bench` runs and measures synchronous calls: since the implementation
 * is loaded after the pane's first render (src/functions/deferred.ts), a call before it arrives answers
 * with a Promise, and the section once failed on that ("#<Promise> could not be cloned") for a session
 * without anyone noticing. No timing is asserted: CI's machine is shared.
 */
import { functionsSection } from "../../bench/functions";

it("gives a finite time per call for each function and its plain-numbers twin", async () => {
  const figures = await functionsSection();
  expect(figures.map((f) => f.label)).toEqual([
    "SHOP.COMMISSION (built-in catalogue)",
    "SHOP.COMMISSION (built-in catalogue), plain numbers",
    "SHOP.COMMISSION (roles range)",
    "SHOP.COMMISSION (roles range), plain numbers",
    "SHOP.IIT",
    "SHOP.IIT, plain numbers",
  ]);
  for (const f of figures) {
    expect(f.unit).toBe("ns/call");
    expect(Number.isFinite(f.value)).toBe(true);
    expect(f.value).toBeGreaterThan(0);
  }
}, 60_000);
