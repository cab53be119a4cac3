/** The pure parts of src/office: row alignment, batching, cell values, addresses, the locator. */
import fc from "fast-check";
import { isoToSerial, serialToIso, toOffice, widthToPoints } from "../../../src/office/reconcile/cells";
import { splitAddress } from "../../../src/office/reconcile/features";
import { assemble } from "../../../src/office/reconcile/liveModel";
import { batches, jsonBytes, opBytes, PAYLOAD_LIMIT, SPLIT_ABOVE, utf8Length, type Op } from "../../../src/office/reconcile/ops";
import { alignRows, rectangles } from "../../../src/office/reconcile/plan";
import { Locator } from "../../../src/workbook/read";

describe("alignRows", () => {
  test("a new key goes after its predecessor in the spec; rows that stay are not touched", () => {
    expect(alignRows(["A", "B", "C"], ["A", "N", "B", "C"])).toEqual({ deletes: [], inserts: [{ index: 1, key: "N" }], final: ["A", "N", "B", "C"] });
    expect(alignRows(["A", "B", "C"], ["N", "A", "B", "C"])).toEqual({ deletes: [], inserts: [{ index: 0, key: "N" }], final: ["N", "A", "B", "C"] });
  });

  test("keys gone, blank or repeated are deleted", () => {
    expect(alignRows(["A", "", "B", "A", "X"], ["A", "B"])).toEqual({ deletes: [1, 3, 4], inserts: [], final: ["A", "B"] });
  });

  test("the user's order of existing rows is kept (a new row still follows its predecessor)", () => {
    expect(alignRows(["C", "A", "B"], ["A", "B", "C", "D"]).final).toEqual(["C", "D", "A", "B"]);
    expect(alignRows(["C", "A", "B"], ["A", "B", "C"])).toEqual({ deletes: [], inserts: [], final: ["C", "A", "B"] });
  });

  test("an empty spec keeps one blank row (an Excel table always has one)", () => {
    expect(alignRows(["A", "B"], [])).toEqual({ deletes: [1], inserts: [], final: [""] });
  });

  test("property: deleting then inserting as told gives `final`, which holds each wanted key once", () => {
    const keys = fc.array(fc.constantFrom<string>("A", "B", "C", "D", "E", "F", ""), { maxLength: 8 });
    fc.assert(
      fc.property(keys, fc.uniqueArray(fc.constantFrom("A", "B", "C", "D", "E", "F"), { maxLength: 6 }), (live, spec) => {
        const { deletes, inserts, final } = alignRows(live, spec);
        const rows = live.filter((_, i) => !deletes.includes(i));
        for (const ins of inserts) rows.splice(ins.index, 0, ins.key);
        expect(rows).toEqual(spec.length ? final : [live[0] ?? ""].map(() => rows[0]!));
        if (spec.length) expect([...final].sort()).toEqual([...spec].sort());
      }),
    );
  });
});

describe("batches", () => {
  const write = (rows: number, cols: number, cell = "=SUM(A1:B2)"): Op => ({
    op: "write",
    sheet: "slips:2026-11",
    range: `A1:${String.fromCharCode(64 + cols)}${rows}`,
    data: Array.from({ length: rows }, () => new Array(cols).fill(cell)),
  });

  test("a big write is cut into row bands, and no batch is over the limit", () => {
    const big = write(60_000, 13);
    expect(jsonBytes((big as { data: unknown }).data)).toBeGreaterThan(PAYLOAD_LIMIT * 2);
    const out = batches([{ op: "unprotect", sheet: "x" }, big, { op: "freeze", sheet: "x", rows: 1, cols: 0 }]);
    expect(out.length).toBeGreaterThan(2);
    for (const b of out) expect(b.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const ops = out.flatMap((b) => b.ops);
    expect(ops[0]!.op).toBe("unprotect");
    expect(ops[ops.length - 1]!.op).toBe("freeze");
    const bands = ops.filter((o): o is Extract<Op, { op: "write" }> => o.op === "write");
    for (const b of bands) expect(jsonBytes(b.data)).toBeLessThanOrEqual(SPLIT_ABOVE);
    // The bands cover the rows in order, once each.
    expect(bands.map((b) => b.range)[0]).toMatch(/^A1:M\d+$/);
    expect(bands.reduce((n, b) => n + b.data.length, 0)).toBe(60_000);
    const last = bands[bands.length - 1]!.range;
    expect(last.endsWith(":M60000")).toBe(true);
  });

  test("sizes are UTF-8 bytes, counted without Node's Buffer (the estimate runs in the browser)", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) })), (s) => expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"))));
    expect(utf8Length("工资")).toBe(6);
  });

  test("small plans are one batch; the estimate counts data and calls", () => {
    const op = write(10, 3);
    expect(batches([op, op])).toHaveLength(1);
    expect(opBytes(op)).toBeGreaterThan(jsonBytes((op as { data: unknown }).data));
  });
});

describe("cells", () => {
  test("strings are written as text with an apostrophe; dates as serials; null clears", () => {
    expect(toOffice("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(toOffice("00123")).toBe("'00123");
    expect(toOffice("")).toBe("");
    expect(toOffice(null)).toBe("");
    expect(toOffice(42)).toBe(42);
    expect(toOffice(true)).toBe(true);
    expect(toOffice({ date: "2026-11-11" })).toBe(46_337);
  });

  test("serial dates round trip", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1901-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(serialToIso(isoToSerial(iso))).toBe(iso);
      }),
    );
    expect(serialToIso(45_000.75)).toBe("2023-03-15");
  });

  test("widths in characters become points", () => {
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe("addresses and names", () => {
  test("sheet-qualified addresses, quoted or not", () => {
    expect(splitAddress("'工资 2026-11'!$A$1")).toEqual({ sheet: "工资 2026-11", range: "A1" });
    expect(splitAddress("=Roles!$A$5:$M$10")).toEqual({ sheet: "Roles", range: "A5:M10" });
    expect(splitAddress("'It''s mine'!B3")).toEqual({ sheet: "It's mine", range: "B3" });
    expect(splitAddress("#REF!")).toBeNull();
    expect(splitAddress("=0.4")).toBeNull();
  });

  test("our sheets are found by their key names, whatever the tab is called; broken names are noted", () => {
    const sheet = (name: string) => ({ name, position: 0, protected: false, protectionOptions: null, tables: [], charts: [] });
    const live = assemble(
      [sheet("My pay"), sheet("Notes")],
      [
        { name: "ShopSheet.payroll.2026_11", type: "Range", value: "'My pay'!$A$1" },
        { name: "ShopSheet.slips.2026_11", type: "Error", value: "#REF!" },
        { name: "Budget", type: "Range", value: "Notes!$B$2" },
      ],
    );
    expect([...live.byKey.keys()]).toEqual(["payroll:2026-11"]);
    expect(live.byKey.get("payroll:2026-11")!.name).toBe("My pay");
    expect(live.keyNames.get("slips:2026-11")!.target).toBeNull();
    expect(live.names.get("budget")!.target).toEqual({ sheet: "Notes", range: "B2" });
  });

  test("the locator falls back to the nearest place it knows", () => {
    const l = new Locator();
    l.set("staff[3]", { sheet: "Staff", address: "A9" });
    l.set("staff[3].base", { sheet: "Staff", address: "D9" });
    expect(l.find("staff[3].base")!.address).toBe("D9");
    expect(l.find("staff[3].opening.gross")!.address).toBe("A9");
    expect(l.find("roles[0]")).toBeUndefined();
  });
});

test("rectangles: runs of a row stacked while the columns repeat", () => {
  const cells = [
    [1, 1],
    [1, 2],
    [2, 1],
    [2, 2],
    [4, 1],
    [4, 3],
  ].map(([row, col]) => ({ row: row!, col: col!, item: `${row}:${col}` }));
  expect(rectangles(cells).map((r) => r.range)).toEqual([
    { top: 1, bottom: 2, left: 1, right: 2 },
    { top: 4, bottom: 4, left: 1, right: 1 },
    { top: 4, bottom: 4, left: 3, right: 3 },
  ]);
});
