// A party asked for its word that gave none: "The RSF did not respond to an inquiry", "the army
// declined to comment", "Police could not immediately be reached for comment". The one asked is
// the body a following "It said …", "It has denied …" refers to (issue 9 §3: pronouns resolve to
// the nearest fitting speaker named), though it said nothing here: the reading registers it as a
// body that has been heard from, and makes no cue of it.
import type { Token } from "../tokens.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const DECLINED_REFUSED_DECLINES_REFUSES_DECLINING: ReadonlySet<string> = new Set([
  "declined",
  "refused",
  "declines",
  "refuses",
  "declining",
]);
const DID_DOES_DO_ETC: ReadonlySet<string> = new Set(
  "did does do has have had could can would was were".split(" "),
);

/** The words at which `noComment` can read one: the verbs of giving no word. */
export const NO_COMMENT_WORDS: readonly string[] = ["respond", "comment", "reply", "reached"];

const NEGATED = /^(not|never|n't)$/;
const ADVERBS = /^(immediately|yet|publicly|officially)$/;

/**
 * At tokens[k], a verb of giving no word: "did not (immediately) respond|comment|reply", "declined
 * (or refused) to comment", "could not be reached"; the index where its verb phrase starts (the
 * subject ends before it), or null.
 */
export function noComment(tk: readonly Token[], k: number): number | null {
  const w = tk[k]?.norm;
  if (w === undefined || !NO_COMMENT_WORDS.includes(w)) return null;
  let j = k - 1;
  while (j >= 0 && ADVERBS.test(tk[j]!.norm)) j--;
  if (w === "reached") {
    // "could not (immediately) be reached"
    if (tk[j]?.norm !== "be") return null;
    j--;
    while (j >= 0 && ADVERBS.test(tk[j]!.norm)) j--;
  }
  if (
    w !== "reached" &&
    tk[j]?.norm === "to" &&
    DECLINED_REFUSED_DECLINES_REFUSES_DECLINING.has(tk[j - 1]?.norm ?? "")
  )
    return j - 1;
  if (!NEGATED.test(tk[j]?.norm ?? "")) return null;
  const aux = tk[j - 1]?.norm ?? "";
  return DID_DOES_DO_ETC.has(aux) ? j - 1 : null;
}
