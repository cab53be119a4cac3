/**
 * A part's pieces as the task pane's stored zip takes them (pieceBytes): strings, encoded bytes and
 * runs of both (a sheet row), in order, as UTF-8.
 */
import { pieceBytes, utf8 } from "../../../src/xlsx/writer/piece";

const decode = (b: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(b);

test("strings, bytes and runs of both come out in order, as UTF-8", () => {
  const source = ["<a>", utf8("工资"), ["<b/>", new Uint8Array([0x41]), "员"], "", new Uint8Array(0), "末"];
  expect(decode(pieceBytes(source))).toBe("<a>工资<b/>A员末");
  // 工, 资, 员 and 末 take three bytes each in UTF-8: 3 + 6 + 4 + 1 + 3 + 3.
  expect(pieceBytes(source).length).toBe(20);
});

test("a whole string, and nothing at all", () => {
  expect(decode(pieceBytes("设置 — 工资"))).toBe("设置 — 工资");
  expect(pieceBytes([]).length).toBe(0);
});
