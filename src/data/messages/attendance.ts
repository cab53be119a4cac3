import type { MessageTable } from "./table";

/**
 * What reading a month's overtime hours, leave days and allowances says (src/core/pay/attendance.ts,
 * issue 13). A table of its own, apart from the payroll rules' (./rules.ts): the custom functions read
 * a month's entries too, and carry only the tables they can show (issue 15).
 */
export const attendanceMessages = {
  "attendance.numberInvalid": {
    "zh-CN": "「{value}」不是有效的数字（不能为负数）：未计入，请更正。",
    "en-US": "\"{value}\" is not a number (it cannot be negative); correct it — it is not counted.",
  },
  "attendance.objectExpected": {
    "zh-CN": "应填写各项：{keys}。",
    "en-US": "Expected the parts {keys}.",
  },
  "allowance.notAList": {
    "zh-CN": "津贴补贴应为列表（每项：名称、金额、是否计税）。",
    "en-US": "Allowances must be a list (each: name, amount, taxable).",
  },
  "allowance.entryInvalid": {
    "zh-CN": "这一项津贴补贴无效：需要名称、金额和是否计税。",
    "en-US": "This allowance is not valid: it needs a name, an amount and whether it is taxable.",
  },
  "allowance.nameMissing": {
    "zh-CN": "津贴补贴缺少名称。",
    "en-US": "The allowance has no name.",
  },
  "allowance.amountInvalid": {
    "zh-CN": "津贴补贴「{name}」的金额「{value}」无效：未计入。",
    "en-US": "Allowance \"{name}\": \"{value}\" is not an amount; it is not counted.",
  },
  "allowance.taxableAssumed": {
    "zh-CN": "津贴补贴「{name}」未注明是否计税：按计税处理（不会少扣个税）。如为免税项目（如差旅费津贴、误餐补助），请标注 taxable: false。",
    "en-US": "Allowance \"{name}\" does not say whether it is taxable: it is taxed (never under-withholds). If it is exempt (e.g. a travel or missed-meal allowance), mark it taxable: false.",
  },
  "allowance.taxableInvalid": {
    "zh-CN": "津贴补贴「{name}」的“是否计税”应为 true 或 false，而不是「{value}」：未计入。",
    "en-US": "Allowance \"{name}\": taxable must be true or false, not \"{value}\"; it is not counted.",
  },
} satisfies MessageTable;
