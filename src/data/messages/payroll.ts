import type { MessageTable } from "./table";

/**
 * Warnings of the payroll engine (src/core/pool.ts, src/core/payroll/). Params are strings; money is
 * "1234.50", shares are percents ("118"), dates ISO, months "2026-03". Person warnings carry
 * {id} {name} {month}; role warnings carry {role} (id), {roleZh} and {roleEn}.
 */
export const payrollMessages = {
  "pool.marginMissing": {
    "zh-CN": "{month} 未填写毛利：利润池按 0 计算，本月不发提成。",
    "en-US": "No gross margin entered for {month}: the profit pool is 0 and no commission is paid this month.",
  },
  "pool.lossMonth": {
    "zh-CN": "{month} 毛利为负（{grossMargin}）：利润池为 0，本月不发提成。",
    "en-US": "Gross margin for {month} is a loss ({grossMargin}): the profit pool is 0 and no commission is paid.",
  },
  "pool.shareMissing": {
    "zh-CN": "岗位「{roleZh}」未设置利润分成比例（待填写）：其 {holders} 人在 {month} 的提成按 0 计算。",
    "en-US": "Role \"{roleEn}\" has no share of the profit pool (needs input): its holders ({holders}) get no commission for {month}.",
  },
  "pool.overAllocated": {
    "zh-CN": "{month} 利润池超额分配：各岗位分成合计 {allocatedShare}%，超过 100%。利润池 {pool}，已分配 {allocated}，剩余 {unallocated}。请检查岗位分成比例。",
    "en-US": "The profit pool for {month} is over-allocated: the roles' shares add up to {allocatedShare}%, more than 100%. Pool {pool}, allocated {allocated}, left {unallocated}. Check the roles' shares.",
  },
  "payroll.unknownRole": {
    "zh-CN": "{name}（{id}）的岗位「{role}」不在岗位表中：{month} 无提成、无社保公积金，底薪不做范围检查。",
    "en-US": "{name} ({id}) has role \"{role}\", which is not in the Roles table: for {month} no commission, no social insurance or housing fund, and the base is not checked against a range.",
  },
  "payroll.baseMissing": {
    "zh-CN": "{name}（{id}）未填写底薪：{month} 底薪按 0 计算。",
    "en-US": "{name} ({id}) has no base pay: the base for {month} is counted as 0.",
  },
  "payroll.baseOutOfRange": {
    "zh-CN": "{name}（{id}）的底薪 {base} 超出岗位范围 {min}–{max}。",
    "en-US": "{name} ({id}) has base pay {base}, outside the role's range {min}–{max}.",
  },
  "payroll.paidDaysDerived": {
    "zh-CN": "{name}（{id}）在 {month} 只在职 {from} 至 {to}：计薪天数按其间周一至周五计为 {paidDays} 天，如有不同请在当月填写计薪天数。",
    "en-US": "{name} ({id}) was employed only {from} to {to} in {month}: paid days are counted as the {paidDays} weekdays (Monday to Friday) in between; enter the month's paid days if that is not right.",
  },
  "payroll.negativeGross": {
    "zh-CN": "{name}（{id}）{month} 的扣款 {penalty} 超过当月工资 {pay}，应发工资为负（{gross}）：工资不能为负，请改正扣款。",
    "en-US": "{name} ({id}): the penalty of {penalty} for {month} is more than the month's pay of {pay}, so gross pay would be negative ({gross}). Pay cannot be negative: correct the penalty.",
  },
  "payroll.leaveAbovePay": {
    "zh-CN": "{name}（{id}）{month} 的缺勤扣款 {leave} 超过当月工资 {pay}，应发工资为负（{gross}）：工资不能为负，请核对事假、病假天数。",
    "en-US": "{name} ({id}): the leave deduction of {leave} for {month} is more than the month's pay of {pay}, so gross pay would be negative ({gross}). Pay cannot be negative: check the unpaid and sick leave days.",
  },
  "payroll.penaltyAboveLimit": {
    "zh-CN": "{name}（{id}）{month} 的扣款 {penalty} 超过当月工资 {pay} 的 20%（{limit}）。《工资支付暂行规定》第十六条：因劳动者本人原因造成经济损失的赔偿可从工资中扣除，“但每月扣除的部分不得超过劳动者当月工资的20%”，扣除后低于当地月最低工资标准的，按最低工资标准支付。请核对。",
    "en-US": "{name} ({id}): the penalty of {penalty} for {month} is more than 20% of the month's pay of {pay} ({limit}). The Interim Provisions on Wage Payment (《工资支付暂行规定》), art. 16: compensation for a loss the employee caused may be deducted from wages, but no more than 20% of the month's wages each month, and what is left may not be below the local monthly minimum wage. Check it.",
  },
  "payroll.negativeNet": {
    "zh-CN": "{name}（{id}）{month} 实发工资为负（{net}）：扣除社保、公积金和个税后不足以支付。",
    "en-US": "{name} ({id}) has a negative net pay for {month} ({net}): social insurance, housing fund and tax exceed the gross pay.",
  },
  "payroll.entryIgnored": {
    "zh-CN": "{month} 有一行属于员工「{staff}」，但该员工不在员工表中或当月不在职：这一行未计入工资。",
    "en-US": "A {month} row is for staff \"{staff}\", who is not in the Staff table or not employed that month: the row is not counted.",
  },
  "payroll.entryDuplicate": {
    "zh-CN": "{month} 员工「{staff}」有多行：只计第一行。",
    "en-US": "Staff \"{staff}\" has more than one row for {month}: only the first is counted.",
  },
  "history.monthMissing": {
    "zh-CN": "{month} 没有月度数据：按默认值计算（无奖惩、默认计薪天数、无毛利故无提成），并计入本年累计个税。",
    "en-US": "{month} has no monthly input: it is computed with defaults (no rewards or penalties, default paid days, no gross margin and so no commission), and it counts in the year's cumulative income tax.",
  },
  "history.ytdIncomplete": {
    "zh-CN": "{name}（{id}）在 {from} 之前本年已在职，但没有期初累计数据：{month} 的累计预扣个税可能偏低，请填写期初余额。",
    "en-US": "{name} ({id}) was employed this year before {from}, but has no opening balance: the cumulative tax withheld for {month} may be too low. Enter the opening year-to-date figures.",
  },
  "payroll.deductionsFlatIgnored": {
    "zh-CN": "{name}（{id}）既填了每月专项附加扣除 {flat}，又按类别填了专项附加扣除（{month} 合计 {total}）：按类别计算，每月金额 {flat} 未使用。请清空其中一处。",
    "en-US": "{name} ({id}) has both a monthly special additional deduction of {flat} and deductions by category ({total} in {month}): the categories are used, the monthly {flat} is not. Clear one of them.",
  },
} satisfies MessageTable;
