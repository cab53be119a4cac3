/**
 * Source files that have no test of the same name (test/architecture/testLayout.test.ts), each group
 * saying why. The list only shrinks: a new source file comes with its test (test/<same path>.test.ts,
 * or test/<same path>.<aspect>.test.ts for a second one), and a file given a test, moved or deleted
 * must leave this list — the test fails on a stale entry as on a new file without a test.
 */

/** Data, not logic: tables, texts in both languages, the example team. Their shape is checked by the
 *  tests of what reads them and by test/data/messages/index.test.ts (every code in both languages). */
export const DATA: readonly string[] = [
  "src/data/defaults.ts",
  "src/data/exampleTeam.ts",
  "src/data/lang.ts",
  "src/data/messages/all.ts",
  "src/data/messages/calendar.ts",
  "src/data/messages/insurance.ts",
  "src/data/messages/cli.ts",
  "src/data/messages/table.ts",
  // The pane's later chunks' texts: checked with the pane's first table by test/data/messages/taskpane.test.ts.
  "src/data/messages/taskpaneViews.ts",
  "src/data/messages/validation.ts",
  "src/data/messages/weekdays.ts",
  "src/data/messages/workbook.ts",
  "src/data/messages/workbookTargets.ts",
  "src/data/rules/annualBonus.ts",
  "src/data/rules/holidayArrangements.ts",
  "src/data/rules/insuranceProfiles.ts",
  "src/data/rules/specialDeductions.ts",
];

/** Declarations only (interfaces and type aliases): the compiler checks them; nothing runs. */
export const TYPES_ONLY: readonly string[] = [
  "src/cli/io.ts",
  "src/core/targets/types.ts",
  "src/core/types.ts",
  "src/office/commands/options.ts",
  "src/workbook/read/grid.ts",
  "src/workbook/validationSpec.ts",
];

/** Re-exports only (a folder's public face): what they re-export is tested where it is written. */
export const BARRELS: readonly string[] = [
  "src/core/targets/index.ts",
  "src/workbook/exports/index.ts",
  "src/workbook/imports/index.ts",
  "src/workbook/read/index.ts",
];

/**
 * Code tested only through the tests of what uses it — the reconciler's parts through
 * test/office/reconcile/plan.test.ts and test/office/index.test.ts, the fast writer's parts through
 * test/xlsx/writer/index.test.ts, the pane's components through test/taskpane/App.test.tsx and the
 * views' tests, the importers' helpers through test/workbook/imports/*, the SHOP.* implementations
 * through test/functions/functions.test.ts. Give one its own test when you change it, and take it off
 * this list.
 */
export const TESTED_THROUGH_OTHERS: readonly string[] = [
  // Each surface's message registration (issue 15): test/data/messages/surfaces.test.ts checks that each
  // registers every code its modules can show.
  "src/functions/messages.ts",
  "src/office/messages.ts",
  "src/taskpane/messages.ts",
  "src/taskpane/viewMessages.ts",
  // The pane's whole-config check after its first render: test/taskpane/App.test.tsx and the views' tests.
  "src/taskpane/useConfigCheck.ts",
  // The payroll rows' helper positions (issue 15): test/oracle/payroll.oracle.test.ts recalculates them
  // in LibreOffice (Staff sorted so every fallback is taken), test/workbook/sheets/exactFormulas.test.ts.
  "src/workbook/sheets/payrollPositions.ts",
  // Issue 12's layout helpers, tested where they show: the words for flags and choices both ways
  // (test/workbook/sheets/roles.test.ts, test/workbook/read/readConfig.test.ts reads them back), an
  // event's name in the workbook's language (readConfig, test/oracle/targets.oracle.test.ts), the print
  // codes and outline (test/xlsx/printSetup.test.ts reads them from the file), row heights for wrapped
  // text (printSetup, test/render/render.test.ts on the printed page), the contents sheet and the A4
  // page of every sheet (test/xlsx/readableWorkbook.test.ts, test/office/index.test.ts), the role's
  // name and lookups (test/workbook/sheets/roleSheet.test.ts, test/workbook/sheets/staff.test.ts).
  "src/workbook/choices.ts",
  "src/workbook/eventNames.ts",
  "src/workbook/print.ts",
  "src/workbook/textFit.ts",
  "src/workbook/sheets/contents.ts",
  "src/workbook/sheets/page.ts",
  "src/workbook/sheets/roleLookup.ts",
  // cli/
  "src/cli/args.ts",
  "src/cli/config.ts",
  "src/cli/fileErrors.ts",
  "src/cli/format.ts",
  "src/cli/jsonFile.ts",
  "src/cli/outFile.ts",
  "src/cli/problems.ts",
  // core/
  "src/core/config/leaves.ts",
  "src/core/config/lenient.ts",
  "src/core/config/openings.ts",
  "src/core/config/rehire.ts",
  "src/core/config/resolve.ts",
  "src/core/config/schema.ts",
  "src/core/config/spreadLimit.ts",
  "src/core/payroll/index.ts",
  "src/core/payroll/monthRun.ts",
  "src/core/payroll/pay.ts",
  "src/core/payroll/staffCheck.ts",
  "src/core/payroll/summary.ts",
  "src/core/personal/bankAccount.ts",
  "src/core/personal/idDocument.ts",
  "src/core/roles.ts",
  "src/core/targets/checks.ts",
  "src/core/targets/events.ts",
  "src/core/targets/exact.ts",
  "src/core/targets/progress.ts",
  "src/core/tax/annualBonusChecks.ts",
  // functions/
  // The implementation's chunk (two lines: the messages and SHOP): test/functions/functions.bundle.test.ts
  // runs it as the page fetches it, test/data/messages/surfaces.test.ts checks the messages it registers.
  "src/functions/implementation.ts",
  "src/functions/cache.ts",
  "src/functions/cells.ts",
  "src/functions/params.ts",
  "src/functions/problem.ts",
  "src/functions/ranges.ts",
  "src/functions/runner.ts",
  "src/functions/shop.ts",
  "src/functions/spread.ts",
  "src/functions/table.ts",
  // office/
  "src/office/commands/session.ts",
  "src/office/commands/targets.ts",
  // The Targets commands' first read (targets.ts, importActuals.ts): tested through them, in the commands' tests.
  "src/office/commands/targetsMonth.ts",
  "src/office/host/discover.ts",
  "src/office/host/features.ts",
  "src/office/host/readInputs.ts",
  "src/office/reconcile/cells.ts",
  "src/office/reconcile/features.ts",
  "src/office/reconcile/grid.ts",
  "src/office/reconcile/liveModel.ts",
  "src/office/reconcile/ops.ts",
  "src/office/reconcile/planCells.ts",
  "src/office/reconcile/planChecks.ts",
  "src/office/reconcile/planLooks.ts",
  "src/office/reconcile/planTables.ts",
  "src/office/reconcile/readRequest.ts",
  "src/office/reconcile/workbookLang.ts",
  "src/office/result.ts",
  // taskpane/
  // Set up's editors, moved into a chunk of their own (issue 15): test/taskpane/components/SetupView.test.tsx
  // opens each (before and after the chunk is in); setupEditorsChunk.ts only re-exports them.
  "src/taskpane/components/PersonEditor.tsx",
  "src/taskpane/components/RoleDetails.tsx",
  "src/taskpane/components/setupEditors.tsx",
  "src/taskpane/components/setupEditorsChunk.ts",
  "src/taskpane/roleLabel.ts",
  "src/taskpane/commands.ts",
  "src/taskpane/components/CommandBar.tsx",
  "src/taskpane/components/ExamplePayrollPreview.tsx",
  "src/taskpane/components/FormField.tsx",
  "src/taskpane/components/MoneyCells.tsx",
  "src/taskpane/components/MonthField.tsx",
  "src/taskpane/components/OutsideExcel.tsx",
  "src/taskpane/components/PayrollTables.tsx",
  "src/taskpane/components/RolesSection.tsx",
  "src/taskpane/components/SettingsSection.tsx",
  "src/taskpane/components/SplitChart.tsx",
  "src/taskpane/components/Status.tsx",
  "src/taskpane/components/layout.ts",
  "src/taskpane/host.ts",
  "src/taskpane/i18n.tsx",
  "src/taskpane/index.tsx",
  "src/taskpane/theme.ts",
  "src/taskpane/useShopSheet.tsx",
  // workbook/
  "src/workbook/exports/taxTemplate.ts",
  "src/workbook/imports/columns.ts",
  "src/workbook/imports/csvGrid.ts",
  "src/workbook/imports/grid.ts",
  "src/workbook/imports/header.ts",
  "src/workbook/imports/jsonActuals.ts",
  "src/workbook/imports/rowReader.ts",
  "src/workbook/layoutVersion.ts",
  "src/workbook/names.ts",
  "src/workbook/read/locator.ts",
  "src/workbook/read/problems.ts",
  "src/workbook/read/tableRows.ts",
  "src/workbook/sheets/slips.ts",
  "src/workbook/sheets/targetsFormulas.ts",
  "src/workbook/sheets/targetsResults.ts",
  "src/workbook/spec.ts",
  "src/workbook/styles.ts",
  "src/workbook/templates.ts",
  "src/workbook/text.ts",
  // xlsx/
  "src/xlsx/exceljs-patch.ts",
  "src/xlsx/writer/cells.ts",
  "src/xlsx/writer/chart.ts",
  "src/xlsx/writer/formulas.ts",
  "src/xlsx/writer/packageParts.ts",
  "src/xlsx/writer/plan.ts",
  "src/xlsx/writer/sink.ts",
  "src/xlsx/writer/strings.ts",
  "src/xlsx/writer/styles.ts",
  "src/xlsx/writer/table.ts",
  "src/xlsx/writer/theme.ts",
  "src/xlsx/writer/values.ts",
  "src/xlsx/writer/worksheet.ts",
];
