import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { draftProblems } from "../checks";
import { draftToSections, type SetupDraft } from "../draft";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet } from "../useShopSheet";
import { useLayout } from "./layout";
import { RolesSection } from "./RolesSection";
import { SettingsSection } from "./SettingsSection";
import { StaffSection } from "./StaffSection";
import { CommandBar, OutcomeView } from "./Status";

export interface SetupViewProps {
  draft: SetupDraft;
  onChange(d: SetupDraft): void;
  /** Reading the workbook's tables (label), or null. */
  loading: string | null;
  /** Where the draft came from: the workbook, or the catalogue and defaults. */
  source: "workbook" | "defaults";
  onReload?(): void;
}

/** Set up: roles, staff and settings, written to the workbook's tables in one go. */
export function SetupView({ draft, onChange, loading, source, onReload }: SetupViewProps) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const { commands, inExcel } = useShopSheet();
  const runner = useCommand();
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(() => draftProblems(draft, lang), [draft, lang]);
  const count = Object.keys(problems).length;
  const showProblems = submitted;
  const section = (prefix: string) => Object.keys(problems).filter((k) => k.startsWith(prefix)).length;
  const [open, setOpen] = useState<string[]>(["roles", "staff"]);
  // After a submit, the sections with a problem open by themselves.
  const failing = showProblems ? (["roles", "staff", "settings"] as const).filter((k) => section(k === "settings" ? "settings." : `${k}[`) > 0) : [];
  const openItems = [...new Set([...open, ...failing])];

  const save = async () => {
    setSubmitted(true);
    if (count > 0) return;
    const done = await runner.run(t("tp.progress.save"), async () => {
      const r = await commands.saveSetup(draftToSections(draft), { lang });
      return r.ok ? { ok: true, summary: r.summary, messages: r.messages } : { ok: false, messages: r.messages };
    });
    // The tables are the source of truth: show what they hold now (a blank fixed base filled in, …).
    if (done?.ok) {
      setSubmitted(false);
      onReload?.();
    }
  };

  if (loading !== null) return <Spinner label={loading} />;

  return (
    <div className={l.stack}>
      <Text className={l.muted}>{source === "workbook" ? t("tp.setup.fromWorkbook") : t("tp.setup.fromCatalogue")}</Text>
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        <AccordionItem value="roles">
          <AccordionHeader>
            <span className={l.rowLine}>
              {t("tp.setup.roles", { n: draft.roles.length })}
              {section("roles[") > 0 && showProblems && (
                <Badge appearance="tint" color="danger">
                  {t("tp.needsFixing")}
                </Badge>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <RolesSection roles={draft.roles} problems={problems} showProblems={showProblems} onChange={(i, p) => onChange({ ...draft, roles: draft.roles.map((r, j) => (j === i ? { ...r, ...p } : r)) })} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="staff">
          <AccordionHeader>
            <span className={l.rowLine}>
              {t("tp.setup.staff", { n: draft.staff.length })}
              {section("staff[") > 0 && showProblems && (
                <Badge appearance="tint" color="danger">
                  {t("tp.needsFixing")}
                </Badge>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <StaffSection staff={draft.staff} roles={draft.roles} problems={problems} showProblems={showProblems} onChange={(staff) => onChange({ ...draft, staff })} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader>
            <span className={l.rowLine}>
              {t("tp.setup.settings")}
              {section("settings.") > 0 && showProblems && (
                <Badge appearance="tint" color="danger">
                  {t("tp.needsFixing")}
                </Badge>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <SettingsSection settings={draft.settings} problems={problems} showProblems={showProblems} onChange={(settings) => onChange({ ...draft, settings })} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {submitted && count > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="setup-problems">
          <MessageBarBody>
            <MessageBarTitle>{t("tp.setup.fix", { n: count })}</MessageBarTitle>
            {t("tp.setup.fixBody")}
          </MessageBarBody>
        </MessageBar>
      )}
      <CommandBar
        runner={runner}
        actions={[
          { label: t("tp.setup.save"), onClick: save, primary: true },
          ...(inExcel && onReload ? [{ label: t("tp.setup.reload"), onClick: onReload }] : []),
        ]}
      />
      <OutcomeView outcome={runner.outcome} />
    </div>
  );
}
