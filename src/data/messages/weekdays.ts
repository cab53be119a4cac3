import type { MessageTable } from "./table";

/** The days of the week, Monday first: the CLI's table, the Settings sheet's weights, the pane's plan. */
export const weekdayMessages = {
  "weekday.1": { "zh-CN": "周一", "en-US": "Mon" },
  "weekday.2": { "zh-CN": "周二", "en-US": "Tue" },
  "weekday.3": { "zh-CN": "周三", "en-US": "Wed" },
  "weekday.4": { "zh-CN": "周四", "en-US": "Thu" },
  "weekday.5": { "zh-CN": "周五", "en-US": "Fri" },
  "weekday.6": { "zh-CN": "周六", "en-US": "Sat" },
  "weekday.7": { "zh-CN": "周日", "en-US": "Sun" },
} satisfies MessageTable;
