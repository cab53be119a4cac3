/** The zip format's CRC-32, computed without Node (the pane zips in the browser: ./portable.test.ts). */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { crc32Portable } from "../../../src/xlsx/writer/crc32";

test("the portable CRC-32 is zlib's, in one piece or many", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(2000), (bytes, cut) => {
      const b = Buffer.from(bytes);
      const at = Math.min(cut, b.length);
      const expected = zlib.crc32(b);
      expect(crc32Portable(b, 0)).toBe(expected);
      expect(crc32Portable(b.subarray(at), crc32Portable(b.subarray(0, at), 0))).toBe(expected);
    }),
  );
  expect(crc32Portable(Buffer.from("123456789"), 0)).toBe(0xcbf43926); // the standard check value
});
