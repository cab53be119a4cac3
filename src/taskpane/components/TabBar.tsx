import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

/**
 * The views' tab bar, in place of Fluent's TabList (issue 15): TabList's arrow keys come from tabster,
 * 14 KB gz of the pane's first download, for three buttons. This follows WAI-ARIA's tabs pattern with
 * manual activation, as TabList behaves (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): role tablist
 * with a label, each tab a button with role tab, aria-selected and aria-controls; only the selected tab
 * is in the Tab sequence (roving tabindex); Left and Right arrow move the focus between the tabs,
 * wrapping round, Home and End to the first and last; Enter or Space opens the focused tab's view.
 * The looks are Fluent's medium, transparent tab (react-tabs' useTabStyles): the selected one bold,
 * with a brand-coloured bar under it.
 */
const useStyles = makeStyles({
  list: { display: "flex", alignItems: "stretch", flexWrap: "wrap" },
  tab: {
    position: "relative",
    // The label and, under it, an invisible bold copy in one grid cell: a tab is as wide as its bold label,
    // so selecting it moves nothing (Fluent's reserved space).
    display: "grid",
    justifyItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    // Fluent pads the tab and, again, its content (spacingHorizontalXXS).
    padding: `${tokens.spacingVerticalM} calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorTransparentBackgroundHover,
    },
    ":active": {
      color: tokens.colorNeutralForeground2Pressed,
      backgroundColor: tokens.colorTransparentBackgroundPressed,
    },
    // The bar under the tab: grey on hover, the brand's colour when selected.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ...createFocusOutlineStyle(),
  },
  cell: { gridArea: "1 / 1" },
  reserved: { gridArea: "1 / 1", fontWeight: tokens.fontWeightSemibold, visibility: "hidden" },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1 },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export interface TabBarProps<T extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect(id: T): void;
  /** The id of each tab's button (`tab-<id>`) and of the panel it controls (`panel-<id>`). */
  idPrefix?: { tab: string; panel: string };
}

export function TabBar<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix = { tab: "tab-", panel: "panel-" },
}: TabBarProps<T>) {
  const s = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = buttons.current.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const n = tabs.length;
    const to =
      e.key === "ArrowRight"
        ? (at + 1) % n
        : e.key === "ArrowLeft"
          ? (at - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    buttons.current[to]?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      className={s.list}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab, i) => {
        const on = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(b) => {
              buttons.current[i] = b;
            }}
            type="button"
            role="tab"
            id={`${idPrefix.tab}${tab.id}`}
            aria-selected={on}
            aria-controls={`${idPrefix.panel}${tab.id}`}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(s.tab, on && s.selected)}
            onClick={() => onSelect(tab.id)}
          >
            <span className={s.cell}>{tab.label}</span>
            <span className={s.reserved} aria-hidden="true">
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
