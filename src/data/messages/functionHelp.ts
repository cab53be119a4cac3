import type { MessageTable } from "./table";

/**
 * What Excel shows of the custom functions while a formula is typed and in the Insert Function dialog:
 * `fnHelp.<ID>` is the function's description, `fnHelp.<ID>.<parameter>` a parameter's. The build puts
 * them into the functions' metadata, one file per language (tools/localizedFunctionsMetadata.js:
 * functions.json in English, functions-zh-CN.json in Chinese, chosen by the manifest's Override), as
 * Microsoft documents for localized custom functions. The ids and parameter names in src/functions/
 * functions.ts are not translated (formulas in saved workbooks name them); only what they say is.
 * The build refuses a function or parameter without its two texts, and a text for none.
 */
export const functionHelpMessages = {
  "fnHelp.POOL": {
    "zh-CN": "本月利润分成池：ROUND(MAX(0, 毛利) × 分成比例, 2)。",
    "en-US": "The month's profit pool (利润分成池): ROUND(MAX(0, gross margin) × rate, 2).",
  },
  "fnHelp.POOL.grossMargin": { "zh-CN": "本月毛利（元）；亏损时分成池为 0。", "en-US": "The month's gross margin (毛利), in yuan; a loss gives a pool of 0." },
  "fnHelp.POOL.rate": { "zh-CN": "分成比例，如 40%（默认）。", "en-US": "The pool rate, e.g. 40% (the default)." },

  "fnHelp.COMMISSION": {
    "zh-CN": "一个人本月的提成：ROUND(分成池 × 岗位分成比例, 2)。",
    "en-US": "One person's commission (提成) for the month: ROUND(pool × the role's share, 2).",
  },
  "fnHelp.COMMISSION.margin": { "zh-CN": "本月毛利（元）。", "en-US": "The month's gross margin (毛利), in yuan." },
  "fnHelp.COMMISSION.role": {
    "zh-CN": "岗位：编号、中文名或英文名（如 电商部经理、客服人员）。",
    "en-US": "The role: its ID, Chinese or English name (e.g. manager, 电商部经理).",
  },
  "fnHelp.COMMISSION.roles": {
    "zh-CN": "你的岗位表，连同标题行（如 Roles[#All]）；默认：内置岗位目录。",
    "en-US": "Your Roles table with its header row (e.g. Roles[#All]); default: the built-in catalogue.",
  },
  "fnHelp.COMMISSION.rate": { "zh-CN": "分成比例，如 40%（默认）。", "en-US": "The pool rate, e.g. 40% (the default)." },
  "fnHelp.COMMISSION.holders": {
    "zh-CN": "本月担任该岗位的人数（按岗位平分时用来均分）；默认：岗位表中的人数。",
    "en-US": "How many people hold the role this month (splits a splitRole share); default: the table's count.",
  },

  "fnHelp.BASEPAY": {
    "zh-CN": "按计薪天数折算的应发底薪：ROUND(底薪 × MIN(1, 计薪天数 ÷ 月计薪天数), 2)。",
    "en-US": "Base pay prorated by paid days (应发底薪): ROUND(base × MIN(1, paidDays / daysPerMonth), 2).",
  },
  "fnHelp.BASEPAY.base": { "zh-CN": "月底薪。", "en-US": "The monthly base pay (底薪)." },
  "fnHelp.BASEPAY.paidDays": { "zh-CN": "本月计薪天数；留空：整月。", "en-US": "The days paid this month; blank: a full month." },
  "fnHelp.BASEPAY.daysPerMonth": { "zh-CN": "法定月计薪天数；默认 21.75。", "en-US": "Statutory paid days per month; default 21.75." },

  "fnHelp.OVERTIME": {
    "zh-CN": "加班工资：ROUND(底薪 × (1.5 × 工作日 + 2 × 休息日 + 3 × 法定节假日加班小时) ÷ (月计薪天数 × 8), 2)（劳动法第四十四条；小时工资 = 底薪 ÷ 21.75 ÷ 8，劳社部发〔2008〕3号）。",
    "en-US": "Overtime pay (加班工资): ROUND(base × (1.5 × workday + 2 × rest-day + 3 × holiday hours) ÷ (daysPerMonth × 8), 2) (劳动法 第四十四条; hourly rate base ÷ 21.75 ÷ 8, 劳社部发〔2008〕3号).",
  },
  "fnHelp.OVERTIME.base": { "zh-CN": "月底薪。", "en-US": "The monthly base pay (底薪)." },
  "fnHelp.OVERTIME.workdayHours": { "zh-CN": "工作日加班小时（150%）；默认 0。", "en-US": "Overtime hours on workdays (150%); default 0." },
  "fnHelp.OVERTIME.restDayHours": {
    "zh-CN": "休息日加班且未补休的小时（200%）；默认 0。",
    "en-US": "Overtime hours on rest days without time off in lieu (200%); default 0.",
  },
  "fnHelp.OVERTIME.holidayHours": { "zh-CN": "法定节假日加班小时（300%）；默认 0。", "en-US": "Overtime hours on statutory holidays (300%); default 0." },
  "fnHelp.OVERTIME.daysPerMonth": { "zh-CN": "法定月计薪天数；默认 21.75。", "en-US": "Statutory paid days per month; default 21.75." },

  "fnHelp.PAIDDAYS": {
    "zh-CN": "入职或离职者从某日到某日（含首尾）按 21.75 天制的计薪天数（劳社部发〔2008〕3号）：出勤日加法定节假日；调休的休息日不计薪，调休上班日照常出勤。使用国家公布的节假日安排（至 2026 年），或节假日表中的年份。",
    "en-US": "Paid days (计薪天数) of a joiner or leaver from one date to another, both included, by the 21.75-day rule (劳社部发〔2008〕3号): the days worked plus the statutory holidays — a swapped rest day is not paid, a make-up workday is worked. Uses China's official holidays to 2026, or the years in a holidays range.",
  },
  "fnHelp.PAIDDAYS.from": { "zh-CN": "第一天（日期）。", "en-US": "The first day (a date)." },
  "fnHelp.PAIDDAYS.to": { "zh-CN": "最后一天（日期）。", "en-US": "The last day (a date)." },
  "fnHelp.PAIDDAYS.holidays": {
    "zh-CN": "设置表上的节假日表（日期、类型、节日），用于其中的年份；默认：内置节假日安排。",
    "en-US": "The Holidays table on Settings (date, kind, holiday) for its years; default the shipped calendar.",
  },

  "fnHelp.BONUSTAX": {
    "zh-CN": "全年一次性奖金的个税。\"separate\"（单独计税）：奖金 × 税率 − 速算扣除数，税率按奖金 ÷ 12 在按月换算的税率表中查找（财政部 税务总局公告2023年第30号，执行至 2027-12-31）；\"merged\"（并入综合所得）：把奖金并入累计应纳税所得额后多出的税额（cumulativeTaxable：本年至今、不含该奖金的累计应纳税所得额）。",
    "en-US": "Tax on a year-end one-off bonus (全年一次性奖金). \"separate\": bonus × rate − quick deduction, the rate found from bonus ÷ 12 in the monthly-converted table (财政部 税务总局公告2023年第30号, to 2027-12-31); \"merged\": what adding the bonus to the cumulative taxable income adds to the tax (cumulativeTaxable: the year's so far, without it).",
  },
  "fnHelp.BONUSTAX.bonus": { "zh-CN": "年终奖。", "en-US": "The bonus (年终奖)." },
  "fnHelp.BONUSTAX.method": {
    "zh-CN": "计税方式：\"separate\" 单独计税（默认）或 \"merged\" 并入综合所得。",
    "en-US": "\"separate\" (default) or \"merged\".",
  },
  "fnHelp.BONUSTAX.cumulativeTaxable": {
    "zh-CN": "并入计税时：不含奖金的累计应纳税所得额；默认 0。",
    "en-US": "For \"merged\": the cumulative taxable income without the bonus; default 0.",
  },

  "fnHelp.SPECIALDEDUCTION": {
    "zh-CN": "某月有效的专项附加扣除标准（每月最多可扣；国发〔2018〕41号、国发〔2022〕8号、国发〔2023〕13号）：子女教育每个子女 2,000，3岁以下婴幼儿照护 2,000，赡养老人 3,000（分摊时 1,500），住房贷款利息 1,000，住房租金 1,500（最高档），继续教育 400；职业资格证书的 3,600 与个人养老金的 12,000 为全年标准。",
    "en-US": "A special additional deduction's legal standard (专项附加扣除) in force in a month: the most one may claim a month (国发〔2018〕41号, 国发〔2022〕8号, 国发〔2023〕13号) — child education 2,000 per child, care of a child under 3 2,000, elderly support 3,000 (1,500 when shared), housing loan interest 1,000, rent 1,500 (the highest tier), continuing education 400; a certificate's 3,600 and personal pension's 12,000 are a year's.",
  },
  "fnHelp.SPECIALDEDUCTION.category": {
    "zh-CN": "类别：子女教育、3岁以下婴幼儿照护、赡养老人、住房贷款利息、住房租金、继续教育（学历）……或其英文名。",
    "en-US": "The category: 子女教育, 3岁以下婴幼儿照护, 赡养老人, 住房贷款利息, 住房租金, 继续教育（学历）… or its English name.",
  },
  "fnHelp.SPECIALDEDUCTION.month": { "zh-CN": "月份（2026-03，或该月的任一日期）。", "en-US": "The month (2026-03, or any date in it)." },
  "fnHelp.SPECIALDEDUCTION.share": {
    "zh-CN": "扣除比例：100%（默认）、50%（父母或夫妻各扣一半），或 \"shared\"（赡养老人与兄弟姐妹分摊）。",
    "en-US": "100% (default), 50% (each parent or spouse), or \"shared\" (elderly support with siblings).",
  },

  "fnHelp.GROSS": { "zh-CN": "应发合计：应发底薪 + 提成 + 奖励 − 扣罚。", "en-US": "Gross pay (应发合计): paid base + commission + reward − penalty." },
  "fnHelp.GROSS.paidBase": { "zh-CN": "折算后的应发底薪。", "en-US": "The prorated base pay." },
  "fnHelp.GROSS.commission": { "zh-CN": "提成。", "en-US": "The commission." },
  "fnHelp.GROSS.reward": { "zh-CN": "奖励；默认 0。", "en-US": "Rewards (奖励); default 0." },
  "fnHelp.GROSS.penalty": { "zh-CN": "扣罚；默认 0。", "en-US": "Penalties (扣罚); default 0." },

  "fnHelp.SOCIALINSURANCE": {
    "zh-CN": "社保个人部分：养老 + 医疗 + 失业，每项 ROUND(缴费基数 × 比例, 2)。",
    "en-US": "The employee's social insurance (社保个人部分): pension + medical + unemployment, each ROUND(base × rate, 2).",
  },
  "fnHelp.SOCIALINSURANCE.contributionBase": {
    "zh-CN": "按城市上下限调整前的缴费基数。",
    "en-US": "The contribution base (缴费基数) before the city's floor and ceiling.",
  },
  "fnHelp.SOCIALINSURANCE.floor": {
    "zh-CN": "城市缴费基数下限；默认：示例设置中的数字（请核对所在城市的现行标准）。",
    "en-US": "The city's floor; default: the example settings' (check your city's current figure).",
  },
  "fnHelp.SOCIALINSURANCE.ceiling": { "zh-CN": "城市缴费基数上限；默认：示例设置中的数字。", "en-US": "The city's ceiling; default: the example settings'." },
  "fnHelp.SOCIALINSURANCE.rates": {
    "zh-CN": "三个比例：养老、医疗、失业；默认 8%、2%、0.5%。",
    "en-US": "Three rates: pension, medical, unemployment; default 8%, 2%, 0.5%.",
  },
  "fnHelp.SOCIALINSURANCE.rounding": {
    "zh-CN": "城市对每项的进位方式：到分（默认）、到角、见分进角、到元（也可写 fen、jiao、jiaoUp、yuan）。",
    "en-US": "How the city rounds each part (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.",
  },

  "fnHelp.EMPLOYERSOCIALINSURANCE": {
    "zh-CN": "社保单位部分：养老 + 医疗 + 失业 + 工伤，每项分别进位。",
    "en-US": "The employer's social insurance (社保单位部分): pension + medical + unemployment + work injury, each rounded.",
  },
  "fnHelp.EMPLOYERSOCIALINSURANCE.contributionBase": {
    "zh-CN": "按城市上下限调整前的缴费基数。",
    "en-US": "The contribution base (缴费基数) before the city's floor and ceiling.",
  },
  "fnHelp.EMPLOYERSOCIALINSURANCE.floor": { "zh-CN": "城市缴费基数下限；默认：示例设置中的数字。", "en-US": "The city's floor; default: the example settings'." },
  "fnHelp.EMPLOYERSOCIALINSURANCE.ceiling": { "zh-CN": "城市缴费基数上限；默认：示例设置中的数字。", "en-US": "The city's ceiling; default: the example settings'." },
  "fnHelp.EMPLOYERSOCIALINSURANCE.rates": {
    "zh-CN": "四个比例：养老、医疗、失业、工伤；默认 16%、9.5%、0.5%、0.2%。",
    "en-US": "Four rates: pension, medical, unemployment, work injury; default 16%, 9.5%, 0.5%, 0.2%.",
  },
  "fnHelp.EMPLOYERSOCIALINSURANCE.rounding": {
    "zh-CN": "城市对每项的进位方式：到分（默认）、到角、见分进角、到元（也可写 fen、jiao、jiaoUp、yuan）。",
    "en-US": "How the city rounds each part (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.",
  },

  "fnHelp.HOUSINGFUND": {
    "zh-CN": "住房公积金：缴费基数按上下限调整后 × 比例，按城市的方式进位（默认到分）。",
    "en-US": "Housing fund (公积金): the base clamped to the floor and ceiling × rate, rounded the city's way (to the fen by default).",
  },
  "fnHelp.HOUSINGFUND.contributionBase": { "zh-CN": "按上下限调整前的缴费基数。", "en-US": "The contribution base before the floor and ceiling." },
  "fnHelp.HOUSINGFUND.rate": { "zh-CN": "单方（个人或单位）缴存比例；默认 5%。", "en-US": "The rate, one side (employee or employer); default 5%." },
  "fnHelp.HOUSINGFUND.floor": { "zh-CN": "城市缴存基数下限；默认：示例设置中的数字。", "en-US": "The city's floor; default: the example settings'." },
  "fnHelp.HOUSINGFUND.ceiling": { "zh-CN": "城市缴存基数上限；默认：示例设置中的数字。", "en-US": "The city's ceiling; default: the example settings'." },
  "fnHelp.HOUSINGFUND.rounding": {
    "zh-CN": "城市的进位方式：到分（默认）、到角、见分进角、到元（也可写 fen、jiao、jiaoUp、yuan）。",
    "en-US": "How the city rounds (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.",
  },

  "fnHelp.CUMULATIVETAXABLE": {
    "zh-CN": "累计应纳税所得额：累计收入 − 5000 × 月数 − 累计社保公积金 − 累计专项附加扣除。",
    "en-US": "Cumulative taxable income (累计应纳税所得额): gross to date − 5000 × months − insurance to date − special deductions to date.",
  },
  "fnHelp.CUMULATIVETAXABLE.grossToDate": {
    "zh-CN": "本纳税年度在本单位的累计应发工资（含本月）。",
    "en-US": "Gross pay this tax year at this employer, this month included.",
  },
  "fnHelp.CUMULATIVETAXABLE.monthsToDate": { "zh-CN": "本纳税年度的任职月数（含本月）。", "en-US": "Months employed this tax year, this month included." },
  "fnHelp.CUMULATIVETAXABLE.insuranceToDate": {
    "zh-CN": "累计个人缴纳的社保和公积金；默认 0。",
    "en-US": "Employee social insurance and housing fund to date; default 0.",
  },
  "fnHelp.CUMULATIVETAXABLE.specialDeductionsToDate": {
    "zh-CN": "累计专项附加扣除；默认 0。",
    "en-US": "Special additional deductions (专项附加扣除) to date; default 0.",
  },

  "fnHelp.IIT": {
    "zh-CN": "本月按年度税率表（累计预扣法）预扣的个人所得税：MAX(0, 累计应纳税额 − 本年已预扣税额)，保留到分。",
    "en-US": "This month's individual income tax withholding (个税, 累计预扣法) by the annual table: MAX(0, cumulative tax − withheld so far), to the fen.",
  },
  "fnHelp.IIT.cumulativeTaxable": { "zh-CN": "本年至今的累计应纳税所得额。", "en-US": "Cumulative taxable income of the year to date." },
  "fnHelp.IIT.withheldSoFar": { "zh-CN": "本年本月之前已预扣的税额；默认 0。", "en-US": "Tax already withheld this year before this month; default 0." },

  "fnHelp.NETPAY": { "zh-CN": "实发工资：应发合计 − 社保 − 公积金 − 个税。", "en-US": "Net pay (实发工资): gross − social insurance − housing fund − income tax." },
  "fnHelp.NETPAY.gross": { "zh-CN": "应发合计。", "en-US": "Gross pay." },
  "fnHelp.NETPAY.socialInsurance": { "zh-CN": "社保个人部分。", "en-US": "The employee's social insurance." },
  "fnHelp.NETPAY.housingFund": { "zh-CN": "公积金个人部分。", "en-US": "The employee's housing fund." },
  "fnHelp.NETPAY.iit": { "zh-CN": "本月预扣的个税。", "en-US": "Income tax withheld this month." },

  "fnHelp.EMPLOYERCOST": {
    "zh-CN": "用人成本：应发合计 + 社保单位部分 + 公积金单位部分。",
    "en-US": "Employer cost (用人成本): gross + employer social insurance + employer housing fund.",
  },
  "fnHelp.EMPLOYERCOST.gross": { "zh-CN": "应发合计。", "en-US": "Gross pay." },
  "fnHelp.EMPLOYERCOST.employerSocialInsurance": { "zh-CN": "社保单位部分。", "en-US": "The employer's social insurance." },
  "fnHelp.EMPLOYERCOST.employerHousingFund": { "zh-CN": "公积金单位部分。", "en-US": "The employer's housing fund." },

  "fnHelp.DAILYTARGET": {
    "zh-CN": "当天的销售目标：按最大余数法分得的月目标份额，与目标分解表一致。",
    "en-US": "The day's sales target (日目标): its largest-remainder share of the month, as the spread shows it.",
  },
  "fnHelp.DAILYTARGET.monthlyTarget": { "zh-CN": "月销售目标。", "en-US": "The month's sales target (月销售目标)." },
  "fnHelp.DAILYTARGET.date": { "zh-CN": "哪一天（日期，或文字 2026-11-11）。", "en-US": "The day (a date, or text 2026-11-11)." },
  "fnHelp.DAILYTARGET.weekdayWeights": {
    "zh-CN": "七个权重（周一在前），或设置表的星期权重表；默认：每天相同。",
    "en-US": "Seven weights, Monday first, or the Settings weekday table; default: flat.",
  },
  "fnHelp.DAILYTARGET.events": {
    "zh-CN": "大促活动：每行为日期（MM-DD 或日期）、系数、名称；默认 6-18、11-11、12-12。",
    "en-US": "Sales events: rows of date (MM-DD or a date), factor, name; default 6-18, 11-11, 12-12.",
  },

  "fnHelp.SPREAD": {
    "zh-CN": "把月目标分解到每一天：溢出一张表，列为日期（文字 YYYY-MM-DD）、星期（1 = 周一）和目标。",
    "en-US": "The month's target spread over its days: a spilled table of date (text YYYY-MM-DD), weekday (1 = Monday) and target.",
  },
  "fnHelp.SPREAD.monthlyTarget": { "zh-CN": "月销售目标。", "en-US": "The month's sales target (月销售目标)." },
  "fnHelp.SPREAD.month": { "zh-CN": "月份：2026-11，或该月的任一日期。", "en-US": "The month: 2026-11, or any date in it." },
  "fnHelp.SPREAD.weekdayWeights": {
    "zh-CN": "七个权重（周一在前），或设置表的星期权重表；默认：每天相同。",
    "en-US": "Seven weights, Monday first, or the Settings weekday table; default: flat.",
  },
  "fnHelp.SPREAD.events": {
    "zh-CN": "大促活动：每行为日期（MM-DD 或日期）、系数、名称；默认 6-18、11-11、12-12。",
    "en-US": "Sales events: rows of date (MM-DD or a date), factor, name; default 6-18, 11-11, 12-12.",
  },

  "fnHelp.ORDERS": {
    "zh-CN": "当天销售额所需的订单数：ROUNDUP(销售额 ÷ 客单价)。",
    "en-US": "Orders a day's sales need (所需订单数): ROUNDUP(sales ÷ average order value).",
  },
  "fnHelp.ORDERS.sales": { "zh-CN": "销售目标。", "en-US": "The sales target." },
  "fnHelp.ORDERS.averageOrderValue": { "zh-CN": "客单价。", "en-US": "The average order value (客单价)." },

  "fnHelp.VISITORS": {
    "zh-CN": "这些订单所需的访客数：ROUNDUP(订单数 ÷ 转化率)。",
    "en-US": "Visitors the orders need (所需访客数): ROUNDUP(orders ÷ conversion rate).",
  },
  "fnHelp.VISITORS.orders": { "zh-CN": "订单数（整数）。", "en-US": "Whole orders." },
  "fnHelp.VISITORS.conversionRate": { "zh-CN": "转化率，如 3%。", "en-US": "The conversion rate (转化率), e.g. 3%." },

  "fnHelp.ROLES": {
    "zh-CN": "内置岗位目录，溢出为一张与岗位表标题相同的表（编号、名称、人数、底薪范围、分成比例、分成方式），可作为 SHOP.COMMISSION 的 roles 参数。",
    "en-US": "The built-in role catalogue as a spilled table with the Roles table's headers (ID, names, headcount, base range, share, share basis): it can be passed as SHOP.COMMISSION's roles argument.",
  },
} satisfies MessageTable;
