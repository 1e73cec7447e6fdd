// Verbs of violence by the GTD attack type they tell of, as base lemmas: the type reader
// (../event-type.ts) reads every inflection of each ("overrun": overruns, overran, overrunning)
// where the stems of ./event-types.ts find no type at all. They are weaker than those stems (an
// attack "stormed" with rifles is an armed assault by its weapon), so they only fill a gap: "rebels
// raided a village, killing 18", "militiamen attacked a camp", "attackers overran a checkpoint".
// "raid" is also a noun ("an overnight raid"), read alike. "attack" is left out: GTD codes an
// attack of unknown means "Unknown" ("Assailants attacked a checkpoint"), and so does the reader.
// (On the GTD extract, 4,285 summaries: attack type right 3,364 → 3,367; without "attack" in the
// list, with it 3,125.) Kidnapping's verbs are stems of ./event-types.ts already, in every form.
import type { GtdAttackType } from "./event-types.js";

export const EVENT_LEMMAS: Partial<Record<GtdAttackType, readonly string[]>> = {
  "Armed Assault": ["raid", "storm", "overrun", "ambush", "hack", "massacre", "slaughter", "butcher", "gun"],
  "Facility/Infrastructure Attack": ["torch", "raze", "burn", "loot", "vandalise", "vandalize"],
};
