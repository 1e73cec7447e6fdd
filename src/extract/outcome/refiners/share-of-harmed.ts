// A share of people counted before by their outcome who came to another: "Thirteen soldiers were
// wounded … Several of the wounded later died", "two of the injured died overnight". "The
// wounded" are the people of the earlier total of that outcome, so the share takes that total's
// group where the totals of that outcome before it (in the article or its own sentence) name one
// group. It is no part of that total, whose outcome is another (codebook §1c: injured who later
// died, the death is the claim).
import type { Group } from "../../../core/model.js";
import { WHOLE_NOUNS } from "../../lexicon/breakdowns.js";
import type { Candidate } from "../candidate.js";
import type { CountContext } from "../parsers/parser.js";
import type { CountRefiner } from "./refiner.js";

export const shareOfHarmed: CountRefiner = (tokens, cands, ctx) => {
  for (const c of cands) {
    if (!c.outcome || !c.np || tokens[c.q.last]?.norm !== "of") continue;
    const whole = WHOLE_NOUNS.get(c.np.head);
    if (!whole || whole === c.outcome || (c.group ?? c.np.group) !== "people") continue;
    const group = groupOfTotals(whole, c, cands, ctx);
    if (group) c.group = group;
  }
};

/** The one group the totals of `outcome` before c name (not people), or null. */
function groupOfTotals(
  outcome: string,
  c: Candidate,
  cands: readonly Candidate[],
  ctx: CountContext,
): Group | null {
  const groups = new Set<Group>();
  for (const t of ctx.counted) if (t.outcome === outcome) groups.add(t.group);
  for (const o of cands)
    if (o.q.first < c.q.first && o.outcome === outcome && o.partOf === null)
      groups.add(o.group ?? o.np?.group ?? "people");
  const [only] = groups;
  return groups.size === 1 && only !== "people" ? only! : null;
}
