import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import { baseWarning, type Problems } from "../checks";
import { emptyStaff, exampleStaffDraft, type RoleDraft, type StaffDraft } from "../draft";
import { yuan } from "../format";
import { parseAmount } from "../../core/money";
import { maskIdNumber } from "../../core/personal/idNumber";
import { maskBankAccount } from "../../core/personal/bankAccount";
import { useLang, useT } from "../i18n";
import { useLayout } from "./layout";
import { roleLabel } from "../roleLabel";
import { LazyPersonEditor } from "./setupEditors";

interface Props {
  staff: readonly StaffDraft[];
  roles: readonly RoleDraft[];
  problems: Problems;
  showProblems: boolean;
  onChange(staff: StaffDraft[]): void;
}

/** The role's base when its range is one amount (min = max), else null. */
function fixedBaseOf(role: RoleDraft | undefined) {
  const min = role?.baseMin.trim() ?? "";
  return min !== "" && min === role?.baseMax.trim() ? parseAmount(min) : null;
}

/** The next free id in the E01, E02… pattern. */
export function nextStaffId(staff: readonly StaffDraft[]): string {
  const used = new Set(staff.map((p) => p.id.trim()));
  for (let n = staff.length + 1; ; n++) {
    const id = `E${String(n).padStart(2, "0")}`;
    if (!used.has(id)) return id;
  }
}

/**
 * The staff list: add, edit, remove; the role picked from the roles; the base checked against its range.
 * An empty list offers the example team the CLI uses (a finance person tries the tool before typing a
 * real team in); it stays a draft, labelled as an example, until the view's write button is pressed.
 */
export function StaffSection({ staff, roles, problems, showProblems, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const l = useLayout();
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const setEdit = (uid: string, on: boolean) =>
    setEditing((prev) => {
      const next = new Set(prev);
      if (on) next.add(uid);
      else next.delete(uid);
      return next;
    });
  const personProblems = (i: number) => Object.keys(problems).filter((k) => k.startsWith(`staff[${i}].`));
  const patch = (i: number, p: Partial<StaffDraft>) => onChange(staff.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const add = () => {
    const person = { ...emptyStaff(roles[0]?.id ?? ""), id: nextStaffId(staff) };
    onChange([...staff, person]);
    setEdit(person.uid, true);
  };

  const examples = staff.filter((p) => p.example).length;

  return (
    <div className={l.tight}>
      {staff.length === 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="staff-empty">
          <MessageBarBody>
            {t("tp.staff.empty")} {t("tp.staff.example.offer")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onChange(exampleStaffDraft())}>
              {t("tp.staff.example.use")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {examples > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="staff-example">
          <MessageBarBody>{t("tp.staff.example.note", { n: examples })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onChange(staff.filter((p) => !p.example))}>
              {t("tp.staff.example.remove")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ul className={l.tight} style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={t("tp.staff.list")}>
        {staff.map((p, i) => {
          const role = roles.find((r) => r.id === p.role.trim());
          const bad = personProblems(i);
          const open = editing.has(p.uid) || (showProblems && bad.length > 0);
          const who = p.name || p.id || t("tp.staff.unnamed");
          const warn = baseWarning(p, roles, lang);
          // A blank base is the role's fixed base where it has one (as the engine reads it).
          const base = parseAmount(p.base.trim()) ?? fixedBaseOf(role);
          return (
            <li key={p.uid} className={l.card} data-testid={`staff-${i}`}>
              {open ? (
                <LazyPersonEditor.Component
                  person={p}
                  index={i}
                  roles={roles}
                  problems={problems}
                  showProblems={showProblems}
                  baseWarning={warn}
                  onPatch={(x) => patch(i, x)}
                  onDone={() => setEdit(p.uid, false)}
                  canClose={bad.length === 0}
                />
              ) : (
                <div className={l.rowLine}>
                  <div className={l.grow}>
                    <Text weight="semibold">{who}</Text>{" "}
                    <Text className={l.muted}>
                      {p.id} · {role ? roleLabel(role, lang) : p.role || "—"} · {base ? yuan(base) : t("tp.staff.noBaseShort")}
                    </Text>
                    <PersonalLine kept={p.kept} />
                    <DeductionsLine kept={p.kept} />
                    {warn && (
                      <div>
                        <Text size={200} style={{ color: "var(--colorPaletteDarkOrangeForeground1)" }}>
                          {warn}
                        </Text>
                      </div>
                    )}
                  </div>
                  <Button size="small" onClick={() => setEdit(p.uid, true)} aria-label={t("tp.staff.editWho", { who })}>
                    {t("tp.edit")}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => onChange(staff.filter((_, j) => j !== i))} aria-label={t("tp.staff.removeWho", { who })}>
                    {t("tp.remove")}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className={l.buttons}>
        <Button onClick={add}>{t("tp.staff.add")}</Button>
      </div>
    </div>
  );
}

/**
 * How many special deductions by category (issue 13) the person has on the Special deductions sheet,
 * where they are edited; the pane carries them back unchanged. A count, not this month's total: the
 * total needs core's deduction rules, which the first view does not load (issue 15: taskpane.js shrinks).
 */
function DeductionsLine({ kept }: { kept: StaffDraft["kept"] }) {
  const t = useT();
  const l = useLayout();
  const count = Array.isArray(kept?.deductions) ? kept.deductions.length : 0;
  if (count === 0) return null;
  return (
    <div>
      <Text size={200} className={l.muted} data-testid="staff-deductions">
        {t("tp.staff.deductions", { count: String(count) })}
      </Text>
    </div>
  );
}

/**
 * The person's ID and bank account as the Staff sheet holds them — masked (3301**********0417): the
 * pane shows that they are there, never the numbers. They are edited on the Staff sheet only
 * (tableFields: sheetOnly), where the user keeps them; the pane carries them back unchanged on Save.
 */
function PersonalLine({ kept }: { kept: StaffDraft["kept"] }) {
  const t = useT();
  const l = useLayout();
  const id = typeof kept?.idNumber === "string" ? kept.idNumber : null;
  const account = typeof kept?.bankAccount === "string" ? kept.bankAccount : null;
  if (id === null && account === null) return null;
  const none = t("tp.staff.personalNone");
  return (
    <div>
      <Text size={200} className={l.muted} data-testid="staff-personal">
        {t("tp.staff.personal", { id: id === null ? none : maskIdNumber(id), account: account === null ? none : maskBankAccount(account) })}
      </Text>
    </div>
  );
}
