import { Button, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useState } from "react";
import { isMonth } from "../../core/calendar";
import { amount } from "../../core/config/fields";
import { D } from "../../core/money";
import type { PayrollFigures } from "../../office/panePayroll";
import { fieldProblem } from "../checks";
import { percent, yuan } from "../format";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet } from "../useShopSheet";
import { TextField } from "./FormField";
import { useLayout } from "./layout";
import { MonthField } from "./MonthField";
import type { MonthInputs } from "./PlanView";
import { OutcomeView, Progress } from "./Status";

export interface PayrollViewProps {
  inputs: MonthInputs;
  onChange(p: Partial<MonthInputs>): void;
}

/** Payroll: run the month (gross margin from the pane), then its totals, the pool and every warning. */
export function PayrollView({ inputs, onChange }: PayrollViewProps) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const { commands, inExcel } = useShopSheet();
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
      return r.ok ? { ok: true, summary: r.summary, messages: r.messages } : { ok: false, messages: r.messages };
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
      <div className={l.buttons}>
        <Button appearance="primary" onClick={run} disabled={!inExcel || runner.busy !== null}>
          {t("tp.payroll.run")}
        </Button>
        <Button onClick={next} disabled={!inExcel || runner.busy !== null}>
          {t("tp.payroll.next")}
        </Button>
      </div>
      {!inExcel && <Text className={l.muted}>{t("tp.needsExcel")}</Text>}
      <Progress busy={runner.busy} step={runner.step} />
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
      <section className={l.tight} aria-label={t("tp.payroll.totals", { month: figures.month })}>
        <Subtitle2 as="h2" className={l.heading}>
          {t("tp.payroll.totals", { month: figures.month })}
        </Subtitle2>
        <Table size="extra-small" aria-label={t("tp.payroll.totals", { month: figures.month })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("tp.payroll.item")}</TableHeaderCell>
              <TableHeaderCell>{t("tp.plan.amount")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>{t("tp.payroll.people")}</TableCell>
              <TableCell>{figures.people}</TableCell>
            </TableRow>
            {TOTALS.map((k) => (
              <TableRow key={k}>
                <TableCell>{t(`wb.col.${k}`)}</TableCell>
                <TableCell>{yuan(figures.totals[k])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section className={l.tight} aria-label={t("wb.payroll.reconciliation")}>
        <Subtitle2 as="h2" className={l.heading}>
          {t("wb.payroll.reconciliation")}
        </Subtitle2>
        <Table size="extra-small" aria-label={t("wb.payroll.reconciliation")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("tp.payroll.item")}</TableHeaderCell>
              <TableHeaderCell>{t("tp.plan.amount")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>{t("wb.payroll.grossMargin")}</TableCell>
              <TableCell>{p.grossMargin === null ? t("wb.needsInput") : yuan(p.grossMargin)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("wb.settings.poolRate")}</TableCell>
              <TableCell>{percent(p.rate)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("wb.payroll.pool")}</TableCell>
              <TableCell>{yuan(p.pool)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("wb.payroll.allocatedShare")}</TableCell>
              <TableCell>{percent(p.allocatedShare)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("wb.payroll.allocated")}</TableCell>
              <TableCell>{yuan(p.allocated)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t("wb.payroll.unallocated")}</TableCell>
              <TableCell>{yuan(p.unallocated)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
        {over && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("tp.payroll.over", { share: percent(p.allocatedShare) })}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}
