// Parts of the people counted before, named by a pronoun or a noun that stands for them: "Among
// them were five children", "They included two soldiers", "The victims included a nurse", "Five
// of them were women", "Five children were among the dead", "… were among them", "Of these, 20
// were women", "Of the dead, 12 were children". Each figure takes
// the outcome of that total and is a part of it (codebook §1c "Subsets", §3b): never added to it.
import type { Outcome } from "../../../core/model.js";
import {
  FRONTED_WHOLES,
  REFERRING_OPENERS,
  REFERRING_WHOLES,
  WHOLE_NOUNS,
} from "../../lexicon/breakdowns.js";
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { set, type Candidate, type TokenRange } from "../candidate.js";
import { outcomeAfter } from "../outcome-after.js";
import { phraseAt, speaksAfter } from "../phrases.js";
import { firstOfList } from "./breakdown.js";
import type { Triggers } from "../triggers.js";
import type { CountContext, CountParser } from "./parser.js";

/** "among" (…were among the dead, …among them), "of them", and the openers of a list of parts. */
export const partOfEarlierTriggers: Triggers = {
  words: ["among", "them"],
  phrases: [...REFERRING_OPENERS, ["of", "these"], ["of", "those"], ["of", "the"]],
};

export const partOfEarlier: CountParser = (tokens, c, cands, ctx) => {
  const read =
    amongAfter(tokens, c.end, ctx) ??
    ofThem(tokens, c, cands, ctx) ??
    listOpener(tokens, c, cands, ctx) ??
    frontedPartitive(tokens, c, cands, ctx);
  if (!read) return false;
  set(c, read.outcome, read.range, "part");
  c.ofTotal = true;
  return true;
};

interface Read {
  outcome: Outcome;
  range: TokenRange;
}

/**
 * "were among the dead", "was also among those injured", "was among those shot dead", "were among
 * them" after the figure's noun.
 */
function amongAfter(tokens: readonly Token[], end: number, ctx: CountContext): Read | null {
  if (!/^(were|was|are|is)$/.test(tokens[end]?.norm ?? "")) return null;
  let k = end + 1;
  if (/^(also|reportedly|believed|said)$/.test(tokens[k]?.norm ?? "")) k++;
  if (/^(to|be)$/.test(tokens[k]?.norm ?? "")) k++; // "were said to be among"
  if (/^(to|be)$/.test(tokens[k]?.norm ?? "")) k++;
  if (tokens[k]?.norm !== "among") return null;
  k++;
  const det = /^(the|those)$/.test(tokens[k]?.norm ?? "") ? 1 : 0;
  const noun = WHOLE_NOUNS.get(tokens[k + det]?.norm ?? "");
  if (noun) return { outcome: noun, range: { first: end, last: k + det + 1 } };
  // "was among those shot dead", "were among those hacked to death": any outcome phrase after "those".
  const p = tokens[k]?.norm === "those" ? phraseAt(tokens, k + 1, "after") : null;
  if (p && p.outcome !== "present")
    return { outcome: p.outcome, range: { first: end, last: k + 1 + p.words.length } };
  const whole = REFERRING_WHOLES.find((w) => matchWords(tokens, k, w));
  if (!whole || !ctx.earlier) return null;
  return { outcome: ctx.earlier, range: { first: end, last: k + whole.length } };
}

/** "Five of them were children": a share of the total before, as the subject with no verb of its own. */
function ofThem(
  tokens: readonly Token[],
  c: Candidate,
  cands: readonly Candidate[],
  ctx: CountContext,
): Read | null {
  const k = c.q.last;
  // (It opens the sentence: "killing three of them" has its own verb.)
  if (!ctx.earlier || c.q.first > opening(tokens) || c.np !== null) return null;
  if (tokens[k]?.norm !== "of" || tokens[k + 1]?.norm !== "them") return null;
  // "Five of them were later freed": the verb's outcome, read by the verb-phrase parser.
  if (outcomeAfter(tokens, k + 2)) return null;
  // "One of them said the clinic was treating 55 wounded": the share speaks; it is no part.
  if (speaksAfter(tokens, k + 2)) return null;
  c.end = k + 2;
  return { outcome: ctx.earlier, range: { first: k, last: k + 2 } };
}

/** "Among them were …", "They included …" opening the sentence, right before the list's first figure. */
function listOpener(
  tokens: readonly Token[],
  c: Candidate,
  cands: readonly Candidate[],
  ctx: CountContext,
): Read | null {
  // A number or a person ("all of the same family" is no list of parts).
  if (!ctx.earlier || (c.q.quantity.value === null && !c.singular)) return null;
  const first = firstOfList(tokens, cands, cands.indexOf(c)).q.first;
  const start = opening(tokens);
  const opener = REFERRING_OPENERS.find((w) => start + w.length === first && matchWords(tokens, start, w));
  return opener ? { outcome: ctx.earlier, range: { first: start, last: first } } : null;
}

/**
 * "Of these, 20 were women", "Of those kidnapped, 12 were children", "Of the dead, five were
 * soldiers": the whole named by "Of" and a pronoun or outcome noun opening the sentence, then a
 * comma right before the list's first figure.
 */
function frontedPartitive(
  tokens: readonly Token[],
  c: Candidate,
  cands: readonly Candidate[],
  ctx: CountContext,
): Read | null {
  const start = opening(tokens);
  if (tokens[start]?.norm !== "of" || c.q.quantity.value === null) return null;
  const first = firstOfList(tokens, cands, cands.indexOf(c)).q.first;
  if (tokens[first - 1]?.norm !== ",") return null;
  const between = first - 1 - (start + 1);
  const whole = FRONTED_WHOLES.find((w) => w.length === between && matchWords(tokens, start + 1, w));
  if (whole) return ctx.earlier ? { outcome: ctx.earlier, range: { first: start, last: first - 1 } } : null;
  // "Of the dead", "Of those killed": the noun's own outcome.
  const det = /^(the|those)$/.test(tokens[start + 1]?.norm ?? "") && between === 2;
  const noun = det ? WHOLE_NOUNS.get(tokens[start + 2]!.norm) : undefined;
  return noun ? { outcome: noun, range: { first: start, last: first - 1 } } : null;
}

/** Where the sentence's words begin: after an opening quote mark or "And". */
function opening(tokens: readonly Token[]): number {
  return /^(["“‘']|and)$/.test(tokens[0]?.norm ?? "") ? 1 : 0;
}
