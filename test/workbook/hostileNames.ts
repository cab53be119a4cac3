import fc from "fast-check";

/** Hostile ids and names: Chinese of one length, case and punctuation twins, reserved and forbidden. */
export const hostileRoleId = fc.oneof(
  fc.constantFrom("经理", "客服", "美工", "发货", "a-b", "a_b", "Ab", "History", "history", "x", "_x", "role 1", "设置", "岗位", "'q'", "a.b", "1", "😀", "𠀀", "ｍａｎａｇｅｒ", "[a]", "a:b", "a/b"),
  fc.string({ unit: fc.constantFrom("经", "理", "客", "服", "a", "B", "-", "_", " ", ".", "'", "[", ":", "😀", "ｚ"), minLength: 1, maxLength: 24 }),
);
export const hostileName = fc.oneof(
  fc.constantFrom("History", "设置", "员工", "工资 2026-11", "a\tb", "'''", ":::", "[]", "=HYPERLINK(\"x\")", "+1", "很长的名字".repeat(7) + "甲", "很长的名字".repeat(7) + "乙", "😀".repeat(20)),
  fc.string({ unit: fc.constantFrom("经", "理", "a", "/", "\\", "?", "*", "[", "]", ":", "'", " ", "\t", "\n", "😀"), minLength: 1, maxLength: 40 }),
);

/**
 * Hostile names for a role (its nameZh / nameEn): as hostileName, with * and ? made full-width — a role's name
 * may not hold the ASCII ones (Excel's MATCH reads them as wildcards: src/core/config/leafChecks.ts roleName),
 * while ＊ and ？ are text to Excel and LibreOffice alike, and hostile enough.
 */
export const hostileRoleName = hostileName.map((s) => s.replace(/\*/g, "＊").replace(/\?/g, "？"));
