import type { MessageTable } from "./table";

/**
 * The task pane's strings that only its later chunks show: the Targets and Payroll views (a month's
 * plan, the payroll and its example, the import of actuals, the exports) and the office commands' reading
 * of the set-up. Registered with those chunks (src/taskpane/viewMessages.ts, src/office/messages.ts), not
 * with the pane's first download (issue 15); the frame's and the Set up view's are in ./taskpane.ts.
 */
export const taskpaneViewMessages = {
  // Common
  "tp.example": { "zh-CN": "示例", "en-US": "Example" },
  "tp.yuanHint": { "zh-CN": "单位：元", "en-US": "In yuan" },
  "tp.month": { "zh-CN": "月份", "en-US": "Month" },
  "tp.month.hint": { "zh-CN": "年-月，例如 2026-11", "en-US": "Year-month, e.g. 2026-11" },
  "tp.month.previous": { "zh-CN": "上个月", "en-US": "Previous month" },
  "tp.month.next": { "zh-CN": "下个月", "en-US": "Next month" },

  // Progress
  "tp.progress.plan": { "zh-CN": "正在生成 {month} 的目标表…", "en-US": "Writing the Targets sheet for {month}…" },
  "tp.progress.refresh": { "zh-CN": "正在按实际销售额重新分配 {month} 的目标…", "en-US": "Re-spreading {month}'s target after the actual sales…" },
  "tp.progress.payroll": { "zh-CN": "正在计算 {month} 的工资并写入工资表和工资条…", "en-US": "Running payroll for {month}: payroll sheets and slips…" },
  "tp.progress.totals": { "zh-CN": "正在读取 {month} 的合计与利润池…", "en-US": "Reading {month}'s totals and pool…" },
  "tp.progress.next": { "zh-CN": "正在添加下个月的目标表、工资表和工资条…", "en-US": "Adding the next month's targets, payroll and slips…" },

  // Reading and saving (src/office/paneSetup.ts)
  "tp.read.done": { "zh-CN": "已从工作簿读取 {roles} 个岗位、{staff} 名员工。", "en-US": "Read {roles} roles and {staff} people from the workbook." },
  "tp.read.empty": { "zh-CN": "工作簿中还没有 ShopSheet 的设置、岗位或员工表。", "en-US": "The workbook has no ShopSheet Settings, Roles or Staff yet." },

  // Plan a month
  "tp.plan.intro": {
    "zh-CN": "先在这里预览月销售目标如何分到每周、每天（按星期权重与活动日），再生成该月的目标表。",
    "en-US": "Preview how the month's sales target splits into weeks and days (by the weekday weights and sales events), then write the month's Targets sheet.",
  },
  "tp.plan.target": { "zh-CN": "月销售目标", "en-US": "Monthly sales target" },
  "tp.plan.marginHint": { "zh-CN": "可选：用于工资的利润池", "en-US": "Optional: the profit pool for payroll" },
  "tp.plan.poolPreview": { "zh-CN": "利润池 {pool}（{rate}）", "en-US": "Profit pool {pool} ({rate})" },
  "tp.plan.settingsInvalid": {
    "zh-CN": "“团队与参数”中有需要修改的值：预览暂按默认参数计算。",
    "en-US": "Some values in Team & settings need fixing: the preview uses the default settings meanwhile.",
  },
  "tp.plan.previewWaiting": { "zh-CN": "填写月份和月销售目标后即可预览分解。", "en-US": "Enter a month and a sales target to preview the split." },
  "tp.plan.preview": { "zh-CN": "预览（尚未写入）", "en-US": "Preview (not written yet)" },
  "tp.plan.summary": { "zh-CN": "{month}：{target}，分到 {days} 天、{weeks} 周。", "en-US": "{month}: {target} over {days} days and {weeks} weeks." },
  "tp.plan.sumOk": { "zh-CN": "✓ 各日合计 {days}，各周合计 {weeks}，与目标一致。", "en-US": "✓ The days add up to {days} and the weeks to {weeks}: the target exactly." },
  "tp.plan.sumOff": { "zh-CN": "各日合计 {days}、各周合计 {weeks}，与目标 {target} 不一致。", "en-US": "The days add up to {days} and the weeks to {weeks}, not the target {target}." },
  "tp.plan.special": { "zh-CN": "活动与节假日：{days}", "en-US": "Events and holidays: {days}" },
  "tp.plan.weeks": { "zh-CN": "每周目标", "en-US": "Weekly targets" },
  "tp.plan.days": { "zh-CN": "每日目标", "en-US": "Daily targets" },
  "tp.plan.everyDay": { "zh-CN": "每日明细", "en-US": "Every day" },
  "tp.plan.week": { "zh-CN": "周", "en-US": "Week" },
  "tp.plan.dates": { "zh-CN": "日期", "en-US": "Dates" },
  "tp.plan.date": { "zh-CN": "日期", "en-US": "Date" },
  "tp.plan.amount": { "zh-CN": "金额", "en-US": "Amount" },
  "tp.plan.orders": { "zh-CN": "订单数", "en-US": "Orders" },
  "tp.plan.visitors": { "zh-CN": "访客数", "en-US": "Visitors" },
  "tp.plan.populate": { "zh-CN": "生成目标表", "en-US": "Populate" },
  "tp.plan.refresh": { "zh-CN": "按实际销售重新分配", "en-US": "Re-spread after actuals" },
  "tp.chart.label": { "zh-CN": "{month} 每日目标柱状图。{summary}", "en-US": "Bar chart of {month}'s daily targets. {summary}" },
  "tp.chart.peak": { "zh-CN": "最高 {amount}（{date}）", "en-US": "Peak {amount} ({date})" },

  // Payroll
  "tp.payroll.intro": {
    "zh-CN": "计算该月工资：写入本纳税年度至该月的工资表、工资条和岗位表，然后显示合计、利润池与所有提醒。",
    "en-US": "Run the month's payroll: the tax year's payroll sheets up to the month, the slips and role sheets are written; then the totals, the pool and every warning are shown here.",
  },
  "tp.payroll.introExample": {
    "zh-CN": "不在 Excel 中时，这里用内置示例团队预览该月工资：由计算引擎在本页算出，不写入任何内容。",
    "en-US": "Outside Excel this previews the month's payroll of the built-in example team: computed here by the engine, nothing written.",
  },
  "tp.payroll.example.title": { "zh-CN": "示例团队 {month} 工资预览", "en-US": "Example team: payroll preview, {month}" },
  "tp.payroll.example.body": {
    "zh-CN": "内置示例团队共 {n} 人，姓名和金额都是示例；参数和岗位取自“团队与参数”。",
    "en-US": "The built-in example team of {n}; every name and figure is an example. Settings and roles come from Team & settings.",
  },
  "tp.payroll.example.defaults": {
    "zh-CN": "“团队与参数”中有需要修改的值：预览暂按默认参数和岗位目录计算。",
    "en-US": "Some values in Team & settings need fixing: the preview uses the default settings and the role catalogue meanwhile.",
  },
  "tp.payroll.example.people": { "zh-CN": "每人应发与实发", "en-US": "Gross and net pay per person" },
  "tp.payroll.example.marginHint": { "zh-CN": "空白 = 示例毛利 {amount}", "en-US": "Blank = the example's margin, {amount}" },
  "tp.payroll.marginHint": { "zh-CN": "写入工资表的毛利；空白则保留表中已有的值", "en-US": "Written to the payroll sheet; blank keeps what is there" },
  "tp.payroll.run": { "zh-CN": "计算工资", "en-US": "Run payroll" },
  "tp.payroll.next": { "zh-CN": "添加下个月", "en-US": "Add next month" },
  "tp.payroll.totals": { "zh-CN": "{month} 合计", "en-US": "Totals, {month}" },
  "tp.payroll.item": { "zh-CN": "项目", "en-US": "Item" },
  "tp.payroll.people": { "zh-CN": "人数", "en-US": "People" },
  "tp.payroll.over": {
    "zh-CN": "利润池超额分配：各岗位分成合计 {share}，超过 100%。请检查岗位分成比例。",
    "en-US": "The pool is over-allocated: the roles' shares add up to {share}, more than 100%. Check the roles' shares.",
  },
  "tp.payroll.noSheet": { "zh-CN": "{month} 还没有工资表。", "en-US": "There is no payroll sheet for {month} yet." },
  // ---------------------------------------------------------------- data in and out (issue 14): import actuals, exports, personal data
  "tp.import.title": { "zh-CN": "导入实际销售", "en-US": "Import actuals" },
  "tp.import.intro": {
    "zh-CN": "在 Excel 里打开或粘贴生意参谋的“商品_全部”日报导出表，切换到那张表，再点“导入实际销售”：按列名找到表头，跳过总计行，同一天各商品相加，写进本月目标表的实际销售额、订单数、访客数。",
    "en-US": "Open or paste the Business Advisor product daily export (商品_全部) in Excel, go to that sheet, then press Import actuals: the header is found by name, the total row skipped, each day's products added up and written into the month's Targets as actual sales, orders and visitors.",
  },
  "tp.import.replace": { "zh-CN": "用导出表的数字覆盖已录入的不同数字", "en-US": "Replace figures typed differently with the export's" },
  "tp.import.run": { "zh-CN": "导入实际销售", "en-US": "Import actuals" },
  "tp.import.read": { "zh-CN": "读到的每日合计", "en-US": "Each day as read" },
  "tp.import.date": { "zh-CN": "日期", "en-US": "Day" },
  "tp.import.sales": { "zh-CN": "销售额", "en-US": "Sales" },
  "tp.import.orders": { "zh-CN": "订单", "en-US": "Orders" },
  "tp.import.visitors": { "zh-CN": "访客", "en-US": "Visitors" },
  "tp.progress.import": { "zh-CN": "正在导入 {month} 的实际销售…", "en-US": "Importing the actuals of {month}…" },
  "tp.export.title": { "zh-CN": "报税与代发", "en-US": "Tax filing and bank payments" },
  "tp.export.intro": {
    "zh-CN": "根据本月工资表和员工表里的证件号码、银行账号，新建一个工作簿：个税扣缴客户端可导入的“正常工资薪金收入”，或银行代发清单。新工作簿请另存为 Excel 工作簿。",
    "en-US": "From this month's payroll and the ID numbers and accounts on Staff, opens a new workbook: 正常工资薪金收入 for the e-filing client to import, or the bank payment list. Save the new workbook as .xlsx.",
  },
  "tp.export.tax": { "zh-CN": "导出报税文件", "en-US": "Export for tax filing" },
  "tp.export.bank": { "zh-CN": "导出银行代发清单", "en-US": "Export the bank list" },
  "tp.progress.exportTax": { "zh-CN": "正在生成 {month} 的报税文件…", "en-US": "Making the tax-filing file of {month}…" },
  "tp.progress.exportBank": { "zh-CN": "正在生成 {month} 的银行代发清单…", "en-US": "Making the bank list of {month}…" },
  "tp.export.taxDone": {
    "zh-CN": "已新建工作簿“正常工资薪金收入”（{month}，{people} 人）。请另存为 Excel 工作簿，在扣缴客户端导入前核对表头。",
    "en-US": "Opened a new workbook, 正常工资薪金收入 ({month}, {people} people). Save it as .xlsx and check its header against the client's template before importing.",
  },
  "tp.export.bankDone": {
    "zh-CN": "已新建工作簿：{month} 银行代发清单，{people} 人，合计 {total}。",
    "en-US": "Opened a new workbook: the bank list of {month}, {people} people, {total} in all.",
  },
} satisfies MessageTable;
