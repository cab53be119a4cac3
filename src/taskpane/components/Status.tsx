import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandMessage } from "../../office/result";
import { useT } from "../i18n";
import { useShopSheet, type CommandRunner, type Outcome } from "../useShopSheet";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** What is being written right now: a spinner with the step, and a bar when the steps are counted. */
export function Progress({ busy, step }: { busy: string | null; step: { n: number; total: number } | null }) {
  const s = useStyles();
  if (busy === null) return null;
  return (
    <div className={s.stack} role="status" aria-live="polite">
      <Spinner size="tiny" label={busy} labelPosition="after" />
      {step && (
        <Field validationMessage={`${step.n} / ${step.total}`} validationState="none">
          <ProgressBar value={step.n / step.total} max={1} thickness="medium" aria-label={busy} />
        </Field>
      )}
    </div>
  );
}

const INTENT = { error: "error", warning: "warning", info: "info" } as const;

export function MessageList({ messages }: { messages: readonly CommandMessage[] }) {
  const s = useStyles();
  if (messages.length === 0) return null;
  return (
    <div className={s.stack}>
      {messages.map((m, i) => (
        <MessageBar key={`${m.code}-${i}`} intent={INTENT[m.level]} layout="multiline" data-code={m.code}>
          <MessageBarBody>{m.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

/** A command's outcome: the summary as a success bar, or a "nothing written" error, then every message. */
export function OutcomeView({ outcome }: { outcome: Outcome | null }) {
  const t = useT();
  const s = useStyles();
  if (!outcome) return null;
  return (
    <div className={s.stack} aria-live="polite">
      {outcome.ok ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("tp.done")}</MessageBarTitle>
            {outcome.summary}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("tp.failed")}</MessageBarTitle>
            {t("tp.failed.body")}
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageList messages={outcome.messages} />
    </div>
  );
}

export interface CommandAction {
  label: string;
  onClick(): void;
  primary?: boolean;
  /** Shown outside Excel too (e.g. reading the workbook again is harmless): default false. */
  withoutExcel?: boolean;
}

/**
 * The row of command buttons every view ends with, what to do outside Excel, and the progress of the
 * running command: one command at a time, so every button waits while one runs.
 */
export function CommandBar({ actions, runner }: { actions: readonly CommandAction[]; runner: CommandRunner }) {
  const t = useT();
  const l = useLayout();
  const { inExcel } = useShopSheet();
  return (
    <>
      <div className={l.buttons}>
        {actions.map((a) => (
          <Button key={a.label} appearance={a.primary ? "primary" : "secondary"} onClick={a.onClick} disabled={(!inExcel && !a.withoutExcel) || runner.busy !== null}>
            {a.label}
          </Button>
        ))}
      </div>
      {!inExcel && <Text className={l.muted}>{t("tp.needsExcel")}</Text>}
      <Progress busy={runner.busy} step={runner.step} />
    </>
  );
}
