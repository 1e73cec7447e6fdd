// A share of a total the sentences before gave, whose group a copula names: "Gunmen killed 30
// passengers … Twelve of the passengers were off-duty soldiers", "Three of the victims were
// minors", "Eight of those kidnapped were children". The share takes the outcome of that total
// and is a part of it (codebook §1c "Subsets", §3b), counted by the predicate's group, never added
// to the total. The whole is named by the total's own noun, by "the victims", or by a noun that
// stands for people by their outcome ("those kidnapped", "the injured").
import type { Outcome } from "../../../core/model.js";
import { WHOLE_NOUNS } from "../../lexicon/breakdowns.js";
import { plural } from "../../lexicon/morphology.js";
import { set, type Candidate } from "../candidate.js";
import { outcomeAfter } from "../outcome-after.js";
import { groupAfterCopula } from "../refiners/copula-group.js";
import type { Triggers } from "../triggers.js";
import type { CountContext, CountParser } from "./parser.js";

export const shareOfEarlier: CountParser = (tokens, c, _cands, ctx) => {
  const k = c.q.last;
  if (c.singular || !c.np || tokens[k]?.norm !== "of" || !/^(the|those)$/.test(tokens[k + 1]?.norm ?? ""))
    return false;
  // The share's own verb decides ("Eight of those kidnapped were later freed").
  if (outcomeAfter(tokens, c.end)) return false;
  const group = groupAfterCopula(tokens, c.end);
  if (!group) return false;
  const outcome = wholeOutcome(c, ctx);
  if (!outcome) return false;
  set(c, outcome, { first: k, last: c.np.last }, "part");
  c.group = group;
  c.ofTotal = true;
  return true;
};

/** A share is said with "of the" or "of those" ("Twelve of the passengers"). */
export const shareOfEarlierTriggers: Triggers = {
  phrases: [
    ["of", "the"],
    ["of", "those"],
  ],
};

/** The outcome of the total the share's noun names, or null. */
function wholeOutcome(c: Candidate, ctx: CountContext): Outcome | null {
  const head = c.np!.head;
  const byOutcome = WHOLE_NOUNS.get(head);
  if (byOutcome) return byOutcome;
  if (head === "victims") return ctx.earlier;
  const same = ctx.recent.find((t) => t.head !== null && (t.head === head || plural(t.head) === head));
  return same?.outcome ?? null;
}
