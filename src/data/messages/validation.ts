import type { MessageTable } from "./table";

/** Messages for input the engine refuses; each is shown after the place it concerns (`staff[3].base: …`). */
export const validationMessages = {
  "value.notAmount": { "zh-CN": "“{value}”不是金额", "en-US": "\"{value}\" is not an amount" },
  "value.negative": { "zh-CN": "{value} 不能为负数", "en-US": "{value} must not be negative" },
  "value.notRate": {
    "zh-CN": "“{value}”不是比率（写作 0.08 或 8%）",
    "en-US": "\"{value}\" is not a rate (write 0.08 or 8%)",
  },
  "value.rateRange": { "zh-CN": "{value} 应在 0 到 100% 之间", "en-US": "{value} must be between 0 and 100%" },
  "value.notDate": { "zh-CN": "“{value}”不是日期（格式 YYYY-MM-DD）", "en-US": "\"{value}\" is not a date (YYYY-MM-DD)" },
  "value.notMonth": { "zh-CN": "“{value}”不是月份（格式 YYYY-MM）", "en-US": "\"{value}\" is not a month (YYYY-MM)" },
  "value.notText": { "zh-CN": "应为文字，而不是 {value}", "en-US": "expected text, not {value}" },
  "value.empty": { "zh-CN": "不能为空", "en-US": "must not be empty" },
  "value.notBoolean": { "zh-CN": "“{value}”不是 true 或 false", "en-US": "\"{value}\" is not true or false" },
  "value.notWholeNumber": { "zh-CN": "“{value}”不是整数", "en-US": "\"{value}\" is not a whole number" },
  "value.outOfRange": { "zh-CN": "{value} 超出范围 {min}–{max}", "en-US": "{value} is outside {min}–{max}" },
  "value.notShareBasis": {
    "zh-CN": "“{value}”不是分成方式（perPerson 每人 或 splitRole 岗位平分）",
    "en-US": "\"{value}\" is not a share basis (perPerson or splitRole)",
  },
  "value.notBonusTaxation": {
    "zh-CN": "“{value}”不是年终奖计税方式（separate 单独计税 或 merged 并入综合所得；空 = 自动选税少的）",
    "en-US": "\"{value}\" is not a year-end bonus taxation (separate or merged; blank = whichever is lower)",
  },
  "value.tooLarge": {
    "zh-CN": "{value} 超过上限 {max} 元（超过后 Excel 的 15 位有效数字无法保证精确到分）",
    "en-US": "{value} is above the limit of {max} yuan (beyond it Excel's 15 significant digits cannot keep the fen exact)",
  },
  "value.tooPrecise": {
    "zh-CN": "{value} 有 {digits} 位有效数字；Excel 只保留 {max} 位，存入后数值会改变",
    "en-US": "{value} has {digits} significant digits; Excel keeps {max}, so the stored number would differ",
  },
  "value.badCharacter": {
    "zh-CN": "第 {position} 个字符是 {char}，Excel 文件无法保存该字符（请删除它）",
    "en-US": "character {position} is {char}, which an Excel file cannot hold (remove it)",
  },
  "value.tooLong": { "zh-CN": "文字过长：一个单元格最多 {max} 个字符", "en-US": "too long: a cell holds at most {max} characters" },
  "value.yearRange": {
    "zh-CN": "“{value}”的年份应在 {min}–{max} 之间（Excel 日期的范围）",
    "en-US": "\"{value}\": the year must be within {min}–{max} (the years Excel's dates cover)",
  },
  "id.wildcard": {
    "zh-CN": "编号“{value}”含有 {char}：Excel 的查找函数把 * ? ~ 当作通配符，会找错人，请换掉",
    "en-US": "the id \"{value}\" contains {char}: Excel's lookups read * ? ~ as wildcards and would find the wrong row; use another character",
  },
  "name.wildcard": {
    "zh-CN": "“{value}”含有 {char}：Excel 查找岗位（编号或名称）时把 * ? ~ 当作通配符（* 代表任意几个字、? 代表一个字），表格会找到别的岗位或找不到，而 ShopSheet 按原样比较——两边算出的提成会不一样。请去掉这个符号",
    "en-US": "\"{value}\" contains {char}: Excel's lookups read * ? ~ in a role (its id or a name) as wildcards (* any characters, ? one), so the sheet would find another role or none while ShopSheet compares the text as it is — the two would pay different commissions. Remove the character",
  },
  "id.comparison": {
    "zh-CN": "编号“{value}”以 {char} 开头：Excel 的 COUNTIF 会把它当作比较条件，请换个开头",
    "en-US": "the id \"{value}\" starts with {char}: Excel's COUNTIF reads that as a comparison; start it differently",
  },
  "id.lineBreak": { "zh-CN": "编号 {value} 含有换行或制表符：编号只能是一行", "en-US": "the id {value} contains a line break or tab: an id is one line" },
  "id.surroundingSpace": {
    "zh-CN": "“{value}”的开头或结尾有空格（以 ␣ 标出，全角空格和制表符也算）：表格的公式按原样查找这段文字（只忽略大小写），与不带空格的编号对不上，而 ShopSheet 读取时会去掉空格——两边算出的工资会不一样。请删去开头和结尾的空格",
    "en-US": "\"{value}\" has a space at its start or end (shown as ␣; a full-width space or a tab counts too): the sheet's formulas look this text up as typed (ignoring only case) and would not match it to the same ID without the space, while ShopSheet reads it without — the two would compute different pay. Delete the spaces at its start and end",
  },
  "id.tooLong": { "zh-CN": "编号“{value}”过长：最多 {max} 个字符", "en-US": "the id \"{value}\" is too long: at most {max} characters" },
  "config.expectedObject": { "zh-CN": "应为对象 {…}", "en-US": "expected an object {…}" },
  "config.expectedList": { "zh-CN": "应为列表 […]", "en-US": "expected a list […]" },
  "config.unknownKey": { "zh-CN": "未知字段“{key}”", "en-US": "unknown field \"{key}\"" },
  "config.required": { "zh-CN": "必填", "en-US": "is required" },
  "config.duplicateKey": { "zh-CN": "字段“{key}”出现了两次", "en-US": "the field \"{key}\" appears twice" },
  "config.spreadTooLarge": {
    "zh-CN": "目标 {target} 按最大日权重 {weight} 分解时无法在工作簿中精确到分：在这些权重下目标最多 {max} 元；请降低目标或权重",
    "en-US": "the target {target} cannot be split to the fen exactly in the workbook with a day weight of up to {weight}: with these weights the target is at most {max} yuan; lower the target or the weights",
  },
  "config.ordersTooMany": {
    "zh-CN": "目标 {target} ÷ 客单价 {aov} 约为 {orders} 单，工作簿无法精确计算访客数：请检查客单价",
    "en-US": "the target {target} ÷ AOV {aov} is about {orders} orders, too many for the workbook to count visitors exactly: check the AOV",
  },
  "config.taxTableOrder": {
    "zh-CN": "税率表各级上限应递增，最后一级不设上限（null）",
    "en-US": "the brackets' upper limits must rise, and only the last may be open (null)",
  },
  "config.weekdayWeights": {
    "zh-CN": "需要 7 个权重（周一在前），现有 {count} 个",
    "en-US": "needs 7 weights, Monday first; got {count}",
  },
  "config.weightsAllZero": { "zh-CN": "权重不能全为 0", "en-US": "the weights must not all be 0" },
  "config.eventDate": {
    "zh-CN": "“{value}”不是活动日期（MM-DD 每年重复，或 YYYY-MM-DD）",
    "en-US": "\"{value}\" is not an event date (MM-DD every year, or YYYY-MM-DD)",
  },
  "config.eventDuplicate": {
    "zh-CN": "活动日 {date} 重复：同一天只能有一个系数",
    "en-US": "the event date {date} appears twice: one factor per day",
  },
  "config.weightDecimals": {
    "zh-CN": "{factors}：小数位合计 {decimals} 位。一天的权重（星期权重 × 活动系数 × 节假日系数）最多 {max} 位小数——目标表按 {max} 位小数的权重拆分目标，多出的位数会被四舍五入，分配就不再是您输入的比例。请减少小数位（例如把 0.3333 改为 0.333）",
    "en-US": "{factors}: {decimals} decimals between them. A day's weight (weekday weight × event factors × holiday factor) may have at most {max} — the Targets sheet splits the target with weights to {max} decimals, and rounding more away would split it other than as you typed. Use fewer decimals (e.g. 0.333 for 0.3333)",
  },
  "config.floorAboveCeiling": {
    "zh-CN": "下限 {floor} 高于上限 {ceiling}",
    "en-US": "the floor {floor} is above the ceiling {ceiling}",
  },
  "roles.duplicate": {
    "zh-CN": "岗位编号“{id}”与 {at} 的“{other}”相同（不区分大小写和全角/半角：Excel 查找时不区分大小写，会混为一个岗位）",
    "en-US": "role id \"{id}\" is the same as \"{other}\" at {at} (ignoring case and full/half width: Excel's lookups ignore case and would mix the two roles up)",
  },
  "roles.baseRange": {
    "zh-CN": "底薪下限 {min} 高于上限 {max}",
    "en-US": "the base minimum {min} is above the maximum {max}",
  },
  "staff.duplicate": {
    "zh-CN": "员工编号“{id}”与 {at} 的“{other}”相同（不区分大小写和全角/半角：Excel 查找时不区分大小写，会把一个人的工资算给另一个人）",
    "en-US": "staff id \"{id}\" is the same as \"{other}\" at {at} (ignoring case and full/half width: Excel's lookups ignore case and would give one person the other's pay)",
  },
  "staff.ambiguousRole": {
    "zh-CN": "“{role}”对应多个岗位（{ids}）：请写岗位编号",
    "en-US": "\"{role}\" names more than one role ({ids}): write the role's id",
  },
  "roles.shareDecimals": {
    "zh-CN": "分成比例 {value} 超过 {max} 位小数（0.0001%）：工资表按这一精度精确计算提成，请减少小数位",
    "en-US": "the share {value} has more than {max} decimals (0.0001%): the payroll sheet computes commissions exactly to that precision; use fewer decimals",
  },
  "staff.sameAsWidth": {
    "zh-CN": "“{sameAs}”与员工表的编号“{id}”只差全角/半角或空格的种类（如全角空格）：表格的公式按原样查找（只忽略大小写），找不到它，会把此人算成两个纳税人，而 ShopSheet 会当成同一人。请改成“{id}”",
    "en-US": "\"{sameAs}\" differs from the staff list's ID \"{id}\" only in full-width and half-width characters or the kind of space (a full-width space): the sheet's formulas look it up as typed (ignoring only case), do not find it and would count two taxpayers where ShopSheet counts one. Change it to \"{id}\"",
  },
  "staff.sameAsUnknown": {
    "zh-CN": "“{sameAs}”不是员工表中的编号：sameAs（同一人）应填此人第一条记录的编号",
    "en-US": "\"{sameAs}\" is not an id on the staff list: sameAs (same person) takes the id of the person's first record",
  },
  "staff.sameAsSelf": {
    "zh-CN": "记录“{id}”的 sameAs 指向自己：只有再次入职的记录才填写，填此人第一条记录的编号",
    "en-US": "record \"{id}\" names itself in sameAs: only a re-hire's record fills it in, with the id of the person's first record",
  },
  "staff.sameAsNotFirst": {
    "zh-CN": "“{sameAs}”本身也是再次入职的记录：请填此人第一条记录的编号“{first}”",
    "en-US": "\"{sameAs}\" is itself a re-hire's record: use the id of the person's first record, \"{first}\"",
  },
  "staff.sameAsOpening": {
    "zh-CN": "期初累计数据只填在此人的第一条记录（“{first}”）上：同一纳税人在本单位全年只有一份累计数据",
    "en-US": "the opening balance belongs on the person's first record (\"{first}\") only: one taxpayer has one year to date at this employer",
  },
  "staff.sameAsTaxpayerKeys": {
    "zh-CN": "再次入职的记录不单独填写 {key}：同一纳税人的特殊纳税人标记和分类别专项附加扣除只填在第一条记录（“{first}”）上",
    "en-US": "a re-hire's record does not hold its own {key}: one taxpayer's special-taxpayer flags and deductions by category go on the person's first record (\"{first}\") only",
  },
  "staff.sameAsOverlap": {
    "zh-CN": "“{id}”与同一人的记录“{other}”都在 {month} 在职：同一人一个月只发一次工资，请让再次入职从之后的月份开始（或只保留一条记录并填写计薪天数）",
    "en-US": "\"{id}\" and \"{other}\", records of one person, are both employed in {month}: a person is paid once a month; start the re-hire in a later month (or keep one record and enter the paid days)",
  },
  "staff.roleAsTyped": {
    "zh-CN": "岗位“{role}”不是岗位表里原样写着的编号或名称（大小写不计）：ShopSheet 认得它是“{shown}”（它比较时不计全角/半角和空格的种类、个数，也认岗位目录的英文编号），表格的公式却按原样查找、找不到它，工资表不会计算此人的提成。请改成“{shown}”",
    "en-US": "the role \"{role}\" is not an ID or name as the Roles table has it (case apart): ShopSheet takes it for \"{shown}\" (ignoring full-width and half-width characters and the kind or number of spaces, and taking the catalogue's English IDs), but the sheet's formulas look a role up as typed, do not find it and would pay this person no commission. Change it to \"{shown}\"",
  },
  "staff.unknownRole": {
    "zh-CN": "“{role}”不是已有岗位；可选：{knownZh}",
    "en-US": "\"{role}\" is not a role; known roles: {known}",
  },
  "staff.endBeforeStart": {
    "zh-CN": "离职日期 {end} 早于入职日期 {start}",
    "en-US": "the end date {end} is before the start date {start}",
  },
  "months.duplicate": { "zh-CN": "月份 {month} 重复", "en-US": "month {month} appears twice" },
  "months.unknownStaff": {
    "zh-CN": "“{staff}”不在员工名单中",
    "en-US": "\"{staff}\" is not on the staff list",
  },
  "months.ambiguousStaff": {
    "zh-CN": "“{staff}”对应多名员工（{ids}）：请写员工编号",
    "en-US": "\"{staff}\" names more than one person ({ids}): write the staff id",
  },
  "opening.figuresWithoutMonths": {
    "zh-CN": "期初有收入、保险、扣除或已扣税，但在职月数为 0：请填写 months",
    "en-US": "the opening balance has income, insurance, deductions or tax but 0 months employed: fill in months",
  },
  "opening.taxAboveGross": {
    "zh-CN": "期初已扣税 {tax} 高于期初收入 {gross}，不可能",
    "en-US": "the opening tax withheld {tax} is above the opening gross {gross}, which cannot be",
  },
  "opening.tooManyMonths": {
    "zh-CN": "期初在职 {months} 个月不可能：{start} 之前本年度最多在职 {possible} 个月（自 {from} 起）",
    "en-US": "{months} months employed before {start} cannot be: at most {possible} this tax year (employed from {from})",
  },
  "months.duplicateEntry": {
    "zh-CN": "{staff} 在 {month} 有两条记录",
    "en-US": "{staff} has two entries in {month}",
  },
} satisfies MessageTable;
