/**
 * GB 11643-1999 identity numbers. The two valid examples are the standard's own (11010519491231002X,
 * Beijing Chaoyang, born 1949-12-31; 440524188001010014, born 1880-01-01); their check digits were also
 * worked by hand below, and the wrong ones differ from them in the check digit or one digit only.
 */
import fc from "fast-check";
import { checkIdNumber, idCheckDigit, maskIdNumber } from "../../../src/core/personal/idNumber";
import { checkIdDocument } from "../../../src/core/personal/idDocument";
import { checkBankAccount, maskBankAccount } from "../../../src/core/personal/bankAccount";
import { formatMessage } from "../../../src/data/messages";

describe("check digit (ISO 7064 MOD 11-2)", () => {
  test("the standard's examples, worked by hand", () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2; (12−2) mod 11 = 10 → X
    expect(idCheckDigit("11010519491231002")).toBe("X");
    // 4·7+4·9+0+5·5+2·8+4·4+1·2+8·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 195; 195 mod 11 = 8; 12−8 = 4
    expect(idCheckDigit("44052418800101001")).toBe("4");
    // 3·7+3·9+0+1·5+0+6·4+1·2+9·1+9·6+0+0+1·9+0+1·5+1·8+2·4+3·2 = 178; 178 mod 11 = 2 → X
    expect(idCheckDigit("33010619900101123")).toBe("X");
  });
});

describe("checkIdNumber", () => {
  test("valid numbers, with birth date and sex", () => {
    expect(checkIdNumber("11010519491231002X")).toEqual({ ok: true, value: "11010519491231002X", birthDate: "1949-12-31", sex: "female" });
    expect(checkIdNumber("440524188001010014")).toEqual({ ok: true, value: "440524188001010014", birthDate: "1880-01-01", sex: "male" });
  });

  test("typed forms are normalised: spaces, lower-case x, full-width digits", () => {
    expect(checkIdNumber(" 110105 19491231 002x ")).toMatchObject({ ok: true, value: "11010519491231002X" });
    expect(checkIdNumber("４４０５２４１８８００１０１００１４")).toMatchObject({ ok: true, value: "440524188001010014" });
  });

  test.each([
    ["110105194912310021", "idNumber.checkDigit"],
    ["440524188001010015", "idNumber.checkDigit"],
    ["330106199001011234", "idNumber.checkDigit"],
    ["110105491231002", "idNumber.fifteenDigits"],
    ["11010519491231002", "idNumber.length"],
    ["1101051949123100200", "idNumber.length"],
    ["11010519491231002Y", "idNumber.characters"],
    ["1101051949123100X2", "idNumber.characters"],
    ["990105194912310023", "idNumber.region"],
    ["110105194902300011", "idNumber.birthDate"],
    ["110105170001010011", "idNumber.birthDate"],
    ["", "idNumber.empty"],
  ])("%s is refused: %s", (input, code) => {
    const r = checkIdNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      // The message never shows the whole number.
      for (const lang of ["zh-CN", "en-US"] as const) {
        const text = formatMessage(r.code, r.params, lang);
        if (input.length >= 12) expect(text).not.toContain(input);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  test("a birth date after asOf is refused", () => {
    expect(checkIdNumber("11010519491231002X", "1949-12-30")).toMatchObject({ ok: false, code: "idNumber.birthDate" });
    expect(checkIdNumber("11010519491231002X", "1949-12-31")).toMatchObject({ ok: true });
  });

  test("property: changing any one of the 17 digits is always caught (MOD 11-2 detects every single substitution)", () => {
    const valid = fc
      .record({
        region: fc.constantFrom("110105", "330106", "440524", "510104", "650102"),
        day: fc.integer({ min: 0, max: 365 * 100 }),
        seq: fc.integer({ min: 0, max: 999 }),
      })
      .map(({ region, day, seq }) => {
        const d = new Date(Date.UTC(1930, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
        const first17 = region + d + String(seq).padStart(3, "0");
        return first17 + idCheckDigit(first17);
      });
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        expect(checkIdNumber(id).ok).toBe(true);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(checkIdNumber(changed).ok).toBe(false);
      }),
    );
  });
});

describe("masks", () => {
  test("ID numbers keep the first 4 and last 4", () => {
    expect(maskIdNumber("330106199001011234")).toBe("3301**********1234");
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
    expect(maskIdNumber("12345678")).toBe("12****78");
    expect(maskIdNumber("1234567")).toBe("*******");
  });

  test("bank accounts keep the first 4 and last 4, spaces dropped", () => {
    expect(maskBankAccount("6222 0212 3456 7890 123")).toBe("6222***********0123");
    expect(maskBankAccount("6217-0000-1234-5678")).toBe("6217********5678");
  });
});

describe("documents and accounts", () => {
  test("the default type is 居民身份证 and is checked by GB 11643; other types only need a number", () => {
    expect(checkIdDocument(null, "11010519491231002X")).toEqual({ ok: true, idType: "居民身份证", idNumber: "11010519491231002X" });
    expect(checkIdDocument("居民身份证", "110105194912310021")).toMatchObject({ ok: false, code: "idNumber.checkDigit" });
    expect(checkIdDocument("中国护照", " E12345678 ")).toEqual({ ok: true, idType: "中国护照", idNumber: "E12345678" });
    expect(checkIdDocument("中国护照", "  ")).toMatchObject({ ok: false, code: "idNumber.empty" });
  });

  test("bank accounts: digits, spaces and dashes; 10 to 30 digits", () => {
    expect(checkBankAccount("6222 0212 3456 7890 123")).toEqual({ ok: true, value: "6222021234567890123" });
    expect(checkBankAccount("6222O21234567890")).toMatchObject({ ok: false, code: "bankAccount.characters" });
    expect(checkBankAccount("622202")).toMatchObject({ ok: false, code: "bankAccount.length" });
    expect(checkBankAccount("")).toMatchObject({ ok: false, code: "bankAccount.empty" });
  });
});
