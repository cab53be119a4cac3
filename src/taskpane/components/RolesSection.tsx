import { Badge } from "@fluentui/react-components";
import { useState } from "react";
import { roleGaps, type Problems } from "../checks";
import type { RoleDraft } from "../draft";
import { useLang, useT } from "../i18n";
import { Disclosure, toggled } from "./Disclosure";
import { roleLabel } from "../roleLabel";
import { useLayout } from "./layout";
import { LazyRoleDetails } from "./setupEditors";

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
      <div>
        {roles.map((r, i) => {
          const gaps = roleGaps(r, lang);
          const needs = gaps.share !== undefined || gaps.base !== undefined;
          const hasProblem = Object.keys(problems).some((k) => k.startsWith(`roles[${i}].`));
          return (
            <Disclosure
              key={r.uid}
              open={openItems.includes(r.uid)}
              onToggle={() => setOpen(toggled(openItems, r.uid))}
              title={
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
              }
            >
              <LazyRoleDetails.Component role={r} index={i} gaps={gaps} problems={problems} showProblems={showProblems} onChange={onChange} />
            </Disclosure>
          );
        })}
      </div>
    </div>
  );
}
