// Coordination, both ways, until nothing changes: "two people and four assailants were killed",
// "killed 5 soldiers and 3 civilians", "were killed by the militants as well as four soldiers",
// "A policewoman and her daughter were among the dead", and a gapped clause that repeats only the
// figure and a new adjunct: "12 people were killed on Monday and four on Tuesday".
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { inherit, type Candidate } from "../candidate.js";
import { POSSESSIVE_DETERMINERS } from "../../lexicon/syntax.js";
import { coordinates, speaksAfter } from "../phrases.js";
import type { CountRefiner } from "./refiner.js";

export const coordination: CountRefiner = (tokens, cands) => {
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (c.outcome) continue;
      const next = cands[i + 1];
      const prev = cands[i - 1];
      // ("A policewoman and her daughter were among the dead": both are parts of the dead; "a man
      // aged 24 and 40 others were injured": past the age.)
      if (
        next?.outcome &&
        (next.via === "after" || next.via === "coordinated" || next.via === "part") &&
        coordinates(tokens, pastAge(tokens, c.end), next.q.first) &&
        !inFrontedPhrase(tokens, c.q.first, c.end) &&
        !isShareOfWhom(tokens, next)
      ) {
        inherit(c, next);
        if (next.via === "part") c.via = "part";
        c.ofTotal = next.ofTotal;
        changed = true;
      } else if (
        prev?.outcome &&
        prev.via !== "toll" &&
        !speaksAfter(tokens, c.end) &&
        (coordinates(tokens, prev.end, c.q.first) ||
          afterAgent(tokens, prev, c.q.first) ||
          withAfterVerb(tokens, prev, c) ||
          afterPostmodifier(tokens, prev, c, next))
      ) {
        inherit(c, prev);
        changed = true;
      } else if (prev?.outcome && gapped(tokens, prev, c)) {
        inherit(c, prev);
        c.group ??= prev.group;
        changed = true;
      }
    }
  }
};

/**
 * The index past a person's age right after their noun at k ("a man aged 24", "a woman, 31,"), or
 * k. (Not ages.ts agedEnd: "a man aged 24 and 40 others" is one age, then a figure.)
 */
function pastAge(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.norm;
  const age = (j: number) => tokens[j]?.kind === "num" && /^\d{1,2}$/.test(tokens[j]!.norm);
  if (w === "aged" && age(k + 1)) return k + 2;
  if (w === "," && age(k + 1) && tokens[k + 2]?.norm === ",") return k + 2;
  return k;
}

/**
 * "nine crew members, one of whom was injured": a share in a relative clause of the figure before
 * it tells what befell the share, not the whole (nor is it a second item of a list).
 */
function isShareOfWhom(tokens: readonly Token[], c: Candidate): boolean {
  return tokens[c.q.last]?.norm === "of" && tokens[c.q.last + 1]?.norm === "whom";
}

/**
 * "21 hostages were killed by the militants as well as four soldiers": a figure added after the
 * agent of a passive shares its outcome (an agent is never counted by "as well as" or "along with").
 */
function afterAgent(tokens: readonly Token[], prev: Candidate, to: number): boolean {
  const t = prev.trigger;
  if (prev.via !== "after" || !t || tokens[t.last]?.norm !== "by") return false;
  for (let k = t.last + 1; k < to && k < t.last + 7; k++) {
    const w = tokens[k]!.norm;
    if (tokens[k]!.kind === "num" || /^[.;:(]$/.test(w)) return false;
    if (matchWords(tokens, k, ["as", "well", "as"]) && k + 3 === to) return true;
    if (matchWords(tokens, k, ["along", "with"]) && k + 2 === to) return true;
  }
  return false;
}

/** Prepositions that open an adjunct of place or time ("on Monday", "in Kaduna", "near the border"). */
const ADJUNCT = /^(on|in|at|near|during|outside|inside|around|across|along|between|from|by)$/;

/**
 * Gapping: "12 people were killed on Monday and four on Tuesday", "killed 30 in Gao and 12 near
 * Menaka": after the clause's verb and an adjunct, "and" with a bare figure (no noun of its own) and
 * a new adjunct of the same kind repeats the verb, and the figure counts the same people as the
 * first (its noun is the first's). Not a part: the two are told apart by where or when they fell.
 */
function gapped(tokens: readonly Token[], prev: Candidate, c: Candidate): boolean {
  const t = prev.trigger;
  if (!t || c.np !== null || c.q.quantity.value === null || prev.partOf !== null) return false;
  if (tokens[c.q.first - 1]?.norm !== "and" || !ADJUNCT.test(tokens[c.end]?.norm ?? "")) return false;
  const from = Math.max(prev.end, t.last);
  if (!ADJUNCT.test(tokens[from]?.norm ?? "")) return false;
  for (let k = from + 1; k < c.q.first - 1; k++) {
    const w = tokens[k]!;
    if (w.kind === "num" || /^[,.;:()"“”]$/.test(w.norm) || k > from + 6) return false;
  }
  return true;
}

/** Words that add people to those a verb just counted ("was killed along with two guards"). */
const COMITATIVES: readonly (readonly string[])[] = [
  ["along", "with"],
  ["together", "with"],
  ["alongside"],
  ["as", "well", "as"],
];

/**
 * "The commander was killed along with two other officers", "a soldier died together with three
 * civilians", "the mayor was abducted as well as his two aides": a figure added right after the verb that counted the subject shares its outcome.
 */
function withAfterVerb(tokens: readonly Token[], prev: Candidate, c: Candidate): boolean {
  const t = prev.trigger;
  const to = c.q.first;
  if (prev.via !== "after" || !t) return false;
  // ("as well as his two aides": a possessive may stand before the figure.)
  const at = POSSESSIVE_DETERMINERS.includes(tokens[to - 1]?.norm ?? "") ? to - 1 : to;
  if (COMITATIVES.some((w) => matchWords(tokens, t.last, w) && t.last + w.length === at)) return true;
  // "was arrested with three accomplices", "died with his two sons": a bare "with" right after the
  // verb adds people only when the figure has a people noun ("injured with 5 in critical condition"
  // tells a state of those counted, no one more).
  return tokens[t.last]?.norm === "with" && t.last + 1 === at && c.np !== null;
}

/**
 * "killed a judge travelling to court, his driver and a guard": a list of victims whose first
 * member carries a participle phrase; the next member follows its comma, and the list closes with
 * "and" and one more member (so that a comma alone before a new subject is no list).
 */
function afterPostmodifier(
  tokens: readonly Token[],
  prev: Candidate,
  c: Candidate,
  next: Candidate | undefined,
): boolean {
  const from = prev.end;
  const to = c.q.first;
  if (to - from < 3 || to - from > 10 || tokens[to - 1]!.norm !== ",") return false;
  const participle = tokens[from]!.norm;
  if (!/^[a-z]{3,}(ing|ed)$/.test(participle) || NOT_POSTMODIFIERS.has(participle)) return false;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k]!.kind !== "word") return false;
  return next !== undefined && !next.outcome && coordinates(tokens, c.end, next.q.first);
}

/** Words in -ing that open a breakdown or an adjunct, not a description of the person before. */
const NOT_POSTMODIFIERS: ReadonlySet<string> = new Set(
  "including excluding comprising involving following according during killing injuring wounding".split(" "),
);

/**
 * Whether a candidate from tokens[k] to tokens[end] closes a phrase that opens the sentence with a
 * preposition, no comma before it ("In the words of the governor, 12 people died", "According to the
 * mayor, …"): a noun there is the phrase's object, never a conjunct of the subject after the comma.
 */
function inFrontedPhrase(tokens: readonly Token[], k: number, end: number): boolean {
  if (!FRONTING.test(tokens[0]?.norm ?? "") || tokens[end]?.norm !== ",") return false;
  for (let i = 1; i < k; i++) if (/^[,;:]$/.test(tokens[i]!.norm)) return false;
  return true;
}

const FRONTING = /^(in|according|as|per|for|from|by|with|to|on|under|citing|quoting)$/;
