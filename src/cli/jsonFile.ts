import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { D } from "../core/money";
import { pathToWhere } from "../core/config";
import type { Warning } from "../core/types";
import { InputProblems } from "./problems";
import { fileReason } from "./fileErrors";

/** A config or actuals file is a few hundred kilobytes; anything near this is not one (or /dev/zero). */
export const MAX_JSON_BYTES = 20 * 1024 * 1024;

/**
 * Reads a JSON file named on the command line (relative to the working directory), strictly:
 * - only a regular file of at most MAX_JSON_BYTES (a folder, a device or a pipe is refused, never
 *   read forever);
 * - UTF-8 only: a file saved as GBK or UTF-16 (Notepad's "Unicode") would otherwise turn every
 *   Chinese name into U+FFFD without a word; a UTF-8 byte-order mark is allowed;
 * - a syntax error is reported with its line and column, in the user's language (jsonc-parser gives
 *   an error code and an offset; JSON.parse only an English sentence);
 * - a key given twice in one object is an error (JSON.parse keeps the last silently);
 * - a number is kept exactly as written: one a double cannot hold as written ("1e309",
 *   "12345678901234567890", "0.1000000000000000055511") reaches the config checks as its text, which
 *   then say what is wrong with it, instead of as Infinity (shown as "null") or a rounded double.
 * Throws InputProblems naming `--option`.
 */
export function readJsonFile(file: string, cwd: string, option: string): unknown {
  const where = `--${option}`;
  const text = readUtf8(resolve(cwd, file), file, where);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const at = position(text, first?.offset ?? 0);
    // jsonc-parser names an error it does not know "<unknown ParseErrorCode>": reported as a missing value.
    const printed = first === undefined ? "ValueExpected" : printParseErrorCode(first.error);
    const code = printed === "<unknown ParseErrorCode>" ? "ValueExpected" : printed;
    throw new InputProblems([{ code: `json.${code}`, params: { file, ...at }, where }]);
  }
  const problems: Warning[] = [];
  const value = toValue(tree, text, [], problems);
  if (problems.length > 0) throw new InputProblems(problems.map((p) => ({ ...p, where: option === "config" ? p.where : `${where} ${p.where}` })));
  return value;
}

function readUtf8(path: string, file: string, where: string): string {
  const bytes = readFileBytes(path, file, where, MAX_JSON_BYTES);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputProblems([{ code: "file.utf16", params: { file }, where }]);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputProblems([{ code: "file.notUtf8", params: { file }, where }]);
  }
}

/**
 * A regular file's bytes, at most `max` of them: a folder, a device or a pipe is refused, and so is a
 * bigger file, each with a message naming `file` (as the user gave it) and the option `where`.
 */
export function readFileBytes(path: string, file: string, where: string, max: number): Buffer {
  let bytes: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
      if (!stat.isFile()) throw new InputProblems([{ code: "file.notFile", params: { file }, where }]);
      if (stat.size > max) throw new InputProblems([{ code: "file.tooLarge", params: { file, max: `${max / 1024 / 1024} MB` }, where }]);
      bytes = Buffer.alloc(stat.size);
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, bytes, read, stat.size - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputProblems) throw e;
    throw new InputProblems([{ code: "file.unreadable", params: { file, ...fileReason(e) }, where }]);
  }
  return bytes;
}

/** 1-based line and column (in characters) of an offset. */
function position(text: string, offset: number): { line: string; column: string } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: String(before.length), column: String([...before[before.length - 1]!].length + 1) };
}

function toValue(node: Node, text: string, path: PropertyKey[], problems: Warning[]): unknown {
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        if (Object.prototype.hasOwnProperty.call(out, key)) {
          problems.push({ code: "config.duplicateKey", params: { key }, where: pathToWhere(path) || "config" });
          continue;
        }
        // defineProperty: a key "__proto__" is an ordinary (unknown) field, never the prototype.
        Object.defineProperty(out, key, { value: toValue(valueNode, text, [...path, key], problems), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map((child, i) => toValue(child, text, [...path, i], problems));
    case "number":
      return exactNumber(text.slice(node.offset, node.offset + node.length));
    default:
      return node.value;
  }
}

/** The literal as a number when the double holds exactly what was written; else the literal itself. */
function exactNumber(literal: string): number | string {
  const n = Number(literal);
  return Number.isFinite(n) && new D(String(n)).equals(new D(literal)) ? n : literal;
}
