import type { MessageTable } from "./table";

/** The `shopsheet` command's own messages and the labels of its tables. */
export const cliMessages = {
  "cli.usage": {
    "zh-CN":
      "用法：shopsheet <命令> [选项]\n命令：\n  targets   把月销售目标分解到每周、每天（订单数、访客数）\n  payroll   计算一个月的工资：应发、社保公积金、个税、实发\n  workbook  生成整个工作簿 (.xlsx)：设置、岗位、员工、目标、工资表、工资条\n  read      把编辑过的工作簿还原成配置文件\n  export tax      写出个税扣缴客户端可导入的 .xlsx（正常工资薪金收入）\n  export bank     写出银行代发清单（.csv 或 .xlsx）\n  slips     每人一个工资条文件 (.xlsx)，便于私下发放\n  import service  读取客服绩效导出表，列出每位客服的询单成交\n每个命令的选项和示例：shopsheet <命令> --help（例如 shopsheet payroll --help）。\n--lang zh-CN|en-US 选择语言。在仓库根目录运行时写作 npm run --silent shopsheet -- <命令> …\n示例：\n  shopsheet targets --month 2026-11 --target 560000\n  shopsheet payroll --config examples/five-person-shop.json --month 2026-03\n  shopsheet workbook --config examples/five-person-shop.json --month 2026-03",
    "en-US":
      "Usage: shopsheet <command> [options]\nCommands:\n  targets   spread a monthly sales target over weeks and days (orders, visitors)\n  payroll   compute one month's payroll: gross, insurance and housing fund, income tax, net\n  workbook  write the whole workbook (.xlsx): settings, roles, staff, targets, payroll, slips\n  read      turn an edited workbook back into a config file\n  export tax      write the month's .xlsx for the e-filing client (正常工资薪金收入)\n  export bank     write the month's bank payment list (.csv or .xlsx)\n  slips     one salary slip file (.xlsx) per person, to hand out privately\n  import service  read the customer-service export: each agent's inquiries and sales\nEach command's options, with examples: shopsheet <command> --help (e.g. shopsheet payroll --help).\n--lang zh-CN|en-US picks the language. From the repository root, run it as npm run --silent shopsheet -- <command> …\nExamples:\n  shopsheet targets --month 2026-11 --target 560000\n  shopsheet payroll --config examples/five-person-shop.json --month 2026-03\n  shopsheet workbook --config examples/five-person-shop.json --month 2026-03",
  },
  "cli.usage.targets": {
    "zh-CN":
      "shopsheet targets [--config 文件.json] --month YYYY-MM --target 金额 [--weekday-weights w1,…,w7] [--event YYYY-MM-DD=系数]… [--no-events] [--aov 客单价 --cvr 转化率] [--actuals 文件] [--json] [--lang zh-CN|en-US]",
    "en-US":
      "shopsheet targets [--config FILE.json] --month YYYY-MM --target AMOUNT [--weekday-weights w1,…,w7] [--event YYYY-MM-DD=FACTOR]… [--no-events] [--aov AMOUNT --cvr RATE] [--actuals FILE] [--json] [--lang zh-CN|en-US]",
  },
  "cli.usage.payroll": {
    "zh-CN": "shopsheet payroll [--config 文件.json] --month YYYY-MM [--json] [--lang zh-CN|en-US]",
    "en-US": "shopsheet payroll [--config FILE.json] --month YYYY-MM [--json] [--lang zh-CN|en-US]",
  },
  "cli.usage.read": {
    "zh-CN":
      "shopsheet read 工作簿.xlsx [--json] [--out 文件.json] [--lang zh-CN|en-US]",
    "en-US":
      "shopsheet read BOOK.xlsx [--json] [--out FILE.json] [--lang zh-CN|en-US]",
  },
  "cli.workbook.siRoundingWithoutRow": {
    "zh-CN": "社保城市档案「{profile}」自 {from} 的时期没有任何社保险种的基数行，却规定了社保的进位方式（{rounding}）：工作簿的缴费基数表按行记录进位方式，无法保存。请为该时期添加社保险种的基数上下限。",
    "en-US": "the city profile \"{profile}\" gives the period from {from} a rounding for the social insurance ({rounding}) but no base row for any of it: the workbook's table keeps the rounding on the rows, so it cannot hold it. Give the period the insurances' floors and ceilings.",
  },
  "cli.workbook.hfRoundingWithoutRow": {
    "zh-CN": "社保城市档案「{profile}」自 {from} 的时期没有住房公积金的基数行，却规定了公积金的进位方式（{rounding}）：工作簿的缴费基数表按行记录进位方式，无法保存。请为该时期添加公积金的基数上下限。",
    "en-US": "the city profile \"{profile}\" gives the period from {from} a rounding for the housing fund ({rounding}) but no base row for it: the workbook's table keeps the rounding on the rows, so it cannot hold it. Give the period the housing fund's floor and ceiling.",
  },
  "cli.read.missingBook": { "zh-CN": "缺少要读取的工作簿（.xlsx 文件）", "en-US": "give the workbook to read (an .xlsx file)" },
  "cli.read.notXlsx": {
    "zh-CN": "{file} 不是 .xlsx 工作簿。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再读取",
    "en-US": "{file} is not an .xlsx workbook. Save it as an Excel Workbook (.xlsx) in Excel or WPS, then read that file",
  },
  "cli.read.notShopSheet": {
    "zh-CN": "{file} 里没有 ShopSheet 的工作表（设置、岗位、员工……）：它不是 ShopSheet 生成的工作簿",
    "en-US": "{file} has none of ShopSheet's sheets (Settings, Roles, Staff …): it is not a workbook ShopSheet wrote",
  },
  "cli.read.summary": {
    "zh-CN": "已读取 {file}：{roles} 个岗位，{staff} 名员工，{months} 个月。用 --json 打印配置，或用 --out 文件.json 写入配置文件",
    "en-US": "Read {file}: {roles} roles, {staff} people, {months} months. Use --json to print the config, or --out FILE.json to write it",
  },
  "cli.read.wrote": {
    "zh-CN": "已把 {file} 的内容写入 {path}：{roles} 个岗位，{staff} 名员工，{months} 个月",
    "en-US": "Wrote what {file} holds to {path}: {roles} roles, {staff} people, {months} months",
  },
  "cli.usage.workbook": {
    "zh-CN": "shopsheet workbook [--config 文件.json] [--month YYYY-MM] [--lang zh-CN|en-US] [--out 文件.xlsx] [--protect] [--actuals 文件]",
    "en-US": "shopsheet workbook [--config FILE.json] [--month YYYY-MM] [--lang zh-CN|en-US] [--out FILE.xlsx] [--protect] [--actuals FILE]",
  },
  "cli.help.usage": { "zh-CN": "用法：", "en-US": "Usage: " },
  "cli.help.options": { "zh-CN": "选项：", "en-US": "Options:" },
  "cli.help.examples": { "zh-CN": "示例：", "en-US": "Examples:" },
  "cli.help.option.lang": {
    "zh-CN": "--lang zh-CN|en-US\n输出（表头、提示、错误信息）的语言：zh-CN 中文，en-US 英文。不给则按终端的语言设置（LC_ALL、LC_MESSAGES、LANG；未设置或为 C、POSIX 时为中文）。\n例：shopsheet {command} --help --lang en-US",
    "en-US": "--lang zh-CN|en-US\nThe language of the output (headers, warnings, errors): zh-CN Chinese, en-US English. Default: the terminal's ($LC_ALL, $LC_MESSAGES, $LANG; Chinese where they are unset, C or POSIX).\ne.g. shopsheet {command} --help --lang zh-CN",
  },
  "cli.help.option.langFile": {
    "zh-CN": "--lang zh-CN|en-US\n所写文件（表头、工作表名）和提示、错误信息的语言：zh-CN 中文，en-US 英文。不给则为中文，与终端的语言设置（LANG）无关。\n例：shopsheet {command} {args} --lang en-US",
    "en-US": "--lang zh-CN|en-US\nThe language of the file written (headers, sheet names) and of the warnings and errors: zh-CN Chinese, en-US English. Default: Chinese, whatever the terminal's ($LANG).\ne.g. shopsheet {command} {args} --lang en-US",
  },
  "cli.help.option.help": {
    "zh-CN": "--help\n显示本说明，不做任何计算。\n例：shopsheet {command} --help",
    "en-US": "--help\nShows this help and computes nothing.\ne.g. shopsheet {command} --help",
  },
  "cli.help.targets": {
    "zh-CN":
      "把月销售目标按权重分到每一天：权重 = 星期权重 × 活动系数 × 法定节假日系数（默认 1）；每天取整到分，用最大余数法分配零头，使各天之和恰好等于月目标。周从周一开始，按月截断。给了 --aov（客单价）就算每天所需订单数，再给 --cvr（转化率）就算访客数。给了 --actuals（已发生的实际销售额），剩余目标重新分配到还没有实际数的日子。",
    "en-US":
      "Spreads the month's sales target over its days by weight: weight = weekday weight × event factor × public-holiday factor (default 1); each day is rounded to the fen and the leftover fens go by largest remainder, so the days add up to the target exactly. Weeks start on Monday and are clipped to the month. With --aov (average order value) each day gets the orders it needs, and with --cvr (conversion rate) the visitors. With --actuals (sales so far) what is left of the target is spread again over the days without an actual.",
  },
  "cli.help.targets.config": {
    "zh-CN": "--config 文件.json\n配置文件：使用其中的节假日安排（calendar：包内数据以外的年份，如国务院办公厅每年11月公布的下一年安排）和目标设置（settings.targets：星期权重、活动、节假日系数、客单价、转化率）；命令行选项优先。\n例：shopsheet targets --config examples/five-person-shop.json --month 2026-03 --target 240000",
    "en-US": "--config FILE.json\nA config file: its holiday calendar (calendar: years past the package's, such as the arrangement the State Council publishes each November) and its target settings (settings.targets: weekday weights, events, holiday factor, AOV, conversion rate); the options given here win.\ne.g. shopsheet targets --config examples/five-person-shop.json --month 2026-03 --target 240000",
  },
  "cli.help.targets.month": {
    "zh-CN": "--month YYYY-MM\n要分解的月份（必填）。\n例：shopsheet targets --month 2026-11 --target 560000",
    "en-US": "--month YYYY-MM\nThe month to plan (required).\ne.g. shopsheet targets --month 2026-11 --target 560000",
  },
  "cli.help.targets.target": {
    "zh-CN": "--target 金额\n月销售目标（必填，不能为负），单位元；可写 560000、560,000 或 ¥560,000。\n例：shopsheet targets --month 2026-11 --target ¥560,000",
    "en-US": "--target AMOUNT\nThe month's sales target in yuan (required, not negative): 560000, 560,000 or ¥560,000.\ne.g. shopsheet targets --month 2026-11 --target ¥560,000",
  },
  "cli.help.targets.weekday-weights": {
    "zh-CN": "--weekday-weights w1,…,w7\n周一到周日的 7 个权重，逗号分隔（默认都是 1）。例如周末卖得多就把周六、周日设为 1.2。一天的权重（星期权重 × 活动系数 × 节假日系数）最多 4 位小数。\n例：shopsheet targets --month 2026-03 --target 240000 --weekday-weights 1,1,1,1,1,1.2,1.2",
    "en-US": "--weekday-weights w1,…,w7\nSeven weights, Monday first, separated by commas (default: all 1); e.g. 1.2 on Saturday and Sunday if weekends sell more. A day's weight (weekday × event × holiday factor) has at most 4 decimals.\ne.g. shopsheet targets --month 2026-03 --target 240000 --weekday-weights 1,1,1,1,1,1.2,1.2",
  },
  "cli.help.targets.event": {
    "zh-CN": "--event YYYY-MM-DD=系数\n某一天的活动系数，可以给多次。给了任何 --event 就不再使用内置活动（6 月 18 日 ×2、11 月 11 日 ×3、12 月 12 日 ×2）。\n例：shopsheet targets --month 2026-11 --target 560000 --event 2026-11-11=3 --event 2026-11-30=1.5",
    "en-US": "--event YYYY-MM-DD=FACTOR\nA day's event factor; give it as often as needed. Any --event replaces the built-in events (18 June ×2, 11 November ×3, 12 December ×2).\ne.g. shopsheet targets --month 2026-11 --target 560000 --event 2026-11-11=3 --event 2026-11-30=1.5",
  },
  "cli.help.targets.no-events": {
    "zh-CN": "--no-events\n不使用任何活动系数（包括内置的 618、双十一、双十二）。\n例：shopsheet targets --month 2026-11 --target 560000 --no-events",
    "en-US": "--no-events\nNo event factors at all (not even the built-in 618, Singles' Day and Double 12).\ne.g. shopsheet targets --month 2026-11 --target 560000 --no-events",
  },
  "cli.help.targets.aov": {
    "zh-CN": "--aov 金额\n客单价（元，大于 0）：每天所需订单数 = ⌈日目标 ÷ 客单价⌉。\n例：shopsheet targets --month 2026-11 --target 560000 --aov 128",
    "en-US": "--aov AMOUNT\nAverage order value in yuan (above 0): each day's orders = ⌈day's target ÷ AOV⌉.\ne.g. shopsheet targets --month 2026-11 --target 560000 --aov 128",
  },
  "cli.help.targets.cvr": {
    "zh-CN": "--cvr 比率\n转化率（大于 0），写作 0.03 或 3%；需要同时给 --aov：所需访客数 = ⌈订单数 ÷ 转化率⌉。\n例：shopsheet targets --month 2026-11 --target 560000 --aov 128 --cvr 3%",
    "en-US": "--cvr RATE\nConversion rate (above 0), as 0.03 or 3%; needs --aov: visitors = ⌈orders ÷ conversion rate⌉.\ne.g. shopsheet targets --month 2026-11 --target 560000 --aov 128 --cvr 3%",
  },
  "cli.help.targets.actuals": {
    "zh-CN": "--actuals 文件\n已发生的每日实际数：生意参谋“商品_全部”日报导出表（CSV 或 .xlsx，按列名找表头，跳过总计行，同一天各商品相加：销售额、支付买家数、访客数），或手写的 UTF-8 JSON：{\"2026-03-01\": \"9100\", …}。旧版 .xls 请先另存为 .xlsx。剩余目标 = MAX(0, 月目标 − 实际合计)，按权重重新分到没有实际数的日子（“调整后目标”）；并给出销售额、订单数、访客数的完成率。\n例：shopsheet targets --month 2026-03 --target 240000 --aov 98 --cvr 2.5% --actuals examples/five-person-shop.product-daily-2026-03.csv",
    "en-US": "--actuals FILE\nThe actuals of days gone by: the Business Advisor product daily export (CSV or .xlsx; the header found by name, the total row skipped, a day's products added up: sales, paying buyers, visitors), or hand-made UTF-8 JSON: {\"2026-03-01\": \"9100\", …}. Save an old .xls as .xlsx first. What is left, MAX(0, target − Σ actuals), is spread again by weight over the days without an actual (\"revised target\"), and sales, orders and visitors are compared with the plan.\ne.g. shopsheet targets --month 2026-03 --target 240000 --aov 98 --cvr 2.5% --actuals examples/five-person-shop.product-daily-2026-03.csv",
  },
  "cli.help.targets.json": {
    "zh-CN": "--json\n只输出一个 JSON 文档（days、weeks、warnings；金额为两位小数的字符串），便于其他程序读取；不给则输出给人看的表格。\n例：shopsheet targets --month 2026-11 --target 560000 --json",
    "en-US": "--json\nPrints exactly one JSON document (days, weeks, warnings; money as strings with two decimals) for other programs; without it, tables for people.\ne.g. shopsheet targets --month 2026-11 --target 560000 --json",
  },
  "cli.help.targets.examples": {
    "zh-CN":
      "shopsheet targets --month 2026-11 --target 560000 --aov 128 --cvr 3%\nshopsheet targets --month 2026-03 --target 240000 --weekday-weights 1,1,1,1,1,1.2,1.2 --actuals examples/five-person-shop.actuals-2026-03.json",
    "en-US":
      "shopsheet targets --month 2026-11 --target 560000 --aov 128 --cvr 3%\nshopsheet targets --month 2026-03 --target 240000 --weekday-weights 1,1,1,1,1,1.2,1.2 --actuals examples/five-person-shop.actuals-2026-03.json",
  },
  "cli.help.payroll": {
    "zh-CN":
      "计算一个月的工资：应发底薪（按计薪天数折算）、利润分成池提成、奖惩、应发合计、社保公积金（个人和单位）、按累计预扣法计算的个税、实发工资和用人成本，并给出需要核对的提示。不给 --config 时用内置示例团队。",
    "en-US":
      "Computes one month's payroll: paid base (prorated by paid days), commission from the profit pool, rewards and penalties, gross, social insurance and housing fund (employee and employer), income tax by cumulative withholding, net pay and employer cost, with warnings for what to check. Without --config: the built-in example team.",
  },
  "cli.help.payroll.config": {
    "zh-CN": "--config 文件.json\n团队配置：设置、岗位、员工、各月的毛利和奖惩（UTF-8 JSON，格式见 README 的 “Config format”；examples/ 里有可直接运行的例子）。不给则用内置示例团队。\n例：shopsheet payroll --config examples/five-person-shop.json --month 2026-03",
    "en-US": "--config FILE.json\nThe team: settings, roles, staff, each month's margin, rewards and penalties (UTF-8 JSON, see \"Config format\" in the README; examples/ holds configs ready to run). Without it: the built-in example team.\ne.g. shopsheet payroll --config examples/five-person-shop.json --month 2026-03",
  },
  "cli.help.payroll.month": {
    "zh-CN": "--month YYYY-MM\n要计算的月份（必填）。个税按累计预扣法计算，需要本年度此前各月：来自配置里 months 中同一年的月份和员工的期初累计。\n例：shopsheet payroll --config examples/joiners-and-leavers.json --month 2026-08",
    "en-US": "--month YYYY-MM\nThe month to compute (required). Income tax by cumulative withholding needs the year's earlier months: the config's months of the same year and each person's opening balance.\ne.g. shopsheet payroll --config examples/joiners-and-leavers.json --month 2026-08",
  },
  "cli.help.payroll.json": {
    "zh-CN": "--json\n只输出一个 JSON 文档（pool、employees、totals、warnings；金额为两位小数的字符串），便于其他程序读取；不给则输出给人看的表格。\n例：shopsheet payroll --month 2026-11 --json",
    "en-US": "--json\nPrints exactly one JSON document (pool, employees, totals, warnings; money as strings with two decimals) for other programs; without it, tables for people.\ne.g. shopsheet payroll --month 2026-11 --json",
  },
  "cli.help.payroll.examples": {
    "zh-CN": "shopsheet payroll --month 2026-11\nshopsheet payroll --config examples/seed-team-full-year.json --month 2026-12 --json",
    "en-US": "shopsheet payroll --month 2026-11\nshopsheet payroll --config examples/seed-team-full-year.json --month 2026-12 --json",
  },
  "cli.help.workbook": {
    "zh-CN":
      "生成整个工作簿 (.xlsx)：设置、岗位、员工、月度目标、本年度每个月的工资表、工资条和每个岗位一张表。所有数字都是普通公式，打开即可用，不需要加载项；改一个比率或底薪，全部自动重算。不带任何选项时：内置示例团队、本月、中文，写到当前文件夹的 shopsheet-YYYY-MM.xlsx。",
    "en-US":
      "Writes the whole workbook (.xlsx): settings, roles, staff, the month's targets, a payroll sheet for every month of the tax year, the salary slips and one sheet per role. Every figure is an ordinary formula, so it works without the add-in; change a rate or a base and everything recalculates. Without options: the built-in example team, this month, in Chinese, to shopsheet-YYYY-MM.xlsx in the current folder.",
  },
  "cli.help.workbook.config": {
    "zh-CN": "--config 文件.json\n团队配置（UTF-8 JSON，格式见 README 的 “Config format”；examples/ 里有可直接运行的例子）。不给则用内置示例团队。\n例：shopsheet workbook --config examples/joiners-and-leavers.json --month 2026-09",
    "en-US": "--config FILE.json\nThe team (UTF-8 JSON, see \"Config format\" in the README; examples/ holds configs ready to run). Without it: the built-in example team.\ne.g. shopsheet workbook --config examples/joiners-and-leavers.json --month 2026-09",
  },
  "cli.help.workbook.month": {
    "zh-CN": "--month YYYY-MM\n工作簿的月份：目标表、工资条用这个月，工资表从当年 1 月（或配置里最早的月份）到这个月各一张。默认本月。\n例：shopsheet workbook --month 2026-11",
    "en-US": "--month YYYY-MM\nThe workbook's month: the targets and slips are for it, with a payroll sheet for each month of the year up to it (from January or the config's first month). Default: this month.\ne.g. shopsheet workbook --month 2026-11",
  },
  "cli.help.workbook.lang": {
    "zh-CN": "--lang zh-CN|en-US\n工作簿的语言（表名、表头、说明），也是本命令提示信息的语言。工作簿默认中文；提示信息默认按终端的语言设置。\n例：shopsheet workbook --month 2026-11 --lang en-US",
    "en-US": "--lang zh-CN|en-US\nThe workbook's language (sheet names, headers, notes), and that of this command's messages. The workbook is in Chinese by default; messages follow the terminal.\ne.g. shopsheet workbook --month 2026-11 --lang en-US",
  },
  "cli.help.workbook.out": {
    "zh-CN": "--out 文件.xlsx\n写到哪个文件（必须以 .xlsx 结尾），默认当前文件夹的 shopsheet-YYYY-MM.xlsx。先写临时文件再一次替换，中途被打断原文件不受影响；不会覆盖 --config 读取的文件。\n例：shopsheet workbook --config examples/five-person-shop.json --month 2026-03 --out 工资-2026-03.xlsx",
    "en-US": "--out FILE.xlsx\nThe file to write (it must end in .xlsx); default: shopsheet-YYYY-MM.xlsx in the current folder. Written to a temporary file first and swapped in at once, so an interrupted run leaves the old file as it was; the file --config reads is never overwritten.\ne.g. shopsheet workbook --config examples/five-person-shop.json --month 2026-03 --out payroll-2026-03.xlsx",
  },
  "cli.help.workbook.protect": {
    "zh-CN": "--protect\n保护各月的表和岗位表（无密码），只能修改黄色的录入格；设置、岗位、员工表不保护（受保护的表不能添加表格行）。\n例：shopsheet workbook --month 2026-11 --protect",
    "en-US": "--protect\nProtects the month and role sheets (no password) so only the yellow input cells can be changed; Settings, Roles and Staff stay open (a protected sheet cannot grow its tables).\ne.g. shopsheet workbook --month 2026-11 --protect",
  },
  "cli.help.workbook.actuals": {
    "zh-CN": "--actuals 文件\n把该月已发生的实际销售额、订单数、访客数填进目标表的“实际”列（文件格式同 targets --actuals：生意参谋日报导出表 CSV/.xlsx 或 JSON），其余日子的目标随之重新分配。\n例：shopsheet workbook --config examples/five-person-shop.json --month 2026-03 --actuals examples/five-person-shop.product-daily-2026-03.csv",
    "en-US": "--actuals FILE\nFills the Targets sheet's actual columns (sales, orders, visitors) with the month's actuals so far (the same files as targets --actuals: the Business Advisor daily export as CSV/.xlsx, or JSON); the other days' targets are re-spread.\ne.g. shopsheet workbook --config examples/five-person-shop.json --month 2026-03 --actuals examples/five-person-shop.product-daily-2026-03.csv",
  },
  "cli.help.workbook.examples": {
    "zh-CN": "shopsheet workbook\nshopsheet workbook --config examples/seed-team-full-year.json --month 2026-12 --out 全年-2026.xlsx --protect",
    "en-US": "shopsheet workbook\nshopsheet workbook --config examples/seed-team-full-year.json --month 2026-12 --out year-2026.xlsx --protect",
  },
  "cli.help.read": {
    "zh-CN":
      "读取 ShopSheet 生成、你在 Excel 或 WPS 里编辑过的工作簿：设置、岗位、员工、各月工资表上填写的内容（出勤天数、奖惩、专项附加扣除……）和目标，还原成配置文件，按和 payroll、workbook 相同的规则检查；每个问题都指出工作表、行、列和单元格。不给 --json 或 --out 时只报告读到了什么。",
    "en-US":
      "Reads a workbook ShopSheet wrote and you edited in Excel or WPS — Settings, Roles, Staff, what is typed on each month's payroll sheet (paid days, rewards, deductions …) and the targets — back into a config file, checked by the same rules as payroll and workbook; every problem names its sheet, row, column and cell. Without --json or --out it only reports what it read.",
  },
  "cli.help.read.json": {
    "zh-CN": "--json\n只在标准输出打印还原出的配置（JSON），可以再交给 --config 使用。\n例：shopsheet read 全年-2026.xlsx --json",
    "en-US": "--json\nPrints the config read back (JSON) on stdout and nothing else; it can be given to --config again.\ne.g. shopsheet read year-2026.xlsx --json",
  },
  "cli.help.read.out": {
    "zh-CN": "--out 文件.json\n把还原出的配置写入文件（必须以 .json 结尾）。先写临时文件再一次替换；不会覆盖正在读取的工作簿。\n例：shopsheet read 全年-2026.xlsx --out 配置-2026.json",
    "en-US": "--out FILE.json\nWrites the config read back to a file (it must end in .json), to a temporary file first and swapped in at once; never over the workbook being read.\ne.g. shopsheet read year-2026.xlsx --out config-2026.json",
  },
  "cli.help.read.examples": {
    "zh-CN": "shopsheet read 全年-2026.xlsx\nshopsheet read 全年-2026.xlsx --out 配置-2026.json",
    "en-US": "shopsheet read year-2026.xlsx\nshopsheet read year-2026.xlsx --out config-2026.json",
  },
  "cli.unknownCommand": { "zh-CN": "未知命令“{command}”", "en-US": "unknown command \"{command}\"" },
  "cli.unknownOption": { "zh-CN": "未知选项 {option}", "en-US": "unknown option {option}" },
  "cli.optionValue": { "zh-CN": "{option} 需要一个值", "en-US": "{option} needs a value" },
  "cli.unexpectedArgument": { "zh-CN": "多余的参数“{value}”", "en-US": "unexpected argument \"{value}\"" },
  "cli.flagValue": { "zh-CN": "{option} 是开关，不带值", "en-US": "{option} is a switch and takes no value" },
  "cli.optionTwice": { "zh-CN": "{option} 给了两次：只能给一次", "en-US": "{option} is given twice: give it once" },
  "cli.internalError": {
    "zh-CN": "ShopSheet 内部出错（这是程序的问题，不是你的输入的问题）：{detail}。请把这条信息和所用的命令报告给开发者。",
    "en-US": "ShopSheet hit an internal error (a bug, not a problem with your input): {detail}. Please report this line and the command you ran.",
  },
  "cli.missingOption": { "zh-CN": "缺少 --{name}", "en-US": "--{name} is required" },
  "cli.event": {
    "zh-CN": "“{value}”应写作 YYYY-MM-DD=系数",
    "en-US": "\"{value}\" is not YYYY-MM-DD=FACTOR",
  },
  "cli.eventOutsideMonth": {
    "zh-CN": "活动日 {date} 不在 {month} 内，不起作用",
    "en-US": "the event on {date} is not in {month} and has no effect",
  },
  "cli.cvrWithoutAov": {
    "zh-CN": "--cvr 需要同时给出 --aov（访客数 = 订单数 ÷ 转化率）",
    "en-US": "--cvr needs --aov too (visitors = orders ÷ conversion rate)",
  },
  "cli.lang": { "zh-CN": "“{value}”不是 zh-CN 或 en-US", "en-US": "\"{value}\" is not zh-CN or en-US" },
  "cli.actualOutsideMonth": {
    "zh-CN": "{date} 不在 {month} 内",
    "en-US": "{date} is not in {month}",
  },
  "file.unreadable": { "zh-CN": "无法读取 {file}：{reason}", "en-US": "cannot read {file}: {reason}" },
  "file.notFile": { "zh-CN": "{file} 不是普通文件", "en-US": "{file} is not a regular file" },
  "file.tooLarge": { "zh-CN": "{file} 超过 {max}，不像是配置文件", "en-US": "{file} is larger than {max}: not a config file" },
  "file.utf16": {
    "zh-CN": "{file} 是 UTF-16 编码（记事本的“Unicode”）：请另存为 UTF-8",
    "en-US": "{file} is UTF-16 (Notepad's \"Unicode\"): save it as UTF-8",
  },
  "file.notUtf8": {
    "zh-CN": "{file} 不是 UTF-8 编码（可能是 GBK/ANSI）：请另存为 UTF-8，否则中文会变成乱码",
    "en-US": "{file} is not UTF-8 (GBK/ANSI perhaps): save it as UTF-8, or Chinese text would turn into garbage",
  },
  "fs.notFound": { "zh-CN": "文件或文件夹不存在", "en-US": "no such file or folder" },
  "fs.isFolder": { "zh-CN": "这是一个文件夹", "en-US": "it is a folder" },
  "fs.denied": { "zh-CN": "没有权限", "en-US": "permission denied" },
  "fs.readOnlyDisk": { "zh-CN": "磁盘是只读的", "en-US": "the disk is read-only" },
  "fs.diskFull": { "zh-CN": "磁盘已满", "en-US": "the disk is full" },
  "fs.nameTooLong": { "zh-CN": "文件名太长", "en-US": "the file name is too long" },
  "fs.busy": { "zh-CN": "打开的文件太多，请稍后再试", "en-US": "too many open files; try again" },
  "fs.io": { "zh-CN": "磁盘读写出错", "en-US": "a disk read or write error" },
  "fs.other": { "zh-CN": "系统错误 {errno}", "en-US": "system error {errno}" },
  "out.extension": {
    "zh-CN": "{file} 应以 .xlsx 结尾（Excel 按扩展名打开文件）",
    "en-US": "{file} should end in .xlsx (Excel opens a file by its extension)",
  },
  "out.extensionJson": {
    "zh-CN": "{file} 应以 .json 结尾（配置文件是 JSON 文件）",
    "en-US": "{file} should end in .json (a config file is a JSON file)",
  },
  "out.isFolder": { "zh-CN": "{file} 是一个文件夹：请给出文件名，例如 {file}/工资.xlsx", "en-US": "{file} is a folder: give a file name, e.g. {file}/payroll.xlsx" },
  "out.notFile": { "zh-CN": "{file} 不是普通文件，不能写入", "en-US": "{file} is not a regular file and cannot be written" },
  "out.sameAsInput": {
    "zh-CN": "{file} 就是 {option} 读取的文件：写入会覆盖它，请换一个文件名",
    "en-US": "{file} is the file {option} reads: writing it would destroy it; choose another name",
  },
  "out.readOnly": { "zh-CN": "{file} 是只读文件，未覆盖它", "en-US": "{file} is read-only; it was not overwritten" },
  "out.noFolder": { "zh-CN": "文件夹 {folder} 不存在", "en-US": "the folder {folder} does not exist" },
  "out.folderDenied": { "zh-CN": "没有权限在文件夹 {folder} 中写入", "en-US": "no permission to write in the folder {folder}" },
  "out.writeFailed": {
    "zh-CN": "未能写入 {file}：{reason}。原有文件（如有）保持不变",
    "en-US": "could not write {file}: {reason}. The file there before (if any) is unchanged",
  },
  "json.InvalidSymbol": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：无法识别的字符", "en-US": "{file} is not valid JSON: line {line}, column {column}: an unexpected character" },
  "json.InvalidNumberFormat": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：数字格式不对", "en-US": "{file} is not valid JSON: line {line}, column {column}: a malformed number" },
  "json.PropertyNameExpected": {
    "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：这里应是带双引号的字段名（最后一项后面不能有逗号）",
    "en-US": "{file} is not valid JSON: line {line}, column {column}: a field name in double quotes is expected (no comma after the last item)",
  },
  "json.ValueExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：这里缺少一个值", "en-US": "{file} is not valid JSON: line {line}, column {column}: a value is expected" },
  "json.ColonExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：字段名后应有冒号 :", "en-US": "{file} is not valid JSON: line {line}, column {column}: a colon : is expected after the field name" },
  "json.CommaExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：缺少逗号 ,", "en-US": "{file} is not valid JSON: line {line}, column {column}: a comma , is expected" },
  "json.CloseBraceExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：缺少 }", "en-US": "{file} is not valid JSON: line {line}, column {column}: a closing } is expected" },
  "json.CloseBracketExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：缺少 ]", "en-US": "{file} is not valid JSON: line {line}, column {column}: a closing ] is expected" },
  "json.EndOfFileExpected": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：内容已结束，后面还有多余的字符", "en-US": "{file} is not valid JSON: line {line}, column {column}: extra text after the end" },
  "json.InvalidCommentToken": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：JSON 不允许注释", "en-US": "{file} is not valid JSON: line {line}, column {column}: JSON allows no comments" },
  "json.UnexpectedEndOfComment": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：注释没有结束", "en-US": "{file} is not valid JSON: line {line}, column {column}: an unfinished comment" },
  "json.UnexpectedEndOfString": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：文字缺少结尾的双引号", "en-US": "{file} is not valid JSON: line {line}, column {column}: a text lacks its closing double quote" },
  "json.UnexpectedEndOfNumber": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：数字不完整", "en-US": "{file} is not valid JSON: line {line}, column {column}: an unfinished number" },
  "json.InvalidUnicode": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：\\u 转义不正确", "en-US": "{file} is not valid JSON: line {line}, column {column}: a malformed \\u escape" },
  "json.InvalidEscapeCharacter": { "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：反斜杠转义不正确", "en-US": "{file} is not valid JSON: line {line}, column {column}: a malformed backslash escape" },
  "json.InvalidCharacter": {
    "zh-CN": "{file} 不是有效的 JSON：第 {line} 行第 {column} 列：文字中有控制字符（如制表符），请写作 \\t 等转义",
    "en-US": "{file} is not valid JSON: line {line}, column {column}: a control character (a tab, say) inside a text; write it as \\t",
  },
  "cli.wrote": { "zh-CN": "已写入 {path}", "en-US": "Wrote {path}" },
  "cli.workbookSummary": {
    "zh-CN": "{sheets} 个工作表；本月工资 {people} 人；工资表 {months} 个月（累计预扣链）",
    "en-US": "{sheets} sheets; {people} people on this month's payroll; {months} payroll months (the year-to-date chain)",
  },
  "cli.example": {
    "zh-CN": "（未给 --config：使用内置示例团队，姓名和金额均为示例）",
    "en-US": "(no --config: the built-in example team; names and figures are examples)",
  },
  "cli.errors": { "zh-CN": "输入有误，未做任何计算：", "en-US": "The input has problems; nothing was computed:" },
  // With the language's own colon: "提示:" was an English colon in Chinese text.
  "cli.warnings": { "zh-CN": "提示：", "en-US": "Warnings:" },
  "label.date": { "zh-CN": "日期", "en-US": "Date" },
  "label.weekday": { "zh-CN": "星期", "en-US": "Weekday" },
  "label.week": { "zh-CN": "周", "en-US": "Week" },
  "label.weight": { "zh-CN": "权重", "en-US": "Weight" },
  "label.target": { "zh-CN": "目标", "en-US": "Target" },
  "label.orders": { "zh-CN": "订单数", "en-US": "Orders" },
  "label.visitors": { "zh-CN": "访客数", "en-US": "Visitors" },
  "label.actual": { "zh-CN": "实际", "en-US": "Actual" },
  "label.revisedTarget": { "zh-CN": "调整后目标", "en-US": "Revised target" },
  "label.start": { "zh-CN": "开始", "en-US": "Start" },
  "label.end": { "zh-CN": "结束", "en-US": "End" },
  "label.month": { "zh-CN": "月份", "en-US": "Month" },
  "label.total": { "zh-CN": "合计", "en-US": "Total" },
  "label.note": { "zh-CN": "备注", "en-US": "Note" },
  "label.grossMargin": { "zh-CN": "毛利", "en-US": "Gross margin" },
  "label.poolRate": { "zh-CN": "提成池比例", "en-US": "Pool rate" },
  "label.pool": { "zh-CN": "利润分成池", "en-US": "Profit pool" },
  "label.allocatedShare": { "zh-CN": "已分配比例", "en-US": "Allocated share" },
  "label.allocated": { "zh-CN": "已分配", "en-US": "Allocated" },
  "label.unallocated": { "zh-CN": "未分配", "en-US": "Unallocated" },
  "cli.usage.slips": {
    "zh-CN": "shopsheet slips --config 文件.json --month YYYY-MM --out-dir 文件夹 [--lang zh-CN|en-US]",
    "en-US": "shopsheet slips --config FILE.json --month YYYY-MM --out-dir FOLDER [--lang zh-CN|en-US]",
  },
  "cli.help.slips": {
    "zh-CN":
      "为当月工资表上的每个人写一个单独的 .xlsx 工资条（单位、月份、发薪日、各应发项目和扣款项目、专项附加扣除、应发合计、扣款合计、实发、签收栏），便于私下发给本人。文件名为“编号_姓名_月份.xlsx”：中文保留，/ \\ : * ? \" < > | 等文件名不允许的字符换成 _。每个文件先写临时文件再一次替换；文件夹不存在时会新建。",
    "en-US":
      "Writes one .xlsx slip for each person on the month's payroll (company, month, pay date, every item of pay and every deduction, special additional deduction, gross, total deductions, net, a box to sign), to hand out privately. Each file is named ID_name_month.xlsx: Chinese is kept, characters a file name cannot hold (/ \\ : * ? \" < > |) become _. Each file is written to a temporary file first and swapped in at once; the folder is made when missing.",
  },
  "cli.help.slips.config": {
    "zh-CN": "--config 文件.json\n团队配置（必填）。\n例：shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir 工资条-2026-03",
    "en-US": "--config FILE.json\nThe team (required).\ne.g. shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir slips-2026-03",
  },
  "cli.help.slips.month": {
    "zh-CN": "--month YYYY-MM\n哪个月的工资条（必填）。\n例：shopsheet slips --config examples/five-person-shop.json --month 2026-02 --out-dir 工资条-2026-02",
    "en-US": "--month YYYY-MM\nThe month of the slips (required).\ne.g. shopsheet slips --config examples/five-person-shop.json --month 2026-02 --out-dir slips-2026-02",
  },
  "cli.help.slips.out-dir": {
    "zh-CN": "--out-dir 文件夹\n写到哪个文件夹（必填；不存在则新建）。同名文件会被替换。\n例：shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir 工资条/2026-03",
    "en-US": "--out-dir FOLDER\nThe folder to write into (required; made when missing). A file of the same name is replaced.\ne.g. shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir slips/2026-03",
  },
  "cli.help.slips.lang": {
    "zh-CN": "--lang zh-CN|en-US\n工资条和提示信息的语言，默认中文。\n例：shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir 工资条-2026-03 --lang zh-CN",
    "en-US": "--lang zh-CN|en-US\nThe language of the slips and of messages; default Chinese.\ne.g. shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir slips-2026-03 --lang en-US",
  },
  "cli.help.slips.examples": {
    "zh-CN": "shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir 工资条-2026-03",
    "en-US": "shopsheet slips --config examples/five-person-shop.json --month 2026-03 --out-dir slips-2026-03",
  },
  "cli.slips.wrote": {
    "zh-CN": "已在 {dir} 写入 {month} 的 {count} 张工资条：",
    "en-US": "Wrote {count} slips of {month} in {dir}:",
  },
  "cli.slips.notFolder": {
    "zh-CN": "{folder} 已存在，但不是文件夹：请给出一个文件夹",
    "en-US": "{folder} exists and is not a folder: give a folder",
  },
} satisfies MessageTable;
