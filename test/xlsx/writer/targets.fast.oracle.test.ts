/**
 * test/oracle/targets.oracle.test.ts, run unchanged with the fast writer (src/xlsx/writer) in place of
 * the exceljs renderer: every figure LibreOffice recalculates must still equal core's to the fen.
 */
import * as fast from "../../../src/xlsx/writer";

jest.mock("../../../src/xlsx/render", () => {
  const writer = jest.requireActual("../../../src/xlsx/writer") as typeof fast;
  return { ...jest.requireActual("../../../src/xlsx/render"), writeXlsx: writer.writeXlsxFast, toBuffer: writer.toBufferFast };
});

test("the oracle below writes its workbooks with the fast writer", async () => {
  const render = await import("../../../src/xlsx/render");
  expect(render.writeXlsx).toBe(fast.writeXlsxFast);
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../oracle/targets.oracle.test");
