// A figure that changes, said with the verb of its change: "the death toll rose from 11 to 19",
// "increased from 11 to 19", "revised the toll up from 11 to 19", "the toll has gone up to 19".
// "from N to M" there is no range: N is the figure superseded, no count of its own, and M the
// figure now; "up to" after a verb of motion is its particle and "to", not the hedge "at most".
import { CHANGE_WORDS, RISE_WORDS } from "../lexicon/changes.js";
import type { Token } from "../tokens.js";

/** Adverbs between the verb and "from" ("rose sharply from", "was revised upward from"). */
const ADVERBS = /^(sharply|steeply|further|again|upward|upwards|downward|downwards|slightly|overnight)$/;

/** The word before tokens[k] past adverbs is a verb of change ("rose from", "rose sharply from"). */
function changeBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && ADVERBS.test(tokens[j]?.norm ?? "")) j--;
  return CHANGE_WORDS.has(tokens[j]?.norm ?? "");
}

/** The figure at tokens[i] is the superseded one of "rose from N to M". */
export function supersededFigure(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.norm === "from" && changeBefore(tokens, i - 1);
}

/** "up to" at tokens[i] is a verb's particle and "to" ("has gone up to 19", "rose up to 19"). */
export function particleUpTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.norm === "up" && tokens[i + 1]?.norm === "to" && changeBefore(tokens, i);
}

/** Where "from N" of "rose from N to" begins, right before the figure at qFirst (after "to"), or -1. */
export function changeFromStart(tokens: readonly Token[], qFirst: number): number {
  if (tokens[qFirst - 1]?.norm !== "to") return -1;
  for (let f = qFirst - 3; f >= 0 && f >= qFirst - 5; f--)
    if (tokens[f]!.norm === "from") return supersededFigure(tokens, f + 1) ? f : -1;
  return -1;
}

/** Words that open an aside giving a toll's earlier figure (", which stood at 11,", ", previously put at 11,"). */
const EARLIER_OPENERS = /^(which|that|previously|earlier|initially|first|originally)$/;
/** Words that may stand between that aside and its rise ("has risen to 19", "now stands at 19"). */
const BEFORE_RISE = /^(now|has|had|later)$/;

/**
 * The figure at tokens[i] is a toll's earlier figure in an aside before its rise: "The death toll,
 * which stood at 11 on Monday, has risen to 19", "The toll, previously put at 11, rose to 19".
 */
export function earlierInAside(tokens: readonly Token[], i: number): boolean {
  let open = i - 1;
  while (open > i - 6 && open > 0 && tokens[open]!.norm !== ",") open--;
  if (tokens[open]?.norm !== "," || !EARLIER_OPENERS.test(tokens[open + 1]?.norm ?? "")) return false;
  let close = i + 1;
  while (close < i + 6 && close < tokens.length && tokens[close]!.norm !== ",") close++;
  if (tokens[close]?.norm !== ",") return false;
  for (let k = close + 1; k < close + 4 && k < tokens.length; k++) {
    // (A rise to a figure: "rose to 19", not "rose to the challenge".)
    if (RISE_WORDS.has(tokens[k]!.norm)) return tokens[k + 1]?.norm === "to" && tokens[k + 2]?.kind === "num";
    if (!BEFORE_RISE.test(tokens[k]!.norm)) return false;
  }
  return false;
}
