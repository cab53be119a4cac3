import type { MessageTable } from "./table";

/**
 * What the custom functions (=SHOP.COMMISSION(…) and friends, src/functions) say in a cell's error
 * indicator, and the headers of the tables they spill. An error reads
 * `SHOP.COMMISSION, argument role: "boss" is not a role; known roles: …`: `fn.at` wraps the detail.
 */
export const functionMessages = {
  // The frame of every error message
  "fn.at": { "zh-CN": "{fn} 的参数 {arg}：{detail}", "en-US": "{fn}, argument {arg}: {detail}" },
  "fn.in": { "zh-CN": "{fn}：{detail}", "en-US": "{fn}: {detail}" },
  "fn.internal": {
    "zh-CN": "{fn} 内部错误（请报告此问题）：{detail}",
    "en-US": "{fn} failed inside (please report this): {detail}",
  },
  // Single values
  "fn.tooLarge": { "zh-CN": "结果超出 Excel 能表示的数字范围", "en-US": "the result is too large for a cell" },
  "fn.required": { "zh-CN": "为空，请填写", "en-US": "is blank; enter a value" },
  "fn.notNumber": { "zh-CN": "“{value}”不是数字", "en-US": "\"{value}\" is not a number" },
  "fn.negative": { "zh-CN": "{value} 不能为负数", "en-US": "{value} must not be negative" },
  "fn.notPositive": { "zh-CN": "{value} 应大于 0", "en-US": "{value} must be above 0" },
  "fn.outOfRange": { "zh-CN": "{value} 超出范围 {min}–{max}", "en-US": "{value} is outside {min}–{max}" },
  "fn.notWholeNumber": { "zh-CN": "“{value}”不是整数", "en-US": "\"{value}\" is not a whole number" },
  "fn.notRate": {
    "zh-CN": "“{value}”不是比率（写作 0.4 或 40%）",
    "en-US": "\"{value}\" is not a rate (write 0.4 or 40%)",
  },
  "fn.rateNegative": { "zh-CN": "比率 {value} 不能为负数", "en-US": "the rate {value} must not be negative" },
  "fn.rateAboveOne": {
    "zh-CN": "比率 {value} 超过 100%（40% 请写作 40% 或 0.4）",
    "en-US": "the rate {value} is above 100% (write 40% or 0.4 for forty percent)",
  },
  "fn.rateZero": { "zh-CN": "比率应大于 0", "en-US": "the rate must be above 0" },
  "fn.notRounding": {
    "zh-CN": "“{value}”不是进位方式：请用 到分、到角、见分进角 或 到元（也可写 fen、jiao、jiaoUp、yuan）",
    "en-US": "\"{value}\" is not a rounding: use fen, jiao, jiaoUp (up to the jiao) or yuan (or 到分, 到角, 见分进角, 到元)",
  },
  "fn.notBonusTaxation": {
    "zh-CN": "“{value}”不是年终奖计税方式：请用 \"separate\"（单独计税）或 \"merged\"（并入综合所得）",
    "en-US": "\"{value}\" is not a bonus taxation: use \"separate\" or \"merged\"",
  },
  "fn.notDeductionCategory": {
    "zh-CN": "“{value}”不是专项附加扣除类别；可选：{categories}",
    "en-US": "\"{value}\" is not a special deduction category; categories: {categories}",
  },
  "fn.notDeductionShare": {
    "zh-CN": "“{value}”不是扣除比例：请用 100%、50% 或 \"shared\"（赡养老人与兄弟姐妹分摊）",
    "en-US": "\"{value}\" is not a share: use 100%, 50% or \"shared\" (elderly support shared with siblings)",
  },
  "fn.deductionShareNotAllowed": {
    "zh-CN": "{category}不能按“{share}”扣除（只有子女教育、婴幼儿照护和住房贷款利息可按50%，只有赡养老人可分摊）",
    "en-US": "{category} cannot be taken as \"{share}\" (only child education, infant care and loan interest go 50/50; only elderly support is shared)",
  },
  "fn.deductionNotYet": {
    "zh-CN": "{category}自 {since} 起才可扣除",
    "en-US": "{category} can be deducted only from {since}",
  },
  "fn.notRole": {
    "zh-CN": "应为岗位编号或名称（如 电商部经理 或 客服人员），而不是 {value}",
    "en-US": "expected a role id or name (such as manager), not {value}",
  },
  "fn.notMonth": {
    "zh-CN": "“{value}”不是月份（写作 2026-11，或该月任一天的日期）",
    "en-US": "\"{value}\" is not a month (write 2026-11, or any date in the month)",
  },
  "fn.notDate": {
    "zh-CN": "“{value}”不是日期（写作 2026-11-11，或引用日期单元格）",
    "en-US": "\"{value}\" is not a date (write 2026-11-11, or refer to a date cell)",
  },
  "fn.floorAboveCeiling": {
    "zh-CN": "下限 {floor} 高于上限 {ceiling}",
    "en-US": "the floor {floor} is above the ceiling {ceiling}",
  },
  // Roles
  "fn.unknownRole": {
    "zh-CN": "“{role}”不是岗位；可选：{known}",
    "en-US": "\"{role}\" is not a role; known roles: {known}",
  },
  "fn.roleLabel": { "zh-CN": "{id}（{name}）", "en-US": "{id} ({name})" },
  "fn.listSeparator": { "zh-CN": "、", "en-US": ", " },
  "fn.shareDecimals": {
    "zh-CN": "岗位“{role}”的分成比例 {share} 超过 {max} 位小数（0.0001%）：工资表按这一精度精确计算提成，请减少小数位",
    "en-US": "the role \"{role}\" has a share of {share}, with more than {max} decimals (0.0001%): the payroll sheet computes commissions exactly to that precision; use fewer decimals",
  },
  "fn.weightDecimals": {
    "zh-CN": "{date}：权重因子 {factors} 的小数位合计 {decimals} 位；一天的权重最多 4 位小数（与目标表相同），请减少小数位（例如把 0.3333 改为 0.333）",
    "en-US": "{date}: the factors {factors} have {decimals} decimals between them; a day's weight may have at most 4 (as on the Targets sheet): use fewer decimals (e.g. 0.333 for 0.3333)",
  },
  "fn.shareMissing": {
    "zh-CN": "岗位“{role}”还没有分成比例：请在岗位表填写，并把岗位表（含表头）作为 roles 参数",
    "en-US": "the role \"{role}\" has no share of the pool yet: enter it in the Roles table and pass that table (with its header row) as roles",
  },
  // Ranges
  "fn.cell": { "zh-CN": "第 {row} 行“{column}”：{detail}", "en-US": "row {row}, \"{column}\": {detail}" },
  "fn.item": { "zh-CN": "第 {n} 个值：{detail}", "en-US": "value {n}: {detail}" },
  "fn.roles.noHeader": {
    "zh-CN": "岗位范围需要包含表头行（如 Roles[#All]），且有编号或名称列、分成比例列",
    "en-US": "the roles range needs its header row (e.g. Roles[#All]) with an ID or name column and a share column",
  },
  "fn.roles.empty": { "zh-CN": "岗位范围中没有岗位", "en-US": "the roles range holds no roles" },
  "fn.roles.noName": { "zh-CN": "第 {row} 行没有岗位编号或名称", "en-US": "row {row} has no role ID or name" },
  "fn.roles.duplicate": { "zh-CN": "岗位编号“{id}”重复", "en-US": "the role ID \"{id}\" appears twice" },
  "fn.notShareBasis": {
    "zh-CN": "“{value}”不是分成方式（每人 或 平分；也可写 perPerson、splitRole）",
    "en-US": "\"{value}\" is not a share basis (per person or split; or perPerson, splitRole)",
  },
  "fn.rates.count": {
    "zh-CN": "需要 {expected} 个费率（{names}），现有 {count} 个",
    "en-US": "needs {expected} rates ({names}); got {count}",
  },
  "fn.rates.employee": { "zh-CN": "养老、医疗、失业", "en-US": "pension, medical, unemployment" },
  "fn.rates.employer": { "zh-CN": "养老、医疗、失业、工伤", "en-US": "pension, medical, unemployment, work injury" },
  "fn.weights.count": {
    "zh-CN": "需要 7 个星期权重（周一在前），现有 {count} 个",
    "en-US": "needs 7 weekday weights, Monday first; got {count}",
  },
  "fn.weights.allZero": { "zh-CN": "权重不能全为 0", "en-US": "the weights must not all be 0" },
  "fn.holidays.shape": {
    "zh-CN": "第 {row} 行：节假日范围每行应为 日期、类型（法定节假日 / 调休休息日 / 调休上班日）、（节日）",
    "en-US": "row {row}: each row of the holidays range is date, kind (statutory holiday / swapped rest day / make-up workday), (holiday)",
  },
  "fn.holidays.duplicate": { "zh-CN": "{date} 在节假日范围中出现了两次", "en-US": "{date} is twice in the holidays range" },
  "fn.holidays.makeUpOnWeekday": { "zh-CN": "{date} 是周一至周五，不可能是调休上班日", "en-US": "{date} is a weekday, so it cannot be a make-up workday" },
  "fn.fromAfterTo": { "zh-CN": "开始日期 {from} 晚于结束日期 {to}", "en-US": "the start date {from} is after the end date {to}" },
  "fn.events.shape": {
    "zh-CN": "第 {row} 行：活动范围每行应为 日期、系数、（名称）",
    "en-US": "row {row}: each row of the events range is date, factor, (name)",
  },
  "fn.events.date": {
    "zh-CN": "“{value}”不是活动日期（MM-DD 每年重复，或 YYYY-MM-DD）",
    "en-US": "\"{value}\" is not an event date (MM-DD every year, or YYYY-MM-DD)",
  },
  "fn.events.duplicate": {
    "zh-CN": "活动日 {date} 重复：同一天只能有一个系数",
    "en-US": "the event date {date} appears twice: one factor per day",
  },
  // Spilled tables (SHOP.SPREAD; SHOP.ROLES uses the Roles table's own headers, wb.col.*)
  "fn.col.date": { "zh-CN": "日期", "en-US": "Date" },
  "fn.col.weekday": { "zh-CN": "星期（1=周一）", "en-US": "Weekday (1 = Mon)" },
  "fn.col.target": { "zh-CN": "日目标", "en-US": "Daily target" },
} satisfies MessageTable;
