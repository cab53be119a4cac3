/**
 * Staff's personal data in a config: checked with the ID type known (GB 11643 for a resident identity
 * card — the standard's examples 11010519491231002X and 440524188001010014, worked by hand in
 * test/core/personal/idNumber.test.ts), each problem at its config path, and never a whole number in
 * any message, in either language.
 */
import fc from "fast-check";
import { parseConfig } from "../../../src/core/config";
import { maskPersonalData } from "../../../src/core/config/personal";
import { idCheckDigit } from "../../../src/core/personal/idNumber";
import type { Warning } from "../../../src/core/types";
import { formatMessage } from "../../../src/data/messages";

const person = (extra: Record<string, unknown>, id = "E01") => ({ id, name: "王五", role: "manager", ...extra });
const errors = (staff: unknown[]): Warning[] => {
  const r = parseConfig({ staff });
  return r.ok ? [] : r.errors;
};
const config = (staff: unknown[]) => {
  const r = parseConfig({ staff });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
};

/** Every message of `ws`, in both languages. */
const said = (ws: Warning[]) => ws.flatMap((w) => (["zh-CN", "en-US"] as const).map((lang) => `${w.where}: ${formatMessage(w.code, w.params, lang)}`));

test("a valid number is kept, normalised; its type defaults to 居民身份证; the bank account to its digits", () => {
  const [s] = config([person({ idNumber: " 110105 19491231 002x ", bank: "招商银行", bankAccount: "6214 8300-0000 0001" })]).staff;
  expect(s).toMatchObject({ idType: "居民身份证", idNumber: "11010519491231002X", bank: "招商银行", bankAccount: "6214830000000001" });
  // Nothing given: nothing there (a config without personal data reads as before).
  const [bare] = config([person({})]).staff;
  expect(bare!.idNumber).toBeUndefined();
  expect(bare!.idType).toBeUndefined();
});

test.each([
  // Check digit one off (the standard's example ends in X).
  ["110105194912310021", "idNumber.checkDigit"],
  // One digit of the body changed: the check digit no longer fits.
  ["440524188001010024", "idNumber.checkDigit"],
  ["110105491231002", "idNumber.fifteenDigits"],
  ["11010519491231002", "idNumber.length"],
  ["110105194913310028", "idNumber.birthDate"],
  ["990105194912310023", "idNumber.region"],
])("%s is refused (%s) at staff[0].idNumber, masked in both languages", (number, code) => {
  const ws = errors([person({ idNumber: number })]);
  expect(ws.map((w) => [w.code, w.where])).toEqual([[code, "staff[0].idNumber"]]);
  for (const text of said(ws)) expect(text).not.toContain(number);
});

test("a number stored as a number, or a masked one, is refused without showing it", () => {
  const ws = errors([person({ idNumber: 110105194912310000, bankAccount: "6222***********0123" }), person({ idNumber: "1101**********002X" }, "E02")]);
  expect(ws.map((w) => [w.code, w.where])).toEqual([
    ["idNumber.notText", "staff[0].idNumber"],
    ["bankAccount.masked", "staff[0].bankAccount"],
    ["idNumber.masked", "staff[1].idNumber"],
  ]);
  for (const text of said(ws)) expect(text).not.toMatch(/\d{12}/);
});

test("another document type's number is only required, not checked by GB 11643", () => {
  const [s] = config([person({ idType: "中国护照", idNumber: "E12345678" })]).staff;
  expect(s).toMatchObject({ idType: "中国护照", idNumber: "E12345678" });
  // The residence permits of Hong Kong, Macao and Taiwan residents follow GB 11643 (810000 …).
  expect(errors([person({ idType: "港澳居民居住证", idNumber: "810000199001010012" })]).map((w) => w.code)).toEqual(["idNumber.checkDigit"]);
});

test("bank accounts: digits, 10 to 30 of them", () => {
  const ws = errors([person({ bankAccount: "6222 0212" }), person({ bankAccount: "6222-0212-ABCD-0000" }, "E02")]);
  expect(ws.map((w) => [w.code, w.where])).toEqual([
    ["bankAccount.length", "staff[0].bankAccount"],
    ["bankAccount.characters", "staff[1].bankAccount"],
  ]);
});

test("two people with one ID number are refused, unless a re-hire links them", () => {
  const ws = errors([person({ idNumber: "440524188001010014" }), person({ idNumber: "440524188001010014" }, "E02")]);
  expect(ws.map((w) => [w.code, w.where, w.params.other])).toEqual([["staff.duplicateIdNumber", "staff[1].idNumber", "E01"]]);
  for (const text of said(ws)) expect(text).not.toContain("440524188001010014");
  const linked = [
    person({ idNumber: "440524188001010014", startDate: "2026-01-01", endDate: "2026-02-28" }),
    person({ idNumber: "440524188001010014", startDate: "2026-05-01", sameAs: "E01" }, "E01-2"),
  ];
  expect(errors(linked)).toEqual([]);
});

test("property: any 17 digits with their own check digit pass; any other last character is refused", () => {
  const body = fc.tuple(
    fc.constantFrom("11", "31", "33", "44", "65"),
    fc.integer({ min: 0, max: 9999 }),
    fc.date({ min: new Date("1930-01-01"), max: new Date("2008-12-31"), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  ).map(([province, city, born, seq]) => `${province}${String(city).padStart(4, "0")}${born.toISOString().slice(0, 10).replace(/-/g, "")}${String(seq).padStart(3, "0")}`);
  fc.assert(
    fc.property(body, fc.constantFrom(..."0123456789X"), (first17, last) => {
      const right = idCheckDigit(first17);
      const ws = errors([person({ idNumber: first17 + last })]);
      return last === right ? ws.length === 0 : ws.length === 1 && ws[0]!.code === "idNumber.checkDigit";
    }),
    { numRuns: 300 },
  );
});

test("maskPersonalData masks every staff row's numbers and says so; the rest is untouched", () => {
  const raw = { staff: [person({ idNumber: "11010519491231002X", bankAccount: "6222021234567890123", bank: "工行" }), person({}, "E02")] };
  const { value, masked } = maskPersonalData(raw);
  expect(masked).toBe(true);
  expect(value.staff).toEqual([person({ idNumber: "1101**********002X", bankAccount: "6222***********0123", bank: "工行" }), person({}, "E02")]);
  expect((raw.staff[0] as Record<string, unknown>).idNumber).toBe("11010519491231002X");
  expect(maskPersonalData({ staff: [person({})] }).masked).toBe(false);
});
