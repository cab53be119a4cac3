import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Problems } from "../checks";
import { SETTING_GROUPS } from "../../core/config/settingFields";
import { SETTING_FIELDS, uid, type BracketDraft, type EventDraft, type SettingDef, type SettingsDraft } from "../draft";
import { weekdayCode } from "../../data/messages";
import { useT } from "../i18n";
import { TextField } from "./FormField";
import { ProfileField } from "./ProfileField";
import { useLayout } from "./layout";

interface Props {
  settings: SettingsDraft;
  /** The ids of the user's own city profiles (the profile in use is chosen among them and the examples). */
  profiles?: readonly string[];
  problems: Problems;
  showProblems: boolean;
  onChange(s: SettingsDraft): void;
}

/** Pool rate, social insurance, housing fund, income tax, and the sales-target settings. */
export function SettingsSection({ settings, profiles = [], problems, showProblems, onChange }: Props) {
  const t = useT();
  const l = useLayout();
  const set = (path: string, v: string) => onChange({ ...settings, values: { ...settings.values, [path]: v } });
  const pr = (path: string) => problems[`settings.${path}`];
  // The city profile is chosen from a list (./ProfileField.tsx); every other setting is typed.
  const field = (def: SettingDef) =>
    def.path === "insuranceProfile" ? (
      <ProfileField key={def.path} value={settings.values[def.path] ?? ""} own={profiles} problem={showProblems ? pr(def.path) : undefined} onChange={(v) => set(def.path, v)} />
    ) : (
    <TextField
      key={def.path}
      label={t(def.label)}
      required={def.required}
      value={settings.values[def.path] ?? ""}
      onChange={(v) => set(def.path, v)}
      problem={pr(def.path)}
      showProblem={showProblems}
      hint={def.note ? t(def.note) : undefined}
      inputMode={def.kind === "text" ? undefined : "decimal"}
    />
    );
  const events = settings.events;
  const setEvent = (i: number, p: Partial<EventDraft>) => onChange({ ...settings, events: events.map((e, j) => (j === i ? { ...e, ...p } : e)) });
  const brackets = settings.taxTable;
  const setBracket = (i: number, p: Partial<BracketDraft>) => onChange({ ...settings, taxTable: brackets.map((b, j) => (j === i ? { ...b, ...p } : b)) });

  return (
    <div className={l.stack}>
      {SETTING_GROUPS.map(({ id: group, heading }) => (
        <section key={group} className={l.tight} aria-label={t(heading)}>
          <Subtitle2 as="h3" className={l.heading}>
            {t(heading)}
          </Subtitle2>
          {(group === "si" || group === "hf") && <Caption1 className={l.muted}>{t("tp.rateHint")}</Caption1>}
          <div className={l.grid}>{SETTING_FIELDS.filter((f) => f.group === group).map(field)}</div>
          {group === "targets" && (
            <>
              <Caption1 as="h4" className={l.heading}>
                {t("wb.settings.weekdays")}
              </Caption1>
              {pr("targets.weekdayWeights") && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{pr("targets.weekdayWeights")}</MessageBarBody>
                </MessageBar>
              )}
              <div className={l.grid7}>
                {settings.weekdayWeights.map((w, i) => (
                  <TextField
                    key={i}
                    label={t(weekdayCode(i + 1))}
                    value={w}
                    onChange={(v) => onChange({ ...settings, weekdayWeights: settings.weekdayWeights.map((x, j) => (j === i ? v : x)) })}
                    problem={pr(`targets.weekdayWeights[${i}]`)}
                    showProblem={showProblems}
                    inputMode="decimal"
                  />
                ))}
              </div>
              <Caption1 as="h4" className={l.heading}>
                {t("tp.events.heading")}
              </Caption1>
              <Caption1 className={l.muted}>{t("tp.events.hint")}</Caption1>
              {events.map((e, i) => (
                <div key={e.uid} className={l.card} role="group" aria-label={t("tp.events.item", { n: i + 1 })}>
                  <div className={l.grid}>
                    <TextField label={t("wb.col.eventDate")} required value={e.date} onChange={(v) => setEvent(i, { date: v })} problem={pr(`targets.events[${i}].date`)} showProblem={showProblems} placeholder="11-11" />
                    <TextField label={t("wb.col.factor")} required value={e.factor} onChange={(v) => setEvent(i, { factor: v })} problem={pr(`targets.events[${i}].factor`)} showProblem={showProblems} inputMode="decimal" />
                    <TextField className={l.wide} label={t("wb.col.eventName")} value={e.name} onChange={(v) => setEvent(i, { name: v })} problem={pr(`targets.events[${i}].name`)} showProblem={showProblems} />
                  </div>
                  <div className={l.buttons}>
                    <Button size="small" appearance="subtle" onClick={() => onChange({ ...settings, events: events.filter((_, j) => j !== i) })} aria-label={t("tp.events.removeWhich", { name: e.name || e.date || String(i + 1) })}>
                      {t("tp.remove")}
                    </Button>
                  </div>
                </div>
              ))}
              <div className={l.buttons}>
                <Button size="small" onClick={() => onChange({ ...settings, events: [...events, { uid: uid("e"), date: "", factor: "1", name: "" }] })}>
                  {t("tp.events.add")}
                </Button>
              </div>
            </>
          )}
        </section>
      ))}
      <section className={l.tight} aria-label={t("wb.settings.taxTable")}>
        <Subtitle2 as="h3" className={l.heading}>
          {t("wb.settings.taxTable")}
        </Subtitle2>
        {pr("taxTable") && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{pr("taxTable")}</MessageBarBody>
          </MessageBar>
        )}
        <Caption1 className={l.muted}>{t("tp.tax.hint")}</Caption1>
        <div className={l.grid3} role="group" aria-label={t("wb.settings.taxTable")}>
          <Caption1 aria-hidden>{t("wb.col.upTo")}</Caption1>
          <Caption1 aria-hidden>{t("wb.col.rate")}</Caption1>
          <Caption1 aria-hidden>{t("wb.col.quickDeduction")}</Caption1>
          {brackets.map((b, i) => (
            <Fragment key={b.uid}>
              <TextField labelHidden label={t("tp.tax.cell", { column: t("wb.col.upTo"), n: i + 1 })} value={b.upTo} onChange={(v) => setBracket(i, { upTo: v })} problem={pr(`taxTable[${i}].upTo`)} showProblem={showProblems} inputMode="decimal" placeholder={i === brackets.length - 1 ? t("tp.tax.open") : undefined} />
              <TextField labelHidden label={t("tp.tax.cell", { column: t("wb.col.rate"), n: i + 1 })} required value={b.rate} onChange={(v) => setBracket(i, { rate: v })} problem={pr(`taxTable[${i}].rate`)} showProblem={showProblems} />
              <TextField labelHidden label={t("tp.tax.cell", { column: t("wb.col.quickDeduction"), n: i + 1 })} required value={b.quickDeduction} onChange={(v) => setBracket(i, { quickDeduction: v })} problem={pr(`taxTable[${i}].quickDeduction`)} showProblem={showProblems} inputMode="decimal" />
            </Fragment>
          ))}
        </div>
      </section>
    </div>
  );
}
