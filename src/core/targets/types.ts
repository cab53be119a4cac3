import type { Dec } from "../money";
import type { IsoDate, Month } from "../calendar";
import type { TargetSettings, Warning } from "../types";
import type { HolidayCalendar } from "../holidayCalendar";

export interface SpreadInput {
  month: Month;
  /** The month's sales target, in yuan; rounded to the fen before it is spread. */
  target: Dec;
  settings: TargetSettings;
  /** Actual sales entered so far, by date; they fix those days and the rest of the target is re-spread. */
  actuals?: ReadonlyMap<IsoDate, Dec>;
  /** Actual orders (paying buyers) and visitors by date, from the shop's export or typed: compared with
   *  the plan's orders and visitors (attainment), never re-spread. Whole numbers ≥ 0. */
  actualOrders?: ReadonlyMap<IsoDate, number>;
  actualVisitors?: ReadonlyMap<IsoDate, number>;
  /** China's working calendar (src/core/holidayCalendar.ts); default: the package's and the shipped years. */
  calendar?: HolidayCalendar;
}

/** One day's weight and what made it: the weekday profile, any sales events, an official holiday. */
export interface DayWeight {
  date: IsoDate;
  weight: Dec;
  /** The product of the day's sales event factors (1 without any). */
  eventFactor: Dec;
  /** What multiplied to the weight: the weekday weight, each event's factor, the holiday factor. */
  factors: Dec[];
  /** The official holiday's Chinese name ("国庆节"), or null. */
  holiday: string | null;
  /** The names of the sales events on this day, joined with " + ", or null. */
  event: string | null;
}

export interface DayPlan {
  date: IsoDate;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Monday-start week of the month, clipped to the month (calendar.weekOfMonth). */
  week: number;
  weight: Dec;
  /** The product of the day's sales event factors (1 without any), one part of the weight. */
  eventFactor: Dec;
  /** The decimals the day's factors bring, each counted up to 5 (the Targets sheet's check counts so). */
  weightDecimals: number;
  holiday: string | null;
  event: string | null;
  /** The day's share of the month target, to the fen. */
  target: Dec;
  /** ⌈target ÷ AOV⌉, or null without an AOV. */
  orders: number | null;
  /** ⌈orders ÷ conversion rate⌉, or null without both an AOV and a conversion rate. */
  visitors: number | null;
  actual: Dec | null;
  /** Actual orders and visitors of the day, where given. */
  actualOrders: number | null;
  actualVisitors: number | null;
  /** The actual where there is one, else this day's share of what is left of the target. */
  revisedTarget: Dec;
}

export interface WeekPlan {
  week: number;
  start: IsoDate;
  end: IsoDate;
  target: Dec;
  /** Sum of the week's actuals (0 where none are entered). */
  actual: Dec;
  revisedTarget: Dec;
}

export interface TargetPlan {
  month: Month;
  /** The target that was spread (rounded to the fen; 0 if the given one was unusable). */
  target: Dec;
  days: DayPlan[];
  weeks: WeekPlan[];
  warnings: Warning[];
}
