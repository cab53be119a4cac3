import { parseConfig } from "../../../src/core/config";
import { LEAVES } from "../../../src/core/config/leaves";
import { SETTING_FIELDS, SETTING_GROUPS } from "../../../src/core/config/settingFields";
import { getPath, setPath } from "../../../src/core/config/pathTypes";
import { formatMessage } from "../../../src/data/messages";

/** A1- or R1C1-like names are not defined names Excel accepts ("A1", "XFD100", "R1C1"). */
const looksLikeACell = (n: string) => /^[A-Za-z]{1,3}\d+$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n);

describe("the settings registry", () => {
  it("has one entry per path and per defined name, each name one Excel accepts", () => {
    const paths = SETTING_FIELDS.map((f) => f.path);
    const names = SETTING_FIELDS.map((f) => f.name.toLowerCase());
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(names).size).toBe(names.length);
    for (const f of SETTING_FIELDS) {
      expect([f.name, /^[A-Za-z_][A-Za-z0-9_.]*$/.test(f.name) && !looksLikeACell(f.name)]).toEqual([f.name, true]);
      // The sheet key names (ShopSheet.*) and the layout version (ShopSheetLayout.v*) are the workbook's own.
      expect(f.name.startsWith("ShopSheet")).toBe(false);
    }
  });

  it("puts every setting in a declared group, and every group has settings", () => {
    const groups = SETTING_GROUPS.map((g) => g.id);
    for (const f of SETTING_FIELDS) expect(groups).toContain(f.group);
    for (const g of groups) expect(SETTING_FIELDS.some((f) => f.group === g)).toBe(true);
  });

  it("labels each setting in both languages (no code shows through)", () => {
    for (const f of SETTING_FIELDS) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        expect(formatMessage(f.label, {}, lang)).not.toContain("wb.");
        if ("note" in f) expect(formatMessage(f.note, {}, lang)).not.toContain("wb.");
      }
    }
  });

  it("gives each setting a default its own check accepts, and null only where blank means none", () => {
    for (const f of SETTING_FIELDS) {
      if (f.default === null) {
        expect([f.path, "nullable" in f]).toEqual([f.path, true]);
        continue;
      }
      expect([f.path, LEAVES[f.leaf].safeParse(f.default).success]).toEqual([f.path, true]);
    }
  });

  it("reads each setting from its path in a config file, and refuses null where it must have a value", () => {
    for (const f of SETTING_FIELDS) {
      const given = {};
      const kind: string = f.kind;
      // Within the other settings' bounds: a floor under the default ceiling, a ceiling over the default floor.
      // A text setting holds text, or a date typed as text (the bonus's separate taxation's end).
      // The city profile names a known one (an unknown one is refused: insurance.profileUnknown).
      const text = f.leaf === "isoDate" ? "2030-06-30" : f.path === "insuranceProfile" ? "shanghai" : "某某网店";
      const value = kind === "rate" ? "0.25" : kind === "text" ? text : kind === "money" ? (f.path.endsWith("Floor") ? "1000" : "30000") : "7";
      setPath(given, f.path, value);
      const parsed = parseConfig({ settings: given });
      expect([f.path, parsed.ok]).toEqual([f.path, true]);
      if (!parsed.ok) continue;
      expect([f.path, String(getPath(parsed.config.settings, f.path))]).toEqual([f.path, value]);

      const none = {};
      setPath(none, f.path, null);
      const nulled = parseConfig({ settings: none });
      if ("nullable" in f) expect(nulled.ok && getPath(nulled.config.settings, f.path)).toBeNull();
      else expect(nulled.ok ? [] : nulled.errors.map((e) => e.where)).toEqual([`settings.${f.path}`]);
    }
  });

  it("takes a pay date that is a day of a month, and refuses 0, 32 and 15.5 where they are", () => {
    const ok = parseConfig({ settings: { payDate: 31, companyName: "  某某网店  " } });
    expect(ok.ok && [String(ok.config.settings.payDate), ok.config.settings.companyName]).toEqual(["31", "某某网店"]);
    for (const bad of [0, 32, "15.5"]) {
      const parsed = parseConfig({ settings: { payDate: bad } });
      expect(parsed.ok ? [] : parsed.errors.map((e) => e.where)).toEqual(["settings.payDate"]);
    }
  });

  it("refuses a key that is no setting, where it is", () => {
    const parsed = parseConfig({ settings: { socialInsurance: { employee: { pensoin: "0.08" } } } });
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.code, e.where, e.params.key])).toEqual([["config.unknownKey", "settings.socialInsurance.employee", "pensoin"]]);
  });
});
