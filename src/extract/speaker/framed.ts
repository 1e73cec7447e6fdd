// Speakers in frames that put the speech verb out of its usual place. Each is a phrasing class:
//   "As the governor put it, …"                        a fronted "as X put it": X speaks
//   "In the words of the district head, …",
//   "…, in the words of a nurse."                       "in the words of X": X speaks
//   "The governor was reported to have said …",
//   "the commander is understood to have told …",
//   "X has been reported to say …"                      a speaker reported to have spoken: the
//                                                       subject before the passive speaks (what it
//                                                       says is its claim, passed on by the outlet)
// (Hearsay about an outcome — "the attackers were said to have fled" — has no verb of saying after
// "to" and stays hearsay: speech-use.ts.)
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { Token } from "../tokens.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const PUT_PUTS: ReadonlySet<string> = new Set(["put", "puts"]);
const HAS_HAVE_HAD_ETC: ReadonlySet<string> = new Set("has have had also earlier widely later".split(" "));
const HAS_HAVE_HAD: ReadonlySet<string> = new Set(["has", "have", "had"]);

export type Range = [number, number];

const BE: ReadonlySet<string> = new Set("is are was were been being be".split(" "));
const REPORTED: ReadonlySet<string> = new Set(
  "reported said understood believed known thought quoted".split(" "),
);
/** Verbs of saying after "to (have)", each one a cue word (attribute.ts CUE_WORDS). */
const SAYING: ReadonlySet<string> = new Set(
  "say said told stated claim claimed confirm confirmed added announced".split(" "),
);
const MAX_SPEAKER = 10;

/**
 * "As X put it, …" with `tokens[k]` at "put": X, between "as" and the verb, when the clause opens
 * the sentence or follows a comma.
 */
export function asPutIt(tk: readonly Token[], k: number): Range | null {
  if (!PUT_PUTS.has(tk[k]?.norm ?? "") || tk[k + 1]?.norm !== "it") return null;
  for (let a = k - 1; a >= 0 && a >= k - MAX_SPEAKER; a--) {
    const w = tk[a]!.norm;
    if (w === "as") {
      const opens = a === 0 || /^[,;:—–(]$/.test(tk[a - 1]!.norm);
      return opens && a + 1 < k ? [a + 1, k] : null;
    }
    if (tk[a]!.kind === "punct" && w !== "." && w !== "-" && w !== "'s") return null;
  }
  return null;
}

/** The word at which "in the words of X" is read (attribute.ts CUE_WORDS). */
export const WORDS_OF: readonly string[] = ["words"];

/**
 * "In the words of X, …" or "…, in the words of X" with `tokens[k]` at "words": X, from after "of"
 * to the phrase's end (a comma or the sentence's end), when the phrase opens the sentence or follows
 * a comma or a dash.
 */
export function inWordsOf(tk: readonly Token[], k: number): Range | null {
  if (
    tk[k]?.norm !== "words" ||
    tk[k - 1]?.norm !== "the" ||
    tk[k - 2]?.norm !== "in" ||
    tk[k + 1]?.norm !== "of"
  )
    return null;
  const opens = k === 2 || /^[,;:—–(]$/.test(tk[k - 3]!.norm);
  if (!opens) return null;
  let e = k + 2;
  // ("In the words of Lt. Col. Ngongo": the stop of an abbreviated title ends nothing.)
  const ends = (i: number) => /^[,;:.!?)—–]$/.test(tk[i]!.norm) && !ABBREVIATIONS.has(tk[i - 1]!.norm);
  while (e < tk.length && e < k + 2 + MAX_SPEAKER && !ends(e)) e++;
  return (e === tk.length || ends(e)) && e > k + 2 ? [k + 2, e] : null;
}

/**
 * A speaker reported to have spoken, with `tokens[k]` at the verb of saying after "to" or "to have"
 * ("was reported to have said", "is understood to have told", "has been reported to say"): the
 * index of the passive's first auxiliary, before which the speaker's subject ends; else null.
 */
export function reportedToSay(tk: readonly Token[], k: number): number | null {
  if (!SAYING.has(tk[k]?.norm ?? "")) return null;
  let j = k - 1;
  if (tk[j]?.norm === "have") j--;
  if (tk[j]?.norm !== "to" || !REPORTED.has(tk[j - 1]?.norm ?? "")) return null;
  j -= 2;
  // "was reported", "has been reported", "had earlier been quoted"
  let aux = -1;
  while (j >= 0 && (BE.has(tk[j]!.norm) || HAS_HAVE_HAD_ETC.has(tk[j]!.norm))) {
    if (BE.has(tk[j]!.norm) || HAS_HAVE_HAD.has(tk[j]!.norm)) aux = j;
    j--;
  }
  return aux > 0 ? aux : null;
}
