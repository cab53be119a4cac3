import type { MessageTable } from "./index";

/** Messages for input the engine refuses; each is shown after the place it concerns (`staff[3].base: …`). */
export const validationMessages: MessageTable = {
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
  "config.expectedObject": { "zh-CN": "应为对象 {…}", "en-US": "expected an object {…}" },
  "config.expectedList": { "zh-CN": "应为列表 […]", "en-US": "expected a list […]" },
  "config.unknownKey": { "zh-CN": "未知字段“{key}”", "en-US": "unknown field \"{key}\"" },
  "config.required": { "zh-CN": "必填", "en-US": "is required" },
  "config.notJson": { "zh-CN": "{file} 不是有效的 JSON：{detail}", "en-US": "{file} is not valid JSON: {detail}" },
  "config.unreadable": { "zh-CN": "无法读取 {file}：{detail}", "en-US": "cannot read {file}: {detail}" },
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
  "config.floorAboveCeiling": {
    "zh-CN": "下限 {floor} 高于上限 {ceiling}",
    "en-US": "the floor {floor} is above the ceiling {ceiling}",
  },
  "roles.duplicate": { "zh-CN": "岗位编号“{id}”重复", "en-US": "role id \"{id}\" appears twice" },
  "roles.baseRange": {
    "zh-CN": "底薪下限 {min} 高于上限 {max}",
    "en-US": "the base minimum {min} is above the maximum {max}",
  },
  "staff.duplicate": { "zh-CN": "员工编号“{id}”重复", "en-US": "staff id \"{id}\" appears twice" },
  "staff.unknownRole": {
    "zh-CN": "“{role}”不是已有岗位；可选：{known}",
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
  "months.duplicateEntry": {
    "zh-CN": "{staff} 在 {month} 有两条记录",
    "en-US": "{staff} has two entries in {month}",
  },
};
