// A share of the people the sentence before counted, said by a bare figure and a copula that
// names its group: "Twelve people were killed in the raid. Five were children.", "Three were
// soldiers, the army said." The figure opens its sentence with no noun of its own; it takes the
// outcome of that total and is a part of it (codebook §1c "Subsets", §3b: never added to it),
// counted by the predicate's group (refiners/copula-group.ts).
import type { Triggers } from "../triggers.js";
import { set } from "../candidate.js";
import { groupAfterCopula } from "../refiners/copula-group.js";
import type { CountParser } from "./parser.js";

/** The copulas the share is said with. */
export const bareShareTriggers: Triggers = { words: ["were", "was", "are", "is"] };

export const bareShare: CountParser = (tokens, c, _cands, ctx) => {
  if (!ctx.earlier || c.np !== null || c.singular || c.q.quantity.value === null) return false;
  // It opens the sentence (after an opening quote mark or "And" at most).
  const start = /^(["“‘']|and)$/.test(tokens[0]?.norm ?? "") ? 1 : 0;
  if (c.q.first !== start || c.end !== c.q.last || !groupAfterCopula(tokens, c.end)) return false;
  set(c, ctx.earlier, { first: c.end, last: c.end + 1 }, "part");
  c.ofTotal = true;
  return true;
};
