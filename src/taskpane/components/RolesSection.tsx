import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Checkbox, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { roleGaps, type Problems } from "../checks";
import type { RoleDraft, ShareBasis } from "../draft";
import type { MessageCode } from "../../data/messages";
import { useLang, useT } from "../i18n";
import { TextField } from "./FormField";
import { useLayout } from "./layout";

/** What each share basis means, under the select (the config's codes perPerson / splitRole never show). */
const BASIS_HINT: Record<ShareBasis, MessageCode> = { perPerson: "tp.basis.perPerson.hint", splitRole: "tp.basis.splitRole.hint" };

export function roleLabel(r: RoleDraft, lang: string): string {
  const name = lang === "zh-CN" ? r.nameZh || r.nameEn : r.nameEn || r.nameZh;
  return name || r.id;
}

interface Props {
  roles: readonly RoleDraft[];
  problems: Problems;
  showProblems: boolean;
  onChange(index: number, patch: Partial<RoleDraft>): void;
}

/** The roles: each one's base range, share of the pool, basis and benefits; gaps said and badged. */
export function RolesSection({ roles, problems, showProblems, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const [open, setOpen] = useState<string[]>([]);
  // After a submit, roles with a problem open by themselves so the field's message is seen.
  const withProblems = showProblems ? roles.filter((_, i) => Object.keys(problems).some((k) => k.startsWith(`roles[${i}].`))).map((r) => r.uid) : [];
  const openItems = [...new Set([...open, ...withProblems])];
  return (
    <div className={l.tight}>
      <span className={l.muted}>{t("tp.roles.basisNote")}</span>
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {roles.map((r, i) => {
          const gaps = roleGaps(r, lang);
          const needs = gaps.share !== undefined || gaps.base !== undefined;
          const hasProblem = Object.keys(problems).some((k) => k.startsWith(`roles[${i}].`));
          const p = (k: string) => problems[`roles[${i}].${k}`];
          return (
            <AccordionItem value={r.uid} key={r.uid}>
              <AccordionHeader>
                <span className={l.rowLine}>
                  {roleLabel(r, lang)}
                  {needs && (
                    <Badge appearance="tint" color="warning">
                      {t("wb.needsInput")}
                    </Badge>
                  )}
                  {hasProblem && (
                    <Badge appearance="tint" color="danger">
                      {t("tp.needsFixing")}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={l.tight} data-testid={`role-${r.id}`}>
                  {gaps.notes.length > 0 && (
                    <MessageBar intent={needs ? "warning" : "info"} layout="multiline">
                      <MessageBarBody>{gaps.notes.join(" ")}</MessageBarBody>
                    </MessageBar>
                  )}
                  <div className={l.grid}>
                    <TextField label={t("wb.col.baseMin")} value={r.baseMin} onChange={(v) => onChange(i, { baseMin: v })} problem={p("baseMin")} warning={gaps.base} showProblem={showProblems} inputMode="decimal" />
                    <TextField label={t("wb.col.baseMax")} value={r.baseMax} onChange={(v) => onChange(i, { baseMax: v })} problem={p("baseMax")} showProblem={showProblems} inputMode="decimal" />
                    <TextField label={t("wb.col.share")} value={r.share} onChange={(v) => onChange(i, { share: v })} problem={p("share")} warning={gaps.share} showProblem={showProblems} hint={t("tp.roles.shareHint")} />
                    <Field className={l.wide} label={t("wb.col.shareBasis")} hint={t(BASIS_HINT[r.shareBasis])}>
                      <Select style={{ minWidth: 0, width: "100%" }} value={r.shareBasis} onChange={(_, d) => onChange(i, { shareBasis: d.value as ShareBasis })}>
                        <option value="perPerson">{t("tp.basis.perPerson")}</option>
                        <option value="splitRole">{t("tp.basis.splitRole")}</option>
                      </Select>
                    </Field>
                    <TextField label={t("wb.col.headcount")} value={r.headcount} onChange={(v) => onChange(i, { headcount: v })} problem={p("headcount")} showProblem={showProblems} inputMode="numeric" />
                  </div>
                  <div className={l.rowLine}>
                    <Checkbox label={t("wb.col.roomAndBoard")} checked={r.roomAndBoard} onChange={(_, d) => onChange(i, { roomAndBoard: d.checked === true })} />
                    <Checkbox label={t("wb.col.insured")} checked={r.insured} onChange={(_, d) => onChange(i, { insured: d.checked === true })} />
                  </div>
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
