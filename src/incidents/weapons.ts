// The kinds of means a report's attack used (lexicon/weapons.ts): "gunmen opened fire" → firearm,
// "threw a grenade" → explosive. Every mention counts, as with targets (targets.ts): two reports
// of one event share a kind whenever either names the other's; the link score reads a report
// and an incident that name kinds, none shared, as a sign of two attacks (link-score.ts).
import { WEAPON_KINDS } from "./lexicon/weapons.js";
import { kindFinder } from "./targets.js";

/** The kinds of weapon the text names, sorted. */
export const weaponKinds = kindFinder(WEAPON_KINDS, (w) => [w]);
