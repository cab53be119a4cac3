import type { MessageTable } from "./table";

/**
 * The checks of Staff's personal data (src/core/personal, src/core/config/personal.ts): ID numbers and
 * bank accounts. A table of its own because the task pane checks these fields as they are typed, and
 * the import and export messages (./imports.ts) have no place in its first download (issue 15). A
 * message never shows a whole ID or account number: {masked} is the masked form.
 */
export const personalMessages = {
  "idNumber.empty": { "zh-CN": "缺少证件号码", "en-US": "the ID number is missing" },
  "idNumber.fifteenDigits": {
    "zh-CN": "{masked} 是 15 位的第一代身份证号码，已停止使用；请填写第二代身份证上的 18 位号码",
    "en-US": "{masked} is a 15-digit first-generation ID number, no longer valid; enter the 18-character number on the second-generation card",
  },
  "idNumber.length": {
    "zh-CN": "身份证号码 {masked} 有 {length} 位，应为 18 位",
    "en-US": "the ID number {masked} has {length} characters; it needs 18",
  },
  "idNumber.characters": {
    "zh-CN": "证件号码 {masked} 含有不允许的字符（身份证号码为 17 位数字加一位数字或 X）",
    "en-US": "the ID number {masked} has characters that are not allowed (17 digits, then a digit or X)",
  },
  "idNumber.region": {
    "zh-CN": "身份证号码 {masked} 的前两位不是省级行政区代码",
    "en-US": "the first two digits of the ID number {masked} are not a province code",
  },
  "idNumber.birthDate": {
    "zh-CN": "身份证号码 {masked} 中的出生日期无效",
    "en-US": "the birth date inside the ID number {masked} is not a valid date",
  },
  "idNumber.checkDigit": {
    "zh-CN": "身份证号码 {masked} 的校验位不对：可能有数字抄错了",
    "en-US": "the check digit of the ID number {masked} does not match: a digit is probably mistyped",
  },
  "idNumber.notText": {
    "zh-CN": "证件号码 {masked} 是以数字形式保存的，后几位可能已经变成 0（表格只保留 15 位有效数字）。请把单元格格式设为“文本”，再照证件重新输入完整号码。",
    "en-US": "the ID number {masked} is stored as a number, so its last digits may have become 0 (a spreadsheet keeps 15 significant digits). Format the cell as Text and type the whole number again from the card.",
  },
  "idNumber.masked": {
    "zh-CN": "证件号码 {masked} 中间是星号：这是遮挡后的号码，不是完整号码。请填写证件上的完整号码。",
    "en-US": "the ID number {masked} has asterisks in the middle: it is a masked number, not the whole one. Enter the whole number from the card.",
  },
  "bankAccount.notText": {
    "zh-CN": "银行账号 {masked} 是以数字形式保存的，16 位以上的账号后几位会变成 0。请把单元格格式设为“文本”，再重新输入完整账号。",
    "en-US": "the bank account {masked} is stored as a number, and an account of 16 or more digits loses its last digits that way. Format the cell as Text and type the whole account again.",
  },
  "bankAccount.masked": {
    "zh-CN": "银行账号 {masked} 中间是星号：这是遮挡后的账号，不是完整账号。请填写完整账号。",
    "en-US": "the bank account {masked} has asterisks in the middle: it is a masked account, not the whole one. Enter the whole account.",
  },
  "staff.duplicateIdNumber": {
    "zh-CN": "证件号码 {masked} 与 {other}（{at}）的相同。同一个人再次入职时，请在“同一人”一栏填第一行的编号。",
    "en-US": "the ID number {masked} is the same as {other}'s ({at}). For a person hired again, put the first row's ID in “Same person as”.",
  },
  "bankAccount.empty": { "zh-CN": "缺少银行账号", "en-US": "the bank account is missing" },
  "bankAccount.characters": {
    "zh-CN": "银行账号 {masked} 只能包含数字（空格和短横线可以）",
    "en-US": "the bank account {masked} may contain only digits (spaces and dashes are fine)",
  },
  "bankAccount.length": {
    "zh-CN": "银行账号 {masked} 有 {length} 位数字，应为 {min} 到 {max} 位",
    "en-US": "the bank account {masked} has {length} digits; it needs {min} to {max}",
  },
} satisfies MessageTable;
