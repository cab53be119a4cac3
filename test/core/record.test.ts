/** What a config entry must be before its keys are read: a plain JSON object. */
import { isRecord } from "../../src/core/record";

test("objects are records; null, arrays and scalars are not", () => {
  expect([{}, { a: 1 }, Object.create(null)].map(isRecord)).toEqual([true, true, true]);
  expect([null, undefined, [], [1], "x", 1, true].map(isRecord)).toEqual([false, false, false, false, false, false, false]);
});
