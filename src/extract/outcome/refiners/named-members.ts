// "Two clerics, Ahmed Musa and Bello Sani, were shot dead", "killed two traders, Ade Bello and his
// cousin, in Jos": a person's name set off by a comma right after a figure of several people names
// one of them, so it is a part of that figure (read by refiners/subsets.ts), never one more person.
// Not where a figure of its own follows the name in the list ("two soldiers, Musa and three
// civilians"): that is a list of the people counted.
import { ARTICLES } from "../../lexicon/syntax.js";
import { startsUpper } from "../../letters.js";
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import { coordinates } from "../phrases.js";

/** The index of the figure the name at cands[i] names one of, or null. */
export function namedMemberOf(
  tokens: readonly Token[],
  cands: readonly Candidate[],
  i: number,
): number | null {
  const c = cands[i]!;
  const whole = cands[i - 1];
  if (!whole || whole.singular || (whole.q.quantity.value ?? 0) < 2) return null;
  if (!c.singular || !isName(tokens[c.q.first]!)) return null;
  if (tokens[whole.end]?.norm !== "," || c.q.first !== whole.end + 1) return null;
  const next = cands[i + 1];
  if (next && !next.singular && coordinates(tokens, c.end, next.q.first)) return null;
  return i - 1;
}

/** A capitalised word that opens a name, not an article that opens a sentence. */
function isName(t: Token): boolean {
  return t.kind === "word" && startsUpper(t.text) && !ARTICLES.has(t.norm);
}
