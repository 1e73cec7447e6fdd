// A figure of "them" set off by commas after its clause's people, with no verb of its own: "They
// took our sons and daughters, at least 30 of them, into the bush", "Some women who escaped
// returned this morning, about 15 of them". The figure counts those people, so it takes the outcome
// the clause gives them: a verb split around the people and the figure ("took …, N of them, into
// the bush"), else the nearest outcome phrase before it in the sentence that counts no figure.
import { RESULTATIVE_COMPLEMENTS } from "../../lexicon/outcome-lemmas.js";
import { OUTCOME_PHRASES, SPLIT_PHRASES } from "../../lexicon/outcomes.js";
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { set, type Candidate } from "../candidate.js";
import { phraseAt } from "../phrases.js";
import type { Triggers } from "../triggers.js";
import type { CountRefiner } from "./refiner.js";

/** The outcome it gives is an outcome phrase's, or a split verb's with its complement. */
export const appositiveShareTriggers: Triggers = {
  phrases: [...OUTCOME_PHRASES.map((p) => p.words), ...RESULTATIVE_COMPLEMENTS.map((c) => c.split(" "))],
};

/** How far back the clause's verb may stand. */
const REACH = 16;

export const appositiveShare: CountRefiner = (tokens, cands) => {
  for (const c of cands) {
    if (c.outcome !== null || !isAppositiveOfThem(tokens, c)) continue;
    const from = c.q.first - 1;
    const taken = splitAround(tokens, from, c.q.last + 3);
    if (taken) {
      set(c, taken.outcome, taken.trigger, "before");
      continue;
    }
    const before = outcomeBefore(tokens, cands, from);
    if (before) set(c, before.outcome, before.trigger, "after");
  }
};

/** ", N of them," or ", N of them." at the candidate: a share of the people before, in apposition. */
function isAppositiveOfThem(tokens: readonly Token[], c: Candidate): boolean {
  const after = tokens[c.q.last + 2]?.norm ?? ".";
  return (
    c.np === null &&
    tokens[c.q.first - 1]?.norm === "," &&
    tokens[c.q.last]?.norm === "of" &&
    tokens[c.q.last + 1]?.norm === "them" &&
    (after === "," || after === ".")
  );
}

type Found = { outcome: NonNullable<Candidate["outcome"]>; trigger: { first: number; last: number } };

/** "took our sons and daughters, …, into the bush": a split verb before, its complement at `k`. */
function splitAround(tokens: readonly Token[], comma: number, k: number): Found | null {
  if (tokens[k - 1]?.norm !== ",") return null;
  for (let j = comma - 1; j >= 0 && j >= comma - REACH; j--) {
    if (stops(tokens[j]!)) return null;
    const s = SPLIT_PHRASES.get(tokens[j]!.norm)?.find((p) => matchWords(tokens, k, p.complement));
    if (s) return { outcome: s.outcome, trigger: { first: j, last: k + s.complement.length } };
  }
  return null;
}

/** The nearest outcome phrase before tokens[comma], back to the sentence's start or another figure. */
function outcomeBefore(tokens: readonly Token[], cands: readonly Candidate[], comma: number): Found | null {
  for (let j = comma - 1; j >= 0 && j >= comma - REACH; j--) {
    if (stops(tokens[j]!) || cands.some((o) => o.q.first <= j && j < o.end)) return null;
    const p = phraseAt(tokens, j, "after") ?? phraseAt(tokens, j, "before");
    if (p && p.outcome !== "present")
      return { outcome: p.outcome, trigger: { first: j, last: j + p.words.length } };
  }
  return null;
}

function stops(t: Token): boolean {
  return t.kind === "num" || t.norm === ";" || t.norm === ":" || t.norm === ".";
}
