// A state of health only the injured are in ("three others are in critical condition", "six of
// them in a serious condition"): injured people, and among the injured the article counted before
// them, a part of that total (codebook §1c "Subsets": critical cases among a stated total), never
// new people. The state of one person named before ("The driver was in a critical condition") or of
// a share of those in the state ("one of them with a head wound") counts no one again.
import type { Group, Outcome } from "../../core/model.js";
import { HEALTH_STATE_PHRASES } from "../lexicon/care.js";
import type { Token } from "../tokens.js";
import type { Candidate, TokenRange } from "./candidate.js";

const STATES: ReadonlySet<string> = new Set(HEALTH_STATE_PHRASES);

/** The words of tokens [t.first, t.last) are a health state's. */
export function isHealthState(tokens: readonly Token[], t: TokenRange | null): boolean {
  if (!t || t.last - t.first < 3) return false;
  return STATES.has(
    tokens
      .slice(t.first, t.last)
      .map((x) => x.norm)
      .join(" "),
  );
}

/** A state's reading, or null: one person in a state, or a share of figures in one, is counted already. */
export function statesOfTheCounted<R extends { group: Group; outcome: Outcome }>(
  tokens: readonly Token[],
  c: Candidate,
  r: R,
): R | null {
  if (r.outcome !== "injured" || !isHealthState(tokens, c.trigger)) return r;
  // (A share takes its whole's state from before it: "Two were in a serious condition, one of them
  // with a head wound".)
  return c.singular || c.trigger!.last <= c.q.first ? null : r;
}
