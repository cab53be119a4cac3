import type { MessageTable } from "./table";

/**
 * The task pane's own strings for its first download: the frame, the Set up view and what every view
 * shares (the Targets and Payroll views' own are in ./taskpaneViews.ts, registered with their chunks,
 * issue 15). Field labels, settings names and the engine's problems come from the workbook's and the
 * engine's tables, so the pane, the CLI and the workbook use the same words.
 */
export const taskpaneMessages = {
  // Frame
  "tp.language": { "zh-CN": "语言 Language", "en-US": "Language 语言" },
  "tp.views": { "zh-CN": "ShopSheet 功能", "en-US": "ShopSheet views" },
  "tp.tab.setup": { "zh-CN": "团队与参数", "en-US": "Team & settings" },
  "tp.tab.plan": { "zh-CN": "月度目标", "en-US": "Targets" },
  "tp.tab.payroll": { "zh-CN": "工资", "en-US": "Payroll" },
  "tp.outside.title": { "zh-CN": "请在 Excel 中打开 ShopSheet", "en-US": "Open ShopSheet in Excel" },
  "tp.outside.preview": {
    "zh-CN": "这里只是预览：可以试填团队和参数、预览月度目标和示例团队的工资，但不会写入任何内容。",
    "en-US": "This page is only a preview: you can try the team and settings, and preview a month's targets and the example team's payroll, but nothing is written.",
  },
  "tp.outside.how": { "zh-CN": "如何在 Excel 中打开", "en-US": "How to open it in Excel" },
  "tp.outside.hide": { "zh-CN": "收起", "en-US": "Hide" },
  "tp.outside.body": {
    "zh-CN": "ShopSheet 是 Excel 加载项，在 Excel 中打开后才能写入工作簿：",
    "en-US": "ShopSheet is an Excel add-in; it writes to a workbook once it is open in Excel:",
  },
  "tp.outside.desktop": {
    "zh-CN": "Windows / Mac 版 Excel：点击“开始”选项卡上的“打开 ShopSheet”。没有这个按钮时：开始（或“插入”）→ 加载项，选择“网店工资表 ShopSheet”。",
    "en-US": "Excel on Windows or Mac: choose Open ShopSheet on the Home tab. No such button? Home (or Insert) → Add-ins, and choose ShopSheet.",
  },
  "tp.outside.web": {
    "zh-CN": "网页版 Excel：开始（或“插入”）→ 加载项 → 更多加载项 → 上传我的加载项，选择 ShopSheet 的 manifest.xml。",
    "en-US": "Excel on the web: Home (or Insert) → Add-ins → More Add-ins → Upload My Add-in, and choose ShopSheet's manifest.xml.",
  },
  "tp.outside.install": {
    "zh-CN": "加载项里没有 ShopSheet？它需要先添加一次：请找为您安装 ShopSheet 的人，或按 ShopSheet 说明文件（README）中“Sideloading”一节操作。",
    "en-US": "ShopSheet not among the add-ins? It has to be added once: ask whoever set ShopSheet up for you, or follow the “Sideloading” section of ShopSheet's README.",
  },
  "tp.outside.dev": {
    "zh-CN": "开发版：npm start 把本加载项旁加载到 Windows / Mac 版 Excel；网页版请先运行 npm run dev-server。",
    "en-US": "Development build: npm start sideloads the add-in into Excel on Windows or Mac; for Excel on the web, run npm run dev-server first.",
  },
  "tp.needsExcel": { "zh-CN": "写入工作簿需要在 Excel 中打开本加载项。", "en-US": "Writing to the workbook needs the add-in open in Excel." },

  // Common
  "tp.actions": { "zh-CN": "操作", "en-US": "Actions" },
  "tp.dismiss": { "zh-CN": "关闭", "en-US": "Dismiss" },
  "tp.done": { "zh-CN": "已完成", "en-US": "Done" },
  "tp.failed": { "zh-CN": "未完成", "en-US": "Not done" },
  "tp.outcome.notes": { "zh-CN": "另有 {n} 条提醒，列在本页中。", "en-US": "More notes, listed in this view: {n}" },
  "tp.failed.body": { "zh-CN": "原因如下；除非另有说明，工作簿未被修改。", "en-US": "Here is why; unless said otherwise below, the workbook was not changed." },
  "tp.error.unexpected": { "zh-CN": "意外错误：{detail}", "en-US": "Unexpected error: {detail}" },
  "tp.edit": { "zh-CN": "编辑", "en-US": "Edit" },
  "tp.remove": { "zh-CN": "删除", "en-US": "Remove" },
  "tp.needsFixing": { "zh-CN": "需修改", "en-US": "needs fixing" },
  "tp.profile.none": { "zh-CN": "不使用（按统一的基数上下限）", "en-US": "None (the single floors and ceilings)" },
  "tp.rateHint": { "zh-CN": "比例写作 8% 或 0.08", "en-US": "Write rates as 8% or 0.08" },
  "tp.placeholder.date": { "zh-CN": "如 2025-06-01", "en-US": "e.g. 2025-06-01" },
  // Progress
  "tp.progress.read": { "zh-CN": "正在读取工作簿中的设置、岗位和员工…", "en-US": "Reading Settings, Roles and Staff from the workbook…" },
  "tp.progress.save": { "zh-CN": "正在写入设置、岗位和员工表…", "en-US": "Writing Settings, Roles and Staff…" },
  // Set up
  "tp.setup.fromWorkbook": { "zh-CN": "以下内容来自本工作簿的表格（以表格为准）。", "en-US": "Shown from this workbook's tables (the tables are the source of truth)." },
  "tp.setup.fromCatalogue": {
    "zh-CN": "以下为岗位目录和默认参数；点击“写入工作簿”后才会写入。",
    "en-US": "Shown from the role catalogue and the default settings; nothing is written until you press Write to workbook.",
  },
  "tp.setup.roles": { "zh-CN": "岗位（{n}）", "en-US": "Roles ({n})" },
  "tp.setup.staff": { "zh-CN": "员工（{n}）", "en-US": "Staff ({n})" },
  "tp.setup.settings": { "zh-CN": "工资与目标参数", "en-US": "Pay and target settings" },
  "tp.setup.save": { "zh-CN": "写入工作簿", "en-US": "Write to workbook" },
  "tp.setup.reload": { "zh-CN": "重新读取", "en-US": "Read again" },
  "tp.setup.fix": { "zh-CN": "有 {n} 处需要修改", "en-US": "Fields to fix: {n}" },
  "tp.setup.fixBody": { "zh-CN": "已在各栏下方标出；修改后再写入。未写入任何内容。", "en-US": "Each is marked under its field; fix them and write again. Nothing was written." },
  "tp.roles.needsShare": { "zh-CN": "待填写：原文未给出分成比例，未填写则不发提成。", "en-US": "Needs input: the source gives no share, and without one no commission is paid." },
  "tp.roles.needsBase": { "zh-CN": "待填写：原文未给出底薪范围。", "en-US": "Needs input: the source gives no base pay range." },
  "tp.roles.shareHint": { "zh-CN": "利润池的份额，如 8%", "en-US": "Share of the profit pool, e.g. 8%" },
  "tp.roles.basisNote": {
    "zh-CN": "分成方式：“每人”即每位在岗员工各得该比例；“平分”即该比例由本岗位在岗人员平分。客服原文“8%”未写“每人”，默认按每人。",
    "en-US": "Share basis: “each person” gives every holder the share; “split in the role” divides it among the role's holders. Customer service's “8%” does not say “each”: each person by default.",
  },
  "tp.basis.perPerson": { "zh-CN": "每人", "en-US": "Each person" },
  "tp.basis.splitRole": { "zh-CN": "平分", "en-US": "Split in the role" },
  "tp.basis.perPerson.hint": { "zh-CN": "每位在岗员工各得此比例", "en-US": "Every holder gets the share" },
  "tp.basis.splitRole.hint": { "zh-CN": "此比例由本岗位在岗人员平分", "en-US": "The role's holders split the share" },
  "tp.staff.list": { "zh-CN": "员工名单", "en-US": "Staff list" },
  "tp.staff.empty": { "zh-CN": "还没有员工。", "en-US": "No staff yet." },
  "tp.staff.example.offer": {
    "zh-CN": "可以先用示例团队（8 人，姓名和金额都是示例）试一试，再改成您的员工。",
    "en-US": "Try it with the example team first (8 people; every name and figure is an example), then change it to your own staff.",
  },
  "tp.staff.example.use": { "zh-CN": "填入示例团队", "en-US": "Use the example team" },
  "tp.staff.example.note": {
    "zh-CN": "其中 {n} 人来自示例团队，姓名和金额都是示例：改成您的员工后再写入工作簿。",
    "en-US": "{n} of these come from the example team, and every name and figure is an example: change them to your own staff before you write to the workbook.",
  },
  "tp.staff.example.remove": { "zh-CN": "移除示例员工", "en-US": "Remove the example people" },
  "tp.staff.add": { "zh-CN": "添加员工", "en-US": "Add a person" },
  "tp.staff.unnamed": { "zh-CN": "新员工", "en-US": "new person" },
  "tp.staff.editWho": { "zh-CN": "编辑 {who}", "en-US": "Edit {who}" },
  "tp.staff.removeWho": { "zh-CN": "删除 {who}", "en-US": "Remove {who}" },
  "tp.staff.editing": { "zh-CN": "编辑 {who}", "en-US": "Editing {who}" },
  "tp.done.person": { "zh-CN": "完成", "en-US": "Done" },
  "tp.staff.range": { "zh-CN": "岗位范围 {min}–{max}", "en-US": "Role's range {min}–{max}" },
  "tp.staff.fixedBase": { "zh-CN": "空白 = 岗位固定底薪 {base}", "en-US": "Blank = the role's fixed base, {base}" },
  "tp.staff.noBase": { "zh-CN": "未填写底薪，且该岗位没有固定底薪。", "en-US": "No base pay, and the role has no fixed base." },
  "tp.staff.noBaseShort": { "zh-CN": "底薪待填", "en-US": "base needed" },
  "tp.staff.contributionHint": { "zh-CN": "空白 = 按底薪", "en-US": "Blank = the base pay" },
  "tp.events.heading": { "zh-CN": "活动日", "en-US": "Sales events" },
  "tp.events.hint": {
    "zh-CN": "日期写 11-11 表示每年的这一天，写 2026-11-11 只算那一天。",
    "en-US": "Write 11-11 for that day every year, 2026-11-11 for that one day only.",
  },
  "tp.events.item": { "zh-CN": "活动日 {n}", "en-US": "Sales event {n}" },
  "tp.events.add": { "zh-CN": "添加活动日", "en-US": "Add a sales event" },
  "tp.events.removeWhich": { "zh-CN": "删除活动日 {name}", "en-US": "Remove the sales event {name}" },
  "tp.tax.hint": {
    "zh-CN": "最后一级的上限留空（不封顶）。",
    "en-US": "Leave the last bracket's upper limit blank (no limit).",
  },
  "tp.tax.cell": { "zh-CN": "第 {n} 级 {column}", "en-US": "{column}, bracket {n}" },
  "tp.tax.open": { "zh-CN": "不封顶", "en-US": "no limit" },

  // ---------------------------------------------------------------- data in and out (issue 14): import actuals, exports, personal data
  "tp.staff.personal": { "zh-CN": "证件 {id} · 账号 {account}", "en-US": "ID {id} · account {account}" },
  "tp.staff.deductions": {
    "zh-CN": "专项附加扣除 {count} 项（在“专项附加扣除”表中修改）",
    "en-US": "Special deductions: {count} items (edit them on the Special deductions sheet)",
  },
  "tp.staff.personalNone": { "zh-CN": "未填", "en-US": "none" },
} satisfies MessageTable;
