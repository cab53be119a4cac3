/**
 * Properties of the whole path a file takes — bytes → ../../../src/xlsx/readGrid.ts → importer — for both
 * exports: random rows written as the exports write them (text numbers with thousands separators,
 * percentages, "-" for none, a preamble, summary rows, columns in any order, UTF-8 with a BOM or
 * GB18030 without), read back to the sums worked here in whole fen, independently of decimal.js.
 */
import fc from "fast-check";
import { importActuals, importAgentSales } from "../../../src/workbook/imports";
import { readFileContent } from "../../../src/xlsx/readGrid";

const fen = fc.integer({ min: 0, max: 9_999_999 });
const grouped = (n: number) => n.toLocaleString("en-US");
const money = (f: number) => (f / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (rows: string[][]) => rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";

/** UTF-8 with a BOM (Excel's "CSV UTF-8"), or GB18030 without one, as Chinese Windows saves a CSV. */
function bytesOf(text: string, encoding: "utf8bom" | "gb18030"): Uint8Array {
  return encoding === "utf8bom" ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]) : gb18030(text);
}

/**
 * A GB18030 encoder for the characters of its two-byte (GBK) range. Node has no GB18030 encoder (and
 * iconv-lite is no dependency), so the table is the decoder's inverse: every two-byte code decoded once.
 */
const GBK = new Map<string, [number, number]>();
function gb18030(text: string): Uint8Array {
  if (GBK.size === 0) {
    const decoder = new TextDecoder("gb18030");
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== "\uFFFD" && !GBK.has(ch)) GBK.set(ch, [hi, lo]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const b = GBK.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}

describe("the product daily export, as a file", () => {
  const COLUMNS = ["统计日期", "商品名称", "商品访客数", "支付买家数", "支付金额", "商品支付转化率"];
  const item = fc.record({ day: fc.integer({ min: 1, max: 30 }), product: fc.integer({ min: 0, max: 5 }), sales: fen, visitors: fc.integer({ min: 0, max: 2_000_000 }), buyers: fc.integer({ min: 0, max: 50_000 }), none: fc.boolean() });

  test("random rows, shuffled columns, thousands separators, '-' for none, a 总计 row: the hand sums", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(item, { minLength: 1, maxLength: 25, selector: (it) => `${it.day}/${it.product}` }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.constantFrom<"utf8bom" | "gb18030">("utf8bom", "gb18030"),
        fc.boolean(),
        async (items, order, encoding, totalFirst) => {
          const rowOf = (cells: string[]) => order.map((i) => cells[i]!);
          // A product with nothing sold that day shows "-" in its figures, as the export writes it.
          const data = items.map((it) =>
            rowOf([`2026-11-${String(it.day).padStart(2, "0")}`, `商品${it.product}`, grouped(it.visitors), it.none ? "-" : grouped(it.buyers), it.none ? "-" : money(it.sales), "1.23%"]),
          );
          const total = rowOf(["-", "总计", "9,999,999", "-", "99,999,999.99", "-"]);
          const rows = [["【生意参谋平台】商品_全部"], ["统计时间：2026-11-01 ~ 2026-11-30"], [], rowOf(COLUMNS), ...(totalFirst ? [total, ...data] : [...data, total])];
          const content = await readFileContent(bytesOf(csv(rows), encoding), "商品_全部.csv");
          if (!content.ok) throw new Error(JSON.stringify(content.problems));
          const r = importActuals(content.value, "2026-11");
          if (!r.ok) throw new Error(JSON.stringify(r.problems));
          const byDay = new Map<number, { fen: number; buyers: number; visitors: number }>();
          for (const it of items) {
            const d = byDay.get(it.day) ?? { fen: 0, buyers: 0, visitors: 0 };
            byDay.set(it.day, { fen: d.fen + (it.none ? 0 : it.sales), buyers: d.buyers + (it.none ? 0 : it.buyers), visitors: d.visitors + it.visitors });
          }
          expect(r.value.days.map((d) => [Number(d.date.slice(8)), Math.round(d.sales.times(100).toNumber()), d.orders, d.visitors])).toEqual(
            [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, d]) => [day, d.fen, d.buyers, d.visitors]),
          );
          expect(r.notes.map((n) => n.code)).toContain("import.summarySkipped");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the customer-service export, as a file", () => {
  const COLUMNS = ["旺旺昵称", "询单人数", "询单最终付款人数", "询单最终付款转化率", "询单最终付款金额"];
  const agent = fc.record({ n: fc.integer({ min: 0, max: 999 }), inquiries: fc.integer({ min: 0, max: 100_000 }), paid: fc.integer({ min: 0, max: 100_000 }), sales: fen });
  const SUMMARY = ["汇总值", "平均值", "全店汇总值", "全店平均值"];

  test("random agents, shuffled columns, summary rows at the bottom: each agent's figures, the total their sum", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(agent, { minLength: 1, maxLength: 15, selector: (a) => a.n }),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        fc.constantFrom<"utf8bom" | "gb18030">("utf8bom", "gb18030"),
        async (agents, order, encoding) => {
          const rowOf = (cells: string[]) => order.map((i) => cells[i]!);
          const rows = [
            rowOf(COLUMNS),
            ...agents.map((a) => rowOf([`店:客服${a.n}`, grouped(a.inquiries), grouped(a.paid), "25.00%", money(a.sales)])),
            ...SUMMARY.map((label) => rowOf([label, "1,234", "567", "-", "8,901.00"])),
          ];
          const content = await readFileContent(bytesOf(csv(rows), encoding), "客服绩效.csv");
          if (!content.ok) throw new Error(JSON.stringify(content.problems));
          const r = importAgentSales(content.value, "2026-11");
          if (!r.ok) throw new Error(JSON.stringify(r.problems));
          expect(r.value.agents.map((a) => [a.agent, a.inquiries, a.paidBuyers, Math.round(a.sales.times(100).toNumber())])).toEqual(
            agents.map((a) => [`店:客服${a.n}`, a.inquiries, a.paid, a.sales]),
          );
          expect(Math.round(r.value.totalSales.times(100).toNumber())).toBe(agents.reduce((s, a) => s + a.sales, 0));
        },
      ),
      { numRuns: 60 },
    );
  });
});
