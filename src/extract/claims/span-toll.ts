// A toll over a span of years up to now, background to the report (codebook §1c "Other
// incidents"; "Scope": cumulative): a count in the perfect whose clause goes on to "over the past
// decade", "in the last five years", "during the past 18 months" or "in recent years" ("The group
// has killed thousands of civilians in the east over the past decade"). A second verb of harm
// joined by "and" shares the auxiliary and the span ("have killed thousands of people and
// kidnapped many more for ransom in recent years"). A span of days, weeks or one month ("in the
// past 24 hours", "over the last week") is the report's own time and is not this.
import { LONG_SPAN_UNITS } from "../lexicon/context.js";
import { OUTCOME_PHRASES } from "../lexicon/outcomes.js";
import type { Token } from "../tokens.js";
import { inPerfect } from "./running.js";

const OPENERS = new Set(["over", "in", "during", "throughout", "for"]);
const RECENT = new Set(["past", "last"]);
const BREAKS = new Set([",", ";", ":", ".", "but", "while", "and"]);
const PERFECT = new Set(["has", "have", "'ve"]);

/** Whether the count whose words are tokens [first, last) is a toll over the past years. */
export function isSpanToll(tokens: readonly Token[], first: number, last: number): boolean {
  if (!inPerfect(tokens, first, last) && !afterPerfectAnd(tokens, first)) return false;
  for (let k = last; k < Math.min(tokens.length, last + 10); k++) {
    const norm = tokens[k]!.norm;
    if (norm === "and" && harmVerbs().has(tokens[k + 1]?.norm ?? "")) continue;
    if (BREAKS.has(norm)) return false;
    if (!OPENERS.has(norm)) continue;
    if (tokens[k + 1]?.norm === "recent") return longSpanAt(tokens, k + 2);
    if (tokens[k + 1]?.norm === "the" && RECENT.has(tokens[k + 2]?.norm ?? ""))
      return longSpanAt(tokens, k + 3);
  }
  return false;
}

/** "and" and a verb of harm just before the count, after a perfect of the clause: "have killed … and kidnapped many more". */
function afterPerfectAnd(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(1, first - 3); k--) {
    if (tokens[k]!.norm !== "and" || !harmVerbs().has(tokens[k + 1]?.norm ?? "")) continue;
    for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
      if (BREAKS.has(tokens[j]!.norm)) return false;
      if (PERFECT.has(tokens[j]!.norm)) return true;
    }
  }
  return false;
}

let harm: ReadonlySet<string> | undefined;

/** One-word verbs of an outcome that come before the people they count ("kidnapped", "wounded"). */
function harmVerbs(): ReadonlySet<string> {
  harm ??= new Set(
    OUTCOME_PHRASES.filter((p) => p.before && !p.base && p.words.length === 1).map((p) => p.words[0]!),
  );
  return harm;
}

/** "decade", or one word of number before the unit ("five years", "18 months", "few decades"). */
function longSpanAt(tokens: readonly Token[], k: number): boolean {
  const unit = (i: number) => LONG_SPAN_UNITS.has(tokens[i]?.norm ?? "");
  return unit(k) || (tokens[k]?.kind !== "punct" && unit(k + 1));
}
