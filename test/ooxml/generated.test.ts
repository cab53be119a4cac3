/**
 * Every kind of workbook ShopSheet generates, valid OOXML: the example team in both languages,
 * protected, random teams (hostile names, Chinese ids, joiners and leavers, empty months), and a team
 * whose every text is hostile. Validated in one batch (one xmllint call per schema).
 */
import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import { randomTeam } from "../oracle/randomTeam";
import { expectValidOoxml, findXmllint } from "./validate";

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

const HOSTILE = ['=HYPERLINK("http://x","点我")', "+1", "-2", "@SUM(1)", "'quoted'", "a]b[c", "tab\there", "line\nbreak", "<tag>&amp;", "emoji 😀", "\u00a0non-breaking\u3000space"];

const hostileTeam = configOf({
  settings: { targets: { aov: "99.99", cvr: "2.5%", events: HOSTILE.slice(0, 4).map((name, i) => ({ date: `11-${String(11 + i).padStart(2, "0")}`, factor: "1.5", name })) } },
  roles: [
    { id: "经理", nameZh: "=经理", nameEn: "'Manager'", share: "0.3", baseMin: 3000, baseMax: 50000 },
    { id: "service", nameZh: "客服[一]", nameEn: "Service [1]", share: "8%", shareBasis: "splitRole", baseMin: 1800, baseMax: 1800 },
  ],
  staff: HOSTILE.map((name, i) => ({ id: i % 2 ? `员工${i}` : `E${i}`, name, role: i % 3 ? "service" : "经理", base: i % 3 ? undefined : "8000" })),
  months: [
    { month: "2026-10", grossMargin: "100000", salesTarget: "300000.55" },
    { month: "2026-11", grossMargin: "168000", salesTarget: "560000", entries: [{ staff: "E0", reward: "1,000.50" }] },
  ],
});

const SEED = Number(process.env.SHOPSHEET_SEED ?? Date.now() % 1_000_000);
const random = fc.sample(randomTeam, { numRuns: 12, seed: SEED });

test(`generated workbooks validate against the ISO/IEC 29500 schemas and Excel's rules (seed ${SEED})`, async () => {
  findXmllint();
  const books = [
    { name: "example zh-CN", book: buildWorkbook(configOf(exampleTeamConfig("2026-11")), "2026-11", "zh-CN") },
    { name: "example en-US", book: buildWorkbook(configOf(exampleTeamConfig("2026-03")), "2026-03", "en-US") },
    { name: "example protected", book: buildWorkbook(configOf(exampleTeamConfig("2026-12")), "2026-12", "zh-CN", { protect: true }) },
    { name: "hostile zh-CN", book: buildWorkbook(hostileTeam, "2026-11", "zh-CN", { protect: true }) },
    { name: "hostile en-US", book: buildWorkbook(hostileTeam, "2026-11", "en-US") },
    ...random.map((r, i) => ({ name: `random-${i} ${r.lang}`, book: buildWorkbook(r.config, r.month, r.lang, { protect: i % 2 === 0 }) })),
  ];
  const data = await Promise.all(books.map(async (b) => ({ name: b.name, data: await toBuffer(b.book.spec) })));
  const report = await expectValidOoxml(data);
  console.info(`OOXML: ${report.workbooks} generated workbooks, ${report.parts} parts, valid`);
}, 180_000);
