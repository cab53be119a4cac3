import type { MessageTable } from "./index";

/** Messages of the Excel add-in's commands (src/office): places, stops, notes and summaries. */
export const officeMessages: MessageTable = {
  // Where a message is about.
  "office.placeSeparator": { "zh-CN": "：", "en-US": ": " },
  "office.place.tableCell": {
    "zh-CN": "“{sheet}”表第 {row} 行“{column}”列（{cell}）",
    "en-US": "{sheet}, row {row}, column “{column}” ({cell})",
  },
  "office.place.cell": { "zh-CN": "“{sheet}”表 {cell}", "en-US": "{sheet}, cell {cell}" },

  // Before anything is read.
  "office.noExcel": {
    "zh-CN": "没有检测到 Excel：请在 Excel 中打开 ShopSheet 加载项。",
    "en-US": "Excel is not available here: open the ShopSheet add-in in Excel.",
  },
  "office.apiTooOld": {
    "zh-CN": "此版本的 Excel 过旧，ShopSheet 需要 ExcelApi {version} 或更高版本（Excel 2016 及以后的更新版本或网页版 Excel）。",
    "en-US": "This Excel is too old for ShopSheet, which needs ExcelApi {version} or later (an updated Excel 2016 or later, or Excel on the web).",
  },
  "office.needsSetup": {
    "zh-CN": "请先运行“设置岗位与员工”：工作簿中缺少 {what}。",
    "en-US": "Run “Set up roles and staff” first: the workbook has no {what}.",
  },
  "office.needsPlan": {
    "zh-CN": "{month} 还没有销售目标表：请先制定该月目标。",
    "en-US": "There is no Targets sheet for {month} yet: plan the month first.",
  },
  "office.noMonth": {
    "zh-CN": "工作簿中还没有任何月份：请先制定一个月的目标或计算一个月的工资。",
    "en-US": "The workbook has no month yet: plan a month's targets or run a month's payroll first.",
  },

  "office.arg.target": { "zh-CN": "月销售目标", "en-US": "target" },
  "office.arg.grossMargin": { "zh-CN": "月毛利", "en-US": "gross margin" },

  // Stops: the command would have to overwrite something; nothing was changed.
  "office.conflict.tableNameTaken": {
    "zh-CN": "名为 {table} 的表格已存在于“{sheet}”表中，且不是 ShopSheet 创建的：请给那个表格改名后再运行。未做任何更改。",
    "en-US": "A table named {table} already exists on sheet “{sheet}”, which ShopSheet did not make: rename that table and run the command again. Nothing was changed.",
  },
  "office.conflict.tableMissing": {
    "zh-CN": "“{sheet}”表中的表格 {table} 不见了（被删除或转换为普通区域）：重新生成会覆盖该表内容，因此已停止。请撤销该操作，或删除整张表后重新运行。未做任何更改。",
    "en-US": "The table {table} is missing from sheet “{sheet}” (deleted or converted to a range): making it again would write over the sheet, so the command stopped. Undo that change, or delete the sheet to have it made again. Nothing was changed.",
  },
  "office.conflict.headersHidden": {
    "zh-CN": "表格 {table} 的标题行被隐藏：请重新显示标题行后再运行。未做任何更改。",
    "en-US": "The header row of table {table} is hidden: show it again and run the command again. Nothing was changed.",
  },
  "office.conflict.tableMoved": {
    "zh-CN": "表格 {table} 现在从 {found} 开始，而不是 {expected}（其上方或左侧插入了行或列）：请把它移回原处后再运行。未做任何更改。",
    "en-US": "The table {table} now starts at {found}, not {expected} (rows or columns were inserted above or left of it): move it back and run the command again. Nothing was changed.",
  },
  "office.conflict.header": {
    "zh-CN": "表格 {table} 的这一列应为“{expected}”，现在是“{found}”（列被改名或插入了新列）：请改回原名，或把自己的列移到表格最右侧。未做任何更改。",
    "en-US": "this column of table {table} should be “{expected}” but is “{found}” (a renamed or inserted column): rename it back, or move your own column to the right end of the table. Nothing was changed.",
  },
  "office.conflict.columnMissing": {
    "zh-CN": "表格 {table} 缺少“{expected}”列（列被删除）：请撤销删除后再运行。未做任何更改。",
    "en-US": "table {table} has no column “{expected}” (it was deleted): undo that and run the command again. Nothing was changed.",
  },
  "office.conflict.rowHasInput": {
    "zh-CN": "表格 {table} 中“{key}”这一行填有数据（“{column}”列），但 {key} 已不在本月工资表中（已从员工表删除或当月不在职）：请清空这一行或恢复该员工后再运行。未做任何更改。",
    "en-US": "the row of “{key}” in table {table} holds typed input (column “{column}”), but {key} is no longer on this month's payroll (removed from Staff or not employed that month): clear the row or restore the person, then run the command again. Nothing was changed.",
  },
  "office.conflict.nameMoved": {
    "zh-CN": "名称 {name} 指向 {found}，而不是 {expected}（设置表中插入了行，或该名称被重新定义）：请恢复后再运行。未做任何更改。",
    "en-US": "the name {name} points to {found}, not {expected} (rows were inserted in Settings, or the name was redefined): put it back and run the command again. Nothing was changed.",
  },

  // Notes: done, but without something.
  "office.note.noFreeze": {
    "zh-CN": "此版本的 Excel 不支持冻结窗格（需要 ExcelApi 1.7）：已跳过。",
    "en-US": "This Excel cannot freeze panes from an add-in (needs ExcelApi 1.7): skipped.",
  },
  "office.note.noChart": {
    "zh-CN": "此版本的 Excel 不支持由加载项绘制折线图（需要 ExcelApi 1.7）：已跳过图表，其余内容照常生成。",
    "en-US": "This Excel cannot draw the line chart from an add-in (needs ExcelApi 1.7): the chart was skipped, everything else was written.",
  },
  "office.note.noValidation": {
    "zh-CN": "此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8）：下拉列表和输入检查已跳过。",
    "en-US": "This Excel cannot set data validation from an add-in (needs ExcelApi 1.8): drop-down lists and input checks were skipped.",
  },
  "office.note.noConditionalFormats": {
    "zh-CN": "此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6）：警示颜色已跳过。",
    "en-US": "This Excel cannot set conditional formats from an add-in (needs ExcelApi 1.6): the warning colours were skipped.",
  },
  "office.note.noPageLayout": {
    "zh-CN": "此版本的 Excel 不支持页面设置（需要 ExcelApi 1.9）：打印方向、纸张和标题行已跳过。",
    "en-US": "This Excel cannot set up pages from an add-in (needs ExcelApi 1.9): orientation, paper and print titles were skipped.",
  },
  "office.note.roleSheetsLater": {
    "zh-CN": "岗位表列出当月在岗人员，将在第一次计算工资时生成。",
    "en-US": "The role sheets list a month's members: they are added with the first payroll.",
  },
  "office.note.moreWarnings": {
    "zh-CN": "另有 {count} 条类似提示未列出。",
    "en-US": "{count} more warnings like these are not listed.",
  },
  "office.note.kept": {
    "zh-CN": "工作簿中已有 {what}：保留原样，本次提供的初始数据未使用。",
    "en-US": "The workbook already has {what}: it was kept as it is, and the seed given to the command was not used.",
  },

  // Office errors, translated.
  "office.error.protected": {
    "zh-CN": "Excel 拒绝修改：有工作表受保护（可能设置了密码）。请取消保护后再运行。（Excel：{detail}）",
    "en-US": "Excel refused the change: a sheet is protected (perhaps with a password). Unprotect it and run the command again. (Excel: {detail})",
  },
  "office.error.unsupported": {
    "zh-CN": "此版本的 Excel 不支持该命令需要的功能。（Excel：{detail}）",
    "en-US": "This Excel does not support something the command needs. (Excel: {detail})",
  },
  "office.error.tooLarge": {
    "zh-CN": "一次写入的数据超过了 Excel 的上限。（Excel：{detail}）",
    "en-US": "A write was larger than Excel accepts in one request. (Excel: {detail})",
  },
  "office.error.office": {
    "zh-CN": "Excel 报错（{code}）：{detail}",
    "en-US": "Excel reported an error ({code}): {detail}",
  },
  "office.error.internal": {
    "zh-CN": "ShopSheet 无法生成工作表：{detail}",
    "en-US": "ShopSheet could not build the sheets: {detail}",
  },
  "office.error.partial": {
    "zh-CN": "部分更改可能已写入工作簿；排除问题后再次运行该命令即可补全（已填写的数据不会丢失）。",
    "en-US": "Some changes may already be in the workbook; run the command again once the problem is fixed to complete them (nothing you typed is lost).",
  },

  // Summaries.
  "office.done.setUp": {
    "zh-CN": "已生成 {sheets} 张工作表：{roles} 个岗位，{staff} 名员工。",
    "en-US": "Wrote {sheets} sheets: {roles} roles, {staff} staff.",
  },
  "office.done.plan": {
    "zh-CN": "{month} 销售目标 {target} 已分解到 {days} 天（{weeks} 周）。",
    "en-US": "The {month} sales target of {target} is spread over {days} days ({weeks} weeks).",
  },
  "office.done.refresh": {
    "zh-CN": "{month} 目标已更新：截至目前实际销售 {actual}（目标 {target}），剩余 {remaining} 重新分配到未填写实际的 {open} 天。",
    "en-US": "The {month} targets are refreshed: actual sales so far {actual} of {target}; the remaining {remaining} is re-spread over the {open} days without actuals.",
  },
  "office.done.payroll": {
    "zh-CN": "{month} 工资：{people} 人，应发合计 {gross}，实发合计 {net}；已写入 {sheets} 张工作表。",
    "en-US": "Payroll for {month}: {people} people, gross {gross}, net {net}; {sheets} sheets written.",
  },
  "office.done.nextMonth": {
    "zh-CN": "已添加 {month}：销售目标、工资表（延续本年累计）、工资条和岗位表，共写入 {sheets} 张工作表；{people} 人，应发合计 {gross}。",
    "en-US": "Added {month}: targets, payroll (carrying the year to date), slips and role sheets, {sheets} sheets written; {people} people, gross {gross}.",
  },
};
