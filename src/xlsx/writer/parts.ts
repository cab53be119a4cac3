/**
 * The parts of an .xlsx package, in the order the fast writer stores them, as a generator: each part's
 * name and its text (a string, or pieces of one), produced only when the previous part has been taken
 * — so the workbook part (its hidden names), styles and shared strings, which collect what the sheets
 * use, come last, complete. Pure: no
 * Node, so the task pane can zip the same parts (./portable.ts) as the CLI (./index.ts).
 */
import type { WorkbookSpec } from "../../workbook/spec";
import { chartXml, drawingRelsXml, drawingXml } from "./chart";
import { appXml, contentTypesXml, coreXml, PART, relsPart, rootRelsXml, sheetRelsXml, workbookRelsXml, workbookXml } from "./packageParts";
import type { PartSource } from "./piece";
import { planWorkbook } from "./plan";
import { InlineStrings, SharedStrings } from "./strings";
import { StyleSheet } from "./styles";
import { tableXml } from "./table";
import { themeXml } from "./theme";
import { worksheetXml } from "./worksheet";

export interface PartOptions {
  sharedFormulas?: boolean;
  /** "a1" (the default): A1 and hidden names (../../workbook/a1Formulas.ts); "structured": structured
   *  references as before, for comparing and measuring only. */
  formulas?: "a1" | "structured";
  strings?: "shared" | "inline";
  created?: Date;
  /** Mark it as a ShopSheet workbook (sheet keys, layout version); default yes. */
  marks?: boolean;
}

export interface Part {
  name: string;
  source: PartSource;
}

/** Every part of a validated spec. Take each part's source whole before asking for the next. */
export function* workbookParts(spec: WorkbookSpec, options: PartOptions = {}): Generator<Part> {
  const plan = planWorkbook(spec, options.formulas);
  const shared = (options.strings ?? "shared") === "shared";
  const strings = shared ? new SharedStrings() : new InlineStrings();
  const styles = new StyleSheet(spec.font);

  yield { name: "[Content_Types].xml", source: contentTypesXml(plan, shared) };
  yield { name: "_rels/.rels", source: rootRelsXml() };
  yield { name: PART.core, source: coreXml(options.created ?? new Date()) };
  yield { name: PART.app, source: appXml() };
  yield { name: relsPart(PART.workbook), source: workbookRelsXml(plan, shared) };

  for (const s of plan.sheets) {
    const context = { ctx: plan.ctx, styles, strings, options: { sharedFormulas: !!options.sharedFormulas }, nextSharedIndex: 0 };
    yield { name: s.part, source: worksheetXml(s, context) };
    const rels = sheetRelsXml(s);
    if (rels) yield { name: relsPart(s.part), source: rels };
    for (const t of s.tables) yield { name: t.part, source: tableXml(t, plan.ctx) };
    if (s.drawing) {
      yield { name: s.drawing.part, source: drawingXml(s) };
      yield { name: relsPart(s.drawing.part), source: drawingRelsXml(s) };
      for (const c of s.drawing.charts) yield { name: c.part, source: chartXml(s, c) };
    }
  }

  // After the sheets and tables: it lists the hidden names their formulas used (./packageParts.ts).
  yield { name: PART.workbook, source: workbookXml(plan, options.marks ?? true) };
  yield { name: PART.theme, source: themeXml(spec.font) };
  yield { name: PART.styles, source: styles.xml() };
  if (strings instanceof SharedStrings) yield { name: PART.sharedStrings, source: strings.xml() };
}
