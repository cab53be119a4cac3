/**
 * Finding a role by what a Staff row says: its id, or — as a Chinese workbook writes it, and as a config
 * may — its Chinese or English name. The engine takes all three (src/core/config/resolve.ts roleFor);
 * the sheets' formulas do the same, each in one place here.
 */
import { TABLE } from "../names";

/** The id of the role `given` names (an id, or a role's Chinese or English name), else `given` itself. */
export const roleIdOf = (given: string) =>
  `IFERROR(INDEX(${TABLE.roles}[id],MATCH(${given},${TABLE.roles}[id],0)),IFERROR(INDEX(${TABLE.roles}[id],MATCH(${given},${TABLE.roles}[nameZh],0)),` +
  `IFERROR(INDEX(${TABLE.roles}[id],MATCH(${given},${TABLE.roles}[nameEn],0)),${given})))`;

/** The row on Roles of the role `given` names (an id, or a role's Chinese or English name), else "". */
export const roleRowOf = (given: string) =>
  `IFERROR(MATCH(${given},${TABLE.roles}[id],0),IFERROR(MATCH(${given},${TABLE.roles}[nameZh],0),IFERROR(MATCH(${given},${TABLE.roles}[nameEn],0),"")))`;

/** The Staff rows that name this row's role (inside the Roles table): by id or by either name, each row once. */
export const holdersOfThisRole =
  `SUMPRODUCT(--(((${TABLE.staff}[role]=[@id])+(${TABLE.staff}[role]=[@nameZh])*([@nameZh]<>"")+(${TABLE.staff}[role]=[@nameEn])*([@nameEn]<>""))>0))`;
