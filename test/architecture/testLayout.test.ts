/**
 * Tests are findable: test/ names files as src/ does. src/core/payroll/month.ts is tested by
 * test/core/payroll/month.test.ts, and a second test of it by test/core/payroll/month.<aspect>.test.ts
 * (month.properties.test.ts). A source file without one must be on the commented allow-list in
 * ./untested.ts; a listed file that has gained a test, or is gone, must leave it.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { BARRELS, DATA, TESTED_THROUGH_OTHERS, TYPES_ONLY } from "./untested";

const ROOT = join(__dirname, "..", "..");
const SOURCE = /\.tsx?$/;
const TEST = /\.test\.tsx?$/;

/** Every file under `dir`, as a path from the repository's root with "/" separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** The tests named after `source` (src/a/x.ts → test/a/x.test.ts, test/a/x.<aspect>.test.tsx, …). */
function sameNameTests(source: string, tests: readonly string[]): string[] {
  const stem = `test/${source.replace(/^src\//, "").replace(SOURCE, "")}`;
  return tests.filter((t) => TEST.test(t) && (t.startsWith(`${stem}.test.`) || (t.startsWith(`${stem}.`) && /^[A-Za-z0-9-]+\.test\.tsx?$/.test(t.slice(stem.length + 1)))));
}

/** What is wrong with the layout: source files without a same-name test that are not allowed, and
 *  allowed ones that have a test or do not exist. Empty when all is well. */
function layoutProblems(sources: readonly string[], tests: readonly string[], allowed: readonly string[]): string[] {
  const allow = new Set(allowed);
  const untested = sources.filter((s) => sameNameTests(s, tests).length === 0);
  const problems = untested
    .filter((s) => !allow.has(s))
    .map((s) => `${s} has no test of the same name: write ${`test/${s.replace(/^src\//, "").replace(SOURCE, "")}.test.ts`}, or put it on test/architecture/untested.ts saying why`);
  const sourceSet = new Set(sources);
  for (const a of allowed) {
    if (!sourceSet.has(a)) problems.push(`${a} is on test/architecture/untested.ts but is not a source file: take it off`);
    else if (sameNameTests(a, tests).length > 0) problems.push(`${a} has a test now (${sameNameTests(a, tests).join(", ")}): take it off test/architecture/untested.ts`);
  }
  return problems;
}

describe("test layout", () => {
  const sources = filesUnder("src").filter((f) => SOURCE.test(f) && !f.endsWith(".d.ts"));
  const tests = filesUnder("test").filter((f) => TEST.test(f));
  const allowed = [...DATA, ...TYPES_ONLY, ...BARRELS, ...TESTED_THROUGH_OTHERS];

  test("every source file has a test of the same name or is on the allow-list, and the list is not stale", () => {
    expect(layoutProblems(sources, tests, allowed)).toEqual([]);
  });

  test("each file is on the allow-list once", () => {
    expect(allowed.filter((a, i) => allowed.indexOf(a) !== i)).toEqual([]);
  });

  test("how many source files have a test of the same name (printed for the record)", () => {
    const tested = sources.filter((s) => sameNameTests(s, tests).length > 0).length;
    // 44 of 237 when the tests were first laid out like src/ (issue 11); never fewer than that again.
    expect(tested).toBeGreaterThanOrEqual(107);
    console.log(`${tested} of ${sources.length} source files have a test of the same name; ${sources.length - tested} do not.`);
  });
});

describe("the layout check itself (made-up trees)", () => {
  const tests = ["test/core/a.test.ts", "test/core/b.properties.test.ts", "test/core/sub/c.test.tsx", "test/d.test.ts", "test/core/ee.test.ts"];

  test("a test of the same name, or of the same name and an aspect, counts; one elsewhere or of a longer name does not", () => {
    expect(sameNameTests("src/core/a.ts", tests)).toEqual(["test/core/a.test.ts"]);
    expect(sameNameTests("src/core/b.ts", tests)).toEqual(["test/core/b.properties.test.ts"]);
    expect(sameNameTests("src/core/sub/c.tsx", tests)).toEqual(["test/core/sub/c.test.tsx"]);
    expect(sameNameTests("src/core/d.ts", tests)).toEqual([]); // test/d.test.ts is in another folder
    expect(sameNameTests("src/core/e.ts", tests)).toEqual([]); // ee.test.ts is another file's
  });

  test("a new file without a test fails, naming the file and the test to write", () => {
    expect(layoutProblems(["src/core/a.ts", "src/core/new.ts"], tests, [])).toEqual([
      "src/core/new.ts has no test of the same name: write test/core/new.test.ts, or put it on test/architecture/untested.ts saying why",
    ]);
  });

  test("an allowed file passes; a stale allow-list entry fails", () => {
    expect(layoutProblems(["src/core/a.ts", "src/core/new.ts"], tests, ["src/core/new.ts"])).toEqual([]);
    expect(layoutProblems(["src/core/a.ts"], tests, ["src/core/a.ts", "src/core/gone.ts"])).toEqual([
      "src/core/a.ts has a test now (test/core/a.test.ts): take it off test/architecture/untested.ts",
      "src/core/gone.ts is on test/architecture/untested.ts but is not a source file: take it off",
    ]);
  });
});
