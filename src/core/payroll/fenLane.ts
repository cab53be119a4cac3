import { FEN_LIMIT, fenOf, type Dec } from "../money";

/**
 * The pay line's figures carried beside their Decimals as whole fen (issue 15: each figure converted
 * once, where it is made, not again by every sum that reads it).
 *
 * A figure in the lane is an integer of at most FEN_LIMIT (2⁴⁹) fen in magnitude, or NaN where it is not
 * a whole number of fen or lies beyond that. Why that is exact: every integer up to 2⁵³ is a double, so a
 * sum or difference of at most sixteen figures (16 × 2⁴⁹ = 2⁵³) is computed exactly, and NaN carries
 * through any such sum. One check of the result (fenSum) then says whether it may be used: a whole-fen
 * result of the lane again, or NaN, and the caller computes that figure in decimal.js instead. Nothing
 * is ever multiplied or divided here: products stay with their own rules (withholdFen.ts).
 */

/**
 * Read once. Under tsx (the CLI's and the bench's runner) a module is CommonJS made by esbuild, and every use
 * of an imported binding reads a getter that reads the exporting module's getter by a key held in a closure
 * (a keyed load that sees every export's name: slow). A module-level const read at each use costs nothing
 * of that, so the payroll's per-line code reads its imports once this way (issue 15).
 */
const LIMIT = FEN_LIMIT;
const fenOfFigure = fenOf;

/** x in whole fen within ±FEN_LIMIT, else NaN. */
export function laneFen(x: Dec): number {
  const f = fenOfFigure(x);
  return f !== null && f <= LIMIT && f >= -LIMIT ? f : NaN;
}

/** A sum of at most sixteen lane figures, as a lane figure: itself within ±FEN_LIMIT, else NaN (so is NaN). */
export function fenSum(f: number): number {
  return f <= LIMIT && f >= -LIMIT ? f : NaN;
}
