import type { MessageTable } from "./table";

/**
 * Data in and out: importing the 生意参谋 exports (src/workbook/imports, src/xlsx/readGrid.ts), the
 * tax-filing and bank-payment exports (src/workbook/exports); the checks of the personal data they
 * need are in ./personal.ts. A message never shows a whole ID or account number: {masked} is the masked form.
 */
export const importMessages = {
  // ---------------------------------------------------------------- files
  "import.emptyFile": { "zh-CN": "{file} 是空文件", "en-US": "{file} is empty" },
  "import.xlsBinary": {
    "zh-CN": "{file} 是旧版 Excel 97-2003 文件（.xls），无法直接读取。请用 Excel 或 WPS 打开它，“另存为” Excel 工作簿（.xlsx）后再导入。",
    "en-US": "{file} is an old Excel 97-2003 file (.xls), which cannot be read. Open it in Excel or WPS, use Save As → Excel Workbook (.xlsx), and import that file.",
  },
  "import.notJson": {
    "zh-CN": "{file} 看起来是 JSON，但格式有误，无法读取（{detail}）。请检查括号、逗号和引号，或改用 CSV / .xlsx 文件。",
    "en-US": "{file} looks like JSON but cannot be read ({detail}). Check its brackets, commas and quotes, or use a CSV or .xlsx file instead.",
  },
  "import.xlsMarkup": {
    "zh-CN": "{file} 其实是网页或 XML 格式，只是扩展名像表格。请用 Excel 或 WPS 打开它，“另存为” Excel 工作簿（.xlsx）后再导入。",
    "en-US": "{file} is a web page or XML file under a spreadsheet's name. Open it in Excel or WPS, use Save As → Excel Workbook (.xlsx), and import that file.",
  },
  "import.unreadableXlsx": {
    "zh-CN": "{file} 不是可读取的 .xlsx 文件（可能已损坏或加了密码）",
    "en-US": "{file} is not a readable .xlsx file (damaged, or protected by a password)",
  },
  "import.encoding": {
    "zh-CN": "无法识别文件的文字编码（应为 UTF-8 或 GBK/GB18030）。请用 Excel 另存为“CSV UTF-8”或 .xlsx 后再导入。",
    "en-US": "The file's text encoding is not UTF-8 or GBK/GB18030. Save it from Excel as \"CSV UTF-8\" or .xlsx and import that.",
  },
  "import.csvMalformed": {
    "zh-CN": "CSV 文件第 {line} 行附近格式有误（引号不成对？）",
    "en-US": "The CSV file is malformed near line {line} (an unmatched quote?)",
  },
  "import.agentsNotJson": {
    "zh-CN": "客服绩效只能从导出的表格（CSV 或 .xlsx）导入",
    "en-US": "Customer-service figures are imported from the exported sheet (CSV or .xlsx), not JSON",
  },
  // ---------------------------------------------------------------- header and rows
  "import.headerNotFound": {
    "zh-CN": "没有找到表头行：需要含有列 {expected} 的一行。请确认导入的是正确的导出表。",
    "en-US": "No header row found: a row with the columns {expected} is needed. Check that this is the right export.",
  },
  "import.headerIncomplete": {
    "zh-CN": "第 {row} 行像是表头，但缺少列 {missing}",
    "en-US": "Row {row} looks like the header but lacks these columns: {missing}",
  },
  "import.duplicateColumn": {
    "zh-CN": "表头第 {row} 行有多个“{column}”列（{cells}），无法确定用哪一列",
    "en-US": "The header (row {row}) has \"{column}\" more than once ({cells}); which one to use is unclear",
  },
  "import.missingDate": { "zh-CN": "第 {row} 行“{column}”为空", "en-US": "row {row}: \"{column}\" is empty" },
  "import.notDate": {
    "zh-CN": "第 {row} 行“{column}”：“{value}”不是日期（如 2026-11-01、2026/11/1 或 20261101）",
    "en-US": "row {row}, \"{column}\": \"{value}\" is not a date (such as 2026-11-01, 2026/11/1 or 20261101)",
  },
  "import.notAmount": {
    "zh-CN": "第 {row} 行“{column}”：“{value}”不是不小于 0 的金额（如 12,186.70）",
    "en-US": "row {row}, \"{column}\": \"{value}\" is not an amount of at least 0 (such as 12,186.70)",
  },
  "import.notCount": {
    "zh-CN": "第 {row} 行“{column}”：“{value}”不是不小于 0 的整数（如 6,069）",
    "en-US": "row {row}, \"{column}\": \"{value}\" is not a whole number of at least 0 (such as 6,069)",
  },
  "import.duplicateRow": {
    "zh-CN": "第 {row} 行与第 {first} 行是同一商品同一天（{date}）：是否重复粘贴了？",
    "en-US": "row {row} is the same product on the same day ({date}) as row {first}: pasted twice?",
  },
  "import.missingAgent": {
    "zh-CN": "第 {row} 行有数据但“{column}”为空",
    "en-US": "row {row} has figures but no \"{column}\"",
  },
  "import.duplicateAgent": {
    "zh-CN": "第 {row} 行的客服“{agent}”与第 {first} 行重复",
    "en-US": "row {row}: the agent \"{agent}\" already appears on row {first}",
  },
  "import.agentUnmatched": {
    "zh-CN": "客服“{agent}”在员工表里找不到：请在该员工的“旺旺昵称”一栏填写这个账号",
    "en-US": "the agent \"{agent}\" is nobody on Staff: put this account in the person's “Wangwang nickname”",
  },
  "import.agentAmbiguous": {
    "zh-CN": "客服“{agent}”对应员工表里的多个人（{ids}）：请在其中一人的“旺旺昵称”一栏填写完整账号",
    "en-US": "the agent \"{agent}\" fits several people on Staff ({ids}): put the whole account in one person's “Wangwang nickname”",
  },
  "import.noRows": { "zh-CN": "表头下面没有数据行", "en-US": "There are no data rows below the header" },
  "import.noRowsInMonth": { "zh-CN": "没有 {month} 的数据行", "en-US": "No rows for {month}" },
  "import.dateOutsideMonth": { "zh-CN": "{date} 不在 {month} 内", "en-US": "{date} is not in {month}" },
  "import.summarySkipped": {
    "zh-CN": "已跳过 {count} 个汇总行（总计、平均值等）",
    "en-US": "Summary rows (total, average …) skipped: {count}",
  },
  "import.outsideMonth": {
    "zh-CN": "已跳过 {count} 行不属于 {month} 的数据",
    "en-US": "Rows outside {month} skipped: {count}",
  },
  "import.visitorsSummed": {
    "zh-CN": "访客数是各商品访客数之和：同一位访客看了两个商品会计两次，所以它高于全店去重访客数，算出的转化率偏低。",
    "en-US": "Visitors are the sum of each product's visitors: a shopper who viewed two products counts twice, so this is above the shop's distinct visitors and the conversion computed from it is low.",
  },
  // ---------------------------------------------------------------- exports
  "export.duplicateIdNumber": {
    "zh-CN": "证件号码与 {other} 相同：同一个人不能申报两次",
    "en-US": "the same ID number as {other}: one person cannot be declared twice",
  },
  "export.formulaLike": {
    "zh-CN": "“{value}”以 = + - @ 开头，表格软件会把它当作公式；请改正",
    "en-US": "\"{value}\" starts with = + - or @, which a spreadsheet takes for a formula; correct it",
  },
  "export.zeroPayLeftOut": {
    "zh-CN": "{name} 本月实发为 0，未列入代发清单",
    "en-US": "{name}'s net pay this month is 0, so they are not on the payment list",
  },
  "export.bank.missing.account": {
    "zh-CN": "{name} 没有银行账号，未列入代发（本月实发 {netPay}）：请在员工表填写“银行账号”",
    "en-US": "{name} has no bank account, so they are not on the payment list (net pay {netPay}): fill in “Bank account” on Staff",
  },
  "export.bank.missing.bank": {
    "zh-CN": "{name} 没有开户银行，未列入代发（本月实发 {netPay}）：请在员工表填写“开户银行”",
    "en-US": "{name} has no bank, so they are not on the payment list (net pay {netPay}): fill in “Bank” on Staff",
  },
  "export.bank.missing.bankAndAccount": {
    "zh-CN": "{name} 没有开户银行和银行账号，未列入代发（本月实发 {netPay}）：请在员工表填写",
    "en-US": "{name} has no bank and no bank account, so they are not on the payment list (net pay {netPay}): fill them in on Staff",
  },
  "export.bank.missingHeading": {
    "zh-CN": "以下人员缺少开户银行或银行账号，未列入代发，也不计入合计：",
    "en-US": "Not on this list (no bank or account), and not in the total:",
  },
  "export.nobody": { "zh-CN": "{month} 没有在职人员，没有可以导出的内容", "en-US": "Nobody is employed in {month}: there is nothing to export" },
  "export.tax.deductionNote": {
    "zh-CN": "ShopSheet 截至 {month} 累计扣除专项附加扣除 {amount} 元（分项请以客户端下载的为准）",
    "en-US": "ShopSheet deducted {amount} of special additional deductions up to {month} (the client's downloaded categories prevail)",
  },
  // The wording 国家税务总局公告2020年第19号 asks the withholding agent to put in the return's 备注 column.
  "export.tax.under60kNote": {
    "zh-CN": "上年各月均有申报且全年收入不超过6万元",
    "en-US": "上年各月均有申报且全年收入不超过6万元 (declared here every month last year, income at most 60,000: STA 2020 No. 19)",
  },
  "export.tax.openingNotByCategory": {
    "zh-CN": "期初余额中的专项附加扣除 {amount} 元未分类别，累计分项未填写，请以客户端下载的为准",
    "en-US": "the opening balance's special additional deductions of {amount} are not by category, so the 累计 category columns are left blank: the client's downloaded figures prevail",
  },
  "export.tax.noteSeparator": { "zh-CN": "；", "en-US": "; " },
  "export.bank.sheet": { "zh-CN": "代发工资 {month}", "en-US": "Bank payments {month}" },
  "export.bank.name": { "zh-CN": "姓名", "en-US": "Name" },
  "export.bank.bank": { "zh-CN": "开户银行", "en-US": "Bank" },
  "export.bank.account": { "zh-CN": "银行账号", "en-US": "Account" },
  "export.bank.netPay": { "zh-CN": "实发工资", "en-US": "Net pay" },
  "export.bank.total": { "zh-CN": "合计", "en-US": "Total" },
  // ---------------------------------------------------------------- the add-in (src/office/commands/importActuals.ts, exports.ts)
  "office.import.ownSheet": {
    "zh-CN": "当前工作表“{sheet}”是 ShopSheet 自己的表。请先打开或粘贴生意参谋导出的商品日报，选中那张表，再点“导入实际销售”。",
    "en-US": "The active sheet “{sheet}” is one of ShopSheet's. Open or paste the Business Advisor product daily export, select that sheet, then press Import actuals.",
  },
  "office.import.typedDiffers": {
    "zh-CN": "{date} 已经录入了 {was}，导出表是 {now}：没有覆盖",
    "en-US": "{date} already holds {was}, the export says {now}: not overwritten",
  },
  "office.import.replaced": {
    "zh-CN": "{date} 原来录入的 {was} 已换成导出表的 {now}",
    "en-US": "{date}: the {was} typed there was replaced by the export's {now}",
  },
  "office.import.replaceHint": {
    "zh-CN": "什么都没有写入。要用导出表的数字覆盖这些已录入的数，请勾选“覆盖我的修改”后再导入。",
    "en-US": "Nothing was written. To replace what was typed with the export's figures, tick “Replace my edits” and import again.",
  },
  "office.done.import": {
    "zh-CN": "已从“{sheet}”导入 {month} 的 {days} 天：销售额 {sales}，订单 {orders}，访客 {visitors}；剩余目标已重新分配",
    "en-US": "Imported {month} from “{sheet}”, days: {days}; sales {sales}, orders {orders}, visitors {visitors}; what is left of the target is re-spread",
  },
  "office.export.needs18": {
    "zh-CN": "这个 Excel 版本不能新建工作簿（需要 Excel 2019、Microsoft 365 或网页版 Excel）。可以用命令行 shopsheet export 生成同样的文件。",
    "en-US": "This Excel cannot open a new workbook (it needs Excel 2019, Microsoft 365 or Excel on the web). The command line's shopsheet export writes the same file.",
  },
  "office.export.openFailed": {
    "zh-CN": "Excel 没能新建工作簿：{detail}",
    "en-US": "Excel could not open the new workbook: {detail}",
  },
  // ---------------------------------------------------------------- help of export and import (src/cli/help.ts)
  "cli.usage.export": {
    "zh-CN": "用法：\n  shopsheet export tax --config 文件.json --month YYYY-MM --out 文件.xlsx [--template current|2023]\n  shopsheet export bank --config 文件.json --month YYYY-MM --out 文件.csv|文件.xlsx\n说明：shopsheet export tax --help、shopsheet export bank --help",
    "en-US": "Usage:\n  shopsheet export tax --config FILE.json --month YYYY-MM --out FILE.xlsx [--template current|2023]\n  shopsheet export bank --config FILE.json --month YYYY-MM --out FILE.csv|FILE.xlsx\nHelp: shopsheet export tax --help, shopsheet export bank --help",
  },
  "cli.usage.import": {
    "zh-CN": "用法：\n  shopsheet import service 文件 --month YYYY-MM [--config 文件.json] [--json]\n说明：shopsheet import service --help",
    "en-US": "Usage:\n  shopsheet import service FILE --month YYYY-MM [--config FILE.json] [--json]\nHelp: shopsheet import service --help",
  },
  "cli.usage.exportTax": {
    "zh-CN": "shopsheet export tax --config 文件.json --month YYYY-MM --out 文件.xlsx [--template current|2023] [--lang zh-CN|en-US]",
    "en-US": "shopsheet export tax --config FILE.json --month YYYY-MM --out FILE.xlsx [--template current|2023] [--lang zh-CN|en-US]",
  },
  "cli.help.exportTax": {
    "zh-CN":
      "写出自然人电子税务局（扣缴端）“综合所得申报 → 正常工资薪金所得”可导入的 .xlsx：工作表“正常工资薪金收入”，一行表头，每位当月在职人员一行，列名与客户端模板逐字相同。本期收入 = 当月应发合计；基本养老、基本医疗、失业保险费和住房公积金 = 个人缴纳部分；工号、证件类型、证件号码取自员工表。员工表缺少或写错证件号码（校验位不对）时不写文件，并指出是哪一行。ShopSheet 目前没有单独计税的年终奖，所以不写“全年一次性奖金收入”表。导入前请先在客户端下载模板核对表头。",
    "en-US":
      "Writes the .xlsx the Natural Person e-Tax client (扣缴端) imports under 综合所得申报 → 正常工资薪金所得: the sheet 正常工资薪金收入, one header row, one row per person employed in the month, the column names exactly the client's. 本期收入 = the month's gross; pension, medical, unemployment insurance and housing fund = the employee's part; 工号, 证件类型 and 证件号码 from Staff. A missing or wrong ID number (a bad check digit) writes nothing and names the row. ShopSheet has no separately taxed year-end bonus yet, so there is no 全年一次性奖金收入 sheet. Compare the header row with the template the client downloads before importing.",
  },
  "cli.help.exportTax.config": {
    "zh-CN": "--config 文件.json\n团队配置（必填：需要员工的证件号码）。\n例：shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out 个税-2026-03.xlsx",
    "en-US": "--config FILE.json\nThe team (required: the staff's ID numbers come from it).\ne.g. shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out tax-2026-03.xlsx",
  },
  "cli.help.exportTax.month": {
    "zh-CN": "--month YYYY-MM\n申报的月份（必填），即发放工资的所属月份。\n例：shopsheet export tax --config examples/five-person-shop.json --month 2026-02 --out 个税-2026-02.xlsx",
    "en-US": "--month YYYY-MM\nThe month filed (required): the month the pay is for.\ne.g. shopsheet export tax --config examples/five-person-shop.json --month 2026-02 --out tax-2026-02.xlsx",
  },
  "cli.help.exportTax.out": {
    "zh-CN": "--out 文件.xlsx\n写到哪个文件（必填，以 .xlsx 结尾）。先写临时文件再一次替换；不会覆盖 --config 读取的文件。\n例：shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out 个税导入-2026-03.xlsx",
    "en-US": "--out FILE.xlsx\nThe file to write (required, ending in .xlsx), to a temporary file first and swapped in at once; never over the file --config reads.\ne.g. shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out tax-import-2026-03.xlsx",
  },
  "cli.help.exportTax.template": {
    "zh-CN": "--template current|2023\n客户端模板的版本：current（默认，29 列，含公务交通费用、通讯费用等）或 2023（24 列）。以客户端下载的模板为准。\n例：shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out 个税-2026-03.xlsx --template 2023",
    "en-US": "--template current|2023\nThe client template's version: current (default, 29 columns, with official transport, communication fees …) or 2023 (24 columns). The template your client downloads decides.\ne.g. shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out tax-2026-03.xlsx --template 2023",
  },
  "cli.help.exportTax.lang": {
    "zh-CN": "--lang zh-CN|en-US\n提示信息的语言，以及“备注”一栏的语言（表头总是客户端的中文列名）。默认中文。\n例：shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out 个税-2026-03.xlsx --lang zh-CN",
    "en-US": "--lang zh-CN|en-US\nThe language of messages and of the note column; the headers are always the client's Chinese names. Default: Chinese.\ne.g. shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out tax-2026-03.xlsx --lang en-US",
  },
  "cli.help.exportTax.examples": {
    "zh-CN": "shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out 个税-2026-03.xlsx",
    "en-US": "shopsheet export tax --config examples/five-person-shop.json --month 2026-03 --out tax-2026-03.xlsx",
  },
  "cli.usage.exportBank": {
    "zh-CN": "shopsheet export bank --config 文件.json --month YYYY-MM --out 文件.csv|文件.xlsx [--lang zh-CN|en-US]",
    "en-US": "shopsheet export bank --config FILE.json --month YYYY-MM --out FILE.csv|FILE.xlsx [--lang zh-CN|en-US]",
  },
  "cli.help.exportBank": {
    "zh-CN":
      "写出当月的银行代发清单：姓名、开户银行、银行账号、实发工资，最后一行是合计。CSV 是带 BOM 的 UTF-8，Excel 和 WPS 打开中文不乱码；.xlsx 里账号是文本（不会变成 6.22E+18），合计是公式。员工表缺少银行账号或开户银行的人不列入清单也不计入合计，写在合计下面并给出提示。各银行的批量代发模板不同，请把清单复制到贵单位银行的模板里。",
    "en-US":
      "Writes the month's bank payment list: name, bank, account, net pay, and the total last. The CSV is UTF-8 with a byte-order mark, so Excel and WPS show the Chinese; in the .xlsx the accounts are text (never 6.22E+18) and the total a formula. Anyone without a bank account or bank on Staff is not on the list nor in the total: they are listed below it, with a warning. Each bank has its own batch-payment template: copy the list into yours.",
  },
  "cli.help.exportBank.config": {
    "zh-CN": "--config 文件.json\n团队配置（必填：开户银行和账号来自员工表）。\n例：shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out 代发-2026-03.csv",
    "en-US": "--config FILE.json\nThe team (required: banks and accounts come from the staff list).\ne.g. shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out bank-2026-03.csv",
  },
  "cli.help.exportBank.month": {
    "zh-CN": "--month YYYY-MM\n发放哪个月的工资（必填）。\n例：shopsheet export bank --config examples/five-person-shop.json --month 2026-02 --out 代发-2026-02.xlsx",
    "en-US": "--month YYYY-MM\nThe month whose pay is paid (required).\ne.g. shopsheet export bank --config examples/five-person-shop.json --month 2026-02 --out bank-2026-02.xlsx",
  },
  "cli.help.exportBank.out": {
    "zh-CN": "--out 文件.csv|文件.xlsx\n写到哪个文件（必填）：以 .csv 结尾写 CSV，以 .xlsx 结尾写工作簿。先写临时文件再一次替换。\n例：shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out 代发-2026-03.xlsx",
    "en-US": "--out FILE.csv|FILE.xlsx\nThe file to write (required): a name ending in .csv gives CSV, one ending in .xlsx a workbook. Written to a temporary file first and swapped in at once.\ne.g. shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out bank-2026-03.xlsx",
  },
  "cli.help.exportBank.lang": {
    "zh-CN": "--lang zh-CN|en-US\n清单表头和提示信息的语言，默认中文。\n例：shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out 代发-2026-03.csv --lang zh-CN",
    "en-US": "--lang zh-CN|en-US\nThe language of the list's headers and of messages; default Chinese.\ne.g. shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out bank-2026-03.csv --lang en-US",
  },
  "cli.help.exportBank.examples": {
    "zh-CN": "shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out 代发-2026-03.csv",
    "en-US": "shopsheet export bank --config examples/five-person-shop.json --month 2026-03 --out bank-2026-03.csv",
  },
  "cli.usage.importService": {
    "zh-CN": "shopsheet import service 文件 --month YYYY-MM [--config 文件.json] [--json] [--lang zh-CN|en-US]",
    "en-US": "shopsheet import service FILE --month YYYY-MM [--config FILE.json] [--json] [--lang zh-CN|en-US]",
  },
  "cli.help.importService": {
    "zh-CN":
      "读取千牛/生意参谋的客服绩效导出表（CSV 或 .xlsx；按列名找表头，跳过汇总值、平均值等汇总行），列出每位客服当月的询单人数、最终付款人数、询单转化率和最终付款金额。给了 --config 就按员工表的“旺旺昵称”（或姓名、编号，子账号“店铺名:小王”取冒号后的部分）对应到员工；找不到的会提示。只是列出来，不写入任何文件：按贵店规定给客服的奖励，请填在当月工资表的“奖励”里。",
    "en-US":
      "Reads the customer-service performance export (CSV or .xlsx; the header found by name, the summary rows such as 汇总值 and 平均值 skipped) and lists each agent's month: inquiries, paying buyers, conversion and the sales they ended in. With --config each agent is matched to a person by Staff's Wangwang nickname (or name or ID; of a sub-account \"shop:name\" the part after the colon); anyone not found is said. It only lists them and writes nothing: a reward your shop gives for them goes in the month's Reward on the payroll sheet.",
  },
  "cli.help.importService.month": {
    "zh-CN": "--month YYYY-MM\n哪个月的数据（必填）。导出表有日期列时只取这个月的行。\n例：shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03",
    "en-US": "--month YYYY-MM\nThe month (required). When the export has a date column, only that month's rows are taken.\ne.g. shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03",
  },
  "cli.help.importService.config": {
    "zh-CN": "--config 文件.json\n团队配置：用员工表的旺旺昵称、姓名或编号对应每位客服。\n例：shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --config examples/five-person-shop.json",
    "en-US": "--config FILE.json\nThe team: each agent is matched to a person by Wangwang nickname, name or ID.\ne.g. shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --config examples/five-person-shop.json",
  },
  "cli.help.importService.json": {
    "zh-CN": "--json\n只输出一个 JSON 文档（agents、totalSales、warnings；金额为两位小数的字符串）。\n例：shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --json",
    "en-US": "--json\nPrints exactly one JSON document (agents, totalSales, warnings; money as strings with two decimals).\ne.g. shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --json",
  },
  "cli.help.importService.examples": {
    "zh-CN": "shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --config examples/five-person-shop.json",
    "en-US": "shopsheet import service examples/five-person-shop.service-2026-03.csv --month 2026-03 --config examples/five-person-shop.json",
  },
  // ---------------------------------------------------------------- the command line (src/cli)
  "label.actualOrders": { "zh-CN": "实际订单数", "en-US": "Actual orders" },
  "label.actualVisitors": { "zh-CN": "实际访客数", "en-US": "Actual visitors" },
  "cli.import.serviceTitle": { "zh-CN": "{month} 客服询单成交", "en-US": "Customer service, {month}: inquiries that ended in a sale" },
  "cli.import.col.agent": { "zh-CN": "旺旺昵称", "en-US": "Wangwang account" },
  "cli.import.col.staff": { "zh-CN": "员工", "en-US": "Staff" },
  "cli.import.col.inquiries": { "zh-CN": "询单人数", "en-US": "Inquiries" },
  "cli.import.col.paidBuyers": { "zh-CN": "最终付款人数", "en-US": "Paying buyers" },
  "cli.import.col.conversion": { "zh-CN": "询单转化率", "en-US": "Conversion" },
  "cli.import.col.sales": { "zh-CN": "最终付款金额", "en-US": "Sales" },
  "cli.import.missingFile": { "zh-CN": "缺少要导入的文件（客服绩效导出表，CSV 或 .xlsx）", "en-US": "give the file to import (the customer-service export, CSV or .xlsx)" },
  "cli.import.kind": { "zh-CN": "不认识的导入类型“{kind}”：目前只有 service（客服绩效）", "en-US": "unknown import \"{kind}\": there is service (customer-service performance)" },
  "cli.export.kind": { "zh-CN": "不认识的导出类型“{kind}”：可以是 tax（报税）或 bank（银行代发）", "en-US": "unknown export \"{kind}\": it is tax (for the e-filing client) or bank (the payment list)" },
  "cli.export.template": {
    "zh-CN": "“{value}”不是已知的报税模板版本（可选：{known}）",
    "en-US": "\"{value}\" is not a known template version ({known})",
  },
  "cli.export.taxWrote": {
    "zh-CN": "已写入 {path}：{month}，{people} 人，工作表 {sheets}。在扣缴客户端导入前，请先核对表头与客户端下载的模板一致。",
    "en-US": "Wrote {path}: {month}, people: {people}, sheets: {sheets}. Before importing it into the e-filing client, check its header row against the template the client downloads.",
  },
  "cli.export.bankWrote": {
    "zh-CN": "已写入 {path}：{month}，{people} 人，合计 {total}。各银行的代发模板不同，请把这些数据复制到贵单位银行的模板里。",
    "en-US": "Wrote {path}: {month}, {people} people, {total} in all. Each bank has its own batch-payment template: copy these into your bank's.",
  },
  "out.extensionBank": {
    "zh-CN": "{file} 应以 .csv 或 .xlsx 结尾",
    "en-US": "{file} should end in .csv or .xlsx",
  },
  "cli.read.masked": {
    "zh-CN": "证件号码和银行账号在屏幕上只显示首尾几位；要写出完整号码，请用 --out 文件.json",
    "en-US": "ID and bank account numbers are masked on the screen; use --out FILE.json to write them whole",
  },
  "cli.workbook.actuals": {
    "zh-CN": "目标表已填入 {month} 的 {days} 天实际数据（销售额合计 {total}）",
    "en-US": "The Targets sheet holds actuals for {month}, days: {days} (sales {total} in all)",
  },
  "cli.targets.ofPlanned": { "zh-CN": "{percent}（{actual} / {planned}）", "en-US": "{percent} ({actual} of {planned})" },
  "cli.targets.attainment": {
    "zh-CN": "目前完成率：销售额 {sales}；订单数 {orders}；访客数 {visitors}",
    "en-US": "Done so far: sales {sales}; orders {orders}; visitors {visitors}",
  },
} satisfies MessageTable;
