/**
 * Target spreading: a month's sales target → daily and weekly rows, orders and visitors, and the re-spread
 * of what is left once actual sales come in. Pure functions over decimal.js; see ARCHITECTURE.md
 * "Target spreading" and "Rounding".
 */
export type { DayPlan, DayWeight, SpreadInput, TargetPlan, WeekPlan } from "./types";
export { spreadTarget } from "./spread";
export { largestRemainder } from "./largestRemainder";
export { dayWeights, weightDecimalsProblems, WEIGHT_DECIMALS } from "./weights";
export { holidayCoverage, officialHoliday } from "./holidays";
export { eventsOn, isEventDate } from "./events";
export { ordersFor, visitorsFor } from "./funnel";
export { weekPlans } from "./weeks";
export { eventFactor } from "./weights";
export { eventKey } from "./events";
export { splitSteps, type DaySteps, type SplitStep, type SplitSteps } from "./steps";
export { dayProgress, monthProgress, type CountProgress, type DayProgress, type MonthProgress } from "./progress";
