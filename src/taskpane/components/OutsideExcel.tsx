import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n";

/** Shown when the pane is opened outside Excel: how to open it there (on request), and what still works here. */
export function OutsideExcel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="outside-excel">
      <MessageBarBody>
        <MessageBarTitle>{t("tp.outside.title")}</MessageBarTitle>
        {t("tp.outside.preview")}{" "}
        <Button appearance="transparent" size="small" aria-expanded={open} aria-controls="outside-excel-steps" onClick={() => setOpen(!open)} style={{ padding: 0, minWidth: 0, verticalAlign: "baseline" }}>
          {t(open ? "tp.outside.hide" : "tp.outside.how")}
        </Button>
        {open && (
          <div id="outside-excel-steps">
            {t("tp.outside.body")}
            <ul style={{ margin: "4px 0", paddingLeft: "20px" }}>
              <li>{t("tp.outside.windowsMac")}</li>
              <li>{t("tp.outside.web")}</li>
            </ul>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
