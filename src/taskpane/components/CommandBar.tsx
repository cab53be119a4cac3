import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../i18n";
import { useShopSheet, type CommandRunner } from "../useShopSheet";
import { useLayout } from "./layout";
import { OutcomeView, Progress } from "./Status";

/**
 * The view's actions stay in reach however long the view is: a footer that sticks to the bottom of the
 * pane while the view scrolls under it — Fluent v9's DrawerFooter pattern (@fluentui/react-drawer: the
 * body scrolls, the footer with the actions stays; padding and a separator line as its styles have).
 * The pane's page is what scrolls (Office gives the task pane one scrolling frame), so the footer is
 * `position: sticky` inside the view rather than a second scrolling box. The outcome of the last command
 * shows here too, beside the button that ran it, and scrolls within a third of the pane at most.
 */
const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    // The separator, and the pane's side margins painted over so nothing shows beside the bar (a shadow
    // paints without widening anything, so nothing overflows the pane).
    boxShadow: `0 -1px 0 ${tokens.colorNeutralStroke2}, calc(-1 * ${tokens.spacingHorizontalM}) 0 0 ${tokens.colorNeutralBackground1}, ${tokens.spacingHorizontalM} 0 0 ${tokens.colorNeutralBackground1}`,
  },
  outcome: { maxHeight: "33vh", overflowY: "auto" },
});

export interface CommandAction {
  label: string;
  onClick(): void;
  primary?: boolean;
  /** Shown outside Excel too (e.g. reading the workbook again is harmless): default false. */
  withoutExcel?: boolean;
}

/**
 * The command buttons of a view, what to do outside Excel, the progress of the running command and its
 * outcome: one command at a time, so every button waits while one runs. `notice` goes above the
 * outcome (e.g. "Fields to fix: 3" after a refused write).
 */
export function CommandBar({ actions, runner, notice }: { actions: readonly CommandAction[]; runner: CommandRunner; notice?: ReactNode }) {
  const t = useT();
  const l = useLayout();
  const s = useStyles();
  const { inExcel } = useShopSheet();
  return (
    <div className={s.bar} role="group" aria-label={t("tp.actions")} data-testid="command-bar">
      {(notice || runner.outcome) && (
        <div className={mergeClasses(l.tight, s.outcome)}>
          {notice}
          <OutcomeView outcome={runner.outcome} onDismiss={runner.clear} />
        </div>
      )}
      <Progress busy={runner.busy} step={runner.step} />
      <div className={l.buttons}>
        {actions.map((a) => (
          <Button
            key={a.label}
            appearance={a.primary ? "primary" : "secondary"}
            onClick={a.onClick}
            disabled={(!inExcel && !a.withoutExcel) || runner.busy !== null}
            data-testid={a.primary ? "primary-action" : undefined}
          >
            {a.label}
          </Button>
        ))}
      </div>
      {!inExcel && (
        <Text size={200} className={l.muted}>
          {t("tp.needsExcel")}
        </Text>
      )}
    </div>
  );
}
