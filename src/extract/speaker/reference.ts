// A definite description that refers back to an actor named earlier in the article ("The Kivu
// Liberation Front moved into Beni. The militia said …", "the paramilitary force" after the RSF,
// "the ministry" after "the Ministry of Health"): the most recent actor it fits, with that actor's
// name and type. A description fits an actor when its head word was in the actor's name, or when
// the head's class (lexicon/referring.ts: "militia" stands for armed groups, "force" for either
// side's forces) holds the actor's type and the actor was named by a proper name; each adjective
// of the description must be a word of the actor's name or an adjective of a kind that fits it.
import type { ClaimantType } from "../../core/model.js";
import {
  KIND_ADJECTIVES,
  NAME_ONLY_HEADS,
  NOT_GROUP_NAMES,
  OWN_WORD_FORCES,
  REFERRING_HEAD_TYPES,
} from "../lexicon/referring.js";
import { FORMATION_HEADS } from "../lexicon/claimants.js";
import { startsLower } from "../letters.js";

/** What the article remembers of an actor (speaker/entities.ts `Entity`). */
export interface Referable {
  type: ClaimantType;
  person: boolean;
  named: boolean;
  addressee: boolean;
  words: ReadonlySet<string>;
  /** Where in the text it was first mentioned: a description refers back only to one named before it. */
  since: number;
}

/**
 * The head and adjectives of a definite description that may refer back ("the armed group" → group,
 * [armed]); null for anything else: a name ("the Kivu Front"), an indefinite ("a group"), a phrase
 * with a complement ("the group of doctors").
 */
export function referringDescription(
  norms: readonly string[],
  texts: readonly string[],
): { head: string; adjectives: string[] } | null {
  if (norms.length < 2 || norms.length > 4 || norms[0] !== "the") return null;
  // (Every word after the article in lower case: a capital names, it does not refer back.)
  for (let i = 1; i < norms.length; i++) if (!startsLower(texts[i] ?? "")) return null;
  const head = norms[norms.length - 1]!;
  // ("the armed forces": a compound head, whose first word is no adjective of kind.)
  const compound = norms.length > 2 && COMPOUND_LAST.has(head) ? `${norms[norms.length - 2]} ${head}` : "";
  if (compound !== "" && REFERRING_HEAD_TYPES.has(compound))
    return { head: compound, adjectives: norms.slice(1, -2) };
  if (!REFERRING_HEAD_TYPES.has(head) && !NAME_ONLY_HEADS.has(head)) return null;
  return { head, adjectives: norms.slice(1, -1) };
}

/** The last words of the compound heads ("forces" of "armed forces"). */
const COMPOUND_LAST: ReadonlySet<string> = new Set(
  [...REFERRING_HEAD_TYPES.keys()].filter((h) => h.includes(" ")).map((h) => h.split(" ").pop()!),
);

/** Heads that name a state's whole armed forces, never one of its formations. */
const WHOLE_FORCE_HEADS: ReadonlySet<string> = new Set(["army", "military", "troops", "armed forces"]);

const PARTIES: ReadonlySet<ClaimantType> = new Set(["armed_group", "state_military"]);

/** Whether a description's head and adjectives fit an actor. */
function fits(e: Referable, head: string, adjectives: readonly string[]): boolean {
  if (e.person || e.addressee) return false;
  const kinds = REFERRING_HEAD_TYPES.get(head);
  // ("the army" after "the Baloch Liberation Army" is the state's: a head of one side's forces
  // refers by its word only to a party of that side.)
  const byName = e.words.has(head) && (!kinds || kinds.includes(e.type) || !PARTIES.has(e.type));
  // (A force with a word of its own, "Kasese police", is referred back to by that word, not as "the
  // army" or "the paramilitary force".)
  // ("the army" after "the 47th Mechanized Brigade": a formation is a part of the army, not the army.)
  const byClass =
    e.named &&
    (kinds?.includes(e.type) ?? false) &&
    ![...e.words].some(
      (w) => OWN_WORD_FORCES.has(w) || (WHOLE_FORCE_HEADS.has(head) && FORMATION_HEADS.has(w)),
    );
  if (!byName && !byClass) return false;
  if (head === "group" && !byName && [...e.words].some((w) => NOT_GROUP_NAMES.has(w))) return false;
  return adjectives.every((a) => {
    if (e.words.has(a)) return true;
    const kind = KIND_ADJECTIVES.get(a);
    return kind === "any" || (kind !== undefined && kind.includes(e.type));
  });
}

/**
 * The actor a definite description (`referringDescription`) at offset `at` refers back to: of
 * `recent` (least to most recently mentioned), the latest first named before it that fits; null
 * when nothing fits.
 */
export function referent<E extends Referable>(
  { head, adjectives }: { head: string; adjectives: readonly string[] },
  at: number,
  recent: readonly E[],
): E | null {
  return recent.findLast((e) => e.since <= at && fits(e, head, adjectives)) ?? null;
}
