import {
  createFocusOutlineStyle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";

/**
 * One section of the Set up view that opens and closes, in place of Fluent's Accordion (issue 15): the
 * Accordion brings tabster (its arrow-key navigation, which the pane does not turn on) and the motion
 * packages, about 20 KB gz of the pane's first download. This is WAI-ARIA's accordion pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/accordion/): the header is a button with aria-expanded and
 * aria-controls naming the panel; Enter or Space opens and closes it (a native button's own keys); every
 * section stays in the Tab sequence. The panel is rendered only while open, as Fluent's AccordionPanel
 * is. The looks are Fluent's medium AccordionHeader: a chevron turned down when open, 44 px high.
 */
const useStyles = makeStyles({
  header: {
    margin: 0,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  button: {
    ...typographyStyles.body1,
    boxSizing: "border-box",
    width: "100%",
    minHeight: "44px",
    display: "flex",
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "inherit",
    color: "inherit",
    cursor: "pointer",
    textAlign: "start",
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    ...createFocusOutlineStyle(),
  },
  icon: {
    display: "flex",
    alignItems: "center",
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  panel: { margin: `0 ${tokens.spacingHorizontalM}` },
});

export interface DisclosureProps {
  /** What the header says (text and badges). */
  title: ReactNode;
  open: boolean;
  onToggle(): void;
  children: ReactNode;
}

export function Disclosure({
  title,
  open,
  onToggle,
  children,
}: DisclosureProps) {
  const s = useStyles();
  const panel = useId();
  return (
    <div>
      <div className={s.header}>
        <button
          type="button"
          className={s.button}
          aria-expanded={open}
          aria-controls={open ? panel : undefined}
          onClick={onToggle}
        >
          <span className={s.icon} aria-hidden="true">
            <ChevronRightRegular
              style={{ transform: `rotate(${open ? 90 : 0}deg)` }}
            />
          </span>
          {title}
        </button>
      </div>
      {open && (
        <div id={panel} className={s.panel}>
          {children}
        </div>
      )}
    </div>
  );
}

/** The open sections' keys after one is toggled (several may be open at once). */
export function toggled(open: readonly string[], key: string): string[] {
  return open.includes(key) ? open.filter((k) => k !== key) : [...open, key];
}
