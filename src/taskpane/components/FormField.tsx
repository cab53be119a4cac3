import { Field, Input, type InputProps } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The engine's message for a bad value; shown once the field was left or the form submitted. */
  problem?: string;
  /** Not an error: something to look at (a base outside the role's range, a gap to fill). */
  warning?: string;
  /** Show the problem even before the field was visited (after a submit). */
  showProblem?: boolean;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: InputProps["inputMode"];
  type?: InputProps["type"];
  className?: string;
  contentAfter?: ReactNode;
  disabled?: boolean;
  /** The label is said (aria-label), not shown: for inputs under a visible column header. */
  labelHidden?: boolean;
}

/** A labelled input with Fluent's Field validation: error first, then warning, else the hint. */
export function TextField(p: TextFieldProps) {
  const [visited, setVisited] = useState(false);
  const problem = p.problem !== undefined && (visited || p.showProblem) ? p.problem : undefined;
  const message = problem ?? p.warning;
  const state = problem !== undefined ? "error" : p.warning !== undefined ? "warning" : "none";
  return (
    <Field
      label={p.labelHidden ? undefined : p.label}
      required={p.labelHidden ? undefined : p.required}
      className={p.className}
      hint={p.hint}
      validationMessage={message}
      validationState={state}
    >
      <Input
        value={p.value}
        onChange={(_, d) => p.onChange(d.value)}
        onBlur={() => setVisited(true)}
        placeholder={p.placeholder}
        inputMode={p.inputMode}
        type={p.type}
        contentAfter={p.contentAfter as InputProps["contentAfter"]}
        disabled={p.disabled}
        style={{ minWidth: 0, width: "100%" }}
        aria-label={p.labelHidden ? p.label : undefined}
        required={p.labelHidden ? p.required : undefined}
      />
    </Field>
  );
}
