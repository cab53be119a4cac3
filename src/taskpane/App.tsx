import { Field, FluentProvider, Select, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { currentMonth } from "../core/calendar";
import type { Lang } from "../data/lang";
import type { CommandMessage } from "../office/result";
import type { ShopSheetCommands } from "./commands";
import { MessageList } from "./components/Status";
import { OutsideExcel } from "./components/OutsideExcel";
import type { MonthInputs } from "./components/PlanView";
import { SetupView } from "./components/SetupView";
import { preloadSetupEditors } from "./components/setupEditors";
import { TabBar } from "./components/TabBar";
import { draftFromSections, type SetupDraft } from "./draft";
import type { HostInfo } from "./host";
import { LangContext, translator } from "./i18n";
import { inNextTask } from "./nextTask";
import { paneTheme } from "./theme";
import { ShopSheetProvider } from "./useShopSheet";

/**
 * The Targets and Payroll views are chunks of their own (issue 15: the pane's first download is the
 * Set up view's), fetched when the pane has first rendered, so a tab opens at once; so are Set up's
 * editors (./components/setupEditors.tsx).
 */
const loadPlan = () => import(/* webpackChunkName: "view-plan" */ "./components/PlanView");
const loadPayroll = () => import(/* webpackChunkName: "view-payroll" */ "./components/PayrollView");
const PlanView = lazy(() => loadPlan().then((m) => ({ default: m.PlanView })));
const PayrollView = lazy(() => loadPayroll().then((m) => ({ default: m.PayrollView })));

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  header: { display: "flex", alignItems: "flex-end", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap", marginBottom: tokens.spacingVerticalS },
  title: { margin: 0 },
  lang: { minWidth: "110px" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type TabId = "setup" | "plan" | "payroll";
const TABS: readonly TabId[] = ["setup", "plan", "payroll"];

export interface AppProps {
  commands: ShopSheetCommands;
  host: HostInfo;
  initialTab?: TabId;
  /** The month the views start on (default: this month). */
  initialMonth?: string;
}

/** The task pane: language and theme from Office, three views, and the one door to the workbook. */
export function App({ commands, host, initialTab = "setup", initialMonth }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(host.lang);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [draft, setDraft] = useState<SetupDraft>(() => draftFromSections(null, host.lang));
  const [source, setSource] = useState<"workbook" | "defaults">("defaults");
  const [loading, setLoading] = useState<string | null>(null);
  const [readProblems, setReadProblems] = useState<CommandMessage[]>([]);
  const [month, setMonth] = useState<MonthInputs>({ month: initialMonth ?? currentMonth(), target: "", grossMargin: "" });
  const t = translator(lang);
  const theme = useMemo(() => paneTheme(lang, host.dark), [lang, host.dark]);

  // The language at the time of a read (a language switch alone does not read the workbook again).
  const langNow = useRef(lang);
  langNow.current = lang;
  const reload = useCallback(async () => {
    if (!host.inExcel) return;
    const l = langNow.current;
    setLoading(translator(l)("tp.progress.read"));
    try {
      const r = await commands.readSetup({ lang: l });
      if (r.ok) {
        const found = r.sections.settings !== undefined || r.sections.roles !== undefined || r.sections.staff !== undefined;
        setDraft(draftFromSections(r.sections, l));
        setSource(found ? "workbook" : "defaults");
      }
      setReadProblems(r.messages);
    } finally {
      setLoading(null);
    }
  }, [commands, host.inExcel]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    // For the browser test's time to first render; harmless in Excel.
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark("shopsheet:first-render");
    document.body.setAttribute("data-shopsheet-rendered", "true");
    return inNextTask(() => {
      void preloadSetupEditors();
      void loadPlan();
      void loadPayroll();
    });
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={theme} className={s.root} data-theme={host.dark ? "dark" : "light"}>
        <ShopSheetProvider commands={commands} inExcel={host.inExcel}>
          <header className={s.header}>
            <Title3 as="h1" className={s.title}>
              ShopSheet
            </Title3>
            <Field label={t("tp.language")} className={s.lang}>
              <Select value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
                <option value="zh-CN">中文</option>
                <option value="en-US">English</option>
              </Select>
            </Field>
          </header>
          <main className={s.main}>
            {!host.inExcel && <OutsideExcel />}
            <TabBar<TabId> label={t("tp.views")} tabs={TABS.map((id) => ({ id, label: t(`tp.tab.${id}`) }))} selected={tab} onSelect={setTab} />
            <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={s.panel}>
              {tab === "setup" && (
                <>
                  <MessageList messages={readProblems} />
                  <SetupView draft={draft} onChange={setDraft} loading={loading} source={source} onReload={() => void reload()} />
                </>
              )}
              <Suspense fallback={<Spinner size="small" />}>
                {tab === "plan" && <PlanView inputs={month} onChange={(p) => setMonth((m) => ({ ...m, ...p }))} settings={draft.settings} />}
                {tab === "payroll" && <PayrollView inputs={month} onChange={(p) => setMonth((m) => ({ ...m, ...p }))} settings={draft.settings} roles={draft.roles} />}
              </Suspense>
            </div>
          </main>
        </ShopSheetProvider>
      </FluentProvider>
    </LangContext.Provider>
  );
}
