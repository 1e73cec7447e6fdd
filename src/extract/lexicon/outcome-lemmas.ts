// The outcome lexicon's base entries (codebook §1 `outcome`): lemmas with their class, from which
// outcomes.ts derives every inflected surface form. Reviewed by hand; WordNet's synonyms of these
// words are added from generated/wordnet-outcomes.ts (see scripts/lexicon/review.mjs for what was
// accepted and rejected, and why).
//
// A lemma is written in its base form; its first word that is not an adverb in -ly is the verb
// that inflects ("fatally shoot" → "fatally shot"); "one's" stands for his/her/their (with "life"
// becoming "lives" after "their"), "oneself" for himself/herself/themselves.
import type { Outcome } from "../../core/model.js";
import { HEALTH_STATE_PHRASES } from "./care.js";
import { verbForms } from "./morphology.js";

/**
 * How a lemma takes its counted people, and so which of its forms may stand where:
 * - `transitive` (kill): the participle after the people ("5 were killed") and, like the other
 *   finite forms and the gerund, before them ("killed 5", "kills 5", "killing 5");
 * - `intransitive` (die, lose one's life): every form after the people ("5 died", "are dying");
 * - `participle` (find dead, take hostage): only the passive participle, after ("5 were found dead");
 * - `noun` (killing): "the killing of 5", "the killings of 5";
 * - `lives` (claim, take): a verb whose object "N lives" counts the dead ("claimed 21 lives").
 */
export type LemmaClass = "transitive" | "intransitive" | "participle" | "noun" | "lives";

export interface WordNetOutcome {
  lemma: string;
  outcome: Outcome;
  class: "transitive" | "intransitive" | "noun";
  synset: string;
  reason: string;
}

type Entries = Partial<Record<LemmaClass, readonly string[]>>;

/** Verbs by which a person takes an injury ("sustained", "suffered", "received", "escaped with"). */
const TAKE_INJURY = ["sustain", "suffer", "receive", "escape with"];
/** Words of an injury's kind or gravity between that verb and the noun ("serious", "gunshot"). */
const INJURY_KINDS = [
  "",
  "serious",
  "severe",
  "critical",
  "grave",
  "minor",
  "slight",
  "light",
  "multiple",
  "gunshot",
  "bullet",
  "shrapnel",
  "burn",
  "head",
  "serious gunshot",
  "severe burn",
  "multiple gunshot",
];
const INJURY_NOUNS = ["injuries", "wounds", "burns"];

const formsOf = (v: string): string[] => {
  const f = verbForms(v);
  return [f.base, f.third, f.ing, ...f.past, ...f.participle];
};

/**
 * Words before a figure of injuries that make them one person's wounds, not a count of people
 * ("he sustained two gunshot injuries", "a man with multiple injuries", "the victim had two
 * injuries"): the verbs of taking an injury in each form, "have" in each, and "with".
 */
export const ONE_BODYS_INJURIES: ReadonlySet<string> = new Set([
  "with",
  "have",
  "has",
  "had",
  "having",
  ...TAKE_INJURY.filter((v) => !v.includes(" ")).flatMap(formsOf),
]);

/**
 * A death the injuries caused, right before their figure ("died of multiple injuries", "died from
 * three stab wounds", "succumbed to two head injuries"): one body's wounds, no people injured.
 */
export const DEATH_FROM_INJURIES: readonly (readonly string[])[] = [
  ...formsOf("die").flatMap((f) => [
    [f, "of"],
    [f, "from"],
  ]),
  ...formsOf("succumb").map((f) => [f, "to"]),
];

/**
 * Each verb of taking an injury with each kind and noun: "sustain injuries", "suffer serious
 * injuries", "receive gunshot wounds", "sustain burns"; with `kinds` of death ("fatal",
 * "mortal"), a death ("sustained fatal injuries").
 */
function injuryPhrases(kinds: readonly string[], nouns: readonly string[]): string[] {
  return TAKE_INJURY.flatMap((verb) =>
    kinds.flatMap((kind) => nouns.map((noun) => [verb, kind, noun].filter(Boolean).join(" "))),
  );
}

/** Base entries composed from parts: taking an injury ("suffer gunshot wounds"), and its fatal kinds. */
const TAKEN_INJURIES = injuryPhrases(INJURY_KINDS, INJURY_NOUNS);
const FATAL_INJURIES = injuryPhrases(["fatal", "mortal"], ["injuries", "wounds"]);
export const COMPOSED_LEMMAS: ReadonlySet<string> = new Set([...TAKEN_INJURIES, ...FATAL_INJURIES]);

/**
 * Verbs of taking people away, abduction when the people are taken from where they were ("gunmen
 * carried away 10 villagers"), transport when the people are casualties already ("the 23 wounded
 * were carried away to a clinic"): emit-counts keeps a casualty noun's own outcome under them.
 */
export const REMOVALS: readonly string[] = ["take away", "carry away", "whisk away"];

/** Base entries by outcome and class. */
export const OUTCOME_LEMMAS: Record<Outcome, Entries> = {
  killed: {
    transitive: [
      "kill",
      "murder",
      "execute",
      "behead",
      "decapitate",
      "assassinate",
      "lynch",
      "slaughter",
      "massacre",
      "martyr",
      "eliminate",
      "neutralise",
      "neutralize",
      "slay",
      "hang",
      "shoot dead",
      "shoot to death",
      "shoot and kill",
      "gun down",
      "hack to death",
      "burn to death",
      "burn alive",
      "stab to death",
      "beat to death",
      "torture to death",
      "flog to death",
      "stone to death",
      "crush to death",
      "club to death",
      "bludgeon to death",
      "slit the throat of",
      "slit the throats of",
      "cut the throat of",
      "cut the throats of",
      "fatally shoot",
      "fatally stab",
      "fatally wound",
      "fatally injure",
      "mortally wound",
      "claim the lives of",
      "take the lives of",
      "cost the lives of",
      // one person's: "the clashes took the life of one herder", "claimed the life of a soldier"
      "claim the life of",
      "take the life of",
      "cost the life of",
      "send to hell",
    ],
    intransitive: [
      "die",
      "perish",
      "succumb",
      "succumb to injuries",
      "succumb to one's injuries",
      "lose one's life",
      "lay down one's life",
      "embrace martyrdom",
      "attain martyrdom",
      "embrace shahadat",
      "pay the supreme sacrifice",
      "pay the ultimate price",
      "make the ultimate sacrifice",
      "blow oneself up",
      "drown",
      ...FATAL_INJURIES,
    ],
    participle: [
      "find dead",
      "find killed",
      "find murdered",
      "discover dead",
      "discover murdered",
      "recover dead",
      "confirm dead",
      // a death declared by a doctor or the police ("two victims were pronounced dead at the scene")
      "pronounce dead",
      "declare dead",
      "fear dead",
      "blow up",
      "set ablaze",
      "set alight",
    ],
    noun: [
      "killing",
      "death",
      "murder",
      "massacre",
      "execution",
      "assassination",
      "beheading",
      "lynching",
      "martyrdom",
    ],
    lives: ["claim", "take", "cost"],
  },
  injured: {
    transitive: [
      "injure",
      "wound",
      "hurt",
      "maim",
      "harm",
      "critically injure",
      "seriously injure",
      "shoot and wound",
      "shoot and injure",
      "hospitalise",
      "hospitalize",
      // Bodily harm done to people held or seized ("the hostages were tortured and released",
      // "fighters flogged two villagers", "all four captives were beaten"): harm that leaves them
      // alive is an injury (GTD counts them in `nwound`); "… to death" is a killing above. A death
      // told with its cause after it ("a polling agent died after he was beaten") stays a death:
      // outcome-after.ts reads "after he was …" as a clause of its own.
      "torture",
      "flog",
      "whip",
      "beat",
    ],
    intransitive: TAKEN_INJURIES,
    participle: [
      "leave wounded",
      "leave injured",
      "admit to hospital",
      "admit to the hospital",
      // rushed to hospital as casualties ("nine people were rushed to hospital with gunshot
      // wounds"); bodies so taken stay dead (emit-counts). Not "taken to hospital": freed hostages
      // are taken there for checks.
      "rush to hospital",
      "rush to the hospital",
      "rush to a hospital",
    ],
    noun: ["injuring", "wounding"],
  },
  abducted: {
    // (A removal is transitive: "gunmen took away 30 villagers" as "30 villagers were taken away".)
    transitive: ["abduct", "kidnap", "seize", "capture", ...REMOVALS],
    // ("took 30 villagers into the bush": the abductors' hideout in reports of the Sahel, Lake Chad
    // and Cabo Delgado.)
    participle: [
      "hijack",
      "take hostage",
      "take captive",
      "take prisoner",
      "hold hostage",
      "take into captivity",
      "take into the bush",
    ],
    noun: ["abduction", "kidnapping"],
  },
  held: {
    participle: ["hold captive"],
  },
  released: {
    transitive: ["release", "free", "rescue", "liberate", "recover", "set free", "secure the release of"],
    intransitive: ["escape", "manage to escape", "return safely", "regain freedom", "regain one's freedom"],
    noun: ["release", "rescue"],
  },
  missing: {
    intransitive: ["disappear", "go missing"],
    // "the disappearance of 43 students": the nominal of "disappear", as "the abduction of"
    noun: ["disappearance"],
  },
  arrested: {
    transitive: ["arrest", "detain", "apprehend", "nab", "round up", "pick up", "recapture"],
    intransitive: ["surrender"],
    participle: ["take into custody", "hold in custody"],
    noun: ["arrest", "detention"],
  },
  present: {
    transitive: ["deploy", "storm"],
    intransitive: ["attend", "participate", "gather", "take part"],
    participle: ["draft", "involve"],
  },
};

/**
 * Complements that say what the act left its object (dead, alive when burned, a prisoner) or where
 * it took it (away, into captivity): a lemma "VERB COMPLEMENT" ("burn alive", "take prisoner", "take
 * away") also stands split around its object, "burned 20 villagers alive", "took 45 soldiers
 * prisoner", "shot two men dead", "took 30 villagers away" (outcomes.ts SPLIT_PHRASES).
 */
export const RESULTATIVE_COMPLEMENTS: readonly string[] = [
  "away",
  "into captivity",
  "into the bush",
  "into custody",
  "dead",
  "alive",
  "to death",
  "hostage",
  "captive",
  "prisoner",
  "free",
];

/**
 * Adverbs of gravity that make a verb of bodily harm an injury: "were slightly cut", "badly burned"
 * (alone the verb says too little: "the cable was cut", "houses were burned").
 */
const HARM_GRAVITY: readonly string[] = ["slightly", "lightly", "badly", "severely"];
const HARM_PARTICIPLES: readonly string[] = [
  "cut",
  "burned",
  "burnt",
  "bruised",
  "beaten",
  "grazed",
  "scratched",
];
const GRAVE_HARMS = HARM_GRAVITY.flatMap((a) => HARM_PARTICIPLES.map((v) => `${a} ${v}`));

/**
 * Phrases that are no inflection of a lemma, as written: [phrase, after the people, before them].
 * Copulas and prepositions ("were on", "aboard"), states ("in custody", "still missing") and
 * set expressions ("were lost", "bodies of").
 */
export const FIXED_PHRASES: Record<Outcome, ReadonlyArray<readonly [string, boolean, boolean]>> = {
  killed: [
    ["dead", true, false],
    ["to death", true, false],
    ["were lost", true, false],
    ["lost lives", true, false],
    ["were fatalities", true, false],
    // "eight soldiers had fallen as martyrs"
    ["fell as martyrs", true, false],
    ["fallen as martyrs", true, false],
    ["fell as martyr", true, false],
    ["fallen as martyr", true, false],
    ["lost", false, true],
    ["losing", false, true],
    ["bodies of", false, true],
    ["body of", false, true],
    ["corpse of", false, true],
    ["corpses of", false, true],
    ["remains of", false, true],
  ],
  injured: [
    ["injuries to", false, true],
    ...GRAVE_HARMS.map((p) => [p, true, false] as const),
    ...HEALTH_STATE_PHRASES.map((p) => [p, true, false] as const),
    ["being treated", true, false],
    ["were treated", true, false],
    ["receiving treatment", true, false],
  ],
  abducted: [],
  held: [
    ["remain in custody", true, false],
    ["remain under custody", true, false],
    ["remain hostage", true, false],
    ["remain captive", true, false],
    ["remain in captivity", true, false],
    ["remained in captivity", true, false],
    ["remained hostage", true, false],
    ["still held", true, false],
    ["still being held", true, false],
    ["being held", true, false],
    ["are held", true, false],
    ["remain", true, false],
    ["still in captivity", true, false],
    ["in captivity", true, false],
    // "112 of our people are in their hands"
    ["in their hands", true, false],
    ["in the hands of", true, false],
    ["holding", false, true],
    ["still holding", false, true],
    ["is holding", false, true],
  ],
  released: [],
  missing: [
    ["missing", true, false],
    ["unaccounted for", true, false],
    ["remain missing", true, false],
    ["still missing", true, false],
    ["remained missing", true, false],
    ["remain unaccounted for", true, false],
    ["remained unaccounted for", true, false],
    ["remains unaccounted for", true, false],
    ["still unaccounted for", true, false],
    ["remains missing", true, false],
    // "rescuers were still looking for at least five people": a search still on for them
    ["still looking for", false, true],
    ["still searching for", false, true],
    ["still search for", false, true],
    // "three others were still being searched for": a search still on for them, told in the passive
    ["being searched for", true, false],
    ["being sought", true, false],
    ["being looked for", true, false],
  ],
  arrested: [["in custody", true, false]],
  present: [
    ["aboard", true, false],
    ["were on", true, false],
    ["had been on", true, false],
    ["was on", true, false],
    ["on board", true, false],
    ["onboard", true, false],
    ["carrying", false, true],
    ["were travelling", true, false],
    ["were traveling", true, false],
    ["were present", true, false],
  ],
};
