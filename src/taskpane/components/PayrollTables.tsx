import { MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { D } from "../../core/money";
import { payColumnsWhere, type MoneyKey } from "../../core/payroll";
import type { PayrollFigures } from "../../office/commands/payroll";
import type { ExamplePerson } from "../examplePayroll";
import { percent, yuan } from "../format";
import { useT } from "../i18n";
import { useLayout } from "./layout";
import { MoneyCell, MoneyHeaderCell } from "./MoneyCells";

/** The pay columns the pane totals (src/core/payroll/payColumns.ts). */
const TOTALS = payColumnsWhere("paneTotal");

/** A month's totals and its pool reconciliation (an over-allocated pool said as an error). */
export function PayrollFiguresView({ figures }: { figures: PayrollFigures }) {
  const t = useT();
  const l = useLayout();
  const p = figures.pool;
  const over = new D(p.allocatedShare).greaterThan(1);
  return (
    <div className={l.stack} data-testid="payroll-figures">
      <ItemTable
        title={t("tp.payroll.totals", { month: figures.month })}
        rows={[[t("tp.payroll.people"), String(figures.people)], ...TOTALS.map((c) => [t(c.label), yuan(figures.totals[c.key as MoneyKey])] as const)]}
      />
      <ItemTable
        title={t("wb.payroll.reconciliation")}
        rows={[
          [t("wb.payroll.grossMargin"), p.grossMargin === null ? t("wb.needsInput") : yuan(p.grossMargin)],
          [t("wb.settings.poolRate"), percent(p.rate)],
          [t("wb.payroll.pool"), yuan(p.pool)],
          [t("wb.payroll.allocatedShare"), percent(p.allocatedShare)],
          [t("wb.payroll.allocated"), yuan(p.allocated)],
          [t("wb.payroll.unallocated"), yuan(p.unallocated)],
        ]}
      >
        {over && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("tp.payroll.over", { share: percent(p.allocatedShare) })}</MessageBarBody>
          </MessageBar>
        )}
      </ItemTable>
    </div>
  );
}

/** A titled two-column table of labelled amounts, as a section of its own. */
function ItemTable({ title, rows, children }: { title: string; rows: readonly (readonly [string, string])[]; children?: ReactNode }) {
  const t = useT();
  const l = useLayout();
  return (
    <section className={l.tight} aria-label={title}>
      <Subtitle2 as="h2" className={l.heading}>
        {title}
      </Subtitle2>
      <Table size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("tp.payroll.item")}</TableHeaderCell>
            <MoneyHeaderCell>{t("tp.plan.amount")}</MoneyHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              <MoneyCell>{value}</MoneyCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {children}
    </section>
  );
}

/** One row a person: name, 应发合计 and 实发. */
export function PeopleTable({ title, people }: { title: string; people: readonly ExamplePerson[] }) {
  const t = useT();
  const l = useLayout();
  return (
    <section className={l.tight} aria-label={title}>
      <Subtitle2 as="h2" className={l.heading}>
        {title}
      </Subtitle2>
      <Table size="extra-small" aria-label={title} data-testid="people-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("wb.col.name")}</TableHeaderCell>
            <MoneyHeaderCell>{t("wb.col.earningsTotal")}</MoneyHeaderCell>
            <MoneyHeaderCell>{t("wb.col.net")}</MoneyHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((p) => (
            <TableRow key={p.id} data-net={p.net}>
              <TableCell>{p.name}</TableCell>
              <MoneyCell>{yuan(p.earningsTotal)}</MoneyCell>
              <MoneyCell>{yuan(p.net)}</MoneyCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
