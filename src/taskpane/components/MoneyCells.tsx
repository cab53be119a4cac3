import { TableCell, TableHeaderCell, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Figures line up as in a ledger: right-aligned, every digit the same width (tabular figures), never wrapped. */
const useStyles = makeStyles({
  cell: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // The header cell's content sits in a flex box (its `button` slot): its end is the right edge.
  head: { justifyContent: "flex-end", textAlign: "right" },
});

/** A table cell holding an amount or a count. */
export function MoneyCell({ children }: { children: ReactNode }) {
  return <TableCell className={useStyles().cell}>{children}</TableCell>;
}

/** The header over a column of amounts, aligned with them. */
export function MoneyHeaderCell({ children }: { children: ReactNode }) {
  const s = useStyles();
  return <TableHeaderCell button={{ className: s.head }}>{children}</TableHeaderCell>;
}
