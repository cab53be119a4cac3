import type { MessageTable } from "./table";

/**
 * Messages of the payroll rules of issue 13 (src/core/tax/annualBonus*, basicDeduction, deductions,
 * src/core/pay, src/core/compliance; the calendar's and the insurance profiles' are ./calendar.ts and ./insurance.ts,
 * the special deductions' checks ./deductions.ts). Params are strings;
 * money "1234.50". Person checks carry {id} {name} {month} from the caller, as the payroll warnings do;
 * the uninsured check carries {roleZh} {roleEn} too; a deduction category comes as {categoryZh} {categoryEn}.
 */
export const ruleMessages = {
  // ---- year-end one-off bonus
  "bonus.choseSeparate": {
    "zh-CN": "{name}（{id}）{paidOn} 的全年一次性奖金 {bonus} 按单独计税：税额 {separateTax}，并入综合所得则为 {mergedTax}，单独计税少缴 {saving}。",
    "en-US": "{name} ({id}): the year-end bonus of {bonus} paid {paidOn} is taxed separately: {separateTax}, against {mergedTax} if merged into wages — separate saves {saving}.",
  },
  "bonus.choseMerged": {
    "zh-CN": "{name}（{id}）{paidOn} 的全年一次性奖金 {bonus} 并入当月工资计税：多扣税 {mergedTax}，单独计税则为 {separateTax}，并入计税少缴 {saving}。",
    "en-US": "{name} ({id}): the year-end bonus of {bonus} paid {paidOn} is merged into the month's wages: {mergedTax} more tax, against {separateTax} if taxed separately — merging saves {saving}.",
  },
  "bonus.requestedCostsMore": {
    "zh-CN": "{name}（{id}）{paidOn} 的全年一次性奖金 {bonus} 按所选方式（{requested}）计税，比另一种方式多缴 {extra}（单独计税 {separateTax}，并入计税 {mergedTax}）。",
    "en-US": "{name} ({id}): the year-end bonus of {bonus} paid {paidOn} is taxed the way chosen ({requested}), which costs {extra} more than the other (separate {separateTax}, merged {mergedTax}).",
  },
  "bonus.separateTwice": {
    "zh-CN": "{name}（{id}）{year} 年已有一笔全年一次性奖金单独计税，{paidOn} 的 {bonus} 不能再单独计税（国税发〔2005〕9号：每人每年只能采用一次），已并入当月工资计税。",
    "en-US": "{name} ({id}) already had a year-end bonus taxed separately in {year}; the {bonus} paid {paidOn} cannot be (once per person per year, Guo Shui Fa [2005] No. 9) and is merged into the month's wages.",
  },
  "bonus.separateExpired": {
    "zh-CN": "{name}（{id}）{paidOn} 的全年一次性奖金 {bonus}：单独计税政策执行至 {until}（财政部 税务总局公告2023年第30号），该日期之后已并入当月工资计税。如政策已延续，请在设置中更新截止日期。",
    "en-US": "{name} ({id}): the year-end bonus of {bonus} paid {paidOn} — separate taxation runs until {until} (MOF/STA announcement 2023 No. 30), so it is merged into the month's wages. If the policy has been extended, update the end date in Settings.",
  },
  "bonus.cliff": {
    "zh-CN": "{name}（{id}）的全年一次性奖金 {bonus} 落在税率跳档区间：单独计税 {tax}，而奖金为 {bound} 时只需 {taxAtBound}，税后反而少拿 {lessThanBound}。奖金达到 {breakEven} 才追平。",
    "en-US": "{name} ({id}): the year-end bonus of {bonus} sits just past a bracket cliff: {tax} tax, while a bonus of {bound} pays only {taxAtBound} — it nets {lessThanBound} less. The bonus must reach {breakEven} to catch up.",
  },
  // ---- special taxpayers
  "iit.flagsConflict": {
    "zh-CN": "{name}（{id}）同时标记了“上年在本单位各月均有工资且全年不超过6万元”和“本年首次取得工资”：两者不能同时成立，累计减除费用按前者（6万元）计算，请核对。",
    "en-US": "{name} ({id}) is marked both \"paid here every month last year, at most 60,000\" and \"first job this year\": both cannot be true. The cumulative deduction follows the first (60,000); check the flags.",
  },
  "iit.under60kButNew": {
    "zh-CN": "{name}（{id}）标记为“上年在本单位各月均有工资且全年不超过6万元”，但入职日期是 {startDate}，在 {year} 年或之后：国家税务总局公告2020年第19号要求上一年度各月均在本单位扣缴申报，请核对。",
    "en-US": "{name} ({id}) is marked \"paid here every month last year, at most 60,000\", but started on {startDate}, in or after {year}: STA announcement 2020 No. 19 needs wages from this employer in every month of the previous year. Check the flag.",
  },
  // ---- compliance
  "compliance.belowMinimumWage": {
    "zh-CN": "{name}（{id}）{month} 正常工作时间工资 {pay} 低于当地最低工资 {minimum}（月标准 {monthlyMinimum}，计薪 {paidDays} 天；不含加班工资和特殊津贴，《最低工资规定》第十二条）。",
    "en-US": "{name} ({id}) is paid {pay} for normal hours in {month}, below the local minimum wage of {minimum} (monthly {monthlyMinimum}, {paidDays} paid days; overtime and special allowances excluded, Minimum Wage Provisions art. 12).",
  },
  "compliance.belowHourlyMinimum": {
    "zh-CN": "{name}（{id}）{month} 工作 {hours} 小时，工资 {pay}，每小时 {perHour}，低于当地小时最低工资 {hourlyMinimum}。",
    "en-US": "{name} ({id}) worked {hours} hours in {month} for {pay}, {perHour} an hour, below the local hourly minimum of {hourlyMinimum}.",
  },
  "compliance.penaltyOver20": {
    "zh-CN": "{name}（{id}）{month} 扣款 {penalty} 超过当月工资 {pay} 的 {share}%（{limit}）：《工资支付暂行规定》第十六条规定每月扣除部分不得超过当月工资的20%。",
    "en-US": "{name} ({id}): the {month} deduction of {penalty} is more than {share}% of the month's pay {pay} ({limit}); Interim Provisions on Wage Payment art. 16 caps a month's deduction at 20%.",
  },
  "compliance.penaltyBelowMinimum": {
    "zh-CN": "{name}（{id}）{month} 扣款 {penalty} 后剩余 {left}，低于当地最低工资 {minimum}：应按最低工资标准支付（《工资支付暂行规定》第十六条）。",
    "en-US": "{name} ({id}): after the {month} deduction of {penalty}, {left} is left, below the local minimum wage of {minimum}; the minimum must be paid (Interim Provisions on Wage Payment art. 16).",
  },
  "compliance.uninsured": {
    "zh-CN": "{name}（{id}，岗位「{roleZh}」）{month} 未缴纳社会保险：用人单位和职工应依法参加社会保险（《社会保险法》）。",
    "en-US": "{name} ({id}, role \"{roleEn}\") has no social insurance in {month}: employer and employee must join social insurance by law (Social Insurance Law).",
  },
  "compliance.uninsuredWaiverVoid": {
    "zh-CN": "{name}（{id}，岗位「{roleZh}」）{month} 未缴纳社会保险。自2025年9月1日起，约定或承诺不缴社保一律无效，劳动者可解除合同并要求经济补偿（法释〔2025〕12号第十九条）。",
    "en-US": "{name} ({id}, role \"{roleEn}\") has no social insurance in {month}. Since 2025-09-01 an agreement or promise not to pay social insurance is void, and the worker may quit and claim compensation (Fa Shi [2025] No. 12, art. 19).",
  },
  "compliance.lateJoinerInsurance": {
    "zh-CN": "{name}（{id}）{startDate} 入职，{month} 应发 {gross}，却按整月扣个人社保公积金 {insurance}，超过应发的 {share}%：请核对本市当月参保的截止日，可能应从下月起缴。",
    "en-US": "{name} ({id}) started on {startDate}; {month} gross is {gross} but a full month of employee insurance, {insurance}, is charged — more than {share}% of the gross. Check your city's cut-off day: insurance may start next month.",
  },
  "compliance.overtimeOver36": {
    "zh-CN": "{name}（{id}）{month} 加班 {hours} 小时，超过每月 {limit} 小时的上限（《劳动法》第四十一条）。",
    "en-US": "{name} ({id}) worked {hours} hours of overtime in {month}, above the limit of {limit} a month (Labour Law art. 41).",
  },
} satisfies MessageTable;
