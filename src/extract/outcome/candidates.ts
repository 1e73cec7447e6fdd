// The candidates of a sentence: every figure that counts people (or may: an unknown noun that is
// the subject or object of an outcome of people), then single persons no figure covers.
import type { Outcome } from "../../core/model.js";
import { OUTCOME_NOUNS } from "../lexicon/groups.js";
import { isPlaceNoun, PLACE_VERBS } from "../lexicon/places.js";
import { POSSESSIVE_DETERMINERS, THE_THOSE } from "../lexicon/syntax.js";
import { findQuantities, type QuantityMention } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { readNounPhrase, type NounPhrase } from "./noun-phrase.js";
import { outcomeAfter } from "./outcome-after.js";
import { outcomeBefore } from "./outcome-before.js";
import { FATAL_ADVERBS } from "./parsers/fatally.js";
import { amongGroup, noneNounAt } from "./parsers/none-noun.js";
import { phraseAt } from "./phrases.js";
import { shareVerbFrom } from "./share-own-verb.js";
import { bareHeadlinePerson } from "./bare-headline-person.js";
import { contactRelative } from "./contact-relative.js";
import { findSingulars, skipOfPhrase } from "./singulars.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const OTHERS_MORE_OTHER: ReadonlySet<string> = new Set(["others", "more", "other"]);
const KILLED_INJURED_ABDUCTED_ARRESTED: ReadonlySet<string> = new Set([
  "killed",
  "injured",
  "abducted",
  "arrested",
]);
const HAD_HAS_HAVE_ETC: ReadonlySet<string> = new Set("had has have was were been is are".split(" "));
const ON_IN_INSIDE_ETC: ReadonlySet<string> = new Set("on in inside aboard onboard at".split(" "));
const WAS_IS_WERE_ARE: ReadonlySet<string> = new Set(["was", "is", "were", "are"]);
const THE_THOSE_THESE_ITS_THEIR: ReadonlySet<string> = new Set(["the", "those", "these", "its", "their"]);
const DEAD_INJURED_WOUNDED_ETC: ReadonlySet<string> = new Set(
  "dead injured wounded victims killed hostages casualties".split(" "),
);

export function findCandidates(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
): Candidate[] {
  const cands = figureCandidates(tokens, slice);
  // Single persons ("a driver", "Sabour, a contractor,") where no figure covers them.
  const isOutcomeEnd = (k: number) => outcomeBefore(tokens, k + 1) !== null;
  const isOutcomeStart = (k: number) => phraseAt(tokens, k, "after") !== null;
  const bare = bareHeadlinePerson(tokens, (k) => phraseAt(tokens, k, "after")?.outcome ?? null);
  for (const s of [...(bare ? [bare] : []), ...findSingulars(tokens, isOutcomeEnd, isOutcomeStart)]) {
    if (cands.some((c) => s.q.first < c.end && c.q.first < s.end)) continue;
    // "killed her two sons": "her" is the determiner of the figure after it, not a person.
    if (isDeterminerOf(tokens, s.q.first, s.end, cands)) continue;
    const ofTotal = s.np !== null && isOfTotal(tokens, s.q.last, s.np);
    cands.push(
      candidate(s.q, s.np, s.end, s.group, { anaphor: s.anaphor ?? false, singular: true, ofTotal }),
    );
  }
  return cands.sort((a, b) => a.q.first - b.q.first).filter((c) => !describesAnaphor(tokens, cands, c));
}

/**
 * "The hostages, all aid workers, were killed": "all" in an aside right after a definite plural that
 * refers back describes those people; it counts no one of its own.
 */
function describesAnaphor(tokens: readonly Token[], cands: readonly Candidate[], c: Candidate): boolean {
  if (c.q.quantity.hedge !== "all" || c.q.quantity.value !== null || tokens[c.q.first - 1]?.norm !== ",")
    return false;
  return cands.some((a) => a.anaphor && a.end === c.q.first - 1);
}

function figureCandidates(tokens: readonly Token[], slice: (a: number, b: number) => string): Candidate[] {
  const cands: Candidate[] = [];
  const quantities = findQuantities(tokens, slice);
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    // "12 of the 40 passengers", "two of the five hostages": the part is counted, by the whole's
    // noun; the whole is said in passing, and what happened to the part is not its outcome.
    const share = partOfStatedWhole(tokens, q, quantities[i + 1]);
    if (share && !share.counted) {
      cands.push(candidate(q, share.np, share.np.last, share.np.group));
      i++;
      continue;
    }
    // "Nine of the 13 people killed were civilians": the whole is a count of its own; the part
    // is one too (refiners/shares-of-counted ties it to the whole).
    if (share) {
      cands.push(candidate(q, share.np, shareVerbFrom(tokens, share.np.last), share.np.group));
      continue;
    }
    let r = readNounPhrase(tokens, q.last, true);
    // "and 22 sustained injuries", "22 lost their lives": an outcome right after the figure is
    // its verb, not a noun.
    // ("Six people were shot, one fatally": the adverb of a fatal wound stands for its verb.)
    if (
      (r.kind === "not_people" || (r.kind === "unknown" && r.np.first === q.last)) &&
      (phraseAt(tokens, q.last, "after") || FATAL_ADVERBS.has(tokens[q.last]?.norm ?? ""))
    )
      r = { kind: "elliptical", next: q.last };
    // "no injuries were reported", "no loss of life": none, by the outcome noun.
    const none = q.kind === "none" ? noneNounAt(tokens, q.last) : null;
    if (none)
      r = {
        kind: "phrase",
        np: {
          ...none.range,
          head: tokens[none.range.first]!.norm,
          // ("no casualties among the police": the none is of the group it is among.)
          group: amongGroup(tokens, none.range.last) ?? "people",
        },
      };
    if (r.kind === "not_people") continue;
    // "five of those on the bus", "100 of those aboard": the people are where "those" were.
    const thoseThere = r.kind === "unknown" && isThoseThere(tokens, r.np);
    if (
      r.kind === "unknown" &&
      !thoseThere &&
      !isPeopleByOutcome(tokens, q.first, r.np) &&
      !namedPeopleBeforeAnd(tokens, r.np, quantities[i + 1])
    )
      continue;
    const np = (r.kind === "phrase" || r.kind === "unknown") && !thoseThere ? r.np : null;
    const end = np ? np.last : q.last;
    const group = np && !OTHERS_MORE_OTHER.has(np.head) ? np.group : null;
    const ofTotal = np !== null && isOfTotal(tokens, q.last, np);
    cands.push(candidate(q, np, np ? skipOfPhrase(tokens, end) : end, group, { ofTotal }));
  }
  return cands;
}

/**
 * An unknown noun counts only as the subject or object of an outcome of people, said at once:
 * "7 Christian Copts were killed", "soldiers killed three youths", "kill two Maasai". Not a place
 * or building ("two hills were captured", "3 checkpoints were overrun"), nor the object of a verb
 * that takes places and things as well as people ("captured two hills", "seized four towns",
 * "stormed two colleges"): a person there is named by a person noun.
 */
function isPeopleByOutcome(tokens: readonly Token[], qFirst: number, np: NounPhrase): boolean {
  if (isPlaceNoun(np.head)) return false;
  const a = outcomeAfter(tokens, np.last);
  const b = outcomeBefore(tokens, qFirst);
  const human = (o: Outcome) => o !== "present" && o !== "released";
  // ("one Israeli had been lightly wounded": auxiliaries and an adverb between.)
  const near = a !== null && (a.first - np.last <= 2 || onlyAuxiliaries(tokens, np.last, a.first));
  const asSubject = a !== null && near && human(a.p.outcome);
  const asObject =
    b !== null &&
    human(b.p.outcome) &&
    KILLED_INJURED_ABDUCTED_ARRESTED.has(b.p.outcome) &&
    !PLACE_VERBS.has(tokens[b.first]!.norm);
  return asSubject || asObject;
}

/** Up to four words between a noun and its verb, auxiliaries and adverbs in -ly ("had been lightly"). */
function onlyAuxiliaries(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++)
    if (!HAD_HAS_HAVE_ETC.has(tokens[k]!.norm) && !tokens[k]!.norm.endsWith("ly")) return false;
  return true;
}

/**
 * "10 Turkana and 2 Toposa were killed", "Four Agazis and three pastoralists have been killed": a
 * capitalised noun no lexicon knows (a people's name) joined by "and" to the next figure, itself the
 * subject of an outcome of people, names people too (refiners/coordination.ts gives it the outcome).
 */
function namedPeopleBeforeAnd(
  tokens: readonly Token[],
  np: NounPhrase,
  next: QuantityMention | undefined,
): boolean {
  const head = tokens[np.last - 1];
  if (!next || tokens[np.last]?.norm !== "and" || next.first !== np.last + 1) return false;
  if (!head || head.kind !== "word" || head.text[0] === head.text[0]!.toLowerCase()) return false;
  const r = readNounPhrase(tokens, next.last, true);
  if (r.kind !== "phrase" && r.kind !== "unknown") return false;
  const a = outcomeAfter(tokens, r.np.last);
  return a !== null && a.first - r.np.last <= 2 && a.p.outcome !== "present" && a.p.outcome !== "released";
}

/** A possessive ("her", "his") right before a figure: that figure's determiner ("her three children"). */
function isDeterminerOf(
  tokens: readonly Token[],
  first: number,
  end: number,
  cands: readonly Candidate[],
): boolean {
  return (
    end === first + 1 &&
    POSSESSIVE_DETERMINERS.includes(tokens[first]!.norm) &&
    cands.some((c) => c.q.first === end)
  );
}

/** "of those on the train", "of those aboard": a share of the people at a place. */
function isThoseThere(tokens: readonly Token[], np: NounPhrase): boolean {
  return (
    np.head === "those" &&
    tokens[np.first]?.norm === "of" &&
    ON_IN_INSIDE_ETC.has(tokens[np.last]?.norm ?? "")
  );
}

/**
 * The noun phrase "of the 40 passengers" after a part's figure, when the whole's figure is `next`;
 * `counted` when the whole is a count of its own, by its outcome noun or the participle after it
 * ("3 of 10 wounded", "all of the 148 people killed").
 */
function partOfStatedWhole(
  tokens: readonly Token[],
  q: QuantityMention,
  next: QuantityMention | undefined,
): { np: NounPhrase; counted: boolean } | null {
  if (
    !next ||
    (q.kind !== "number" && q.kind !== "all") ||
    next.kind !== "number" ||
    !opensShareOf(tokens, q, next.first)
  )
    return null;
  const r = readNounPhrase(tokens, next.last, true);
  if (r.kind !== "phrase") return null;
  const pv = q.quantity.value;
  const wv = next.quantity.value;
  if (pv !== null && wv !== null && pv > wv) return null;
  // ("62 of the 87 worshippers they abducted": a relative clause with its own subject counts them too.)
  const counted =
    OUTCOME_NOUNS.has(r.np.head) ||
    phraseAt(tokens, r.np.last, "after") !== null ||
    contactRelative(tokens, r.np.last) !== null;
  return { np: { first: q.last, last: r.np.last, head: r.np.head, group: r.np.group }, counted };
}

/** "12 of the 40", "two of five": the figure q opens a share of the figure at tokens[wholeFirst]. */
export function opensShareOf(
  tokens: readonly Token[],
  q: { first: number; last: number },
  wholeFirst: number,
): boolean {
  if (tokens[q.last]?.norm !== "of") return false;
  // "he was one of 400 passengers": a membership; the whole is the count, not a share of it.
  if (tokens[q.first]?.norm === "one" && WAS_IS_WERE_ARE.has(tokens[q.first - 1]?.norm ?? "")) return false;
  const det = THE_THOSE_THESE_ITS_THEIR.has(tokens[q.last + 1]?.norm ?? "") ? 1 : 0;
  return wholeFirst === q.last + 1 + det;
}

/** "N of the dead", "two of the injured", "three of the hostages": a part of an earlier total. */
function isOfTotal(tokens: readonly Token[], qLast: number, np: NounPhrase): boolean {
  return (
    tokens[qLast]?.norm === "of" &&
    THE_THOSE.has(tokens[qLast + 1]?.norm ?? "") &&
    DEAD_INJURED_WOUNDED_ETC.has(np.head)
  );
}

/** A candidate, always built with the same fields in the same order (one object shape for V8). */
function candidate(
  q: QuantityMention,
  np: NounPhrase | null,
  end: number,
  group: Candidate["group"],
  marks: { anaphor?: boolean; singular?: boolean; ofTotal?: boolean } = {},
): Candidate {
  return {
    q,
    np,
    end,
    group,
    outcome: null,
    trigger: null,
    via: null,
    partOf: null,
    cumulative: false,
    anaphor: marks.anaphor ?? false,
    singular: marks.singular ?? false,
    ofTotal: marks.ofTotal ?? false,
  };
}
