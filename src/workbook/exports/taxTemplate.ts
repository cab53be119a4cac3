/**
 * The import template of the Natural Person Electronic Tax Filing client (自然人电子税务局 扣缴客户端),
 * as data: one place to change when the client's columns change. Sheet and column names are the
 * client's own, character for character (its half-width parentheses in 企业(职业)年金 included); a
 * column's `field` names the figure of a TaxFilingPerson that fills it, null for a column we leave blank.
 *
 * Which version: the client's template grows (累计3岁以下婴幼儿照护 came in 2022, 累计个人养老金 in 2023).
 * The default, TAX_TEMPLATE_CURRENT, is the layout that integrations written in 2025-2026 fill — two
 * independent ones (public code indexed by the project's search tool: a C# NPOI filler and a Python
 * openpyxl filler) agree on all 29 wage columns and all 11 bonus columns, including five the list
 * lacks (公务交通费用, 通讯费用, 律师办案费用, 西藏附加减除费用, 协定减免). TAX_TEMPLATE_2023 is the issue's
 * list (24 + 10 columns), an older layout; it is kept so a user on an old client can pick it. Each 2023
 * list is the current one without those five (a test compares it with the list, header by
 * header). Nothing here was checked
 * against the client itself (it runs on Windows only): before the first real filing, download the
 * client's template (综合所得申报 → 收入及减除填写 → 导入 → 模板下载) and compare the header row.
 */

/** The figures a person's rows can carry (see TaxFilingPerson in ./taxFiling.ts). */
export type TaxField =
  | "staffId"
  | "name"
  | "idType"
  | "idNumber"
  | "income"
  | "taxFreeIncome"
  | "pension"
  | "medical"
  | "unemployment"
  | "housingFund"
  | "childEducation"
  | "continuingEducation"
  | "housingLoanInterest"
  | "housingRent"
  | "elderlySupport"
  | "infantCare"
  | "privatePension"
  | "annuity"
  | "healthInsurance"
  | "deferredPension"
  | "other"
  | "donation"
  | "taxRelief"
  | "note"
  | "bonus"
  | "bonusTaxFreeIncome"
  | "bonusOther"
  | "bonusDonation"
  | "bonusTaxRelief"
  | "bonusNote";

export interface TemplateColumn {
  header: string;
  /** null: a column the client has and ShopSheet leaves blank. */
  field: TaxField | null;
  /** The client marks required columns with "*" in the header itself. */
  required: boolean;
}

export interface TemplateSheet {
  /** Stable sheet key for the spec. */
  key: string;
  /** The client's sheet name. */
  name: string;
  columns: readonly TemplateColumn[];
}

export interface TaxTemplate {
  version: string;
  wages: TemplateSheet;
  bonus: TemplateSheet;
}

/** A column from its header: "*" marks a required one, as in the client's template. */
function col(header: string, field: TaxField | null): TemplateColumn {
  return { header, field, required: header.startsWith("*") };
}

const IDENTITY = [col("工号", "staffId"), col("*姓名", "name"), col("*证件类型", "idType"), col("*证件号码", "idNumber")];

export const TAX_TEMPLATE_CURRENT: TaxTemplate = {
  version: "2025 (29 wage columns, 11 bonus columns)",
  wages: {
    key: "tax-wages",
    name: "正常工资薪金收入",
    columns: [
      ...IDENTITY,
      col("本期收入", "income"),
      col("本期免税收入", "taxFreeIncome"),
      col("基本养老保险费", "pension"),
      col("基本医疗保险费", "medical"),
      col("失业保险费", "unemployment"),
      col("住房公积金", "housingFund"),
      col("累计子女教育", "childEducation"),
      col("累计继续教育", "continuingEducation"),
      col("累计住房贷款利息", "housingLoanInterest"),
      col("累计住房租金", "housingRent"),
      col("累计赡养老人", "elderlySupport"),
      col("累计3岁以下婴幼儿照护", "infantCare"),
      col("累计个人养老金", "privatePension"),
      col("企业(职业)年金", "annuity"),
      col("商业健康保险", "healthInsurance"),
      col("税延养老保险", "deferredPension"),
      col("公务交通费用", null),
      col("通讯费用", null),
      col("律师办案费用", null),
      col("西藏附加减除费用", null),
      col("其他", "other"),
      col("准予扣除的捐赠额", "donation"),
      col("减免税额", "taxRelief"),
      col("协定减免", null),
      col("备注", "note"),
    ],
  },
  bonus: {
    key: "tax-bonus",
    name: "全年一次性奖金收入",
    columns: [
      ...IDENTITY,
      col("*全年一次性奖金额", "bonus"),
      col("免税收入", "bonusTaxFreeIncome"),
      col("其他", "bonusOther"),
      col("准予扣除的捐赠额", "bonusDonation"),
      col("减免税额", "bonusTaxRelief"),
      col("协定减免", null),
      col("备注", "bonusNote"),
    ],
  },
};

const WITHOUT_2023 = new Set(["公务交通费用", "通讯费用", "律师办案费用", "西藏附加减除费用", "协定减免"]);

export const TAX_TEMPLATE_2023: TaxTemplate = {
  version: "2023 (24 wage columns, 10 bonus columns)",
  wages: { ...TAX_TEMPLATE_CURRENT.wages, columns: TAX_TEMPLATE_CURRENT.wages.columns.filter((c) => !WITHOUT_2023.has(c.header)) },
  bonus: { ...TAX_TEMPLATE_CURRENT.bonus, columns: TAX_TEMPLATE_CURRENT.bonus.columns.filter((c) => !WITHOUT_2023.has(c.header)) },
};
