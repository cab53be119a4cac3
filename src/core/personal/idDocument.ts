import { checkIdNumber, maskIdNumber } from "./idNumber";
import type { IsoDate } from "../calendar";
import type { MessageCode } from "../../data/messages";

/**
 * 证件类型 and 证件号码 as the e-filing client (扣缴客户端) takes them. The types are the client's own words;
 * the user may write any other type the client knows (护照 etc.), and its number is then only required,
 * since its format is the issuing country's.
 */
export const DEFAULT_ID_TYPE = "居民身份证";

/** Types whose numbers follow GB 11643 (18 characters, MOD 11-2 check digit): the resident identity
 *  card and the residence permits of Hong Kong, Macao and Taiwan residents (810000/820000/830000). */
export const GB11643_ID_TYPES: readonly string[] = [DEFAULT_ID_TYPE, "港澳居民居住证", "台湾居民居住证"];

export type IdDocumentCheck =
  | { ok: true; idType: string; idNumber: string }
  | { ok: false; code: MessageCode; params: Record<string, string> };

export function checkIdDocument(idType: string | null | undefined, idNumber: string, asOf?: IsoDate): IdDocumentCheck {
  const type = (idType ?? "").trim() || DEFAULT_ID_TYPE;
  if (GB11643_ID_TYPES.includes(type)) {
    const r = checkIdNumber(idNumber, asOf);
    return r.ok ? { ok: true, idType: type, idNumber: r.value } : { ok: false, code: r.code, params: { ...r.params, idType: type } };
  }
  const value = idNumber.normalize("NFKC").trim();
  if (value === "") return { ok: false, code: "idNumber.empty", params: { masked: "", length: "0", idType: type } };
  if (/[\u0000-\u001f]/.test(value)) return { ok: false, code: "idNumber.characters", params: { masked: maskIdNumber(value), length: String(value.length), idType: type } };
  return { ok: true, idType: type, idNumber: value };
}
