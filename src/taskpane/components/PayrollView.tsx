import { MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { isMonth } from "../../core/calendar";
import { amount } from "../../core/config/fields";
import { D } from "../../core/money";
import type { PayrollFigures } from "../../office/panePayroll";
import { fieldProblem } from "../checks";
import { percent, yuan } from "../format";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet, outcomeOf } from "../useShopSheet";
import { TextField } from "./FormField";
import { useLayout } from "./layout";
import { MonthField } from "./MonthField";
import type { MonthInputs } from "./PlanView";
import { CommandBar, OutcomeView } from "./Status";

export interface PayrollViewProps {
  inputs: MonthInputs;
  onChange(p: Partial<MonthInputs>): void;
}

/** Payroll: run the month (gross margin from the pane), then its totals, the pool and every warning. */
export function PayrollView({ inputs, onChange }: PayrollViewProps) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const { commands } = useShopSheet();
  const runner = useCommand();
  const [submitted, setSubmitted] = useState(false);
  const [figures, setFigures] = useState<PayrollFigures | null>(null);
  const month = inputs.month.trim();
  const marginProblem = fieldProblem({ schema: amount, required: false }, inputs.grossMargin, lang);

  const run = async () => {
    setSubmitted(true);
    if (!isMonth(month) || marginProblem !== undefined) return;
    setFigures(null);
    await runner.run(t("tp.progress.payroll", { month }), async (progress) => {
      progress(t("tp.progress.payroll", { month }), 1, 2);
      const gm = inputs.grossMargin.trim();
      const r = await commands.runPayroll(month, { lang, ...(gm === "" ? {} : { grossMargin: gm }) });
      if (!r.ok) return { ok: false, messages: r.messages };
      progress(t("tp.progress.totals", { month }), 2, 2);
      const f = await commands.readPayroll(month, { lang });
      if (f.ok) setFigures(f.figures);
      return { ok: true, summary: r.summary, messages: f.ok ? r.messages : [...r.messages, ...f.messages.map((m) => ({ ...m, level: "warning" as const }))] };
    });
  };
  const next = async () => {
    setFigures(null);
    await runner.run(t("tp.progress.next"), async () => {
      const r = await commands.addNextMonth({ lang });
      return outcomeOf(r);
    });
  };

  return (
    <div className={l.stack}>
      <Text>{t("tp.payroll.intro")}</Text>
      <div className={l.grid}>
        <MonthField className={l.wide} value={inputs.month} onChange={(v) => onChange({ month: v })} showProblem={submitted} />
        <TextField
          label={t("wb.payroll.grossMargin")}
          value={inputs.grossMargin}
          onChange={(v) => onChange({ grossMargin: v })}
          problem={marginProblem}
          showProblem={submitted}
          inputMode="decimal"
          hint={t("tp.payroll.marginHint")}
        />
      </div>
      <CommandBar
        runner={runner}
        actions={[
          { label: t("tp.payroll.run"), onClick: run, primary: true },
          { label: t("tp.payroll.next"), onClick: next },
        ]}
      />
      {figures && <Figures figures={figures} />}
      <OutcomeView outcome={runner.outcome} />
    </div>
  );
}

const TOTALS = ["paidBase", "commission", "reward", "penalty", "gross", "socialInsurance", "housingFund", "iit", "net", "employerSocialInsurance", "employerHousingFund", "employerCost"] as const;

function Figures({ figures }: { figures: PayrollFigures }) {
  const t = useT();
  const l = useLayout();
  const p = figures.pool;
  const over = new D(p.allocatedShare).greaterThan(1);
  return (
    <div className={l.stack} data-testid="payroll-figures">
      <ItemTable
        title={t("tp.payroll.totals", { month: figures.month })}
        rows={[[t("tp.payroll.people"), String(figures.people)], ...TOTALS.map((k) => [t(`wb.col.${k}`), yuan(figures.totals[k])] as const)]}
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
            <TableHeaderCell>{t("tp.plan.amount")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {children}
    </section>
  );
}
