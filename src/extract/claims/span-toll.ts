// A toll over a span of years up to now, background to the report (codebook §1c "Other
// incidents"; "Scope": cumulative): a count in the perfect whose clause goes on to "over the past
// decade", "in the last five years" or "during the past 18 months" ("The group has killed thousands
// of civilians in the east over the past decade"). A span of days, weeks or one month ("in the past
// 24 hours", "over the last week") is the report's own time and is not this.
import { LONG_SPAN_UNITS } from "../lexicon/context.js";
import type { Token } from "../tokens.js";
import { inPerfect } from "./running.js";

const OPENERS = new Set(["over", "in", "during", "throughout", "for"]);
const RECENT = new Set(["past", "last"]);
const BREAKS = new Set([",", ";", ":", ".", "but", "while", "and"]);

/** Whether the count whose words are tokens [first, last) is a toll over the past years. */
export function isSpanToll(tokens: readonly Token[], first: number, last: number): boolean {
  if (!inPerfect(tokens, first, last)) return false;
  for (let k = last; k < Math.min(tokens.length, last + 10); k++) {
    if (BREAKS.has(tokens[k]!.norm)) return false;
    if (!OPENERS.has(tokens[k]!.norm) || tokens[k + 1]?.norm !== "the") continue;
    if (RECENT.has(tokens[k + 2]?.norm ?? "")) return longSpanAt(tokens, k + 3);
  }
  return false;
}

/** "decade", or one word of number before the unit ("five years", "18 months", "few decades"). */
function longSpanAt(tokens: readonly Token[], k: number): boolean {
  const unit = (i: number) => LONG_SPAN_UNITS.has(tokens[i]?.norm ?? "");
  return unit(k) || (tokens[k]?.kind !== "punct" && unit(k + 1));
}
