import { defaultSettings } from "../data/defaults";
import { D } from "./money";
import type { Settings } from "./types";

const dec = (s: string) => new D(s);
const decOrNull = (s: string | null) => (s === null ? null : new D(s));

/** The default settings as engine values; a fresh object each call, so callers may change it. */
export function defaultEngineSettings(): Settings {
  const s = defaultSettings;
  return {
    poolRate: dec(s.poolRate),
    paidDaysPerMonth: dec(s.paidDaysPerMonth),
    basicDeduction: dec(s.basicDeduction),
    socialInsurance: {
      baseFloor: dec(s.socialInsurance.baseFloor),
      baseCeiling: dec(s.socialInsurance.baseCeiling),
      employee: {
        pension: dec(s.socialInsurance.employee.pension),
        medical: dec(s.socialInsurance.employee.medical),
        unemployment: dec(s.socialInsurance.employee.unemployment),
      },
      employer: {
        pension: dec(s.socialInsurance.employer.pension),
        medical: dec(s.socialInsurance.employer.medical),
        unemployment: dec(s.socialInsurance.employer.unemployment),
        injury: dec(s.socialInsurance.employer.injury),
      },
    },
    housingFund: {
      employeeRate: dec(s.housingFund.employeeRate),
      employerRate: dec(s.housingFund.employerRate),
      baseFloor: dec(s.housingFund.baseFloor),
      baseCeiling: dec(s.housingFund.baseCeiling),
    },
    taxTable: s.taxTable.map((b) => ({ upTo: decOrNull(b.upTo), rate: dec(b.rate), quickDeduction: dec(b.quickDeduction) })),
    targets: {
      aov: decOrNull(s.targets.aov),
      cvr: decOrNull(s.targets.cvr),
      weekdayWeights: s.targets.weekdayWeights.map(dec),
      events: s.targets.events.map((e) => ({ date: e.date, factor: dec(e.factor), name: e.name })),
      holidayFactor: dec(s.targets.holidayFactor),
    },
  };
}
