/**
 * What Microsoft's React task-pane template renders (`yo office`, "Office Add-in Task Pane project
 * using React framework"): a header with the add-in's logo and a welcome title, a list of three
 * features with icons, and a text box with a button that inserts its text. Written here for the
 * bench only (bench/firstRender.ts), on the project's own React and Fluent UI versions, so that the
 * pane's first render is compared with the template's built and loaded the same way.
 */
import { Button, Field, FluentProvider, Image, Textarea, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  header: { display: "flex", flexDirection: "column", alignItems: "center", paddingBottom: "30px", paddingTop: "100px", backgroundColor: tokens.colorNeutralBackground3 },
  message: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular, fontColor: tokens.colorNeutralBackgroundStatic },
  list: { marginTop: "20px" },
  item: { display: "flex", alignItems: "center", columnGap: "10px", paddingBottom: "20px" },
  insertion: { display: "flex", flexDirection: "column", alignItems: "center", marginTop: "20px", marginLeft: "20px", marginRight: "20px" },
  textArea: { marginLeft: "20px", marginBottom: "20px", marginRight: "20px", maxWidth: "50%" },
});

const ITEMS = [
  { icon: <Ribbon24Regular />, primaryText: "Achieve more with Office integration" },
  { icon: <LockOpen24Regular />, primaryText: "Unlock features and functionality" },
  { icon: <DesignIdeas24Regular />, primaryText: "Create and visualize like a pro" },
];

export function App() {
  const s = useStyles();
  const [text, setText] = useState("Some text.");
  useEffect(() => {
    performance.mark("template:first-render");
    document.body.dataset.templateRendered = "1";
  }, []);
  return (
    <FluentProvider theme={webLightTheme} className={s.root}>
      <section className={s.header}>
        <Image width="90" height="90" src="assets/icon-80.png" alt="Contoso" />
        <h1 className={s.message}>Welcome</h1>
      </section>
      <ul className={s.list}>
        {ITEMS.map((item) => (
          <li className={s.item} key={item.primaryText}>
            <i>{item.icon}</i>
            <span>{item.primaryText}</span>
          </li>
        ))}
      </ul>
      <div className={s.insertion}>
        <Field className={s.textArea} label="Enter text to be inserted into the document." size="large">
          <Textarea size="large" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field className={s.textArea} label="Click the button to insert text." />
        <Button appearance="primary" disabled={false} size="large" onClick={() => undefined}>
          Insert text
        </Button>
      </div>
    </FluentProvider>
  );
}
