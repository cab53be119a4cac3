import { Checkbox, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { Problems, roleGaps } from "../checks";
import type { RoleDraft, ShareBasis } from "../draft";
import type { MessageCode } from "../../data/messages";
import { useT } from "../i18n";
import { TextField } from "./FormField";
import { useLayout } from "./layout";

/** What each share basis means, under the select (the config's codes perPerson / splitRole never show). */
const BASIS_HINT: Record<ShareBasis, MessageCode> = { perPerson: "tp.basis.perPerson.hint", splitRole: "tp.basis.splitRole.hint" };

interface Props {
  role: RoleDraft;
  index: number;
  /** The role's gaps (roleGaps), as its header badges them. */
  gaps: ReturnType<typeof roleGaps>;
  problems: Problems;
  showProblems: boolean;
  onChange(index: number, patch: Partial<RoleDraft>): void;
}

/** One role's details, under its header on Set up: base range, share of the pool, basis, headcount, benefits. */
export function RoleDetails({ role: r, index: i, gaps, problems, showProblems, onChange }: Props) {
  const t = useT();
  const l = useLayout();
  const needs = gaps.share !== undefined || gaps.base !== undefined;
  const p = (k: string) => problems[`roles[${i}].${k}`];
  return (
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
  );
}
