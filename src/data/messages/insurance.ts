import type { MessageTable } from "./table";

/**
 * Messages of the city social-insurance profiles (src/core/insurance): a profile the user adds, the one in
 * use, a month outside its periods. Read with the config, so the pane's whole-config check carries them.
 */
export const insuranceMessages = {
  "insurance.profileInvalid": {
    "zh-CN": "社保城市档案应包含 id、名称和各时期（periods）。",
    "en-US": "A social-insurance city profile needs an id, names and periods.",
  },
  "insurance.idMissing": {
    "zh-CN": "社保城市档案缺少 id。",
    "en-US": "The social-insurance city profile has no id.",
  },
  "insurance.periodsMissing": {
    "zh-CN": "社保城市档案至少需要一个时期（from、to、各险种基数上下限、进位方式）。",
    "en-US": "The city profile needs at least one period (from, to, each insurance's base floor and ceiling, rounding).",
  },
  "insurance.periodInvalid": {
    "zh-CN": "这一时期的格式无效。",
    "en-US": "This period is not in the expected shape.",
  },
  "insurance.monthInvalid": {
    "zh-CN": "「{value}」不是有效的月份（YYYY-MM，截止月份不能早于起始月份）。",
    "en-US": "\"{value}\" is not a valid month (YYYY-MM; the end cannot be before the start).",
  },
  "insurance.typeUnknown": {
    "zh-CN": "未知险种「{type}」。可用：{types}。",
    "en-US": "Unknown insurance type \"{type}\". Types: {types}.",
  },
  "insurance.amountInvalid": {
    "zh-CN": "「{value}」不是有效的基数金额。",
    "en-US": "\"{value}\" is not a valid base amount.",
  },
  "insurance.floorAboveCeiling": {
    "zh-CN": "{type} 的基数下限 {floor} 高于上限 {ceiling}。",
    "en-US": "{type}: the base floor {floor} is above the ceiling {ceiling}.",
  },
  "insurance.roundingUnknown": {
    "zh-CN": "进位方式「{value}」无效：可用 fen（到分）、jiao（到角）、jiaoUp（见分进角）、yuan（到元）。",
    "en-US": "Rounding \"{value}\" is not known: use fen, jiao, jiaoUp (any fen up to the jiao) or yuan.",
  },
  "insurance.typeNotListed": {
    "zh-CN": "险种「{value}」不在列表中：请选择 养老、医疗、失业、工伤、生育 或 住房公积金。",
    "en-US": "The insurance \"{value}\" is not in the list: pick Pension, Medical, Unemployment, Work injury, Maternity or Housing fund.",
  },
  "insurance.roundingNotListed": {
    "zh-CN": "进位方式「{value}」不在列表中：请选择 到分、到角、见分进角 或 到元。",
    "en-US": "The rounding \"{value}\" is not in the list: pick fen, jiao, jiao (up) or yuan.",
  },
  "insurance.typeTwice": {
    "zh-CN": "档案「{profile}」自 {from} 的时期里，险种「{type}」有两行：每个险种每个时期只能有一行。",
    "en-US": "In the profile \"{profile}\", the period from {from} has two rows for {type}: one row per insurance and period.",
  },
  "insurance.roundingDiffers": {
    "zh-CN": "档案「{profile}」自 {from} 的时期里，各项社保的进位方式不同（{first}、{second}）：同一时期的社保（养老、医疗、失业、工伤、生育）应按同一方式进位，公积金可以不同。",
    "en-US": "In the profile \"{profile}\", the period from {from} rounds its social insurances differently ({first}, {second}): pension, medical, unemployment, injury and maternity round alike in a period (the housing fund may differ).",
  },
  "insurance.periodsOverlap": {
    "zh-CN": "自 {first} 和自 {second} 的两个时期重叠：每个月只能有一套基数。",
    "en-US": "The periods starting {first} and {second} overlap: a month can have only one set of bases.",
  },
  "insurance.profileUnknown": {
    "zh-CN": "没有名为「{profile}」的社保城市档案。可用：{known}（或在 insuranceProfiles 中添加本市的档案）。",
    "en-US": "There is no social-insurance city profile \"{profile}\". Known: {known} (or add your city's in insuranceProfiles).",
  },
  "insurance.profileAlias": {
    "zh-CN": "“{typed}”与“{shown}”在 ShopSheet 看来是同一个社保城市档案（示例档案的编号、中文名和英文名都指它），但表格的公式按原样比较档案名称（只忽略大小写），两者对不上：工资表会按另一套缴费基数上下限（或设置中的统一上下限）计算，与 ShopSheet 算出的不同。请改成“{shown}”。",
    "en-US": "\"{typed}\" and \"{shown}\" are one city profile to ShopSheet (an example answers to its id and both its names), but the sheet's formulas compare profile names as typed (ignoring only case) and do not pair them: the payroll would clamp bases to other floors and ceilings (or Settings' single ones) than ShopSheet's. Change it to \"{shown}\".",
  },
  "insurance.profileAliasName": {
    "zh-CN": "“{typed}”与“{shown}”在 ShopSheet 看来是同一个社保城市档案（示例档案的中文名、英文名和编号都指它），但表格的公式按原样比较档案名称（只忽略大小写），两者对不上：工资表会按另一套缴费基数上下限（或设置中的统一上下限）计算，与 ShopSheet 算出的不同。请把这里、设置中的“使用的城市档案”和“缴费基数”表中该档案的各行都写成“{name}”（或只把这里改成“{shown}”）。",
    "en-US": "\"{typed}\" and \"{shown}\" are one city profile to ShopSheet (an example answers to its id and both its names), but the sheet's formulas compare profile names as typed (ignoring only case) and do not pair them: the payroll would clamp bases to other floors and ceilings (or Settings' single ones) than ShopSheet's. Write \"{name}\" here, in Settings' \"City profile in use\" and on the profile's rows of the Contribution bases table (or change only this one to \"{shown}\").",
  },
  "insurance.profileCase": {
    "zh-CN": "“{typed}”与正在使用的社保城市档案“{shown}”只有大小写不同：表格的公式不分大小写，把这一行算作正在使用的档案，ShopSheet 却当成另一个档案。请改成“{shown}”，或改用另一个名称。",
    "en-US": "\"{typed}\" differs from the city profile in use, \"{shown}\", only in case: the sheet's formulas ignore case and take this row for the profile in use, while ShopSheet takes it for another profile. Change it to \"{shown}\", or name it otherwise.",
  },
  "insurance.profileTwice": {
    "zh-CN": "社保城市档案「{profile}」填写了两次：每个 id 只能有一份。",
    "en-US": "The city profile \"{profile}\" is given twice: one profile per id.",
  },
  "insurance.exampleInUse": {
    "zh-CN": "{month} 按社保城市档案「{nameZh}」（{from} 至 {to}）的缴费基数上下限和进位方式计算。这是示例，请核对所在城市当年标准（来源：{source}）。",
    "en-US": "{month} uses the bases and rounding of the city profile \"{nameEn}\" ({from} to {to}). It is an example — check your city's current figures (source: {source}).",
  },
  "insurance.monthNotCovered": {
    "zh-CN": "社保城市档案「{nameZh}」没有 {month} 的基数（已有：{covered}）：本月按设置中的统一基数上下限、到分计算。请补充当期的缴费基数上下限。",
    "en-US": "City profile \"{nameEn}\" has no bases for {month} (it has {covered}): the month uses the single floors and ceilings of Settings, to the fen. Add the period's base floors and ceilings.",
  },
} satisfies MessageTable;
