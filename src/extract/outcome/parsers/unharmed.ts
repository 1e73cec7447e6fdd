// A statement of none by an adjective of no harm said of the people a clause names: "the crew,
// eleven fishermen, were unharmed", "all the passengers escaped unhurt" (codebook §1c: "no one was
// harmed" → none). The none is of injuries among the people named, with their group; a pronoun or
// one person names no group of people, so only a plural or collective noun phrase counts.
import { NO_HARM_ADJECTIVES, NO_HARM_LINKS } from "../../lexicon/none.js";
import { HEADCOUNT_NOUNS } from "../../lexicon/numbers.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import { readNounPhrase, type NounPhrase } from "../noun-phrase.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const unharmedTriggers: Triggers = { words: [...NO_HARM_ADJECTIVES] };

export const unharmed: CountParser = (tokens, c) => {
  const k = c.q.first;
  if (c.q.quantity.hedge !== "none" || !NO_HARM_ADJECTIVES.has(tokens[k]!.norm)) return false;
  const np = subjectOf(tokens, k);
  if (!np) return false;
  set(c, "injured", { first: k, last: k + 1 }, "after");
  c.np = np;
  c.group = np.group;
  return true;
};

/** Determiners that open the people's noun phrase ("the crew", "all the passengers", "its crew"). */
const OPENERS: ReadonlySet<string> = new Set("the all its their his her our both".split(" "));

/**
 * The plural or collective noun phrase the adjective at k is said of, before the words that link
 * them and an aside set off by commas ("the crew, nine men from Gujarat, were unharmed"), or null.
 */
function subjectOf(tokens: readonly Token[], k: number): NounPhrase | null {
  let end = k - 1;
  while (end >= 0 && NO_HARM_LINKS.has(tokens[end]!.norm)) end--;
  if (end < 0) return null;
  if (tokens[end]!.norm === ",") {
    let j = end - 1;
    while (j >= 0 && j > end - 12 && tokens[j]!.norm !== "," && tokens[j]!.norm !== ".") j--;
    if (tokens[j]?.norm !== ",") return null;
    end = j - 1;
  }
  // The phrase's opener, at most four words before its head.
  for (let s = end; s >= 0 && s >= end - 4; s--) {
    if (!OPENERS.has(tokens[s]!.norm)) continue;
    const r = readNounPhrase(tokens, tokens[s]!.norm === "the" ? s : s + 1, false);
    if (r.kind !== "phrase" || r.np.last !== end + 1) return null;
    return plural(r.np) ? r.np : null;
  }
  return null;
}

/** A noun of several people: plural, or a collective ("crew", "family"). */
function plural(np: NounPhrase): boolean {
  return HEADCOUNT_NOUNS.has(np.head) || (np.head.endsWith("s") && !np.head.endsWith("ss"));
}
