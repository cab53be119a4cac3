import type { MessageTable } from "./table";

/** Messages of the Excel add-in's commands (src/office): places, stops, notes and summaries. */
export const officeMessages = {
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
  "office.conflict.upgradeNeedsNewerExcel": {
    "zh-CN": "表格 {table} 需要调整列的顺序（新版布局），并保留您填写的内容，这需要 Excel API {version} 或更高版本（例如 Excel 2019、Microsoft 365 或网页版 Excel）。请在较新的 Excel 中运行一次。未做任何更改。",
    "en-US": "The table {table} needs its columns put in the new layout's order, keeping what you typed, which takes Excel API {version} or newer (e.g. Excel 2019, Microsoft 365 or Excel on the web). Run this once in a newer Excel. Nothing was changed.",
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

  "office.conflict.computedEdited": {
    "zh-CN": "以下单元格由 ShopSheet 计算（公式或写入的数值），但已被改写：{cells}。继续运行会用 ShopSheet 的公式替换它们，您填写的内容将丢失，因此已停止。要调整工资请使用“奖励”“扣罚”列，要改比率请在设置表中修改；确认不需要这些改动时，选中这些单元格按 Delete 清空后再运行（ShopSheet 会写回自己的公式），或选择“替换我的改动”运行。未做任何更改。",
    "en-US": "these cells are computed by ShopSheet (formulas or figures it writes) but were typed over: {cells}. Running on would put ShopSheet's formulas back and lose what was typed, so the command stopped. To change someone's pay use the Reward and Penalty columns; to change a rate, use Settings. If the edits are not needed, select the cells and press Delete (ShopSheet then writes its formulas back), or run with “replace my edits”. Nothing was changed.",
  },
  "office.conflict.userCells": {
    "zh-CN": "此表中有不是 ShopSheet 写入的内容：{cells}。这张表每次都会按工资表整体重写（行随员工名单移动），这些内容将被覆盖或清除，因此已停止。请把它们移到您自己的工作表或清空后再运行，或选择“替换我的改动”运行。未做任何更改。",
    "en-US": "this sheet holds things ShopSheet did not write: {cells}. The sheet is rewritten from the payroll every time (its rows move with the staff list), so they would be overwritten or cleared, and the command stopped. Move them to a sheet of your own or clear them, then run the command again, or run with “replace my edits”. Nothing was changed.",
  },
  "office.conflict.referenceMissing": {
    "zh-CN": "ShopSheet 的公式需要表格 {table}，但它已不在工作簿中（被删除或转换为普通区域）：请撤销该操作，或运行“设置岗位与员工”重新生成。未做任何更改。",
    "en-US": "ShopSheet's formulas need the table {table}, which is no longer in the workbook (deleted or converted to a range): undo that, or run “Set up roles and staff” to make it again. Nothing was changed.",
  },
  "office.conflict.newerLayout": {
    "zh-CN": "此工作簿由更新版本的 ShopSheet 生成（布局版本 {found}，此加载项只认识到版本 {known}）：请先更新 ShopSheet 加载项。未做任何更改。",
    "en-US": "This workbook was made by a newer ShopSheet (layout version {found}; this add-in knows versions up to {known}): update the ShopSheet add-in first. Nothing was changed.",
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
  "office.note.keptText": {
    "zh-CN": "保留了您改写的文字：{cells}。如需恢复 ShopSheet 的文字，清空这些单元格后再运行即可。",
    "en-US": "Kept the text you wrote in {cells}. To get ShopSheet's text back, clear those cells and run the command again.",
  },
  "office.note.replacedEdits": {
    "zh-CN": "已按您的选择用 ShopSheet 的公式和内容替换：{cells}。",
    "en-US": "As you chose, ShopSheet's formulas and contents replaced what was in {cells}.",
  },
  "office.note.upgraded": {
    "zh-CN": "已把工作簿的布局从版本 {from} 升级到版本 {to}：{what}。您填写的内容全部保留。",
    "en-US": "Upgraded the workbook's layout from version {from} to {to}: {what}. Everything you typed was kept.",
  },
  "office.note.upgradePending": {
    "zh-CN": "以下工作表中 ShopSheet 的旧公式和说明会在下次由相应命令写入时更新（在此之前仍按原公式计算，也不会被当作您的改动）：{sheets}。",
    "en-US": "ShopSheet's older formulas and notes on these sheets are brought up to date the next time a command writes them (till then they compute as before and are not taken for your edits): {sheets}.",
  },
  "office.upgrade.v2": {
    "zh-CN": "员工表新增“同一人”列（同一年内再次入职），工资表新增精确计算提成和纳税人的辅助列，目标表新增权重小数位检查列；工资表两个辅助列有了正式名称（社保计费基数、公积金计费基数）",
    "en-US": "Staff has a new column “Same person as” (re-hires within the year), the payroll sheets have helper columns for exact commissions and the taxpayer, the Targets sheets a check of the weights' decimals; two helper columns of the payroll sheets got their proper names (social insurance base, housing fund base)",
  },
  "office.upgrade.v3": {
    "zh-CN": "工资表新增加班（工作日/休息日/法定节假日小时）、事假、病假天数和津贴补贴（应税/免税）输入列，以及加班工资、缺勤扣款、津贴补贴三列；设置表新增病假工资比例和当地最低工资",
    "en-US": "The payroll sheets have new input columns for overtime hours (workdays, rest days, public holidays), unpaid and sick leave days and allowances (taxable, exempt), and three new columns: overtime pay, leave deduction, allowances; Settings has the sick pay rate and the local minimum wage",
  },
  "office.upgrade.v4": {
    "zh-CN": "员工表右端新增“旺旺昵称”“证件类型”“证件号码”“开户银行”“银行账号”列（报税和银行代发用，可以隐藏或保护这几列）；目标表新增“实际订单数”“实际访客数”及其累计完成率",
    "en-US": "Staff has new columns at its right end — Wangwang nickname, ID type, ID number, Bank, Bank account (for tax filing and bank payments; you can hide or protect them); the Targets sheets have Actual orders and Actual visitors and their attainment to date",
  },
  "office.upgrade.v5": {
    "zh-CN": "工资表新增 8 个辅助列（员工表、岗位表和上期工资表中的行号，岗位的在册人数），每一行只查找一次，重算更快",
    "en-US": "The payroll sheets have 8 new helper columns (the rows on Staff, on Roles and on the earlier payroll sheet, and the holders of each role), so each row looks up once and recalculates faster",
  },
  "office.upgrade.v6": {
    "zh-CN": "工资表新增“合规检查”列：低于最低工资（月/小时）、扣款超过当月工资20%、未缴社保、月中入职却扣整月社保",
    "en-US": "The payroll sheets have a new Compliance check column: below the minimum wage (monthly or hourly), a deduction above 20% of the month's pay, no social insurance, a late joiner charged a full month of insurance",
  },
  "office.upgrade.v7": {
    "zh-CN": "目标表的“所需订单数”和“所需访客数”改为精确向上取整（数值很大时 ROUNDUP 可能少算 1）",
    "en-US": "The Targets sheets' orders and visitors needed are now exact ceilings (ROUNDUP could come out 1 short on very large figures)",
  },
  "office.upgrade.v8": {
    "zh-CN": "工资表按常见工资表的顺序排列（养老、医疗、失业保险分列，扣罚列入扣款项目，应发合计为各应发项目之和，新增扣款合计和签字列，辅助列已隐藏），岗位表的分成方式和“是/否”用中文填写，目标表新增星期、活动名称和每周订单数、访客数，新增“目录”表，各表按 A4 纸打印",
    "en-US": "The payroll sheets are in a payroll's usual order (pension, medical and unemployment insurance on their own, the penalty among the deductions, total earnings as the sum of the items of pay, new columns for total deductions and a signature, helper columns hidden), Roles take the share basis and yes/no in words, the Targets sheets show weekday and event names and each week's orders and visitors, a Contents sheet comes first, every sheet prints on A4",
  },
  "office.upgrade.v9": {
    "zh-CN": "工资表新增“全年一次性奖金”和“年终奖计税方式”输入列（空 = 自动选税少的），以及“年终奖个税”（计入扣款合计）、“年终奖计税方式”两列和年终奖的辅助列；设置表新增单独计税政策截止日期（2027-12-31）",
    "en-US": "The payroll sheets have new input columns Year-end bonus and Bonus taxation (blank = whichever is lower), the columns Tax on the bonus (in the total deductions) and Bonus taxation used, and the bonus's helper columns; Settings has the date separate taxation is in force until (2027-12-31)",
  },
  "office.upgrade.v10": {
    "zh-CN": "员工表新增“上年6万以下”和“本年首次就业”两列（特殊纳税人：国家税务总局公告2020年第19号、第13号，空 = 否），工资表的累计减除费用按这两项计算（新增辅助列“减除费用月数”）",
    "en-US": "Staff has two new columns, Under 60k last year and First job this year (special taxpayers: STA announcements 2020 No. 19 and No. 13; blank = no), and the payroll sheets' cumulative basic deduction follows them (a new helper column, Basic deduction months)",
  },
  "office.upgrade.v11": {
    "zh-CN": "新增“专项附加扣除”表：每人每项一行（类别、起止月份、金额、扣除比例），工资表按当月有效的项目计算专项附加扣除（新增辅助列“有专项附加扣除项目”）；没有填写项目的员工仍按员工表的每月合计",
    "en-US": "A new Special deductions sheet: one row per item (category, from and to months, amount, share), and the payroll sheets deduct the items in force each month; someone without items keeps Staff's monthly figure (a new helper column, Has special deduction items)",
  },
  "office.upgrade.v12": {
    "zh-CN": "设置表新增“社保城市档案”和“缴费基数”表（按城市档案、险种、时期的基数上下限和进位方式；示例，请核对所在城市当年标准），工资表顶部显示本月各险种的基数上下限，社保公积金按险种分别取基数、按档案进位（未选档案时与之前相同）",
    "en-US": "Settings has a City profile setting and a Contribution bases table (each profile's base floor, ceiling and rounding by insurance and period; examples — check your city), the payroll sheets show the month's floors and ceilings per insurance at the top, and each contribution takes its insurance's base and the profile's rounding (without a profile, the same as before)",
  },
  "office.upgrade.v13": {
    "zh-CN": "设置表新增“节假日安排”表（法定节假日、调休休息日、调休上班日，可补录下一年），工资表的计薪天数按“出勤天数 + 法定节假日”计算（劳社部发〔2008〕3号的21.75天规则），不再只数周一至周五；合规检查新增“加班超过每月36小时”，月中入职社保提示的比例改为设置项",
    "en-US": "Settings has a new Holidays table (statutory holidays, swapped rest days, make-up workdays; add next year's there), and the payroll's paid days are the days worked plus the statutory holidays (the 21.75-day rule), no longer Monday to Friday; the compliance check flags overtime above 36 hours a month, and the late joiner's insurance share is a setting",
  },
  "office.upgrade.v14": {
    "zh-CN": "中文工作簿不再显示英文岗位编号：岗位表的编号列和各岗位表的B3改为岗位的中文名（如“电商部经理”），读回时仍对应原编号；您自己填写的编号保持不变",
    "en-US": "A Chinese workbook shows no English role codes: the Roles table's id column and each role sheet's B3 show a catalogue role's Chinese name (e.g. 电商部经理), read back as its id; ids you typed stay as they are",
  },
  "office.upgrade.v15": {
    "zh-CN": "设置表的“节假日安排”表移到全部设置项的下方（仍在原来的几列，表名和您补录的行都不变），打印时单独起页、行高均匀；专项附加扣除表的“现行标准”新增“标准计法”一列，注明每月、取得当年一次（职业资格证书）或每年上限（个人养老金）；“缴费基数”表末新增“检查”列，同一档案、同一险种的时期重叠时指出与哪一行重叠",
    "en-US": "Settings' Holidays table moved below all the settings (in the same columns; its name and the rows you added unchanged), so it prints on a page of its own with even rows; the Special deductions table has a new column beside the current standard saying whether it is a month's, once in the year obtained (a vocational certificate) or a year's cap (personal pension); the Contribution bases table has a Check column at its end naming the row whose period overlaps a row's of the same profile and insurance",
  },
  "office.upgrade.v16": {
    "zh-CN": "本月之前的工资表已结账：各月“辅助：底薪”列由公式改为当月发放时的底薪（数值），此后在员工表上调薪或更正底薪只影响当前月份，已发月份的工资不变（差额请在本月补发）；您在已结账月份的底薪单元格中填写的数值会保留并按它计算",
    "en-US": "The payroll months before this one are closed: each one's “Helper: Base” column now holds the base the month was paid with (a value, no longer a formula), so a raise or a correction of a base on Staff changes the current month only and months already paid stay as paid (pay a difference in this month); a base you type in a closed month is kept and used",
  },
  "office.upgrade.v17": {
    "zh-CN": "含 * ? ~ 的文字不再被当作通配符：员工表的“检查”列会指出含这些符号的岗位（Excel 查找时会把它们当作通配符，找到别的岗位），“同一人”含这些符号时视为编号不存在；专项附加扣除表的类别、缴费基数表的险种和进位方式按原样比较（如“子女*”不再被当成子女教育），员工编号含这些符号的扣除项视为查无此人",
    "en-US": "Text with * ? ~ is no longer taken as a wildcard: Staff's Check names a role holding one (Excel's lookups would read it as a pattern and find another role), and a “Same person as” holding one names no row; the Special deductions table's category and the Contribution bases table's insurance and rounding words are compared as typed (“Child*” is no longer child education), and a deduction whose person holds one names no one",
  },
  "office.list.more": { "zh-CN": "{list} 以及另外 {more} 个单元格", "en-US": "{list} and {more} more" },
  "office.list.separator": { "zh-CN": "、", "en-US": ", " },
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
    "en-US": "Payroll for {month}: {people} people, total earnings {gross}, net {net}; {sheets} sheets written.",
  },
  "office.done.nextMonth": {
    "zh-CN": "已添加 {month}：销售目标、工资表（延续本年累计）、工资条和岗位表，共写入 {sheets} 张工作表；{people} 人，应发合计 {gross}。",
    "en-US": "Added {month}: targets, payroll (carrying the year to date), slips and role sheets, {sheets} sheets written; {people} people, total earnings {gross}.",
  },
} satisfies MessageTable;
