import * as fs from "fs";
import * as path from "path";
import { catalogue, catalogueNotes, findRoleSeed, type Bilingual, type Note, type RoleSeed } from "../../src/data/catalogue";

/**
 * Checks the catalogue against the user's source document itself, kept in the repository at
 * docs/source/ (a copy of the transcript the user gave), resolved from this file, not from the
 * working directory.
 */
const SOURCE = path.resolve(__dirname, "../../docs/source/roles-and-pay.zh-CN.md");

interface SourceSection {
  heading: string;
  summary: string | undefined;
  duties: string[];
  /** Unnumbered "…：" lines inside the duty list, with the number of the duty that follows. */
  subHeadings: { beforeDuty: number; title: string }[];
  dutiesNote: string | undefined;
  payRule: string | undefined;
}

const SECTION = /^## [一二三四五六七八九十]+、/;
const DUTY = /^(\d+)\. (.*)$/;
const TRUNCATED = /^（原文在此处截断/;

function readSource(): string {
  if (!fs.existsSync(SOURCE)) {
    throw new Error(
      `Source document not found at ${SOURCE}. The catalogue test reads the user's source document from ` +
        `docs/source/roles-and-pay.zh-CN.md in the repository.`,
    );
  }
  return fs.readFileSync(SOURCE, "utf8");
}

function parseSource(text: string): SourceSection[] {
  const sections: SourceSection[] = [];
  let current: SourceSection | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("## ")) {
      current = undefined;
      if (SECTION.test(line)) {
        current = { heading: line, summary: undefined, duties: [], subHeadings: [], dutiesNote: undefined, payRule: undefined };
        sections.push(current);
      }
      continue;
    }
    if (!current || line === "") continue;
    const duty = DUTY.exec(line);
    if (duty) {
      const [, number, body] = duty;
      if (TRUNCATED.test(body ?? "")) continue;
      if (Number(number) !== current.duties.length + 1) throw new Error(`duty numbering gap in the source at "${line}"`);
      current.duties.push(body ?? "");
    } else if (line.startsWith("工作职责：")) {
      current.summary = line.slice("工作职责：".length);
    } else if (line.startsWith("工资制度：")) {
      current.payRule = line.slice("工资制度：".length);
    } else if (line.startsWith("注：")) {
      if (current.payRule === undefined) current.dutiesNote = line.slice("注：".length);
    } else if (line.endsWith("：")) {
      current.subHeadings.push({ beforeDuty: current.duties.length + 1, title: line.slice(0, -1) });
    }
  }
  return sections;
}

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function expectBilingual(b: Bilingual, where: string): void {
  expect({ where, zhEmpty: b.zh.trim() === "" }).toEqual({ where, zhEmpty: false });
  expect({ where, enEmpty: b.en.trim() === "" }).toEqual({ where, enEmpty: false });
  expect({ where, en: b.en, hasCjk: CJK.test(b.en) }).toEqual({ where, en: b.en, hasCjk: false });
  expect({ where, zh: b.zh, hasCjk: CJK.test(b.zh) }).toEqual({ where, zh: b.zh, hasCjk: true });
}

function allNotes(): Note[] {
  return [...catalogueNotes, ...catalogue.flatMap((r) => r.notes)];
}

describe("role catalogue against the source document", () => {
  let sections: SourceSection[] = [];

  beforeAll(() => {
    sections = parseSource(readSource());
  });

  function sectionOf(index: number): SourceSection {
    const s = sections[index];
    if (!s) throw new Error(`source has no role section #${index + 1}`);
    return s;
  }

  it("has one role per source section, in source order", () => {
    expect(sections).toHaveLength(5);
    expect(catalogue.map((r) => r.id)).toEqual(["manager", "promoter", "designer", "service", "shipping"]);
    catalogue.forEach((role, i) => {
      expect(sectionOf(i).heading).toContain(`、${role.name.zh} `);
    });
  });

  it("copies every numbered duty verbatim, in order", () => {
    expect(catalogue.map((r) => r.duties.length)).toEqual([10, 18, 9, 15, 5]);
    catalogue.forEach((role, i) => {
      expect({ role: role.id, duties: role.duties.map((d) => d.zh) }).toEqual({ role: role.id, duties: sectionOf(i).duties });
    });
  });

  it("copies the summary, sub-headings, duty notes and pay rules verbatim", () => {
    catalogue.forEach((role, i) => {
      const s = sectionOf(i);
      expect({ role: role.id, summary: role.summary.zh }).toEqual({ role: role.id, summary: s.summary });
      expect({ role: role.id, sections: (role.dutySections ?? []).map((d) => ({ beforeDuty: d.beforeDuty, title: d.title.zh })) }).toEqual({
        role: role.id,
        sections: s.subHeadings,
      });
      expect({ role: role.id, note: role.dutiesNote?.zh }).toEqual({ role: role.id, note: s.dutiesNote });
      if (role.payRule === null) {
        expect(s.payRule).toMatch(/^（缺失/);
      } else {
        expect({ role: role.id, payRule: role.payRule.zh }).toEqual({ role: role.id, payRule: s.payRule });
      }
    });
    expect(findRoleSeed("service")?.dutySections).toEqual([{ beforeDuty: 9, title: expect.objectContaining({ zh: "疑难快递处理及发货部对接关系处理" }) }]);
    expect(findRoleSeed("promoter")?.dutiesNote?.zh).toBe("具体工作过程不明白的，和经理协商处理解决");
  });

  it("states a headcount only where the source does", () => {
    catalogue.forEach((role, i) => {
      const stated = /— (\d+) 人$/.exec(sectionOf(i).heading);
      expect({ role: role.id, stated: role.headcountStated }).toEqual({ role: role.id, stated: stated !== null });
      if (stated) expect({ role: role.id, headcount: role.headcount }).toEqual({ role: role.id, headcount: Number(stated[1]) });
    });
  });
});

describe("role catalogue values", () => {
  const row = (r: RoleSeed) => [r.id, r.headcount, r.headcountStated, r.baseMin, r.baseMax, r.share, r.shareBasis, r.roomAndBoard, r.insured];

  it("has the headcounts, base ranges, shares and benefits of the source", () => {
    expect(catalogue.map(row)).toEqual([
      ["manager", 1, false, "3000", "50000", "0.30", "perPerson", false, true],
      ["promoter", 2, true, "2500", "2500", "0.08", "perPerson", true, true],
      ["designer", 1, false, "2500", "2500", "0.08", "perPerson", true, true],
      ["service", 3, true, "1800", "1800", "0.08", "perPerson", true, true],
      ["shipping", 1, false, null, null, null, "perPerson", false, true],
    ]);
  });

  it("leaves the shipping pay blank (null), never zero", () => {
    const shipping = findRoleSeed("shipping");
    expect(shipping).toBeDefined();
    expect(shipping?.payRule).toBeNull();
    expect(shipping?.baseMin).toBeNull();
    expect(shipping?.baseMax).toBeNull();
    expect(shipping?.share).toBeNull();
  });

  it("keeps amounts as plain decimal strings and base ranges in order", () => {
    for (const r of catalogue) {
      for (const v of [r.baseMin, r.baseMax, r.share]) if (v !== null) expect(v).toMatch(/^\d+(\.\d+)?$/);
      if (r.baseMin !== null && r.baseMax !== null) expect(Number(r.baseMin)).toBeLessThanOrEqual(Number(r.baseMax));
      if (r.share !== null) expect(Number(r.share)).toBeGreaterThan(0);
      if (r.share !== null) expect(Number(r.share)).toBeLessThan(1);
    }
  });

  it("finds roles by id", () => {
    expect(findRoleSeed("designer")?.name.zh).toBe("美工编辑");
    expect(findRoleSeed("nobody")).toBeUndefined();
  });

  it("is frozen", () => {
    const manager = findRoleSeed("manager") as RoleSeed;
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(manager.duties[0])).toBe(true);
    expect(Object.isFrozen(catalogueNotes)).toBe(true);
  });
});

describe("translations and notes", () => {
  it("translates every text to plain English", () => {
    for (const r of catalogue) {
      expectBilingual(r.name, `${r.id}.name`);
      expectBilingual(r.summary, `${r.id}.summary`);
      r.duties.forEach((d, i) => expectBilingual(d, `${r.id}.duties[${i + 1}]`));
      r.dutySections?.forEach((s) => expectBilingual(s.title, `${r.id}.section@${s.beforeDuty}`));
      if (r.dutiesNote) expectBilingual(r.dutiesNote, `${r.id}.dutiesNote`);
      if (r.payRule) expectBilingual(r.payRule, `${r.id}.payRule`);
    }
  });

  it("writes every note in both languages, with unique, role-prefixed codes", () => {
    const notes = allNotes();
    for (const n of notes) expectBilingual(n.text, n.code);
    const codes = notes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of catalogue) for (const n of r.notes) expect(n.code.startsWith(`${r.id}.`)).toBe(true);
    for (const n of catalogueNotes) expect(n.code.startsWith("catalogue.")).toBe(true);
  });

  it("has a note for each gap and ambiguity of the source", () => {
    const byCode = new Map(allNotes().map((n) => [n.code, n.severity]));
    expect(Object.fromEntries(byCode)).toEqual({
      "catalogue.poolRate": "assumption",
      "catalogue.sharesOfPool": "assumption",
      "catalogue.rewardsPenalties": "assumption",
      "catalogue.insurance": "assumption",
      "catalogue.sourceIncomplete": "needsInput",
      "catalogue.typosFixed": "assumption",
      "manager.baseRange": "needsInput",
      "manager.headcountAssumed": "assumption",
      "manager.shareOfPool": "assumption",
      "promoter.sharePerPerson": "assumption",
      "designer.headcountAssumed": "assumption",
      "service.shareBasisAmbiguous": "assumption",
      "service.sourceCorrections": "assumption",
      "shipping.payMissing": "needsInput",
      "shipping.dutiesTruncated": "needsInput",
      "shipping.headcountAssumed": "assumption",
      "shipping.benefitsUnknown": "assumption",
    });
  });

  it("notes every assumed headcount and every missing value", () => {
    for (const r of catalogue) {
      const codes = r.notes.map((n) => n.code);
      if (!r.headcountStated) expect(codes).toContain(`${r.id}.headcountAssumed`);
      if (r.baseMin === null || r.share === null) expect(r.notes.some((n) => n.severity === "needsInput")).toBe(true);
    }
  });
});
