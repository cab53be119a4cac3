/** What the running Excel supports: Office.context.requirements, read once per command. */
import { MINIMUM_API, type Features } from "../reconcile/features";

type Supports = (version: string) => boolean;

/** Reads Office.context.requirements; null when ExcelApi MINIMUM_API is missing (the command stops). */
export function detectFeatures(): Features | null {
  const supports: Supports = (v) => {
    try {
      return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  if (!supports(MINIMUM_API)) return null;
  return {
    suspendCalculation: supports("1.6"),
    conditionalFormats: supports("1.6"),
    freezePanes: supports("1.7"),
    charts: supports("1.7"),
    dataValidation: supports("1.8"),
    pageLayout: supports("1.9"),
    rangeAreas: supports("1.9"),
    autoFill: supports("1.9"),
    specialCells: supports("1.9"),
    copyFrom: supports("1.9"),
  };
}

