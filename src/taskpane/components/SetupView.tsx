import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { draftProblems } from "../checks";
import { useConfigCheck } from "../useConfigCheck";
import { draftToSections, type SetupDraft } from "../draft";
import { useLang, useT } from "../i18n";
import { useCommand, useShopSheet, outcomeOf } from "../useShopSheet";
import { useLayout } from "./layout";
import { RolesSection } from "./RolesSection";
import { LazySettingsSection } from "./setupEditors";
import { StaffSection } from "./StaffSection";
import { CommandBar } from "./CommandBar";
import { Disclosure, toggled } from "./Disclosure";
import { OutcomeNotes } from "./Status";

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
  const check = useConfigCheck();
  const problems = useMemo(() => draftProblems(draft, lang, check), [draft, lang, check]);
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
      return outcomeOf(r);
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
      <OutcomeNotes outcome={runner.outcome} />
      <div>
        <SetupSection value="roles" title={t("tp.setup.roles", { n: draft.roles.length })} failing={failing.includes("roles")} open={openItems} onOpen={setOpen}>
          <RolesSection roles={draft.roles} problems={problems} showProblems={showProblems} onChange={(i, p) => onChange({ ...draft, roles: draft.roles.map((r, j) => (j === i ? { ...r, ...p } : r)) })} />
        </SetupSection>
        <SetupSection value="staff" title={t("tp.setup.staff", { n: draft.staff.length })} failing={failing.includes("staff")} open={openItems} onOpen={setOpen}>
          <StaffSection staff={draft.staff} roles={draft.roles} problems={problems} showProblems={showProblems} onChange={(staff) => onChange({ ...draft, staff })} />
        </SetupSection>
        <SetupSection value="settings" title={t("tp.setup.settings")} failing={failing.includes("settings")} open={openItems} onOpen={setOpen}>
          <LazySettingsSection.Component settings={draft.settings} profiles={profileIds(draft.insuranceProfiles)} problems={problems} showProblems={showProblems} onChange={(settings) => onChange({ ...draft, settings })} />
        </SetupSection>
      </div>

      <CommandBar
        runner={runner}
        notice={
          submitted && count > 0 ? (
            <MessageBar intent="error" layout="multiline" data-testid="setup-problems">
              <MessageBarBody>
                <MessageBarTitle>{t("tp.setup.fix", { n: count })}</MessageBarTitle>
                {t("tp.setup.fixBody")}
              </MessageBarBody>
            </MessageBar>
          ) : undefined
        }
        actions={[
          { label: t("tp.setup.save"), onClick: save, primary: true },
          ...(inExcel && onReload ? [{ label: t("tp.setup.reload"), onClick: onReload }] : []),
        ]}
      />
    </div>
  );
}

/** One section of the set-up: its title, flagged when a submit found problems in it. */
function SetupSection({ value, title, failing, open, onOpen, children }: { value: string; title: string; failing: boolean; open: string[]; onOpen(open: string[]): void; children: ReactNode }) {
  const t = useT();
  const l = useLayout();
  return (
    <Disclosure
      open={open.includes(value)}
      onToggle={() => onOpen(toggled(open, value))}
      title={
        <span className={l.rowLine}>
          {title}
          {failing && (
            <Badge appearance="tint" color="danger">
              {t("tp.needsFixing")}
            </Badge>
          )}
        </span>
      }
    >
      {children}
    </Disclosure>
  );
}

/** The ids of the user's city profiles as read (a row without an id is the Settings sheet's to say). */
function profileIds(profiles: readonly unknown[]): string[] {
  return profiles.flatMap((p) => (typeof p === "object" && p !== null && typeof (p as { id?: unknown }).id === "string" ? [(p as { id: string }).id] : []));
}
