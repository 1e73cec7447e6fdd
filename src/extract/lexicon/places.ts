// Things and places that verbs of taking also take (codebook §1c "Bodies": vehicles, buildings and
// places are never counted): "seized the Jaffar Express", "captured Hill 304", "stormed Kabul
// Polytechnic College", "recaptured Bakhmut". A proper name is a person only with a person's mark.
import { plural } from "./morphology.js";

/** Last words of a name that make it a place, a building or a vehicle ("… College", "… Express"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  (
    "hill hills ridge mountain mount valley river lake dam bridge road highway street avenue square market " +
    "bazaar mall plaza village town city district province region county state airport airbase base camp " +
    "barracks fort garrison checkpoint post outpost station terminal port harbour harbor college university " +
    "school academy institute hospital clinic mosque church temple shrine cathedral synagogue hotel office " +
    "ministry embassy consulate parliament palace prison jail compound complex centre center tower building " +
    "plant factory mine field oilfield refinery express train mail line railway railroad ship vessel tanker " +
    "convoy corridor crossing border front"
  ).split(" "),
);

/** Verbs whose object may be a place or a thing as well as a person ("seized", "captured", "stormed"). */
export const PLACE_VERBS: ReadonlySet<string> = new Set(
  (
    "seized seize seizes seizing captured capture captures capturing recaptured recapture stormed storm storming " +
    "overran overrun overrunning raided raid raiding retook retake besieged besieging hijacked hijack hijacking " +
    "liberated liberate attacked attack attacking struck"
  ).split(" "),
);

/** The plurals of the place heads ("hills", "colleges", "checkpoints"). */
const PLACE_PLURALS: ReadonlySet<string> = new Set([...PLACE_HEADS].map(plural));

/** A counted noun that names places, buildings or vehicles ("two hills", "3 checkpoints"). */
export function isPlaceNoun(norm: string): boolean {
  return PLACE_HEADS.has(norm) || PLACE_PLURALS.has(norm);
}
