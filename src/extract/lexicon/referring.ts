// Definite descriptions that refer back to an actor named earlier in a report ("the group", "the
// paramilitary force", "the ministry"): the head nouns a reporter uses for an actor already named,
// each with the claimant types of the actors it may stand for, and the adjectives of kind such a
// description may add ("the armed group", "the rebel militia"). Written by hand from the codebook's
// types (§1 `claimant.type`) and the ways news copy names parties and bodies a second time; read by
// speaker/reference.ts. A description also refers back to any actor whose own name had its head
// word ("the ministry" after "the Ministry of Health", "the police" after "Kasese police").
import type { ClaimantType } from "../../core/model.js";

const ARMED_GROUP: readonly ClaimantType[] = ["armed_group"];
/** Either side's armed force: "the paramilitary force" may be the state's or an armed group. */
const ARMED_EITHER: readonly ClaimantType[] = ["armed_group", "state_military"];
/** A body that is no person: an armed group, or an organisation that is no party. */
const ORGANISATION: readonly ClaimantType[] = ["armed_group", "official", "unknown"];
const STATE_FORCES: readonly ClaimantType[] = ["state_military"];
const MONITOR: readonly ClaimantType[] = ["official", "unknown"];
/** Any body that is no person or outlet: a party, a state body, an organisation. */
const ANY_BODY: readonly ClaimantType[] = [
  "armed_group",
  "state_military",
  "government",
  "official",
  "unknown",
];

/**
 * Head nouns of a description that refers back, and the types of the named actors each may stand
 * for. Heads not listed here refer back only to an actor whose name had the same word.
 */
export const REFERRING_HEAD_TYPES: ReadonlyMap<string, readonly ClaimantType[]> = new Map([
  // ("the group" refers back to the latest body named that is no state's: an armed group, or an aid,
  // rights or relief organisation, "Doctors Without Borders … the group said"; with none, it is of
  // its own kind, an armed group.)
  ...["organisation", "organization", "group"].map((h) => [h, ORGANISATION] as const),
  ...[
    "outfit",
    "movement",
    "front",
    "militia",
    "militias",
    "rebels",
    "rebel",
    "militants",
    "insurgents",
    "guerrillas",
    "jihadists",
    "extremists",
    "fighters",
    "faction",
  ].map((h) => [h, ARMED_GROUP] as const),
  ...["force", "forces", "paramilitary", "paramilitaries", "coalition", "alliance"].map(
    (h) => [h, ARMED_EITHER] as const,
  ),
  ...["army", "military", "troops"].map((h) => [h, STATE_FORCES] as const),
  // A compound of WordNet's, one noun: "armed forces" are a nation's military (armed_forces.n.01),
  // never an armed group's "forces" that are armed.
  ["armed forces", STATE_FORCES],
  ...["watchdog", "monitor", "charity"].map((h) => [h, MONITOR] as const),
  // ("the body said" after "the National Anti-Terrorism Committee": any body named that is no person.)
  ["body", ANY_BODY],
]);

/**
 * Heads of a generic description of a body ("the organisation", "the body"): it says no kind of its
 * own, only that a body speaks. It takes the type of the named body it refers back to
 * (speaker/reference.ts); with none, it stays `unknown`, never a type guessed from its word
 * ("organisation" is no armed group's word). Not "the group": with no named body to refer to, it
 * stands for an armed party the report describes ("insurgents overran a checkpoint … the group
 * claimed", fixture 17); nor "the agency", which with none is the wire service ("quoted by the
 * agency", "told the agency").
 */
export const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set("organisation organization body".split(" "));

/**
 * Heads that refer back only to an actor whose name had the same word: bodies of many kinds
 * ("the agency" may be a wire service or a disaster agency; "the police" are the police named).
 */
export const NAME_ONLY_HEADS: ReadonlySet<string> = new Set(
  (
    "police ministry agency department authority office service commission committee council network " +
    "observatory mission command directorate bureau administration government hospital union " +
    // ("The centre, which coordinates ambulance services, said" after "the Emergency Medicine Centre")
    "centre center institute foundation"
  ).split(" "),
);

/**
 * Adjectives of kind a referring description may add to its head, with the types of actor they
 * fit ("the armed group" is an armed group's or a force's, "the rebel group" an armed group's);
 * adjectives of reach or standing fit any ("the local group", "the main rebel group").
 */
export const KIND_ADJECTIVES: ReadonlyMap<string, readonly ClaimantType[] | "any"> = new Map<
  string,
  readonly ClaimantType[] | "any"
>([
  ...[
    "rebel",
    "militant",
    "jihadist",
    "islamist",
    "extremist",
    "insurgent",
    "separatist",
    "secessionist",
    "terrorist",
    "terror",
    "outlawed",
    "banned",
    "proscribed",
    "militia",
    "guerrilla",
  ].map((a) => [a, ARMED_GROUP] as const),
  ...["armed", "paramilitary"].map((a) => [a, ARMED_EITHER] as const),
  ...["rights", "monitoring", "humanitarian", "aid", "medical"].map((a) => [a, MONITOR] as const),
  ...["local", "main", "same", "little-known", "powerful", "notorious", "rival", "regional"].map(
    (a) => [a, "any"] as const,
  ),
]);

/** The state's forces with a word of their own, which a report does not call "the army" or "the force". */
export const OWN_WORD_FORCES: ReadonlySet<string> = new Set([
  "police",
  "gendarmerie",
  "gendarmes",
  "coastguard",
]);

/**
 * Words of a public body's name ("the National Emergency Management Agency", "the Electoral
 * Commission"): a report does not call such a body "the group", as it does an armed group or an aid
 * or rights organisation.
 */
export const NOT_GROUP_NAMES: ReadonlySet<string> = new Set(
  "agency authority ministry department directorate administration office bureau service commission".split(
    " ",
  ),
);

/**
 * Bodies a report names a second time by a noun of their kind that their own name does not hold: the
 * United Nations' agencies, funds and programmes are "the agency" ("The World Food Programme said its
 * convoy was hit … The agency said"; "UNICEF … the UN agency"), as a wire service is when no such
 * body was named. Each by its name's words and its initials, lower case (but "WHO", whose capitals
 * the tokenizer keeps, tokens.ts keepCapitals); `kindNounsOf` reads them.
 */
const UN_AGENCIES: readonly string[] = [
  "world food programme",
  "wfp",
  "world health organization",
  "world health organisation",
  "WHO",
  "international organization for migration",
  "iom",
  "united nations children's fund",
  "un children's fund",
  "unicef",
  "united nations high commissioner for refugees",
  "un high commissioner for refugees",
  "unhcr",
  "united nations relief and works agency",
  "unrwa",
  "united nations development programme",
  "undp",
  "united nations population fund",
  "unfpa",
  "food and agriculture organization",
  "fao",
];
const UN_AGENCY_NAMES: ReadonlySet<string> = new Set(UN_AGENCIES);

/**
 * The nouns of its kind a body's name (its words after an article, lower case) may be referred back
 * by though it does not hold them: ["agency"] for a United Nations agency, else none.
 */
export function kindNounsOf(norms: readonly string[]): readonly string[] {
  const from = norms[0] === "the" ? 1 : 0;
  return UN_AGENCY_NAMES.has(norms.slice(from).join(" ")) ? AGENCY : NONE;
}
const AGENCY: readonly string[] = ["agency"];
const NONE: readonly string[] = [];
