/**
 * The custom functions' implementation as one chunk ("functions-impl"): their messages and every SHOP.*
 * declaration, with core behind them. functions.ts does not import it: ./deferred.ts loads it after the
 * pane's first render, or at the first call if one comes sooner (issue 15).
 */
import "./messages";

export { SHOP } from "./shop";
