import type { MessageTable } from "./table";

/**
 * Warnings of target spreading (src/core/targets). Each says what is wrong and what the spread used
 * instead; `{name}` placeholders are filled from the warning's params.
 */
export const targetMessages = {
  "targets.invalidMonth": {
    "zh-CN": "月份“{month}”无效，应为 YYYY-MM 格式，例如 2026-11。",
    "en-US": "“{month}” is not a month; use YYYY-MM, for example 2026-11.",
  },
  "targets.invalidTarget": {
    "zh-CN": "月销售目标 {value} 无效（应为不小于 0 的数），已按 0 分配。",
    "en-US": "The monthly sales target {value} is not a number of at least 0; 0 was spread instead.",
  },
  "targets.amountRounded": {
    "zh-CN": "金额 {value} 超过两位小数，已四舍五入到分：{rounded}。",
    "en-US": "The amount {value} has more than two decimals; it was rounded to the fen: {rounded}.",
  },
  "targets.actualOutsideMonth": {
    "zh-CN": "{date} 的实际销售额不在 {month} 内，已忽略。",
    "en-US": "The actual sales for {date} are not in {month}; they were ignored.",
  },
  "targets.invalidCount": {
    "zh-CN": "{date} 的实际订单数或访客数 {value} 不是不小于 0 的整数，已忽略。",
    "en-US": "The actual orders or visitors for {date}, {value}, are not a whole number of at least 0; they were ignored.",
  },
  "targets.invalidActual": {
    "zh-CN": "{date} 的实际销售额 {value} 不是有效数字，已忽略。",
    "en-US": "The actual sales for {date}, {value}, are not a number; they were ignored.",
  },
  "targets.weekdayWeightsCount": {
    "zh-CN": "星期权重应为 7 个（周一至周日），现有 {count} 个；缺少的按 1 计，多余的忽略。",
    "en-US": "There should be 7 weekday weights (Monday to Sunday), not {count}; a missing one counts as 1, extra ones are ignored.",
  },
  "targets.invalidWeight": {
    "zh-CN": "权重/系数 {value} 无效（应为不小于 0 的数），已按 1 计。",
    "en-US": "The weight or factor {value} is not a number of at least 0; 1 was used instead.",
  },
  "targets.invalidEventDate": {
    "zh-CN": "活动“{name}”的日期“{date}”无效，应为 MM-DD（每年）或 YYYY-MM-DD（仅当天），该活动已忽略。",
    "en-US": "The date “{date}” of the event “{name}” is not MM-DD (every year) or YYYY-MM-DD (that day only); the event was ignored.",
  },
  "targets.weightRounded": {
    "zh-CN": "{date}：权重因子 {factors} 的小数位合计 {decimals} 位，超过 4 位：当天权重已四舍五入为 {weight}（目标表的精度），当天目标不完全符合您输入的权重。请减少小数位。",
    "en-US": "{date}: the factors {factors} have {decimals} decimals between them, more than 4: the day's weight was rounded to {weight} (the Targets sheet's precision), so its target is not exactly the share of the weights you typed. Use fewer decimals.",
  },
  "targets.invalidAov": {
    "zh-CN": "客单价 {value} 无效（应大于 0），未计算订单数和访客数。",
    "en-US": "The average order value {value} is not above 0; orders and visitors were left out.",
  },
  "targets.invalidCvr": {
    "zh-CN": "转化率 {value} 无效（应大于 0），未计算访客数。",
    "en-US": "The conversion rate {value} is not above 0; visitors were left out.",
  },
  "targets.cvrAboveOne": {
    "zh-CN": "转化率 {value} 大于 1（100%）。转化率应填小数，例如 3% 填 0.03。",
    "en-US": "The conversion rate {value} is above 1 (100%). Enter it as a fraction: 3% is 0.03.",
  },
  "targets.cvrWithoutAov": {
    "zh-CN": "已填转化率但未填客单价，无法计算订单数和访客数。",
    "en-US": "A conversion rate is given but no average order value, so orders and visitors cannot be computed.",
  },
  "targets.zeroWeights": {
    "zh-CN": "{month}：待分配日期的权重全为 0，已改为平均分配。",
    "en-US": "{month}: every day to spread has a weight of 0, so the target was spread evenly instead.",
  },
  "targets.aboveTarget": {
    "zh-CN": "{month}：实际销售额合计 {actual} 已超过月目标 {target}，剩余日期的目标为 0。",
    "en-US": "{month}: actual sales of {actual} are above the monthly target of {target}; the days left have a target of 0.",
  },
  "targets.noDaysLeft": {
    "zh-CN": "{month}：每天都已录入实际销售额，仍差 {remaining} 未完成，已无日期可分配。",
    "en-US": "{month}: every day has actual sales and {remaining} of the target is still missing, with no days left to spread it over.",
  },
} satisfies MessageTable;
