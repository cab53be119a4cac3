import type { MessageTable } from "./table";

/** The `shopsheet` command's own messages and the labels of its tables. */
export const cliMessages = {
  "cli.usage": {
    "zh-CN":
      "用法：shopsheet <命令> [选项]\n命令：\n  targets   把月销售目标分解到每周、每天\n  payroll   计算一个月的工资\n  workbook  生成整个工作簿 (.xlsx)\n  read      把编辑过的工作簿还原成配置文件\n选项 --help 查看每个命令的说明；--lang zh-CN|en-US 选择语言。",
    "en-US":
      "Usage: shopsheet <command> [options]\nCommands:\n  targets   spread a monthly sales target over weeks and days\n  payroll   compute one month's payroll\n  workbook  write the whole workbook (.xlsx)\n  read      turn an edited workbook back into a config file\nUse --help after a command for its options; --lang zh-CN|en-US picks the language.",
  },
  "cli.usage.targets": {
    "zh-CN":
      "shopsheet targets --month YYYY-MM --target 金额 [--weekday-weights w1,…,w7] [--event YYYY-MM-DD=系数]… [--no-events] [--aov 客单价 --cvr 转化率] [--actuals 文件.json] [--json]",
    "en-US":
      "shopsheet targets --month YYYY-MM --target AMOUNT [--weekday-weights w1,…,w7] [--event YYYY-MM-DD=FACTOR]… [--no-events] [--aov AMOUNT --cvr RATE] [--actuals FILE.json] [--json]",
  },
  "cli.usage.payroll": {
    "zh-CN": "shopsheet payroll [--config 文件.json] --month YYYY-MM [--json]",
    "en-US": "shopsheet payroll [--config FILE.json] --month YYYY-MM [--json]",
  },
  "cli.usage.read": {
    "zh-CN":
      "shopsheet read 工作簿.xlsx [--json] [--out 文件.json] [--lang zh-CN|en-US]\n读取 ShopSheet 生成并编辑过的工作簿（设置、岗位、员工、各月工资表上填写的内容和目标），还原成配置文件：\n  --json      只在标准输出打印配置（JSON）\n  --out 文件  写入配置文件（先写临时文件，再一次替换）\n例如：shopsheet read shopsheet-2026-11.xlsx --out 配置.json",
    "en-US":
      "shopsheet read BOOK.xlsx [--json] [--out FILE.json] [--lang zh-CN|en-US]\nReads a workbook ShopSheet wrote (and you edited) — Settings, Roles, Staff, what is typed on each month's payroll sheet, the targets — back into a config file:\n  --json      print the config (JSON) on stdout, nothing else\n  --out FILE  write the config file (to a temporary file first, then replaced in one step)\nExample: shopsheet read shopsheet-2026-11.xlsx --out config.json",
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
    "zh-CN": "shopsheet workbook [--config 文件.json] [--month YYYY-MM] [--lang zh-CN|en-US] [--out 文件.xlsx] [--protect]",
    "en-US": "shopsheet workbook [--config FILE.json] [--month YYYY-MM] [--lang zh-CN|en-US] [--out FILE.xlsx] [--protect]",
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
  "cli.warnings": { "zh-CN": "提示", "en-US": "Warnings" },
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
  "weekday.1": { "zh-CN": "周一", "en-US": "Mon" },
  "weekday.2": { "zh-CN": "周二", "en-US": "Tue" },
  "weekday.3": { "zh-CN": "周三", "en-US": "Wed" },
  "weekday.4": { "zh-CN": "周四", "en-US": "Thu" },
  "weekday.5": { "zh-CN": "周五", "en-US": "Fri" },
  "weekday.6": { "zh-CN": "周六", "en-US": "Sat" },
  "weekday.7": { "zh-CN": "周日", "en-US": "Sun" },
} satisfies MessageTable;
