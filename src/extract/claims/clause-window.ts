// The words around a figure that may tell its scope, kept to the figure's own clause: a cue of
// another clause coordinated with it ("We have counted 21 bodies so far, and several others are
// missing"; "Twelve were killed; so far 30 have been arrested") says nothing of this figure.
// Clause boundaries: ";" and a comma before a coordinating conjunction.
import type { Token } from "../tokens.js";

const CONJUNCTIONS = /^(and|but|while|whereas|yet)$/;

/** tokens[k] opens a clause coordinated with the one before: "; …", ", and …", ", but …". */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return w === ";" || (w === "," && CONJUNCTIONS.test(tokens[k + 1]?.norm ?? ""));
}

/**
 * [from, to): up to `reach` tokens either side of the figure at [first, last), not across a
 * clause boundary.
 */
export function clauseWindow(
  tokens: readonly Token[],
  first: number,
  last: number,
  reach: number,
): [number, number] {
  let from = first;
  while (from > 0 && from > first - reach && !opensClause(tokens, from - 1)) from--;
  let to = last;
  while (to < tokens.length && to < last + reach && !opensClause(tokens, to)) to++;
  return [from, to];
}
