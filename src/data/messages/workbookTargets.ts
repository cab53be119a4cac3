import type { MessageTable } from "./table";

/** Sheet names, headers and notes of the Targets sheet. */
export const workbookTargetMessages = {
  "wb.targets.sheet": { "zh-CN": "目标 {month}", "en-US": "Targets {month}" },
  "wb.targets.title": { "zh-CN": "{month} 销售目标分解（按周、按日）", "en-US": "Sales target {month}, by week and by day" },
  "wb.targets.inputHint": {
    "zh-CN": "黄底蓝字的单元格由您填写：月销售目标（{cell}）和每天的实际销售额。其余均为公式，修改目标、设置表中的星期权重、活动、节假日系数、客单价或转化率后自动重算。",
    "en-US": "Yellow cells with blue text are yours: the monthly target ({cell}) and each day's actual sales. The rest are formulas: they recalculate when you change the target, or the weekday weights, events, holiday factor, AOV or conversion rate on the Settings sheet.",
  },
  "wb.targets.monthTarget": { "zh-CN": "月销售目标", "en-US": "Monthly sales target" },
  "wb.targets.targetPrompt": {
    "zh-CN": "输入本月销售目标（元）。每周、每日目标会自动重新分配。",
    "en-US": "Type this month's sales target (yuan). The weekly and daily targets are re-spread at once.",
  },
  "wb.targets.targetError": { "zh-CN": "月销售目标应为不小于 0 的数。", "en-US": "The monthly sales target must be a number of at least 0." },
  "wb.targets.actualToDate": { "zh-CN": "已录入实际销售额", "en-US": "Actual sales entered" },
  "wb.targets.remaining": { "zh-CN": "剩余目标（待完成）", "en-US": "Target still to go" },
  "wb.targets.monthAttainment": { "zh-CN": "月目标完成率", "en-US": "Share of month target done" },
  "wb.targets.targetFen": { "zh-CN": "辅助：月目标（分）", "en-US": "Helper: target in fen" },
  "wb.targets.actualFen": { "zh-CN": "辅助：实际合计（分）", "en-US": "Helper: actuals in fen" },
  "wb.targets.remainingFen": { "zh-CN": "辅助：剩余目标（分）", "en-US": "Helper: still to go in fen" },
  "wb.targets.weeksHeading": { "zh-CN": "按周汇总（周一至周日，按月截断）", "en-US": "By week (Monday to Sunday, clipped to the month)" },
  "wb.targets.helperNote": {
    "zh-CN":
      "灰色斜体的“辅助”列和单元格用于精确分配，请勿修改：目标按权重以“分”为单位用最大余数法分配（权重单位 = 权重 × 10000），先取整分，再把剩余的分按余数从大到小逐一补给各天（余数相同给较早的日期），所以每日目标之和恰好等于月目标。录入实际销售额后，剩余目标用同样方法重新分配到尚未录入的日期（“重分配”列），即“调整后目标”。",
    "en-US":
      "The grey “Helper” columns and cells make the split exact; don't edit them. The target is split by weight in whole fen with the largest-remainder method (weight units = weight × 10000): each day first gets the whole fen of its share, then the fen left over go one each to the days with the largest remainders (ties to the earlier date), so the days add up to the month exactly. Once actual sales are typed in, what is left of the target is split the same way over the days without an actual (“re-spread” columns): that is the revised target.",
  },
  "wb.targets.chartTitle": { "zh-CN": "累计目标与累计实际", "en-US": "Cumulative target and actual sales" },
  "wb.targets.total": { "zh-CN": "合计", "en-US": "Total" },
  "wb.targets.actualPrompt": {
    "zh-CN": "填入当天实际销售额（元）；空白表示尚未录入。剩余目标会重新分配到其余日期。",
    "en-US": "Type the day's actual sales (yuan); leave blank if not known yet. What is left of the target is re-spread over the other days.",
  },
  "wb.targets.actualError": { "zh-CN": "实际销售额应为数字。", "en-US": "Actual sales must be a number." },
  // Daily table
  "wb.targets.col.date": { "zh-CN": "日期", "en-US": "Day" },
  "wb.targets.col.weekday": { "zh-CN": "星期（1=周一）", "en-US": "Weekday (1 = Mon)" },
  "wb.targets.col.week": { "zh-CN": "周次", "en-US": "Week no." },
  "wb.targets.col.holiday": { "zh-CN": "法定节假日", "en-US": "Public holiday" },
  "wb.targets.col.eventFactor": { "zh-CN": "活动系数", "en-US": "Event factor ×" },
  "wb.targets.col.weight": { "zh-CN": "权重", "en-US": "Day weight" },
  "wb.targets.col.target": { "zh-CN": "日目标", "en-US": "Daily target" },
  "wb.targets.col.orders": { "zh-CN": "所需订单数", "en-US": "Orders needed" },
  "wb.targets.col.visitors": { "zh-CN": "所需访客数", "en-US": "Visitors needed" },
  "wb.targets.col.actual": { "zh-CN": "实际销售额", "en-US": "Actual sales" },
  "wb.targets.col.variance": { "zh-CN": "差额（实际−目标）", "en-US": "Actual − target" },
  "wb.targets.col.cumTarget": { "zh-CN": "累计目标", "en-US": "Target to date" },
  "wb.targets.col.cumActual": { "zh-CN": "累计实际", "en-US": "Actual to date" },
  "wb.targets.col.attainment": { "zh-CN": "累计完成率", "en-US": "Done to date %" },
  "wb.targets.col.revisedTarget": { "zh-CN": "调整后目标", "en-US": "Revised target" },
  "wb.targets.col.units": { "zh-CN": "辅助：权重单位", "en-US": "Helper: weight units" },
  "wb.targets.col.floor": { "zh-CN": "辅助：整分", "en-US": "Helper: whole fen" },
  "wb.targets.col.remainder": { "zh-CN": "辅助：余数", "en-US": "Helper: remainder" },
  "wb.targets.col.extra": { "zh-CN": "辅助：补1分", "en-US": "Helper: +1 fen" },
  "wb.targets.col.rUnits": { "zh-CN": "辅助：重分配权重单位", "en-US": "Helper: re-spread units" },
  "wb.targets.col.rFloor": { "zh-CN": "辅助：重分配整分", "en-US": "Helper: re-spread whole fen" },
  "wb.targets.col.rRemainder": { "zh-CN": "辅助：重分配余数", "en-US": "Helper: re-spread remainder" },
  "wb.targets.col.rExtra": { "zh-CN": "辅助：重分配补1分", "en-US": "Helper: re-spread +1 fen" },
  "wb.targets.col.decimals": { "zh-CN": "辅助：权重小数位", "en-US": "Helper: weight decimals" },
  "wb.targets.weightCheck": {
    "zh-CN": "⚠ 有 {days} 天的权重超过 4 位小数（星期权重、活动系数、节假日系数的小数位合计），已四舍五入到 4 位，这些天的目标不完全按您输入的比例分配。请在设置表减少小数位，例如把 0.3333 改为 0.333。",
    "en-US": "⚠ {days} day(s) have a weight with more than 4 decimals (the decimals of the weekday weight, event factors and holiday factor add up to more): rounded to 4, so those days are not split exactly as the weights you typed. Use fewer decimals on Settings, e.g. 0.333 for 0.3333.",
  },
  // Weekly table
  "wb.targets.week.week": { "zh-CN": "周次", "en-US": "Week no." },
  "wb.targets.week.start": { "zh-CN": "开始日期", "en-US": "From" },
  "wb.targets.week.end": { "zh-CN": "结束日期", "en-US": "To" },
  "wb.targets.week.target": { "zh-CN": "周目标", "en-US": "Week target" },
  "wb.targets.week.actual": { "zh-CN": "实际销售额", "en-US": "Actual sales" },
  "wb.targets.week.revisedTarget": { "zh-CN": "调整后目标", "en-US": "Revised target" },
} satisfies MessageTable;
