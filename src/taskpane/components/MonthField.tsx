import { Button } from "@fluentui/react-components";
import { addMonths, isMonth } from "../../core/calendar";
import { month as monthCheck } from "../../core/config/leafChecks";
import { fieldProblem } from "../checks";
import { useLang, useT } from "../i18n";
import { TextField } from "./FormField";

/** The month (YYYY-MM) as typed, checked as the CLI checks --month, with previous/next buttons. */
export function MonthField({ value, onChange, showProblem, className }: { value: string; onChange(v: string): void; showProblem?: boolean; className?: string }) {
  const t = useT();
  const lang = useLang();
  const problem = fieldProblem({ check: monthCheck, required: true }, value, lang);
  const step = (n: number) => isMonth(value.trim()) && onChange(addMonths(value.trim(), n));
  return (
    <TextField
      className={className}
      label={t("tp.month")}
      required
      value={value}
      onChange={onChange}
      problem={problem}
      showProblem={showProblem}
      hint={t("tp.month.hint")}
      contentAfter={
        <>
          <Button size="small" appearance="transparent" icon={<span aria-hidden>‹</span>} aria-label={t("tp.month.previous")} title={t("tp.month.previous")} onClick={() => step(-1)} />
          <Button size="small" appearance="transparent" icon={<span aria-hidden>›</span>} aria-label={t("tp.month.next")} title={t("tp.month.next")} onClick={() => step(1)} />
        </>
      }
    />
  );
}
