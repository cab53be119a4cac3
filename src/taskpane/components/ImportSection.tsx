import { Checkbox, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { ImportedDay } from "../../office/commands/importActuals";
import { whole, yuan } from "../format";
import { useT } from "../i18n";
import { useLayout } from "./layout";
import { MoneyCell, MoneyHeaderCell } from "./MoneyCells";

/**
 * "Import actuals": what to do in Excel first (open or paste the export into a sheet and go there), the
 * choice to replace figures typed differently, and — after an import — each day as it was read. The
 * button is the view's (its command bar); problems with their rows come back as the outcome's messages.
 */
export function ImportSection({ replace, onReplace, days }: { replace: boolean; onReplace(v: boolean): void; days: readonly ImportedDay[] | null }) {
  const t = useT();
  const l = useLayout();
  return (
    <section className={l.tight} aria-labelledby="import-title" data-testid="import-section">
      <Subtitle2 as="h2" id="import-title" className={l.heading}>
        {t("tp.import.title")}
      </Subtitle2>
      <Text>{t("tp.import.intro")}</Text>
      <Checkbox checked={replace} onChange={(_, d) => onReplace(d.checked === true)} label={t("tp.import.replace")} />
      {days && days.length > 0 && (
        <Table size="extra-small" aria-label={t("tp.import.read")} data-testid="imported-days">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("tp.import.date")}</TableHeaderCell>
              <MoneyHeaderCell>{t("tp.import.sales")}</MoneyHeaderCell>
              <MoneyHeaderCell>{t("tp.import.orders")}</MoneyHeaderCell>
              <MoneyHeaderCell>{t("tp.import.visitors")}</MoneyHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {days.map((d) => (
              <TableRow key={d.date} data-sales={d.sales}>
                <TableCell>{d.date.slice(5)}</TableCell>
                <MoneyCell>{yuan(d.sales)}</MoneyCell>
                <MoneyCell>{d.orders === null ? "" : whole(d.orders)}</MoneyCell>
                <MoneyCell>{d.visitors === null ? "" : whole(d.visitors)}</MoneyCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
