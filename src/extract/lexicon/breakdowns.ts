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
