// Shares of one whole told in a row, the whole and the verb said with the first only: "22 of the
// dead were fighters and 11 were SDF members", "Of the dead, five were soldiers, three were
// civilians and two were police officers", "Of the 52 people killed, 31 were women and 21 were
// men". Each later bare figure with a copula and a group of its own ("and 11 were …") is a share of
// the same whole as the first (codebook §1c "Subsets", §3b): it takes that share's outcome and
// whole, and the copula's group. A row may start right after its whole, past a semicolon or a
// comma: "Twelve people were killed; five were children and two were police officers".
import type { Group } from "../../../core/model.js";
import type { Token } from "../../tokens.js";
import { inherit, type Candidate } from "../candidate.js";
import { groupAfterCopula } from "./copula-group.js";
import type { CountRefiner } from "./refiner.js";

/** Words that open the next share of the row ("and 11 were …", ", three were …", "while two were …"). */
const JOINERS = /^(and|,|;|while|whereas|but)$/;

export const gappedShares: CountRefiner = (tokens, cands) => {
  let share: Candidate | null = null;
  for (const [i, c] of cands.entries()) {
    if (c.outcome !== null && isShare(c)) {
      share = c;
      continue;
    }
    // ("Nine of the 13 people killed were civilians and four were soldiers": the whole is passed.)
    if (share && share.partOf === i) continue;
    const group = c.outcome === null ? gappedGroup(tokens, c) : null;
    const whole = group && !share ? wholeBefore(tokens, cands, i) : -1;
    if (group && share) {
      inherit(c, share);
      c.partOf = share.partOf;
      c.ofTotal = share.ofTotal;
    } else if (group && whole >= 0) {
      inherit(c, cands[whole]!);
      c.via = "subset";
      c.partOf = whole;
      share = c;
    } else {
      share = null;
      continue;
    }
    c.group = group;
  }
};

/** A share of a whole: of one counted before it in the article, or in the sentence. */
function isShare(c: Candidate): boolean {
  return c.ofTotal || (c.via === "subset" && c.partOf !== null);
}

/** The group of a bare figure after a joiner and before a copula ("and 11 were SDF members"), or null. */
function gappedGroup(tokens: readonly Token[], c: Candidate): Group | null {
  if (c.np !== null || c.singular || c.q.quantity.value === null || c.end !== c.q.last) return null;
  if (!JOINERS.test(tokens[c.q.first - 1]?.norm ?? "")) return null;
  return groupAfterCopula(tokens, c.end);
}

/**
 * The whole a row's first share is drawn from, right before it in the sentence: the figure before,
 * with an outcome and no fewer people, past a semicolon or a comma ("were killed; five were …"), or -1.
 */
function wholeBefore(tokens: readonly Token[], cands: readonly Candidate[], i: number): number {
  const c = cands[i]!;
  const w = cands[i - 1];
  if (!w?.outcome || !/^[;,]$/.test(tokens[c.q.first - 1]?.norm ?? "")) return -1;
  const wv = w.q.quantity.value;
  return wv !== null && wv >= c.q.quantity.value! && w.trigger && w.trigger.last < c.q.first ? i - 1 : -1;
}
