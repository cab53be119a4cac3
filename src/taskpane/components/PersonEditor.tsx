import { Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { Problems } from "../checks";
import { STAFF_FIELDS, type RoleDraft, type StaffDraft } from "../draft";
import type { StaffPath } from "../fields";
import { flag } from "../../core/config/leafChecks";
import { useLang, useT } from "../i18n";
import { TextField } from "./FormField";
import { roleLabel } from "../roleLabel";
import { useLayout } from "./layout";

/** Fields with a control of their own below (the role's select, the base's range hint …); every other
 *  staff field the pane edits is a plain text field. */
const BESPOKE: ReadonlySet<string> = new Set(["id", "name", "role", "base", "contributionBase"]);

/** One person on Set up, being edited (the Staff table's fields); a chunk of its own with the other editors (./setupEditors.ts). */
export function PersonEditor(props: {
  person: StaffDraft;
  index: number;
  roles: readonly RoleDraft[];
  problems: Problems;
  showProblems: boolean;
  baseWarning: string | undefined;
  onPatch(p: Partial<StaffDraft>): void;
  onDone(): void;
  canClose: boolean;
}) {
  const { person: p, index: i, roles, problems, onPatch } = props;
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const [tried, setTried] = useState(false);
  const show = props.showProblems || tried;
  const pr = (k: string) => problems[`staff[${i}].${k}`];
  const role = roles.find((r) => r.id === p.role.trim());
  const range = role && (role.baseMin || role.baseMax) ? t("tp.staff.range", { min: role.baseMin || "0", max: role.baseMax || "∞" }) : undefined;
  const fixed = role && role.baseMin.trim() !== "" && role.baseMin.trim() === role.baseMax.trim() ? role.baseMin.trim() : null;
  return (
    <div className={l.tight} role="group" aria-label={t("tp.staff.editing", { who: p.name || p.id || t("tp.staff.unnamed") })}>
      <div className={l.grid}>
        <TextField label={t("wb.col.id")} required value={p.id} onChange={(v) => onPatch({ id: v })} problem={pr("id")} showProblem={show} />
        <TextField label={t("wb.col.name")} required value={p.name} onChange={(v) => onPatch({ name: v })} problem={pr("name")} showProblem={show} />
        <Field label={t("wb.col.role")} required validationMessage={show ? pr("role") : undefined}>
          <Select style={{ minWidth: 0, width: "100%" }} value={p.role} onChange={(_, d) => onPatch({ role: d.value })}>
            {!role && <option value={p.role}>{p.role || "—"}</option>}
            {roles.map((r) => (
              <option key={r.uid} value={r.id}>
                {roleLabel(r, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <TextField
          label={t("wb.col.base")}
          value={p.base}
          onChange={(v) => onPatch({ base: v })}
          problem={pr("base")}
          warning={props.baseWarning}
          showProblem={show}
          inputMode="decimal"
          placeholder={fixed ?? undefined}
          hint={fixed ? t("tp.staff.fixedBase", { base: fixed }) : range}
        />
        <TextField label={t("wb.col.contributionBase")} value={p.contributionBase} onChange={(v) => onPatch({ contributionBase: v })} problem={pr("contributionBase")} showProblem={show} inputMode="decimal" hint={t("tp.staff.contributionHint")} />
        {STAFF_FIELDS.filter((f) => !BESPOKE.has(f.path)).map((f) =>
          // A yes/no (the special-taxpayer flags, issue 13) is a box to tick, as Roles' flags are: kept as "true"/"false".
          f.check === flag ? (
            <Checkbox key={f.path} label={t(f.label)} checked={p[f.path as StaffPath] === "true"} onChange={(_, d) => onPatch({ [f.path]: d.checked === true ? "true" : "false" })} />
          ) : (
          <TextField
            key={f.path}
            label={t(f.label)}
            required={f.required}
            value={p[f.path as StaffPath]}
            onChange={(v) => onPatch({ [f.path]: v })}
            problem={pr(f.path)}
            showProblem={show}
            {...(f.kind === "date" ? { placeholder: t("tp.placeholder.date") } : f.kind === "text" ? {} : { inputMode: "decimal" as const })}
          />
          ),
        )}
      </div>
      <div className={l.buttons}>
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            setTried(true);
            if (props.canClose) props.onDone();
          }}
        >
          {t("tp.done.person")}
        </Button>
      </div>
    </div>
  );
}
