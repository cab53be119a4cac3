import { Badge, MessageBar, MessageBarBody, Subtitle1, Text } from "@fluentui/react-components";
import type { ExamplePayroll } from "../examplePayroll";
import { useT } from "../i18n";
import { useLayout } from "./layout";
import { PayrollFiguresView, PeopleTable } from "./PayrollTables";
import { MessageList } from "./Status";

/** The example team's payroll for the month, computed in the pane: labelled as an example throughout. */
export function ExamplePayrollPreview({ example }: { example: ExamplePayroll }) {
  const t = useT();
  const l = useLayout();
  const { figures } = example;
  return (
    <section className={l.stack} aria-label={t("tp.payroll.example.title", { month: figures.month })} data-testid="example-payroll">
      <div className={l.tight}>
        <span className={l.rowLine}>
          <Subtitle1 as="h2" className={l.heading}>
            {t("tp.payroll.example.title", { month: figures.month })}
          </Subtitle1>
          <Badge appearance="filled" color="informative">
            {t("tp.example")}
          </Badge>
        </span>
        <Text className={l.muted}>{t("tp.payroll.example.body", { n: figures.people })}</Text>
      </div>
      {example.usedDefaults && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("tp.payroll.example.defaults")}</MessageBarBody>
        </MessageBar>
      )}
      <PeopleTable title={t("tp.payroll.example.people")} people={example.people} />
      <PayrollFiguresView figures={figures} />
      <MessageList messages={figures.warnings} />
    </section>
  );
}
