// Closed-class words that end a counted noun phrase or a clause.
import { ANAPHORIC_OPENINGS, DAY_PARTS, UNIT_STEMS } from "../time/lexicon.js";

/**
 * Possessive determiners: they open a noun phrase ("my two sons", "her brother", "our son"), and
 * an object pronoun spelt like one ("killed her") is read as one only where no noun follows.
 */
export const POSSESSIVE_DETERMINERS: readonly string[] = ["my", "our", "your", "his", "her", "their", "its"];

/** The articles, as a set: a word looked up token by token. */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** "the", "those": a determiner of people named before ("two of the dead", "of the abducted …"). */
export const THE_THOSE: ReadonlySet<string> = new Set(["the", "those"]);
/** The indefinite articles. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Finite auxiliaries of be and have: one right after a noun opens that noun's own clause ("three others were"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
]);

/** Words that end a noun phrase after a number ("30 were", "5 in", "10 and"). */
export const NP_STOP: ReadonlySet<string> = new Set([
  "unless",
  "until",
  "although",
  "though",
  "once",
  "whereas",
  ...FINITE_AUXILIARIES,
  "been",
  "be",
  "being",
  "will",
  "would",
  "could",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "can",
  "said",
  "says",
  "in",
  "at",
  "on",
  "from",
  "during",
  "after",
  "before",
  "by",
  "with",
  "near",
  "into",
  "inside",
  "outside",
  "across",
  "since",
  "for",
  "to",
  "as",
  "when",
  "while",
  "who",
  "which",
  "that",
  "where",
  "including",
  "among",
  "and",
  "or",
  "but",
  "than",
  "whom",
  "whose",
  "each",
  "per",
  "according",
  "under",
  "over",
  "through",
  "out",
  "off",
  "up",
  "down",
  "about",
  "against",
  "of",
  "also",
  "all",
  "reportedly",
  "allegedly",
  "remain",
  "remained",
  "remains",
  "still",
  "later",
  "died",
  "dead",
  "killed",
  "injured",
  "wounded",
  "if",
  "because",
  "so",
  "this",
  "these",
  "those",
  "there",
  "here",
  "it",
  "they",
  "he",
  "she",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "the",
  "a",
  "an",
  "not",
  "no",
  "themselves",
  "himself",
  "herself",
  "yesterday",
  "today",
  "tonight",
  "overnight",
  "last",
  "both",
  "either",
  "neither",
  "then",
  "now",
  "soon",
  "only",
  "just",
  "ago",
  "earlier",
  "between",
  "within",
  "without",
  "toward",
  "towards",
  "via",
  "amid",
  "despite",
  "following",
  "throughout",
  "including",
  "like",
  "unlike",
  "versus",
  "vs",
]);

/** Punctuation that ends a noun phrase. */
export const PUNCT_STOP: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  "—",
  "–",
  '"',
  "“",
  "”",
  "!",
  "?",
  ")",
  "[",
  "]",
  "‘",
  "’",
  "…",
]);

/** Words that introduce a sub-count of a figure just given ("11 people, including five women"). */
export const SUBSET_CUES: readonly string[][] = [
  ["including"],
  ["among", "them"],
  ["among", "whom"],
  ["of", "whom"],
  ["of", "them"],
  ["among", "the", "dead"],
  ["among", "the", "victims"],
  ["among", "the", "injured"],
  ["among", "the", "wounded"],
  ["among", "those", "killed"],
  ["comprising"],
  ["namely"],
  ["mostly"],
  ["most", "of", "them"],
  ["many", "of", "them"],
  ["such", "as"],
];

/**
 * Past participles of perception that, with a present participle after them, open a reduced
 * relative clause of the noun before ("two men seen running from the depot had been detained").
 */
export const PERCEPTION_PARTICIPLES: ReadonlySet<string> = new Set(
  "seen spotted observed noticed heard filmed photographed".split(" "),
);

/**
 * Prepositions of place or assignment that may follow a participle of posting ("posted at",
 * "assigned to", "guarded outside"): such a participle after a counted noun opens its postmodifier.
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "at in on near outside inside along to around behind beside by within across atop".split(" "),
);

/** Words in -ing that are no verb's present participle ("during the raid", "Tuesday morning"). */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  "during",
  "morning",
  "evening",
  "building",
  "according",
  "something",
  "nothing",
  "anything",
  "everything",
  "following",
  "notwithstanding",
]);

/**
 * Words that open a verb's direct object ("killed the guards", "shot his wife", "wounded them"):
 * a counted noun with such an object after its verb is the agent, not the casualty.
 */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  "the a an his her their its this these those him them us several many some both".split(" "),
);

/** Words of time after a determiner: "killed the day before", "found dead that night" is no object. */
export const TIME_AFTER_DETERMINER: ReadonlySet<string> = new Set([
  ...UNIT_STEMS.flatMap((u) => [u, `${u}s`]),
  ...DAY_PARTS,
  ...ANAPHORIC_OPENINGS,
  "same",
  "weekend",
  "weekends",
  "last",
]);

/**
 * Finite verbs of dying that end an "of" phrase after a counted noun ("two members of the crew lost
 * their lives", "no member of the security forces perished"); "died" is in NP_STOP already.
 */
export const VERBS_AFTER_OF_PHRASE: ReadonlySet<string> = new Set(["lost", "perished", "succumbed"]);

/**
 * Words that open a clause of another subject inside a reduced relative clause, so that a bare
 * verb after them is not the counted people's ("40 others wounded after a suicide bomber blew
 * himself up", "two guards hurt by a man who later died").
 */
export const INNER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "who whom whose which that after before when while as because since until where if and or but".split(" "),
);
