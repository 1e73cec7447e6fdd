// Totals over several related incidents ("At least 20 assailants were killed across the three
// attacks", "in both blasts"). Coders of event datasets split such a total between the events
// (GTD and ACLED both do: "totals reported over several days or locations may be split across
// events"), so a claim records over how many incidents its figure is spread.
import { TENS, UNITS } from "../lexicon/numbers.js";

const EVENT_NOUNS =
  "(?:attack|event|incident|blast|explosion|assault|bombing|raid|clash|abduction|strike|operation|shooting|ambush|kidnapping)(?:e?s)?";
const NUMBER = "both|two|three|four|five|six|seven|eight|nine|ten|\\d+";

/** "This was one of three related attacks": how many incidents the article's event belongs to. */
const RELATED = new RegExp(`\\bone of (?:at least )?(${NUMBER})\\b[\\w\\s-]{0,40}?\\b${EVENT_NOUNS}\\b`, "i");
/** "across both attacks", "across the three events", "across two of the events", "across the attacks". */
const ACROSS = new RegExp(
  `\\bacross\\s+(?:(${NUMBER})\\s+of\\s+the\\s+|(?:all\\s+)?(?:the\\s+)?(${NUMBER})?\\s*(?:of\\s+the\\s+)?)(?:[\\w-]+\\s+)?${EVENT_NOUNS}\\b`,
  "i",
);
/** "in both attacks", "in the two blasts", "in all three raids" (an explicit number is needed). */
const IN_N = new RegExp(`\\bin\\s+(?:the\\s+|all\\s+)?(${NUMBER})\\s+(?:[\\w-]+\\s+)?${EVENT_NOUNS}\\b`, "i");

function count(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === "both") return 2;
  const n = UNITS.get(w) ?? TENS.get(w) ?? Number(w);
  return Number.isFinite(n) && n >= 2 && n <= 1000 ? n : null;
}

/**
 * "in the ensuing clashes", "during the attacks": the events of the article in the plural, with no
 * number; read as a spread only where the article says how many related incidents there were.
 */
const IN_THE_PLURAL = new RegExp(
  `\\b(?:in|during)\\s+the\\s+(?:[\\w-]+\\s+)?(?:attacks|incidents|blasts|explosions|assaults|bombings|raids|clashes|strikes|operations|shootings|ambushes|abductions)\\b`,
  "i",
);

/** How many related incidents the article says its event is one of, or null. */
export function relatedIncidents(text: string): number | null {
  return count(RELATED.exec(text)?.[1]);
}

/** Over how many incidents a figure stated in this sentence is spread, or null for one. */
export function sharedAcross(sentence: string, related: number | null): number | null {
  const across = ACROSS.exec(sentence);
  if (across) return count(across[1]) ?? count(across[2]) ?? related;
  // "in both attacks", "in the ensuing clashes" only where the article says its event is one of several.
  if (related === null) return null;
  return count(IN_N.exec(sentence)?.[1]) ?? (IN_THE_PLURAL.test(sentence) ? related : null);
}
