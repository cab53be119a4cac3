import { getPath, setPath } from "../../../src/core/config/pathTypes";

describe("paths into nested records", () => {
  it("set makes the records on the way and keeps what is there", () => {
    const o: Record<string, unknown> = { a: { keep: 1 } };
    setPath(o, "a.b.c", 2);
    setPath(o, "top", 3);
    expect(o).toEqual({ a: { keep: 1, b: { c: 2 } }, top: 3 });
  });

  it("set replaces a value that stands where a record is needed", () => {
    const o: Record<string, unknown> = { a: 5 };
    setPath(o, "a.b", 1);
    expect(o).toEqual({ a: { b: 1 } });
  });

  it("get reads a path, undefined where a step is missing or not a record", () => {
    const o = { a: { b: { c: null } }, s: "text" };
    expect(getPath(o, "a.b.c")).toBeNull();
    expect(getPath(o, "a.x.c")).toBeUndefined();
    expect(getPath(o, "s.length")).toBeUndefined();
    expect(getPath(null, "a")).toBeUndefined();
  });
});
