// A state body named by a word of the state before a public body's noun ("the National
// Anti-Terrorism Committee", "the Federal Migration Service", "Russia's Investigative Committee",
// "the State Emergency Service"): `government`, as the codebook types a state's ministries
// (§1 `claimant.type`: ministers, the provincial government), where no word of the name says a
// kind of its own ("the National Disaster Management Agency" is a relief body by "disaster", "the
// National Police Service" the forces by "police": claimant-type.ts reads those first). The nouns
// of a public body's kind come from WordNet (lexicon/generated/wordnet-institution-heads.ts).
import {
  MEMBER_STATES,
  STATE_BODY_WORDS,
  STATE_FUNCTION_WORDS,
  TERRORISM_PREFIXES,
} from "../lexicon/authorities.js";
import { WORDNET_INSTITUTION_HEADS } from "../lexicon/generated/wordnet-institution-heads.js";
import { plural } from "../lexicon/morphology.js";
import { isCountryName, isNationality } from "../lexicon/nationalities.js";

/**
 * First words of countries' names of several words that are no nationality alone ("Northern" of the
 * Northern Mariana Islands, "United" of the United Arab Emirates): "the Northern Revolutionary
 * Council" names no state.
 */
const NOT_NATIONS: ReadonlySet<string> = new Set(
  "north south east west northern southern eastern western united great saint new central".split(" "),
);

const HEADS: ReadonlySet<string> = new Set(WORDNET_INSTITUTION_HEADS.flatMap(([w]) => [w, plural(w)]));

/** Whether a word is the noun of a public body's kind ("committee", "directorate", "service"). */
export function isInstitutionHead(w: string): boolean {
  return HEADS.has(w);
}

/**
 * Whether words[from, cut) name a state body: a public body's noun as the head (words[cut - 1])
 * and, among the words before it, a word of the state, a country's name or its people's adjective.
 */
export function namesStateBody(words: readonly string[], from: number, cut: number): boolean {
  if (cut - from < 2 || !HEADS.has(words[cut - 1]!)) return false;
  for (let k = from; k < cut - 1; k++) {
    const w = words[k]!;
    if (STATE_BODY_WORDS.has(w) || MEMBER_STATES.has(w) || stateFunction(words, k)) return true;
    if (!NOT_NATIONS.has(w) && (isNationality(w) || isCountryName([w]))) return true;
  }
  return false;
}

/** Whether words[k] is a word of a function only a state holds ("migration", "anti" "-" "terrorism"). */
function stateFunction(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  if (STATE_FUNCTION_WORDS.has(w)) return true;
  return w === "terrorism" && TERRORISM_PREFIXES.has(words[k - 1] === "-" ? (words[k - 2] ?? "") : "");
}
