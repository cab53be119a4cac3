import { Field, Select } from "@fluentui/react-components";
import { exampleProfiles } from "../../core/insurance/select";
import { useLang, useT } from "../i18n";

interface Props {
  /** The profile in use: an example's id, one of the user's, or "" (none: Settings' single limits). */
  value: string;
  /** The ids of the user's own profiles (Settings' InsuranceBases table), kept as the workbook holds them. */
  own: readonly string[];
  problem?: string;
  onChange(id: string): void;
}

/**
 * The city social-insurance profile in use (issue 13): none, one of the shipped examples (by its name in the
 * pane's language, labelled "example — check your city") or one of the user's own. The profiles' figures are
 * edited on the Settings sheet's Contribution bases table, not here.
 */
export function ProfileField({ value, own, problem, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const examples = exampleProfiles().filter((p) => !own.includes(p.id));
  const known = [...own, ...examples.map((p) => p.id)];
  const isExample = examples.some((p) => p.id === value);
  return (
    // The whole row of the settings' grid: the chosen name (不使用（按统一的基数上下限）, an example's) reads whole.
    <Field
      style={{ minWidth: 0, gridColumn: "1 / -1" }}
      label={t("wb.settings.insuranceProfile")}
      hint={isExample ? t("wb.settings.insuranceExample") : t("wb.settings.insuranceProfile.note")}
      validationMessage={problem}
      validationState={problem === undefined ? "none" : "error"}
    >
      {/* As wide as its column, not as its longest name (a native select's width): the names are long. */}
      <Select style={{ minWidth: 0, width: "100%" }} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }} value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t("tp.profile.none")}</option>
        {own.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
        {examples.map((p) => (
          <option key={p.id} value={p.id}>
            {lang === "zh-CN" ? p.nameZh : p.nameEn}
          </option>
        ))}
        {/* A profile typed on the sheet that is not (yet) known: kept, and said by the config's check. */}
        {value !== "" && !known.includes(value) && <option value={value}>{value}</option>}
      </Select>
    </Field>
  );
}
