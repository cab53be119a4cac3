import type { MessageTable } from "./table";

/**
 * Data in and out: importing the 生意参谋 exports (src/workbook/imports, src/xlsx/readGrid.ts), the
 * tax-filing and bank-payment exports (src/workbook/exports) and the personal data they need
 * (src/core/personal). A message never shows a whole ID or account number: {masked} is the masked form.
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
    "en-US": "Row {row} looks like the header but lacks the column(s) {missing}",
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
  "import.noRows": { "zh-CN": "表头下面没有数据行", "en-US": "There are no data rows below the header" },
  "import.noRowsInMonth": { "zh-CN": "没有 {month} 的数据行", "en-US": "No rows for {month}" },
  "import.dateOutsideMonth": { "zh-CN": "{date} 不在 {month} 内", "en-US": "{date} is not in {month}" },
  "import.summarySkipped": {
    "zh-CN": "已跳过 {count} 个汇总行（总计、平均值等）",
    "en-US": "{count} summary row(s) (total, average …) were skipped",
  },
  "import.outsideMonth": {
    "zh-CN": "已跳过 {count} 行不属于 {month} 的数据",
    "en-US": "{count} row(s) outside {month} were skipped",
  },
  "import.visitorsSummed": {
    "zh-CN": "访客数是各商品访客数之和：同一位访客看了两个商品会计两次，所以它高于全店去重访客数，算出的转化率偏低。",
    "en-US": "Visitors are the sum of each product's visitors: a shopper who viewed two products counts twice, so this is above the shop's distinct visitors and the conversion computed from it is low.",
  },
  // ---------------------------------------------------------------- personal data
  "idNumber.empty": { "zh-CN": "缺少证件号码", "en-US": "the ID number is missing" },
  "idNumber.fifteenDigits": {
    "zh-CN": "{masked} 是 15 位的第一代身份证号码，已停止使用；请填写第二代身份证上的 18 位号码",
    "en-US": "{masked} is a 15-digit first-generation ID number, no longer valid; enter the 18-character number on the second-generation card",
  },
  "idNumber.length": {
    "zh-CN": "身份证号码 {masked} 有 {length} 位，应为 18 位",
    "en-US": "the ID number {masked} has {length} characters; it needs 18",
  },
  "idNumber.characters": {
    "zh-CN": "证件号码 {masked} 含有不允许的字符（身份证号码为 17 位数字加一位数字或 X）",
    "en-US": "the ID number {masked} has characters that are not allowed (17 digits, then a digit or X)",
  },
  "idNumber.region": {
    "zh-CN": "身份证号码 {masked} 的前两位不是省级行政区代码",
    "en-US": "the first two digits of the ID number {masked} are not a province code",
  },
  "idNumber.birthDate": {
    "zh-CN": "身份证号码 {masked} 中的出生日期无效",
    "en-US": "the birth date inside the ID number {masked} is not a valid date",
  },
  "idNumber.checkDigit": {
    "zh-CN": "身份证号码 {masked} 的校验位不对：可能有数字抄错了",
    "en-US": "the check digit of the ID number {masked} does not match: a digit is probably mistyped",
  },
  "idNumber.notText": {
    "zh-CN": "证件号码 {masked} 是以数字形式保存的，后几位可能已经变成 0（表格只保留 15 位有效数字）。请把单元格格式设为“文本”，再照证件重新输入完整号码。",
    "en-US": "the ID number {masked} is stored as a number, so its last digits may have become 0 (a spreadsheet keeps 15 significant digits). Format the cell as Text and type the whole number again from the card.",
  },
  "idNumber.masked": {
    "zh-CN": "证件号码 {masked} 中间是星号：这是遮挡后的号码，不是完整号码。请填写证件上的完整号码。",
    "en-US": "the ID number {masked} has asterisks in the middle: it is a masked number, not the whole one. Enter the whole number from the card.",
  },
  "bankAccount.notText": {
    "zh-CN": "银行账号 {masked} 是以数字形式保存的，16 位以上的账号后几位会变成 0。请把单元格格式设为“文本”，再重新输入完整账号。",
    "en-US": "the bank account {masked} is stored as a number, and an account of 16 or more digits loses its last digits that way. Format the cell as Text and type the whole account again.",
  },
  "bankAccount.masked": {
    "zh-CN": "银行账号 {masked} 中间是星号：这是遮挡后的账号，不是完整账号。请填写完整账号。",
    "en-US": "the bank account {masked} has asterisks in the middle: it is a masked account, not the whole one. Enter the whole account.",
  },
  "staff.duplicateIdNumber": {
    "zh-CN": "证件号码 {masked} 与 {other}（{at}）的相同。同一个人再次入职时，请在“同一人”一栏填第一行的编号。",
    "en-US": "the ID number {masked} is the same as {other}'s ({at}). For a person hired again, put the first row's ID in “Same person as”.",
  },
  "bankAccount.empty": { "zh-CN": "缺少银行账号", "en-US": "the bank account is missing" },
  "bankAccount.characters": {
    "zh-CN": "银行账号 {masked} 只能包含数字（空格和短横线可以）",
    "en-US": "the bank account {masked} may contain only digits (spaces and dashes are fine)",
  },
  "bankAccount.length": {
    "zh-CN": "银行账号 {masked} 有 {length} 位数字，应为 {min} 到 {max} 位",
    "en-US": "the bank account {masked} has {length} digits; it needs {min} to {max}",
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
  "export.tax.deductionNote": {
    "zh-CN": "ShopSheet 截至 {month} 累计扣除专项附加扣除 {amount} 元（分项请以客户端下载的为准）",
    "en-US": "ShopSheet deducted {amount} of special additional deductions up to {month} (the client's downloaded categories prevail)",
  },
  "export.bank.sheet": { "zh-CN": "代发工资 {month}", "en-US": "Bank payments {month}" },
  "export.bank.name": { "zh-CN": "姓名", "en-US": "Name" },
  "export.bank.bank": { "zh-CN": "开户银行", "en-US": "Bank" },
  "export.bank.account": { "zh-CN": "银行账号", "en-US": "Account" },
  "export.bank.netPay": { "zh-CN": "实发工资", "en-US": "Net pay" },
  "export.bank.total": { "zh-CN": "合计", "en-US": "Total" },
  // ---------------------------------------------------------------- the command line (src/cli)
  "label.actualOrders": { "zh-CN": "实际订单数", "en-US": "Actual orders" },
  "label.actualVisitors": { "zh-CN": "实际访客数", "en-US": "Actual visitors" },
  "cli.workbook.actuals": {
    "zh-CN": "目标表已填入 {month} 的 {days} 天实际数据（销售额合计 {total}）",
    "en-US": "The Targets sheet holds the actuals of {days} day(s) of {month} (sales {total} in all)",
  },
  "cli.targets.ofPlanned": { "zh-CN": "{percent}（{actual} / {planned}）", "en-US": "{percent} ({actual} of {planned})" },
  "cli.targets.attainment": {
    "zh-CN": "目前完成率：销售额 {sales}；订单数 {orders}；访客数 {visitors}",
    "en-US": "Done so far: sales {sales}; orders {orders}; visitors {visitors}",
  },
} satisfies MessageTable;
