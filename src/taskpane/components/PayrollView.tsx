import "../viewMessages";
import { Subtitle2, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isMonth } from "../../core/calendar";
import { amount } from "../../core/config/leafChecks";
import type { PayrollFigures } from "../../office/commands/payroll";
import { fieldProblem } from "../checks";
import type { RoleDraft, SettingsDraft } from "../draft";
import { examplePayroll } from "../examplePayroll";
import { yuan } from "../format";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet, outcomeOf } from "../useShopSheet";
import { CommandBar } from "./CommandBar";
import { OutcomeNotes } from "./Status";
import { ExamplePayrollPreview } from "./ExamplePayrollPreview";
import { TextField } from "./FormField";
import { useLayout } from "./layout";
import { MonthField } from "./MonthField";
import { PayrollFiguresView } from "./PayrollTables";
import type { MonthInputs } from "./PlanView";

export interface PayrollViewProps {
  inputs: MonthInputs;
  onChange(p: Partial<MonthInputs>): void;
  /** The settings and roles being edited in the first view: outside Excel the example's payroll uses them. */
  settings: SettingsDraft;
  roles: readonly RoleDraft[];
}

/**
 * Payroll: run the month (gross margin from the pane), then its totals, the pool and every warning.
 * Outside Excel nothing can run, so the view previews the example team's month instead.
 */
export function PayrollView({ inputs, onChange, settings, roles }: PayrollViewProps) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const { commands, inExcel } = useShopSheet();
  const runner = useCommand();
  const [submitted, setSubmitted] = useState(false);
  const [figures, setFigures] = useState<PayrollFigures | null>(null);
  const month = inputs.month.trim();
  const marginProblem = fieldProblem({ check: amount, required: false }, inputs.grossMargin, lang);
  const margin = marginProblem === undefined && inputs.grossMargin.trim() !== "" ? inputs.grossMargin.trim() : null;
  const example = useMemo(
    () => (inExcel ? null : examplePayroll(month, margin, settings, roles, lang)),
    [inExcel, month, margin, settings, roles, lang],
  );

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
  const exportFile = async (kind: "tax" | "bank") => {
    setSubmitted(true);
    if (!isMonth(month)) return;
    await runner.run(t(kind === "tax" ? "tp.progress.exportTax" : "tp.progress.exportBank", { month }), async () => outcomeOf(await commands.exportFile(kind, month, { lang })));
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
      <Text>{t(inExcel ? "tp.payroll.intro" : "tp.payroll.introExample")}</Text>
      <div className={l.grid}>
        <MonthField className={l.wide} value={inputs.month} onChange={(v) => onChange({ month: v })} showProblem={submitted || !inExcel} />
        <TextField
          label={t("wb.payroll.grossMargin")}
          value={inputs.grossMargin}
          onChange={(v) => onChange({ grossMargin: v })}
          problem={marginProblem}
          showProblem={submitted}
          inputMode="decimal"
          hint={example ? t("tp.payroll.example.marginHint", { amount: yuan(example.exampleMargin) }) : t("tp.payroll.marginHint")}
        />
      </div>
      {figures && <PayrollFiguresView figures={figures} />}
      <OutcomeNotes outcome={runner.outcome} />
      {example && <ExamplePayrollPreview example={example} />}
      <section className={l.tight} aria-labelledby="export-title" data-testid="export-section">
        <Subtitle2 as="h2" id="export-title" className={l.heading}>
          {t("tp.export.title")}
        </Subtitle2>
        <Text>{t("tp.export.intro")}</Text>
      </section>
      <CommandBar
        runner={runner}
        actions={[
          { label: t("tp.payroll.run"), onClick: run, primary: true },
          { label: t("tp.payroll.next"), onClick: next },
          { label: t("tp.export.tax"), onClick: () => void exportFile("tax") },
          { label: t("tp.export.bank"), onClick: () => void exportFile("bank") },
        ]}
      />
    </div>
  );
}
