/**
 * Round trip 1: what is in the open workbook — the sheets, their tables (names and headers), charts and
 * protection, and the workbook's names — in one batch, whatever the size of the data.
 */
import { assemble, type LiveSheet, type LiveWorkbook } from "../reconcile/liveModel";

type Sync = () => Promise<void>;

/** Round trip 1: the workbook's shape. */
export async function discover(context: Excel.RequestContext, sync: Sync): Promise<LiveWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load({
    name: true,
    position: true,
    protection: { protected: true, options: true },
    tables: { name: true, showHeaders: true, showTotals: true, columns: { name: true } },
    charts: { name: true },
  } as Excel.Interfaces.WorksheetCollectionLoadOptions);
  const names = context.workbook.names;
  names.load({ name: true, type: true, value: true } as Excel.Interfaces.NamedItemCollectionLoadOptions);
  await sync();

  const live: LiveSheet[] = sheets.items.map((ws) => ({
    name: ws.name,
    position: ws.position,
    protected: !!ws.protection?.protected,
    protectionOptions: ws.protection?.protected ? (ws.protection.options ?? {}) : null,
    tables: ws.tables.items.map((t) => ({
      name: t.name,
      sheet: ws.name,
      showHeaders: t.showHeaders !== false,
      showTotals: !!t.showTotals,
      headers: t.columns.items.map((c) => String(c.name)),
    })),
    charts: ws.charts.items.map((c) => c.name),
  }));
  return assemble(
    live,
    names.items.map((n) => ({ name: n.name, type: String(n.type), value: n.value as unknown })),
  );
}

