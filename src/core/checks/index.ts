// Arithmetic checks (issue 15): figures that cannot all be true, found among claims. The same
// list runs over one article's claims (`tally extract`'s messages) and over an incident's
// (`tally show`, the API, the incident page); checks that compare reports need an incident's.
// Each check is one file and one catalogue code; a check never changes a figure.
//   C007 two-totals           a total is the sum of the stated parts; the text gives another
//   C001 parts-exceed-whole   parts add up to more than their whole
//   C002 increments           a base and increments do not add up to the later running total
//   C003 downward-revision    a claimant's later report gives a lower figure
//   C004 one-voice            one claimant's two totals in one article disagree
//   C005 exceeds-present      killed + injured + taken outnumber those present
//   C006 exceeds-taken        released + killed + held outnumber those taken
// C007 runs before C004 so that two totals it names are not named again as one voice's. Each
// check compares two or more weighed claims (figures.ts `weighed`): fewer, and none runs.
import type { Claim } from "../model.js";
import { downwardRevision } from "./downward-revision.js";
import { exceedsPresent } from "./exceeds-present.js";
import { exceedsTaken } from "./exceeds-taken.js";
import { incrementsMismatch } from "./increments.js";
import { weighed, weighing } from "./figures.js";
import type { Check } from "./message.js";
import { oneVoiceDisagrees } from "./one-voice.js";
import { partsExceedWhole } from "./parts-exceed-whole.js";
import { twoTotals } from "./two-totals.js";

export type { Check, CheckCode } from "./message.js";

export function checkClaims(claims: readonly Claim[]): Check[] {
  // Every check sets one weighed figure against another (a whole and its parts, a base and its
  // increments, two totals, those present and those hurt, …): with fewer than two there is
  // nothing to find, and an article with one figure (a third of the GTD summaries) runs none.
  // The weighed claims and their chronology are worked out here once for every check.
  const counted = weighed(claims);
  if (counted.length < 2) return [];
  const w = weighing(claims, counted);
  const totals = twoTotals(w);
  const named = new Set(totals.map((c) => c.claims.slice(-2).sort().join("|")));
  return [
    ...partsExceedWhole(w),
    ...incrementsMismatch(w),
    ...downwardRevision(w),
    ...oneVoiceDisagrees(w, named),
    ...totals,
    ...exceedsPresent(w),
    ...exceedsTaken(w),
  ];
}

/** A stable key of a check: its code and the claims it names (for telling new checks from old). */
export function checkKey(check: Check): string {
  return `${check.code}:${[...check.claims].sort().join(",")}`;
}
