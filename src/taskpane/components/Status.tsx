import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandMessage } from "../../office/result";
import { useT } from "../i18n";
import type { Outcome } from "../useShopSheet";

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

const isError = (m: CommandMessage) => m.level === "error";

/**
 * A command's outcome where its button is (the view's footer): the summary as a success bar, or a
 * "nothing written" error, with the errors; the warnings and notes are in the view (OutcomeNotes), and
 * the bar says how many. `onDismiss` closes it.
 */
export function OutcomeView({ outcome, onDismiss }: { outcome: Outcome | null; onDismiss?: () => void }) {
  const t = useT();
  const s = useStyles();
  if (!outcome) return null;
  const notes = outcome.messages.filter((m) => !isError(m)).length;
  const dismiss = onDismiss ? (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" aria-label={t("tp.dismiss")} title={t("tp.dismiss")} onClick={onDismiss} icon={<span aria-hidden>×</span>} />
      }
    />
  ) : null;
  return (
    <div className={s.stack} aria-live="polite" data-testid="outcome">
      <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(outcome.ok ? "tp.done" : "tp.failed")}</MessageBarTitle>
          {outcome.ok ? outcome.summary : t("tp.failed.body")}
          {notes > 0 && <div>{t("tp.outcome.notes", { n: notes })}</div>}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
      <MessageList messages={outcome.messages.filter(isError)} />
    </div>
  );
}

/** The warnings and notes of a command's outcome, in the view (after what they are about). */
export function OutcomeNotes({ outcome }: { outcome: Outcome | null }) {
  return outcome ? <MessageList messages={outcome.messages.filter((m) => !isError(m))} /> : null;
}
