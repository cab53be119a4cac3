/**
 * The columns of the 生意参谋 (Business Advisor) exports we read, found by header name — never by
 * position, since versions add, drop and reorder columns. This is the one place to add an alias when an
 * export renames a column. Matching ignores spaces, letter case and full-width vs ASCII forms (NFKC), so
 * "商品id" matches "商品ID" and "支付金额（元）" matches "支付金额(元)".
 *
 * Sources (public code that reads real exports; third-party, checked against each other):
 * - 商品_全部 (product daily, 【生意参谋平台】商品_全部_YYYY-MM-DD_YYYY-MM-DD.xls): header on row 5 after
 *   4 preamble rows, 38 columns in this order: 统计日期, 商品ID, 商品名称, 主商品ID, 商品类型, 货号, 商品状态,
 *   商品标签, 商品访客数, 商品浏览量, 平均停留时长, 商品详情页跳出率, 商品收藏人数, 商品加购件数, 商品加购人数,
 *   下单买家数, 下单件数, 下单金额, 下单转化率, 支付买家数, 支付件数, 支付金额, 商品支付转化率, 支付新买家数,
 *   支付老买家数, 老买家支付金额, 聚划算支付金额, 访客平均价值, 成功退款金额, 竞争力评分, 年累计支付金额,
 *   月累计支付金额, 月累计支付件数, 搜索引导支付转化率, 搜索引导访客数, 搜索引导支付买家数,
 *   结构化详情引导转化率, 结构化详情引导成交占比; values as text ("11,269", "78.15%", "17,191.00", "-").
 *   Older shop-level exports (经营概况) name the visitors 访客数 and the date 日期.
 * - 客服绩效 (customer-service performance): 旺旺昵称, 询单人数, 询单最终付款人数, 询单最终付款转化率,
 *   首次响应时长（秒), 平均响应时长（秒), 客户满意率, 旺旺回复率, 询单最终付款金额, 成功退款金额, then six summary
 *   rows at the bottom (汇总值, 平均值, 全店汇总值, 全店平均值, 同行同层优秀, 同行同层均值); some versions
 *   write the amount header as 询单最终付款金额（元）.
 */
export interface ColumnSpec {
  /** Header names this column goes by, the export's current name first. */
  aliases: readonly string[];
  required?: boolean;
}

export type ColumnSet<K extends string> = Readonly<Record<K, ColumnSpec>>;

export const PRODUCT_DAILY_COLUMNS = {
  date: { aliases: ["统计日期", "日期"], required: true },
  sales: { aliases: ["支付金额", "支付金额(元)"], required: true },
  productId: { aliases: ["商品ID", "宝贝ID"] },
  productName: { aliases: ["商品名称", "宝贝名称"] },
  visitors: { aliases: ["商品访客数", "访客数"] },
  buyers: { aliases: ["支付买家数"] },
  units: { aliases: ["支付件数"] },
  refunds: { aliases: ["成功退款金额", "成功退款金额(元)"] },
} as const satisfies ColumnSet<string>;

export const SERVICE_AGENT_COLUMNS = {
  agent: { aliases: ["旺旺昵称", "客服昵称"], required: true },
  sales: { aliases: ["询单最终付款金额", "询单最终付款金额(元)"], required: true },
  date: { aliases: ["日期", "统计日期"] },
  inquiries: { aliases: ["询单人数"] },
  paidBuyers: { aliases: ["询单最终付款人数"] },
} as const satisfies ColumnSet<string>;

/**
 * Rows that summarise others rather than record something: skipped wherever they appear, whichever
 * text cell holds the label (the product export puts 总计 in 商品ID or 统计日期; the service export puts
 * its six summary rows under 旺旺昵称).
 */
export const SUMMARY_LABELS: readonly string[] = [
  "总计", "合计", "汇总", "小计", "汇总值", "平均值", "均值",
  "全店汇总值", "全店平均值", "同行同层优秀", "同行同层均值", "total", "sum", "average",
];

/** The form headers and labels are compared in. */
export function headerKey(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

const SUMMARY = new Set(SUMMARY_LABELS.map(headerKey));

export function isSummaryLabel(text: string): boolean {
  return SUMMARY.has(headerKey(text));
}
