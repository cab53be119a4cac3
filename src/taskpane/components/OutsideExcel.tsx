import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n";

/**
 * webpack sets process.env.NODE_ENV from the build's mode (optimization.nodeEnv), so the developer's
 * line is in development builds and tests only, never in the production bundle people open. (Declared
 * here: the browser build's tsconfig has no Node types.)
 */
declare const process: { env: { NODE_ENV?: string } };
const DEVELOPMENT = process.env.NODE_ENV !== "production";

/**
 * Shown when the pane is opened outside Excel (a browser): what this page can still do, and — on
 * request — how a person opens ShopSheet in Excel, in the words of Excel's ribbon (Home → Add-ins; on
 * the web, Upload My Add-in: https://learn.microsoft.com/office/dev/add-ins/testing/sideload-office-add-ins-for-testing),
 * and where to get it when it is not installed yet (the README's sideloading steps).
 */
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
              <li>{t("tp.outside.desktop")}</li>
              <li>{t("tp.outside.web")}</li>
              <li>{t("tp.outside.install")}</li>
              {DEVELOPMENT && <li>{t("tp.outside.dev")}</li>}
            </ul>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
