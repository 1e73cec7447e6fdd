// A breakdown given in a later sentence, by groups, that adds up to a total given before ("At
// least 20 people were killed in the raid. Twelve soldiers and eight civilians died …"): each
// figure is a part of that total (codebook §1c "Subsets", §3b), never added to it.
import type { Claim } from "../../core/model.js";
import type { Built } from "./build-claims.js";

/** Whether a claim can be a part or a whole here: a figure, stated, not already a part. */
const figure = (c: Claim) => c.quantity.value !== null && c.partOf === null && c.scope !== "increment";

export function linkBreakdownSums(built: readonly Built[]): void {
  const bySentence = new Map<number, Claim[]>();
  for (const { claim, sentence } of built) {
    const list = bySentence.get(sentence) ?? [];
    list.push(claim);
    bySentence.set(sentence, list);
  }
  for (const [sentence, claims] of bySentence) {
    for (const parts of groupsByOutcome(claims)) {
      const sum = parts.reduce((n, c) => n + c.quantity.value!, 0);
      const whole = [...built]
        .reverse()
        .find(
          ({ claim: w, sentence: s }) =>
            s < sentence && figure(w) && w.outcome === parts[0]!.outcome && w.quantity.value === sum,
        );
      if (whole) for (const p of parts) p.partOf = whole.claim.id;
    }
  }
}

/** Two or more figures of one outcome, each for a different group, in one sentence. */
function groupsByOutcome(claims: readonly Claim[]): Claim[][] {
  const out: Claim[][] = [];
  const outcomes = new Set(claims.map((c) => c.outcome));
  for (const outcome of outcomes) {
    const parts = claims.filter((c) => c.outcome === outcome && figure(c));
    if (parts.length < 2 || new Set(parts.map((c) => c.group)).size < parts.length) continue;
    out.push(parts);
  }
  return out;
}
