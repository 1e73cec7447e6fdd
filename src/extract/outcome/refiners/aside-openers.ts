// "In addition to the bomber, 16 people were killed": the aside shares the clause's outcome, the
// clause after it, or the one before it where it trails one ("Four soldiers were killed in addition
// to 12 attackers", "A captain was killed along with two soldiers").
import { matchWords } from "../../quantity/find-quantities.js";
import type { Token } from "../../tokens.js";
import { inherit, type Candidate } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";

const ASIDE_OPENERS = [
  ["in", "addition", "to"],
  ["aside", "from"],
  ["apart", "from"],
  ["besides"],
  ["along", "with"],
];

export const asideOpeners: CountRefiner = (tokens, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const at = openerAt(tokens, c.q.first);
    if (at === null) continue;
    const next = cands.slice(i + 1).find((o) => o.outcome);
    // "In addition to 12 attackers, four soldiers were killed and nine … were wounded": a verb read
    // past the next figure is that figure's clause's, not the aside's.
    const misread =
      c.outcome !== null && next !== undefined && c.trigger !== null && next.q.first < c.trigger.first;
    if (c.outcome && !misread) continue;
    const from = clauseBefore(cands, i, at) ?? next;
    if (from) inherit(c, from);
  }
};

/** Where an aside's opener starts, right before the figure or before its determiner, or null. */
function openerAt(tokens: readonly Token[], first: number): number | null {
  for (const w of ASIDE_OPENERS) {
    if (matchWords(tokens, first - w.length, w)) return first - w.length;
    if (matchWords(tokens, first - w.length - 1, w)) return first - w.length - 1;
  }
  return null;
}

/** A figure before the aside whose outcome words also come before it: the clause it trails. */
function clauseBefore(cands: readonly Candidate[], i: number, opener: number): Candidate | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const p = cands[k]!;
    if (p.outcome && p.trigger && p.trigger.last <= opener) return p;
  }
  return undefined;
}
