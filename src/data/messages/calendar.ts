import type { MessageTable } from "./table";

/**
 * Messages of China's working calendar (src/core/holidayCalendar.ts): a month outside it, and the user's
 * holiday years. A table of its own: the targets spread shows them, so the pane and the custom functions
 * carry it, without the rest of the payroll rules' texts.
 */
export const calendarMessages = {
  "calendar.holidayOvertimeNoHoliday": {
    "zh-CN": "{name}（{id}）{month} 填了法定节假日加班 {hours} 小时（按 300% 计），但当月没有法定节假日：请核对是否应为休息日加班（200%）。",
    "en-US": "{name} ({id}) has {hours} hours of public-holiday overtime (300%) in {month}, a month without a public holiday: check whether it was rest-day overtime (200%).",
  },
  "calendar.notCovered": {
    "zh-CN": "{month} 所在的 {year} 年不在已知的节假日安排内（已知：{known}）：法定节假日和调休上班日未知，所有周一至周五都按工作日计算。请录入国务院办公厅公布的 {year} 年节假日安排（配置文件的 calendar：放假日期 holidays 和调休上班日期 makeUpWorkdays）。",
    "en-US": "{month} is in {year}, outside the known holiday calendar ({known}): official holidays and make-up workdays are unknown, so every Monday to Friday counts as a workday. Enter the State Council's {year} holiday arrangement (the config's calendar: the days off, holidays, and the make-up workdays, makeUpWorkdays).",
  },
  "calendar.notAList": {
    "zh-CN": "节假日安排应为列表。",
    "en-US": "The holiday arrangement must be a list.",
  },
  "calendar.yearInvalid": {
    "zh-CN": "「{value}」不是有效的年份。",
    "en-US": "\"{value}\" is not a year.",
  },
  "calendar.yearTwice": {
    "zh-CN": "{year} 年的节假日安排填写了两次：每年只能有一份。",
    "en-US": "The {year} holiday arrangement is entered twice: one per year.",
  },
  "calendar.dateInvalid": {
    "zh-CN": "「{value}」不是有效日期，请按 YYYY-MM-DD 填写。",
    "en-US": "\"{value}\" is not a date; write it as YYYY-MM-DD.",
  },
  "calendar.dateOutsideYear": {
    "zh-CN": "{date} 不在 {year} 年内。",
    "en-US": "{date} is not in {year}.",
  },
  "calendar.makeUpOnWeekday": {
    "zh-CN": "{date} 是周一至周五，不可能是调休上班日（调休上班日都是周末）。",
    "en-US": "{date} is a weekday, so it cannot be a make-up workday (those are always weekend days).",
  },
  "calendar.dateBoth": {
    "zh-CN": "{date} 同时填为节假日和调休上班日。",
    "en-US": "{date} is entered both as a holiday and as a make-up workday.",
  },
  "calendar.dateTwice": {
    "zh-CN": "{date} 填写了两次。",
    "en-US": "{date} is entered twice.",
  },
  "calendar.statutoryInvalid": {
    "zh-CN": "「{value}」应为 true（法定节假日，计薪）或 false（调休休息日，不计薪）。",
    "en-US": "\"{value}\" must be true (a statutory holiday, paid) or false (a swapped rest day, unpaid).",
  },
  "calendar.kindInvalid": {
    "zh-CN": "「{value}」不是节假日类型：请选择“法定节假日”“调休休息日”或“调休上班日”。",
    "en-US": "\"{value}\" is not a kind of day: pick “statutory holiday”, “swapped rest day” or “make-up workday”.",
  },
  "calendar.dateKindTwice": {
    "zh-CN": "{date} 填写了两次（{first}、{second}）：每个日期只能有一种类型。",
    "en-US": "{date} is entered twice ({first}, {second}): one kind per date.",
  },
} satisfies MessageTable;
