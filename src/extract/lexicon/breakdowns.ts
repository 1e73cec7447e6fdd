// Words that introduce a breakdown of a total the article already gave (codebook §1c "Subsets",
// §3b): "the dead comprised 51 civilians, 30 fighters …", "the deceased were identified as 19
// soldiers and one police officer", "among the dead were five children". Each figure of the list
// is a part of that total, never added to it.
import type { Outcome } from "../../core/model.js";

/**
 * Nouns that stand for the people of a total by their outcome ("the dead", "those killed").
 * ("The victims" is not one: victims of an abduction or of injuries are victims too.)
 */
export const WHOLE_NOUNS: ReadonlyMap<string, Outcome> = new Map<string, Outcome>([
  ["dead", "killed"],
  ["deceased", "killed"],
  ["killed", "killed"],
  ["slain", "killed"],
  ["fatalities", "killed"],
  ["injured", "injured"],
  ["wounded", "injured"],
  ["hostages", "abducted"],
  ["abducted", "abducted"],
  ["kidnapped", "abducted"],
  ["freed", "released"],
  ["rescued", "released"],
]);

/**
 * Nouns of people harmed that name no outcome ("the number of victims has risen to 10"): a toll
 * of them counts what the total before it counted, else the dead.
 */
export const HARMED_NOUNS: ReadonlySet<string> = new Set(["victims"]);

/** Verbs that link such a noun to its parts ("were", "comprised", "were identified as"). */
export const BREAKDOWN_LINKS: readonly string[][] = [
  ["were", "identified", "as"],
  ["have", "been", "identified", "as"],
  ["had", "been", "identified", "as"],
  ["were", "named", "as"],
  ["consisted", "of"],
  ["consist", "of"],
  ["comprised"],
  ["comprise"],
  [",", "including"],
  ["including"],
  [",", "among", "them"],
  ["include"],
  ["included"],
  ["includes"],
  ["were"],
  ["are"],
  ["was"],
  ["is"],
];

/** Verbs that give the group of a part after its figure ("five of the dead were children"). */
export const COPULAS: ReadonlySet<string> = new Set(["were", "was", "are", "is", "included", "include"]);

/**
 * Verbs that make their subject a share of a total after them ("Children made up five of the
 * dead", "Women accounted for 12 of those killed"): the subject names the share's group.
 */
export const SHARE_VERBS: readonly (readonly string[])[] = [
  "made up",
  "make up",
  "makes up",
  "accounted for",
  "account for",
  "accounts for",
].map((p) => p.split(" "));

/**
 * Words that open a sentence listing parts of the people the sentence before counted, named by a
 * pronoun or by "the victims" whatever befell them: "Among them were five children", "They
 * included two soldiers", "The victims included a nurse". The parts take that total's outcome.
 */
export const REFERRING_OPENERS: readonly string[][] = [
  ["among", "them", "were"],
  ["among", "them", "was"],
  ["among", "them", "are"],
  ["among", "them", ","],
  ["among", "them"],
  ["among", "the", "victims", "were"],
  ["among", "the", "victims", "was"],
  ["among", "the", "victims", "are"],
  ["among", "the", "victims", ","],
  ["among", "the", "victims"],
  ["they", "included"],
  ["they", "include"],
  ["the", "victims", "included"],
  ["the", "victims", "include"],
  ["the", "victims", "were"],
  ["the", "victims", "are"],
];

/** What a part is said to be among, when it stands for an earlier total by a pronoun: "were among them". */
export const REFERRING_WHOLES: readonly string[][] = [["them"], ["the", "victims"], ["those", "victims"]];

/**
 * What a fronted partitive names as the whole, after "Of" opening the sentence and before a comma:
 * "Of these, 20 were women", "Of those abducted, 12 were children", "Of the victims, four were
 * foreigners" — the people an earlier sentence counted (a whole noun, "Of the dead", names its
 * outcome itself).
 */
export const FRONTED_WHOLES: readonly string[][] = [
  ["these"],
  ["those"],
  ["them"],
  ["the", "victims"],
  ["those", "victims"],
  ["these", "victims"],
];

/** Nouns of the harmed of every outcome together ("15 of the casualties (seven killed, eight injured)"). */
export const CASUALTY_NOUNS: ReadonlySet<string> = new Set(["casualties", "victims"]);

/**
 * Heads of a total that says no more of who was counted than that they were people ("two
 * bodies", "three people"), so that persons named right after it, set off by a comma, are who it
 * counts ("two bodies, a boy of about six and his younger sister"), not more people coordinated
 * with it (claims/apposed-parts.ts).
 */
export const PLAIN_PERSON_HEADS: ReadonlySet<string> = new Set(
  "bodies corpses people persons victims individuals".split(" "),
);
