/** One measured figure of `npm run bench`: printed as a table row and written to bench/results.json. */
export interface Figure {
  /** The goal of issue 15 it measures: "engine", "functions", "LibreOffice (UNO)", ... */
  section: string;
  label: string;
  /** Null when the figure could not be measured (then `note` says why). */
  value: number | null;
  unit: string;
  /** How it was measured or what it is compared with. */
  note?: string;
}
