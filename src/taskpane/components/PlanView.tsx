import "../viewMessages";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isMonth } from "../../core/calendar";
import { parseConfig } from "../../core/config";
import { amount, nonNegativeAmount } from "../../core/config/leafChecks";
import { defaultEngineSettings } from "../../core/defaults";
import { parseAmount, sum, type Dec } from "../../core/money";
import { profitPool } from "../../core/pool";
import { spreadTarget, type TargetPlan } from "../../core/targets";
import type { TargetSettings } from "../../core/types";
import { formatMessage, weekdayCode } from "../../data/messages";
import { fieldProblem } from "../checks";
import { settingsToRaw, type SettingsDraft } from "../draft";
import { percent, whole, yuan } from "../format";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet, outcomeOf } from "../useShopSheet";
import { TextField } from "./FormField";
import { useLayout } from "./layout";
import { MonthField } from "./MonthField";
import { SplitChart } from "./SplitChart";
import { CommandBar } from "./CommandBar";
import { OutcomeNotes } from "./Status";
import { MoneyCell, MoneyHeaderCell } from "./MoneyCells";
import { ImportSection } from "./ImportSection";
import type { ImportedDay } from "../../office/commands/importActuals";

export interface MonthInputs {
  month: string;
  target: string;
  grossMargin: string;
}

export interface PlanViewProps {
  inputs: MonthInputs;
  onChange(p: Partial<MonthInputs>): void;
  /** The settings being edited in Set up: the preview uses their weights, events, AOV and conversion rate. */
  settings: SettingsDraft;
}

/** The settings the preview spreads with: the pane's, where they pass the engine's checks. */
export function previewSettings(s: SettingsDraft): { targets: TargetSettings; poolRate: Dec; ok: boolean } {
  const parsed = parseConfig({ settings: settingsToRaw(s) });
  if (parsed.ok) return { targets: parsed.config.settings.targets, poolRate: parsed.config.settings.poolRate, ok: true };
  const d = defaultEngineSettings();
  return { targets: d.targets, poolRate: d.poolRate, ok: false };
}

/** Plan a month: the split of the target over days and weeks, previewed with core before anything is written. */
export function PlanView({ inputs, onChange, settings }: PlanViewProps) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const { commands } = useShopSheet();
  const runner = useCommand();
  const [submitted, setSubmitted] = useState(false);
  const [replace, setReplace] = useState(false);
  const [imported, setImported] = useState<ImportedDay[] | null>(null);

  const targetProblem = fieldProblem({ check: nonNegativeAmount, required: true }, inputs.target, lang);
  const marginProblem = fieldProblem({ check: amount, required: false }, inputs.grossMargin, lang);
  const month = inputs.month.trim();
  const monthOk = isMonth(month);
  const used = useMemo(() => previewSettings(settings), [settings]);
  const plan: TargetPlan | null = useMemo(() => {
    if (!monthOk || targetProblem !== undefined) return null;
    return spreadTarget({ month, target: parseAmount(inputs.target)!, settings: used.targets });
  }, [month, monthOk, inputs.target, targetProblem, used]);
  const margin = marginProblem === undefined && inputs.grossMargin.trim() !== "" ? parseAmount(inputs.grossMargin) : null;

  const populate = async () => {
    setSubmitted(true);
    if (!monthOk || targetProblem !== undefined || marginProblem !== undefined) return;
    await runner.run(t("tp.progress.plan", { month }), async () => {
      const r = await commands.planMonth(month, inputs.target.trim(), { lang });
      return outcomeOf(r);
    });
  };
  const refresh = async () => {
    setSubmitted(true);
    if (!monthOk) return;
    await runner.run(t("tp.progress.refresh", { month }), async () => {
      const r = await commands.refreshTargets(month, { lang });
      return outcomeOf(r);
    });
  };

  const importActuals = async () => {
    setSubmitted(true);
    if (!monthOk) return;
    setImported(null);
    await runner.run(t("tp.progress.import", { month }), async () => {
      const r = await commands.importActuals(month, { lang, replaceEdits: replace });
      if (r.ok && r.days) setImported(r.days);
      return outcomeOf(r);
    });
  };

  return (
    <div className={l.stack}>
      <Text>{t("tp.plan.intro")}</Text>
      <div className={l.grid}>
        <MonthField className={l.wide} value={inputs.month} onChange={(v) => onChange({ month: v })} showProblem={submitted} />
        <TextField label={t("tp.plan.target")} required value={inputs.target} onChange={(v) => onChange({ target: v })} problem={targetProblem} showProblem={submitted} inputMode="decimal" hint={t("tp.yuanHint")} />
        <TextField
          label={t("wb.payroll.grossMargin")}
          value={inputs.grossMargin}
          onChange={(v) => onChange({ grossMargin: v })}
          problem={marginProblem}
          showProblem={submitted}
          inputMode="decimal"
          hint={margin !== null ? t("tp.plan.poolPreview", { pool: yuan(profitPool(margin, used.poolRate)), rate: percent(used.poolRate) }) : t("tp.plan.marginHint")}
        />
      </div>
      <OutcomeNotes outcome={runner.outcome} />
      {!used.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("tp.plan.settingsInvalid")}</MessageBarBody>
        </MessageBar>
      )}
      {plan ? <Preview plan={plan} /> : <Text className={l.muted}>{t("tp.plan.previewWaiting")}</Text>}
      <ImportSection replace={replace} onReplace={setReplace} days={imported} />
      <CommandBar
        runner={runner}
        actions={[
          { label: t("tp.plan.populate"), onClick: populate, primary: true },
          { label: t("tp.plan.refresh"), onClick: refresh },
          { label: t("tp.import.run"), onClick: importActuals },
        ]}
      />
    </div>
  );
}

function Preview({ plan }: { plan: TargetPlan }) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const daysTotal = sum(plan.days.map((d) => d.target));
  const weeksTotal = sum(plan.weeks.map((w) => w.target));
  const funnel = plan.days.some((d) => d.orders !== null);
  const visitors = plan.days.some((d) => d.visitors !== null);
  const summary = t("tp.plan.summary", { month: plan.month, target: yuan(plan.target), days: plan.days.length, weeks: plan.weeks.length });
  const special = plan.days.filter((d) => d.event !== null || d.holiday !== null);
  return (
    <section className={l.tight} aria-label={t("tp.plan.preview")} data-testid="plan-preview">
      <Subtitle2 as="h2" className={l.heading}>
        {t("tp.plan.preview")}
      </Subtitle2>
      <Text>{summary}</Text>
      <Text data-testid="plan-check" data-days-total={daysTotal.toFixed(2)} data-target={plan.target.toFixed(2)}>
        {daysTotal.equals(plan.target) && weeksTotal.equals(plan.target)
          ? t("tp.plan.sumOk", { days: yuan(daysTotal), weeks: yuan(weeksTotal) })
          : t("tp.plan.sumOff", { days: yuan(daysTotal), weeks: yuan(weeksTotal), target: yuan(plan.target) })}
      </Text>
      <SplitChart days={plan.days} label={t("tp.chart.label", { month: plan.month, summary })} />
      {special.length > 0 && (
        <Text size={200} className={l.muted}>
          {t("tp.plan.special", { days: special.map((d) => `${d.date.slice(5)} ${[d.event, d.holiday].filter(Boolean).join(" + ")}`).join("；") })}
        </Text>
      )}
      {plan.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{formatMessage(w.code, w.params, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      <Table size="extra-small" aria-label={t("tp.plan.weeks")} data-testid="weeks-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("tp.plan.week")}</TableHeaderCell>
            <TableHeaderCell>{t("tp.plan.dates")}</TableHeaderCell>
            <MoneyHeaderCell>{t("tp.plan.amount")}</MoneyHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.weeks.map((w) => (
            <TableRow key={w.week} data-amount={w.target.toFixed(2)}>
              <TableCell>{w.week}</TableCell>
              <TableCell>{w.start === w.end ? w.start.slice(5) : `${w.start.slice(5)} – ${w.end.slice(5)}`}</TableCell>
              <MoneyCell>{yuan(w.target)}</MoneyCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Accordion collapsible>
        <AccordionItem value="days">
          <AccordionHeader>{t("tp.plan.everyDay")}</AccordionHeader>
          <AccordionPanel>
            <Table size="extra-small" aria-label={t("tp.plan.days")} data-testid="days-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("tp.plan.date")}</TableHeaderCell>
                  <MoneyHeaderCell>{t("tp.plan.amount")}</MoneyHeaderCell>
                  {funnel && <MoneyHeaderCell>{t("tp.plan.orders")}</MoneyHeaderCell>}
                  {visitors && <MoneyHeaderCell>{t("tp.plan.visitors")}</MoneyHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.days.map((d) => (
                  <TableRow key={d.date} data-amount={d.target.toFixed(2)}>
                    <TableCell>
                      {d.date.slice(5)} {t(weekdayCode(d.weekday))}
                      {d.event ? ` · ${d.event}` : ""}
                    </TableCell>
                    <MoneyCell>{yuan(d.target)}</MoneyCell>
                    {funnel && <MoneyCell>{d.orders === null ? "" : whole(d.orders)}</MoneyCell>}
                    {visitors && <MoneyCell>{d.visitors === null ? "" : whole(d.visitors)}</MoneyCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
