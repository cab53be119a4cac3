import { annualBonusPolicy } from "../../data/rules/annualBonus";
import { money, type Dec } from "../money";
import type { TaxBracket, Warning } from "../types";
import { ANNUAL_BONUS_MONTHLY_TABLE, bonusCliffOf, compareBonusTaxation, separateTaxationInForce, type BonusComparison, type BonusTaxation } from "./annualBonus";

/**
 * Which taxation a year-end bonus gets, and what the user should be told about it. The rules:
 * - the separate method at most once per person per tax year (国税发〔2005〕9号 第三条);
 * - only while announcement 2023 No. 30 (or the setting that extends it) is in force;
 * - by default the cheaper of the two, saying which and by how much;
 * - a separately taxed bonus inside a cliff nets less than a smaller bonus: say so.
 */

export interface BonusPayment {
  staffId: string;
  name: string;
  /** ISO date it is paid (its month is the month it is withheld in). */
  paidOn: string;
  amount: Dec;
  /** What the user asked for; null = whichever is cheaper. */
  requested: BonusTaxation | null;
  /** Taxable income the merged bonus would sit on (see compareBonusTaxation). */
  taxableWithoutBonus: Dec;
  /** Config path of the entry, e.g. months[11].entries[2].annualBonus */
  where: string;
}

export interface BonusOptions {
  annualTable: readonly TaxBracket[];
  monthlyTable?: readonly TaxBracket[];
  /** The separate option's last day (a setting); null = extended without end. */
  separateTaxationUntil?: string | null;
}

export interface BonusDecision {
  payment: BonusPayment;
  taxation: BonusTaxation;
  tax: Dec;
  comparison: BonusComparison;
  warnings: Warning[];
}

function who(p: BonusPayment): Record<string, string> {
  return { id: p.staffId, name: p.name, paidOn: p.paidOn, bonus: money(p.amount) };
}

/** Decides every bonus of the list in date order (the first separate one of a person's year keeps it). */
export function decideBonuses(payments: readonly BonusPayment[], options: BonusOptions): BonusDecision[] {
  const monthlyTable = options.monthlyTable ?? ANNUAL_BONUS_MONTHLY_TABLE;
  const until = options.separateTaxationUntil === undefined ? annualBonusPolicy.separateTaxationUntil : options.separateTaxationUntil;
  const separateUsed = new Set<string>(); // staffId|year
  const ordered = [...payments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  return ordered.map((p) => {
    const warnings: Warning[] = [];
    const key = `${p.staffId}|${p.paidOn.slice(0, 4)}`;
    const comparison = compareBonusTaxation(p.amount, p.taxableWithoutBonus, options.annualTable, monthlyTable);
    const inForce = separateTaxationInForce(p.paidOn, until);
    const usedThisYear = separateUsed.has(key);
    let taxation: BonusTaxation = p.requested ?? comparison.cheaper;
    if (taxation === "separate" && !inForce) {
      warnings.push({ code: "bonus.separateExpired", params: { ...who(p), until: until ?? "" }, where: p.where });
      taxation = "merged";
    } else if (taxation === "separate" && usedThisYear) {
      warnings.push({ code: "bonus.separateTwice", params: { ...who(p), year: p.paidOn.slice(0, 4) }, where: p.where });
      taxation = "merged";
    }
    if (p.requested === null && taxation === comparison.cheaper) {
      warnings.push({
        code: taxation === "separate" ? "bonus.choseSeparate" : "bonus.choseMerged",
        params: { ...who(p), separateTax: money(comparison.separateTax), mergedTax: money(comparison.mergedTax), saving: money(comparison.saving) },
        where: p.where,
      });
    } else if (p.requested !== null && taxation === p.requested && p.requested !== comparison.cheaper && comparison.saving.greaterThan(0)) {
      warnings.push({
        code: "bonus.requestedCostsMore",
        params: { ...who(p), requested: p.requested, separateTax: money(comparison.separateTax), mergedTax: money(comparison.mergedTax), extra: money(comparison.saving) },
        where: p.where,
      });
    }
    if (taxation === "separate") {
      separateUsed.add(key);
      const cliff = bonusCliffOf(p.amount, monthlyTable);
      if (cliff) {
        const tax = comparison.separateTax;
        warnings.push({
          code: "bonus.cliff",
          params: { ...who(p), tax: money(tax), bound: money(cliff.bound), taxAtBound: money(cliff.taxAtBound), breakEven: money(cliff.breakEven), lessThanBound: money(cliff.bound.minus(cliff.taxAtBound).minus(p.amount.minus(tax))) },
          where: p.where,
        });
      }
    }
    const tax = taxation === "separate" ? comparison.separateTax : comparison.mergedTax;
    return { payment: p, taxation, tax, comparison, warnings };
  });
}
