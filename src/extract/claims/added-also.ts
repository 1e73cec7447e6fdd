// "Gunmen shot dead a cyclist in Ghent. The gunmen also killed a man in Aalst.": an adverb of
// addition right before the outcome's verb, after the same voice already gave the same figure of
// that outcome and group, adds new people to them (scope `increment`, codebook §1): the two figures
// are never merged as one restated. Where no such figure came before ("Twelve people died. Six
// attackers were also killed"), "also" sets the figure beside other groups' and may be restated
// later, and another figure of the group ("killed 11 … had also killed four") adds up as it is: it
// stays single.
import type { Claim } from "../../core/model.js";
import { ADDITION_ADVERBS } from "../lexicon/context.js";
import type { Count } from "../outcome/candidate.js";
import type { Token } from "../tokens.js";

/** Whether count `c` is told with "also" after the same figure of its outcome and group by `claimant`. */
export function addedToEarlier(
  tokens: readonly Token[],
  c: Count,
  earlier: readonly Claim[],
  claimant: string,
): boolean {
  if (!addedByAdverb(tokens, c)) return false;
  return earlier.some(
    (x) =>
      x.outcome === c.outcome &&
      x.group === c.group &&
      x.quantity.value === c.quantity.value &&
      x.claimant.name === claimant &&
      !x.otherIncident,
  );
}

/** "also killed", "were also wounded", "had also been shot": the adverb right before the verb. */
function addedByAdverb(tokens: readonly Token[], c: Count): boolean {
  if (c.trigger === null) return false;
  const before = tokens[c.trigger.first - 1]?.norm ?? "";
  const skip = before === "been" || before === "being" ? 2 : 1;
  return ADDITION_ADVERBS.has(tokens[c.trigger.first - skip]?.norm ?? "");
}
