// A figure told of an event the report's own came after: "The attack comes a week after two
// civilians were killed when a bus hit a landmine on the same road", "It came days after gunmen
// killed 12 people in a nearby village". Wire copy dates an earlier event so, after the report's
// event ("The attack", "It") as the subject of "come": the figure after "after" is another
// incident (codebook §1c "Other incidents"). Only with a span of time between "come" and "after"
// (days, a week, two months): "came after" alone may give the event's own cause or sequence.
import { CAME_VERBS, SPAN_UNITS } from "../lexicon/context.js";
import type { Token } from "../tokens.js";

/** How far before the figure "after" may stand, and how many words the span may have. */
const REACH = 16;
const SPAN_WORDS = 4;

/** Whether the count at tokens[first] follows "comes/came <a span of time> after" in its sentence. */
export function cameAfter(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
    const w = tokens[k]!.norm;
    if (w === ";") return false;
    if (w === "after") return spanBefore(tokens, k);
  }
  return false;
}

/** "comes a week", "came two days", "came just days": a verb of coming, then a span, right before `after`. */
function spanBefore(tokens: readonly Token[], after: number): boolean {
  const unit = tokens[after - 1]?.norm ?? "";
  if (!SPAN_UNITS.has(unit)) return false;
  for (let j = after - 2; j >= Math.max(0, after - 1 - SPAN_WORDS); j--)
    if (CAME_VERBS.has(tokens[j]!.norm)) return true;
  return false;
}
