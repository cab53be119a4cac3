import type { MessageTable } from "./table";

/**
 * What reading a person's special additional deductions by category says (src/core/tax/deductionEntries.ts
 * parseDeductions, issue 13). A table of its own, apart from the payroll rules' (./rules.ts): the config's
 * checks raise these, and the task pane checks a whole config before its payroll views load (issue 15:
 * a surface carries only the tables it can show). A category comes as {categoryZh} {categoryEn}.
 */
export const deductionMessages = {
  "deductions.notAList": {
    "zh-CN": "专项附加扣除应为列表（每项一行：类别、起止月份、金额）。",
    "en-US": "Special additional deductions must be a list (one item each: category, from and to months, amount).",
  },
  "deductions.entryInvalid": {
    "zh-CN": "这一项专项附加扣除不是有效的条目：需要类别、起始月份，可选截止月份和金额。",
    "en-US": "This special additional deduction is not a valid item: it needs a category and a start month, optionally an end month and an amount.",
  },
  "deductions.categoryUnknown": {
    "zh-CN": "未知的专项附加扣除类别「{category}」。可用类别：{categories}。",
    "en-US": "Unknown special additional deduction category \"{category}\". Categories: {categories}.",
  },
  "deductions.seriousIllnessAnnualOnly": {
    "zh-CN": "大病医疗只能在次年汇算清缴时扣除（国发〔2018〕41号第十一条），不能在每月预扣预缴中扣除：这一项未计入。",
    "en-US": "Serious illness is deducted only in the annual settlement (Guo Fa [2018] No. 41, art. 11), never in the monthly withholding: this item is not counted.",
  },
  "deductions.monthInvalid": {
    "zh-CN": "「{value}」不是有效的月份，请按 YYYY-MM 填写（如 2026-03）。",
    "en-US": "\"{value}\" is not a month; write it as YYYY-MM (e.g. 2026-03).",
  },
  "deductions.endBeforeStart": {
    "zh-CN": "截止月份 {to} 早于起始月份 {from}。",
    "en-US": "The end month {to} is before the start month {from}.",
  },
  "deductions.certificateOneMonth": {
    "zh-CN": "职业资格继续教育按取得证书当年一次扣除3600元：只填一个月份（{from}），截止月份 {to} 不适用。",
    "en-US": "A vocational certificate is deducted once, 3,600 in the year it is obtained: give one month ({from}); the end month {to} does not apply.",
  },
  "deductions.shareInvalid": {
    "zh-CN": "扣除比例「{value}」无效：填 full（100%）或 half（50%）。",
    "en-US": "Share \"{value}\" is not valid: use full (100%) or half (50%).",
  },
  "deductions.halfNotAllowed": {
    "zh-CN": "{categoryZh}不能按50%分摊扣除。",
    "en-US": "{categoryEn} cannot be split 50/50.",
  },
  "deductions.sharedInvalid": {
    "zh-CN": "“是否分摊”应为 true 或 false，而不是「{value}」。",
    "en-US": "\"shared\" must be true or false, not \"{value}\".",
  },
  "deductions.sharedOnlyElderly": {
    "zh-CN": "只有赡养老人可以与兄弟姐妹分摊，{categoryZh}不适用。",
    "en-US": "Only elderly support is shared with siblings; not {categoryEn}.",
  },
  "deductions.amountInvalid": {
    "zh-CN": "「{value}」不是有效的金额（不能为负数）。",
    "en-US": "\"{value}\" is not an amount (it cannot be negative).",
  },
  "deductions.amountRequired": {
    "zh-CN": "{categoryZh}需要填写金额（住房租金按城市档次填 1500、1100 或 800；个人养老金按实际缴费）。",
    "en-US": "{categoryEn} needs an amount (rent: 1500, 1100 or 800 by city tier; personal pension: what was paid in).",
  },
  "deductions.beforeCategory": {
    "zh-CN": "{categoryZh}自 {since} 起才可扣除，起始月份 {from} 早于此。",
    "en-US": "{categoryEn} can be deducted only from {since}; the start month {from} is earlier.",
  },
  "deductions.rentTier": {
    "zh-CN": "住房租金每月只能按 {tiers} 元三档之一扣除（国发〔2018〕41号第十七条），{amount} 不是其中之一。",
    "en-US": "Housing rent is deducted at one of {tiers} a month by city tier (Guo Fa [2018] No. 41, art. 17); {amount} is not one of them.",
  },
  "deductions.aboveStandard": {
    "zh-CN": "{categoryZh}每月 {amount} 超过 {month} 的标准 {standard}。",
    "en-US": "{categoryEn} of {amount} a month is above the standard of {standard} in force in {month}.",
  },
  "deductions.elderlySharedCap": {
    "zh-CN": "赡养老人由兄弟姐妹分摊时，每人每月最多 {standard}（国发〔2023〕13号），{amount} 超过了。",
    "en-US": "Shared elderly support is at most {standard} a month per person (Guo Fa [2023] No. 13); {amount} is more.",
  },
  "deductions.degreeOver48Months": {
    "zh-CN": "同一学历（学位）继续教育最长扣除48个月，{from} 至 {to} 共 {months} 个月。",
    "en-US": "Continuing education for one degree is deducted for at most 48 months; {from} to {to} is {months} months.",
  },
  "deductions.pensionAboveYearCap": {
    "zh-CN": "个人养老金 {year} 年合计 {amount}，超过每年 {cap} 的扣除限额（财政部 税务总局公告2022年第34号）：请按实际缴费填写，全年不超过限额。",
    "en-US": "Personal pension adds up to {amount} in {year}, above the yearly limit of {cap} (MOF/STA announcement 2022 No. 34): give what was paid in, at most the limit in a year.",
  },
  "deductions.certificateOncePerYear": {
    "zh-CN": "职业资格继续教育在取得证书的当年按3600元定额扣除一次（国发〔2018〕41号第八条）：{year} 年已在 {first} 扣除，这一项不能再扣。",
    "en-US": "A vocational certificate is deducted once, 3,600 in the year it is obtained (Guo Fa [2018] No. 41, art. 8): {year}'s was deducted in {first}; this item cannot be.",
  },
  "deductions.rentAndLoan": {
    "zh-CN": "住房租金（自 {rentFrom}）与住房贷款利息（自 {loanFrom}）有重叠月份：纳税人及其配偶在一个纳税年度内不能同时享受两项扣除。",
    "en-US": "Housing rent (from {rentFrom}) and housing loan interest (from {loanFrom}) overlap: a taxpayer and spouse cannot have both in one tax year.",
  },
  "deductions.noteInvalid": {
    "zh-CN": "备注应为文字，而不是「{value}」。",
    "en-US": "A note must be text, not \"{value}\".",
  },
  "deductions.personUnknown": {
    "zh-CN": "专项附加扣除的员工编号「{staff}」不在员工表中：请从员工表的编号中选择。",
    "en-US": "The special additional deduction names staff ID \"{staff}\", which is not on the Staff sheet: pick one of its IDs.",
  },
  "deductions.categoryAsTyped": {
    "zh-CN": "专项附加扣除类别「{typed}」不是表格原样认得的写法：ShopSheet 认得它是「{categoryZh}」（它比较时不计全角/半角和空格），表格的公式却按原样比较（只去掉首尾和多余的半角空格、忽略大小写），找不到它，工资表不会计入这一项。请改成「{categoryZh}」。",
    "en-US": "The special additional deduction category \"{typed}\" is not written as the sheet knows it: ShopSheet takes it for \"{categoryEn}\" (ignoring full-width and half-width characters and spaces), but the sheet's formulas compare it as typed (dropping only extra half-width spaces, ignoring case), do not find it, and the payroll would leave the item out. Change it to \"{categoryEn}\".",
  },
  "deductions.personWidth": {
    "zh-CN": "专项附加扣除的员工编号「{staff}」与员工表的「{id}」只有全角/半角（或空格的种类，如全角空格）不同：表格的公式按原样查找编号（只忽略大小写），找不到它，工资表不会计入这一项。请改成「{id}」。",
    "en-US": "The special additional deduction names staff ID \"{staff}\", which differs from the Staff sheet's \"{id}\" only in full-width and half-width characters (or the kind of space, such as a full-width one): the sheet's formulas look an ID up as typed (ignoring only case), do not find it, and the payroll would leave the item out. Change it to \"{id}\".",
  },
} satisfies MessageTable;
