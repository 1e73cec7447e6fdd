// The outcome phrase after a counted noun: "were killed", "lost their lives", "remain under
// custody", reached across asides, relative clauses, postmodifiers and chains of verbs.
import { PASSIVE_FILLERS, type OutcomePhrase } from "../lexicon/outcomes.js";
import {
  INNER_CLAUSE_OPENERS,
  NOT_PARTICIPLES,
  OBJECT_OPENERS,
  PERCEPTION_PARTICIPLES,
  PLACE_PREPOSITIONS,
  TIME_AFTER_DETERMINER,
} from "../lexicon/syntax.js";
import { agedEnd } from "../quantity/ages.js";
import type { Token } from "../tokens.js";
import { contactRelative } from "./contact-relative.js";
import type { PhraseMatch } from "./outcome-before.js";
import { isSubsetCue, phraseAt } from "./phrases.js";

/** Irregular past participles that may open a reduced relative clause ("passengers held hostage in …"). */
const PARTICIPLES = new Set(["held", "taken", "shot", "kept", "caught", "hurt", "hit", "seized"]);

/** Words that open a phrase after a counted noun ("belonging to …", "suspected of …", "who …"). */
const POSTMODIFIERS = new Set(
  (
    "belonging from of in at on with for aboard inside near behind under outside travelling traveling working serving " +
    "stationed deployed " +
    "based suspected accused linked known believed wanted who aged said thought"
  ).split(" "),
);

/** The outcome phrase after the noun that ends before tokens[from], past an age ("a woman aged 31 died"). */
export function outcomeAfter(tokens: readonly Token[], from: number): PhraseMatch | null {
  return outcomeAfterNoun(tokens, agedEnd(tokens, from) ?? from);
}

/** What one step of the walk decides: the outcome (or none), or the token it goes on from. */
type Step = { end: PhraseMatch | null } | { at: number; relative?: boolean };

function outcomeAfterNoun(tokens: readonly Token[], from: number): PhraseMatch | null {
  // "21 people it said had been killed", "the 87 worshippers they abducted".
  const contact = contactRelative(tokens, from);
  if (contact) return contact;
  let k = from;
  let relative = false;
  for (let guard = 0; guard < 12 && k < tokens.length; guard++) {
    const step = stepAt(tokens, from, k, guard, relative);
    if ("end" in step) return step.end;
    if (step.relative) relative = true;
    k = step.at;
  }
  return null;
}

/** One step from tokens[k]: an outcome phrase ends the walk; a cue, an aside, a postmodifier or a filler is crossed. */
function stepAt(tokens: readonly Token[], from: number, k: number, guard: number, relative: boolean): Step {
  const p = phraseAt(tokens, k, "after");
  if (p) return { end: outcomeAtPhrase(tokens, from, k, p, relative) };
  return (
    subsetCueStep(tokens, k) ??
    asideStep(tokens, k) ??
    (guard === 0 ? postmodifierStep(tokens, k) : null) ??
    chainOrFillerStep(tokens, k, guard)
  );
}

/** The outcome an outcome phrase at tokens[k] gives the noun that ends before tokens[from]. */
function outcomeAtPhrase(
  tokens: readonly Token[],
  from: number,
  k: number,
  p: OutcomePhrase,
  relative: boolean,
): PhraseMatch | null {
  const reduced = k === from && opensReducedRelative(tokens, k, p);
  if (relative || reduced) {
    // "Two guards who were seized with the engineers are still missing": the main clause's
    // outcome, after the relative clause, when there is one.
    // (A reduced clause may run long: "155 passengers held hostage in the train by suspected
    // Baloch terrorists in the troubled Balochistan province were rescued".)
    const main = mainClauseOutcome(tokens, k + p.words.length, reduced ? 20 : 10);
    if (main) return main;
  }
  // "Five gunmen killed the guards", "a motorist killed a number of cattle": a verb of harm right
  // after the noun with an object after it is active, and the counted people are its agents (not
  // so a verb of presence: "40 mourners attended the funeral").
  if (k === from && AGENT_VERB_OUTCOMES.has(p.outcome) && hasObject(tokens, k + p.words.length)) return null;
  // "one of its fighters had killed or wounded 100 people": a perfect without "been" is active.
  if (p.before && AGENT_VERB_OUTCOMES.has(p.outcome) && perfectBefore(tokens, k)) return null;
  return finalOfChain(tokens, k + p.words.length) ?? { p, first: k, last: k + p.words.length };
}

/**
 * "A prisoner released on a pardon is lynched": a participle right after the noun, with a
 * preposition after it, is a reduced relative clause when a main verb follows.
 */
function opensReducedRelative(tokens: readonly Token[], k: number, p: OutcomePhrase): boolean {
  const end = k + p.words.length;
  const after = tokens[end]?.norm ?? "";
  return (
    (p.words[0]!.endsWith("ed") || PARTICIPLES.has(p.words[0]!)) &&
    (REDUCED_RELATIVE_OPENERS.has(after) || PLACE_PREPOSITIONS.has(after)) &&
    !opensSubordinateClause(tokens, end)
  );
}

/**
 * "One man died after he was beaten": "after" with a subject pronoun after it opens a clause of
 * its own, so the verb before it is the main verb, not a participle of a reduced relative clause.
 */
function opensSubordinateClause(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.norm === "after" && SUBJECT_PRONOUNS.has(tokens[at + 1]?.norm ?? "");
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("he she they we i".split(" "));

/** Words after a participle that make it open a reduced relative clause ("held hostage", "freed on"). */
const REDUCED_RELATIVE_OPENERS: ReadonlySet<string> = new Set(
  "on from in by after for with at hostage captive".split(" "),
);

/**
 * "6 people including 3 soldiers were killed", "24 people, including a catechist were killed":
 * the outcome after a subset cue. ("30 casualties, of whom five were dead": a partitive relative
 * clause's verb is its share's, the whole's only past the aside's close: "20 people, among whom
 * four children, were killed"; the share "five of whom died" starts at the cue.)
 */
function subsetCueStep(tokens: readonly Token[], k: number): Step | null {
  const cueAt = tokens[k]!.norm === "," ? k + 1 : k;
  if (!isSubsetCue(tokens, cueAt) || (cueAt !== k && opensRelativeShare(tokens, cueAt))) return null;
  const j = nextOutcome(tokens, k + 1, 16, true);
  // ("One of them said the clinic was treating 55 wounded": the share speaks.)
  if (j === null || speechBetween(tokens, k, j)) return { end: null };
  return { at: j };
}

/** Marks that open an aside between the noun and its verb. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([",", "(", "—", "–"]);

/** An aside between the noun and its verb is skipped: ", including Hamish,", "(three soldiers)", ", the tribal elder and his bodyguard,". */
function asideStep(tokens: readonly Token[], k: number): Step | null {
  if (!ASIDE_OPENERS.has(tokens[k]!.norm)) return null;
  const j = asideEnd(tokens, k);
  return j === null ? { end: null } : { at: j };
}

/**
 * "40 personnel belonging to the Central Reserve Police Force were killed": a postmodifier
 * before a passive outcome with its auxiliary. "Five policemen escorting a bus have been killed":
 * a present participle opens the postmodifier. "Three soldiers posted at the gate were killed": a
 * past participle and a place open one too.
 */
function postmodifierStep(tokens: readonly Token[], k: number): Step | null {
  const t = tokens[k]!;
  const participle =
    isPresentParticiple(t) || opensPlacedParticiple(tokens, k) || opensPerceivedParticiple(tokens, k);
  if (!POSTMODIFIERS.has(t.norm) && !participle) return null;
  // "Eight young men who were part of the militia fighting … were killed": a long relative clause.
  if (t.norm === "who") {
    const main = mainClauseOutcome(tokens, k + 1, 22);
    if (main && /^(were|was|are|is)$/.test(tokens[main.first - 1]?.norm ?? "") && main.first - k > 4)
      return { end: main };
  }
  const j = nextOutcome(tokens, k + 1, participle ? 14 : 10);
  if (j === null || !auxiliaryBefore(tokens, j) || speechBetween(tokens, k, j)) return null;
  return { at: j, relative: t.norm === "who" };
}

/** "was identified and killed", "were abducted and later killed": the last verb of a chain; else a filler ("were", "later") is crossed. */
function chainOrFillerStep(tokens: readonly Token[], k: number, guard: number): Step {
  const t = tokens[k]!;
  if (t.norm.endsWith("ed") && tokens[k + 1]?.norm === "and" && guard < 6) return { at: k + 2 };
  if (!PASSIVE_FILLERS.has(t.norm) && !(t.norm.endsWith("ly") && t.norm.length > 4)) return { end: null };
  return { at: k + 1, relative: t.norm === "who" || t.norm === "that" };
}

/** Outcomes whose verbs, active, make the noun before them the agent of harm done to others. */
const AGENT_VERB_OUTCOMES: ReadonlySet<string> = new Set(["killed", "injured", "abducted", "arrested"]);

/** "had", "has" or "have" right before tokens[k], past adverbs: an active perfect ("had killed"). */
function perfectBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && (tokens[j]?.norm ?? "").endsWith("ly")) j--;
  return /^(had|has|have)$/.test(tokens[j]?.norm ?? "");
}

/** A direct object opens at tokens[k] ("the guards", "his wife", "them"; not "the day before"). */
function hasObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !OBJECT_OPENERS.has(t.norm)) return false;
  if (t.norm === "him" || t.norm === "them" || t.norm === "us") return true;
  const a = tokens[k + 1]?.norm ?? "";
  const b = tokens[k + 2]?.norm ?? "";
  return !TIME_AFTER_DETERMINER.has(a) && !TIME_AFTER_DETERMINER.has(b);
}

/** A word like "escorting", "collecting": a verb's -ing form (not "during", "morning", "king"). */
function isPresentParticiple(t: Token): boolean {
  return t.kind === "word" && t.norm.length > 5 && t.norm.endsWith("ing") && !NOT_PARTICIPLES.has(t.norm);
}

/** "seen running from the depot", "spotted carrying rifles": a participle of perception before a present one. */
function opensPerceivedParticiple(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return PERCEPTION_PARTICIPLES.has(tokens[k]!.norm) && next !== undefined && isPresentParticiple(next);
}

/**
 * "posted at the gate", "assigned to the convoy", "manning a checkpoint near": a past participle
 * (no outcome itself) with a preposition of place after it, reduced relative clause of the noun before.
 */
function opensPlacedParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (
    t.kind === "word" &&
    t.norm.length > 4 &&
    t.norm.endsWith("ed") &&
    PLACE_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "") &&
    !phraseAt(tokens, k, "after")
  );
}

/** "kidnapped and later found dead", "abducted and later killed": a killing that ends the chain. */
function finalOfChain(tokens: readonly Token[], last: number): PhraseMatch | null {
  if (tokens[last]?.norm !== "and") return null;
  let j = last + 1;
  while (j < last + 4 && (PASSIVE_FILLERS.has(tokens[j]?.norm ?? "") || /ly$/.test(tokens[j]?.norm ?? "")))
    j++;
  const then = phraseAt(tokens, j, "after");
  return then && then.outcome === "killed" ? { p: then, first: j, last: j + then.words.length } : null;
}

/** An auxiliary and an outcome within a few words after a relative clause ("… are still missing"). */
function mainClauseOutcome(tokens: readonly Token[], from: number, window = 10): PhraseMatch | null {
  let nested = false;
  for (let k = from; k < tokens.length && k < from + window; k++) {
    const t = tokens[k]!;
    // (A colon or dash ends the clause too: "Six people died in the attack: four were injured".)
    if (t.kind === "num" || /^[.;,:—–]$/.test(t.norm)) return null;
    // ("40 others wounded after a suicide bomber blew himself up": the verb is another subject's.)
    if (INNER_CLAUSE_OPENERS.has(t.norm)) nested = true;
    if (!/^(are|were|is|was|have|has|had|remain|remained)$/.test(t.norm)) {
      const bare = nested ? null : intransitiveAt(tokens, k);
      if (bare) return bare;
      continue;
    }
    const own = phraseAt(tokens, k, "after"); // "remain missing"
    if (own) return { p: own, first: k, last: k + own.words.length };
    let j = k + 1;
    while (
      j < tokens.length &&
      j < k + 4 &&
      PASSIVE_FILLERS.has(tokens[j]!.norm) &&
      !phraseAt(tokens, j, "after")
    )
      j++;
    const p = phraseAt(tokens, j, "after");
    if (p) return { p, first: j, last: j + p.words.length };
  }
  return null;
}

/**
 * A finite intransitive verb of the main clause, with no auxiliary ("A fifth soldier wounded in the
 * attack died in hospital", "Two guards hurt in the blast later succumbed to their wounds"): a phrase
 * that only follows its people, so no participle of another reduced clause ("wounded", "killed"), and
 * not a gerund ("dying").
 */
function intransitiveAt(tokens: readonly Token[], k: number): PhraseMatch | null {
  const p = phraseAt(tokens, k, "after");
  if (!p || p.before || p.words[0]!.endsWith("ing")) return null;
  return { p, first: k, last: k + p.words.length };
}

/**
 * "One of them said the hospital was treating 55 wounded": a verb of saying or thinking between
 * the people and the outcome, with no "to" after it ("said to have been killed"), makes them its
 * subject, the speakers; what their words tell is another clause's.
 */
function speechBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (/^(said|says|told|thought|believed)$/.test(tokens[k]!.norm) && tokens[k + 1]?.norm !== "to")
      return true;
  return false;
}

/**
 * An auxiliary right before the outcome at tokens[j], past adverbs ("were also wounded", "was
 * later killed", "have reportedly been abducted"): the postmodifier before it has ended.
 */
function auxiliaryBefore(tokens: readonly Token[], j: number): boolean {
  let i = j - 1;
  while (
    i > j - 3 &&
    /^(also|later|reportedly|allegedly|all|both|then|subsequently)$/.test(tokens[i]?.norm ?? "")
  )
    i--;
  return /^(were|was|had|have|is|are|been)$/.test(tokens[i]?.norm ?? "");
}

/** The first outcome phrase within `limit` tokens from k, crossing no figure or sentence stop. */
function nextOutcome(
  tokens: readonly Token[],
  k: number,
  limit: number,
  acrossFigures = false,
): number | null {
  for (let j = k; j < tokens.length && j < k + limit; j++) {
    const t = tokens[j]!;
    if ((t.kind === "num" && !acrossFigures) || t.norm === "." || t.norm === ";") return null;
    // ("from the town, three of whom had died": the relative clause's verb is the share's.)
    if (j > k && opensRelativeShare(tokens, j)) return null;
    if (phraseAt(tokens, j, "after") && !(tokens[j - 1]?.norm === "," && j === k)) return j;
  }
  return null;
}

/** "of whom", "among whom" at tokens[k]: a relative clause of a share of the noun before. */
function opensRelativeShare(tokens: readonly Token[], k: number): boolean {
  return /^(of|among)$/.test(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "whom";
}

/** The token after an aside that opens at tokens[k] and is closed by the same mark, a ")" or a "," before a verb. */
function asideEnd(tokens: readonly Token[], k: number): number | null {
  const open = tokens[k]!.norm;
  const close = open === "(" ? ")" : open;
  for (let j = k + 1; j < tokens.length && j < k + 28; j++) {
    const w = tokens[j]!.norm;
    if (w === "." || w === ";") return null;
    if (w !== close) continue;
    // The aside ends where the sentence's verb phrase resumes.
    const next = j + 1;
    const p = phraseAt(tokens, next, "after");
    if (p || PASSIVE_FILLERS.has(tokens[next]?.norm ?? "")) return next;
    if (open === "(" || open === "—" || open === "–") return next;
  }
  return null;
}
