// A figure put by an agent in the passive: "Deaths were estimated at 140 by the ministry", "the toll
// was put at 12 by police", "the number of wounded was given as 30 by the hospital". The figure
// stands between the participle and its agent, so the agent is read past it: the by-agent is the
// claimant, as in "were confirmed by the health ministry" (attribute.ts `passiveAgent`).
import type { Token } from "../tokens.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const AT_AS_TO: ReadonlySet<string> = new Set(["at", "as", "to"]);

/** Participles that put a figure at a value ("estimated at", "put at", "given as"). */
export const PUT_AT_PARTICIPLES: ReadonlySet<string> = new Set(
  "estimated put placed given set reported confirmed stated recorded revised raised lowered".split(" "),
);
const BE = /^(is|are|was|were|been|being|be)$/;
/** Words a figure phrase between "at" and "by" may hold ("at 140", "at more than 140 dead", "as at least 12 people"). */
const FIGURE_WORDS =
  /^(more|less|fewer|than|at|least|most|about|around|nearly|almost|over|under|some|roughly|approximately|up|to|dead|killed|wounded|injured|people|persons|and|,)$/;

/**
 * The index of "by" when tokens[k] opens a passive that puts a figure before its agent ("were
 * estimated at 140 by"): a form of "be" (adverbs between), the participle, "at", "as" or "to" ("revised to 14 by"), a short
 * figure phrase with a number in it, then "by"; null otherwise.
 */
export function putAtAgentBy(tk: readonly Token[], k: number): number | null {
  if (!PUT_AT_PARTICIPLES.has(tk[k]!.norm) || !AT_AS_TO.has(tk[k + 1]?.norm ?? "")) return null;
  let b = k - 1;
  while (b >= 0 && /ly$|^(later|also|again|since|then|now)$/.test(tk[b]!.norm)) b--;
  if (!BE.test(tk[b]?.norm ?? "")) return null;
  let figure = false;
  for (let j = k + 2; j < tk.length && j <= k + 9; j++) {
    const t = tk[j]!;
    if (t.norm === "by") return figure ? j : null;
    if (t.kind === "num") figure = true;
    else if (!FIGURE_WORDS.test(t.norm)) return null;
  }
  return null;
}
