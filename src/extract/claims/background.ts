// Deaths mentioned as the background of another event, or as another incident: the killing a crowd
// protests, a funeral, a revenge attack's cause ("students protested the death of their colleague",
// "a funeral for a man killed by soldiers the day before", "an attack suspected to be retaliatory
// following the killing of a man"), an earlier attack ("rioted in response to an earlier attack …,
// which killed 21"), an event the report's came after ("comes a week after two civilians were
// killed": claims/came-after.ts), and deaths placed elsewhere ("the killing of two women the same day elsewhere
// in the town", "In a separate incident, gunmen killed three farmers"), and tolls of a past year
// (claims/past-period.ts). They are kept, marked
// `otherIncident` (codebook §1c), and stay out of the tallies of this event.
import {
  BACKGROUND_CAUSES,
  BACKGROUND_EVENTS,
  EARLIER_CUES,
  ELSEWHERE_CUES,
  OPENING_ELSEWHERE_CUES,
  EVENT_NOUNS,
} from "../lexicon/context.js";
import type { Token } from "../tokens.js";
import { cameAfter } from "./came-after.js";

/** Whether the count whose words are tokens [first, last) is background or another incident. */
export function isBackground(tokens: readonly Token[], first: number, last: number = first + 1): boolean {
  return (
    causeOfEvent(tokens, first) ||
    ofEarlierEvent(tokens, first) ||
    cameAfter(tokens, first) ||
    placedElsewhere(tokens, first, last)
  );
}

const CLAUSE_ENDS = new Set([",", ";", ":"]);

/** The cause of a protest, funeral or revenge, a few words before the figure, in its clause. */
function causeOfEvent(tokens: readonly Token[], first: number): boolean {
  // The cause must govern the figure: a few words before it, in the same clause ("protested the
  // killing of five people"; not "In retaliation for a raid the day before, herders killed 2").
  if (!BACKGROUND_EVENTS.anyIn(tokens, 0, tokens.length)) return false;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    if (tokens[k]!.norm === "," || tokens[k]!.norm === ";") return false;
    if (BACKGROUND_CAUSES.at(tokens, k)) return true;
  }
  return false;
}

/**
 * A figure told of an event marked earlier ("an earlier attack by refugees (…), which killed 21",
 * "a previous raid killed 4"): the marked noun stands before the figure in its sentence, with no
 * clause of its own between (";") and no other event noun after it that the figure could belong to.
 */
function ofEarlierEvent(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 24; k--) {
    const t = tokens[k]!.norm;
    if (t === ";") return false;
    if (EVENT_NOUNS.has(t) && !EARLIER_CUES.at(tokens, k - 1)) return false;
    if (EARLIER_CUES.at(tokens, k) && EVENT_NOUNS.has(tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * A figure placed at another site or incident by a cue in its clause: after the figure with no
 * clause break between ("two women … elsewhere in the town"), or opening the clause that holds it
 * ("Elsewhere, three were killed"; "In a separate incident, gunmen killed 3"), or opening its
 * sentence ("Separately, two soldiers were killed").
 */
function placedElsewhere(tokens: readonly Token[], first: number, last: number): boolean {
  if (OPENING_ELSEWHERE_CUES.at(tokens, 0)) return true;
  for (let k = last; k < tokens.length && k < last + 8; k++) {
    if (CLAUSE_ENDS.has(tokens[k]!.norm) || tokens[k]!.norm === "and") break;
    if (ELSEWHERE_CUES.at(tokens, k)) return true;
  }
  let open = first;
  while (open > 0 && tokens[open - 1]!.norm !== ";") open--;
  return ELSEWHERE_CUES.at(tokens, open) !== null;
}
