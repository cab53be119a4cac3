/**
 * Imports of the 生意参谋 (Business Advisor) exports: pure functions over grids of cell values, so the
 * CLI (files read by ../../xlsx/readGrid.ts) and the pane (a sheet's `range.values`) share them.
 */
export type { Grid, GridOrigin, ImportOutcome } from "./grid";
export { PRODUCT_DAILY_COLUMNS, SERVICE_AGENT_COLUMNS, SUMMARY_LABELS } from "./columns";
export { importProductDaily, salesByDate, type DayFigures, type ProductDailyImport, type ProductDailyOptions } from "./productDaily";
export { importServiceAgents, type AgentFigures, type ServiceAgentsImport, type ServiceAgentsOptions } from "./serviceAgents";
export { actualsFromJson } from "./jsonActuals";
export { csvGrid, decodeText } from "./csvGrid";
export { importActuals, importAgentSales, fromFirstSheetWithHeader, type ImportSource } from "./fromFile";
