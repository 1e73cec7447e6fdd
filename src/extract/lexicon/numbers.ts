// Number words, vague quantity words and hedge phrases, as data. The tables read by a token's word
// are maps: a plain object would answer for "constructor" or "__proto__" too.

export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["dozen", 12],
  ["single", 1],
  ["lone", 1],
  ["both", 2],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1_000_000],
]);

/**
 * Vague quantity words: the codebook's minimum (§1c) and ACLED's coding of the same word
 * (ACLED codebook: "several", "many" → 10, "dozens" → 12, "hundreds" → 100, "tens" → 10).
 * `plural` words take "of" before their noun ("dozens of people").
 */
export const VAGUE: ReadonlyMap<string, { min: number; acled: number }> = new Map([
  ["several", { min: 3, acled: 10 }],
  ["many", { min: 3, acled: 10 }],
  ["numerous", { min: 3, acled: 10 }],
  ["multiple", { min: 2, acled: 10 }],
  ["scores", { min: 40, acled: 12 }],
  ["dozens", { min: 24, acled: 12 }],
  ["tens", { min: 20, acled: 10 }],
  ["hundreds", { min: 200, acled: 100 }],
  ["thousands", { min: 2000, acled: 1000 }],
  ["few", { min: 2, acled: 3 }],
  ["some", { min: 2, acled: 3 }],
]);

/** Vague phrases of several words, matched before single words. */
export const VAGUE_PHRASES: ReadonlyArray<{ words: string[]; min: number; acled: number }> = [
  { words: ["a", "number", "of"], min: 2, acled: 3 },
  { words: ["a", "few"], min: 2, acled: 3 },
  { words: ["a", "handful", "of"], min: 2, acled: 3 },
  // A count said to be unknown: no number at all (GTD leaves it unknown), which ACLED codes as 10.
  { words: ["an", "unknown", "number", "of"], min: 0, acled: 10 },
  { words: ["an", "unspecified", "number", "of"], min: 0, acled: 10 },
  { words: ["an", "unidentified", "number", "of"], min: 0, acled: 10 },
  { words: ["an", "undetermined", "number", "of"], min: 0, acled: 10 },
  { words: ["an", "undisclosed", "number", "of"], min: 0, acled: 10 },
  { words: ["unspecified"], min: 0, acled: 10 },
  { words: ["scores", "of"], min: 40, acled: 12 },
  { words: ["dozens", "of"], min: 24, acled: 12 },
  { words: ["hundreds", "of"], min: 200, acled: 100 },
  { words: ["thousands", "of"], min: 2000, acled: 1000 },
];

export type HedgeWord = "more_than" | "at_least" | "fewer_than" | "at_most" | "about";

/** Words before a number that hedge it, longest first within each hedge. */
export const HEDGES_BEFORE: ReadonlyArray<{ words: string[]; hedge: HedgeWord }> = [
  { words: ["more", "than"], hedge: "more_than" },
  { words: ["over"], hedge: "more_than" },
  { words: ["upwards", "of"], hedge: "more_than" },
  { words: ["in", "excess", "of"], hedge: "more_than" },
  { words: ["above"], hedge: "more_than" },
  { words: ["at", "least"], hedge: "at_least" },
  { words: ["a", "minimum", "of"], hedge: "at_least" },
  { words: ["no", "fewer", "than"], hedge: "at_least" },
  { words: ["no", "less", "than"], hedge: "at_least" },
  { words: ["not", "less", "than"], hedge: "at_least" },
  { words: ["fewer", "than"], hedge: "fewer_than" },
  { words: ["less", "than"], hedge: "fewer_than" },
  { words: ["under"], hedge: "fewer_than" },
  { words: ["up", "to"], hedge: "at_most" },
  { words: ["as", "many", "as"], hedge: "at_most" },
  { words: ["at", "most"], hedge: "at_most" },
  { words: ["a", "maximum", "of"], hedge: "at_most" },
  { words: ["nearly"], hedge: "about" },
  { words: ["almost"], hedge: "about" },
  { words: ["close", "to"], hedge: "about" },
  { words: ["about"], hedge: "about" },
  { words: ["around"], hedge: "about" },
  { words: ["approximately"], hedge: "about" },
  { words: ["approx"], hedge: "about" },
  { words: ["roughly"], hedge: "about" },
  { words: ["some"], hedge: "about" },
  { words: ["an", "estimated"], hedge: "about" },
  { words: ["estimated"], hedge: "about" },
  { words: ["circa"], hedge: "about" },
  { words: ["nearly", "all"], hedge: "about" },
];

/** Words after a number that hedge it ("40 or more", "20-odd"). */
export const HEDGES_AFTER: ReadonlyArray<{ words: string[]; hedge: HedgeWord }> = [
  { words: ["or", "more"], hedge: "at_least" },
  { words: ["-", "plus"], hedge: "more_than" },
  { words: ["plus"], hedge: "more_than" },
  { words: ["-", "odd"], hedge: "about" },
  { words: ["odd"], hedge: "about" },
  { words: ["or", "so"], hedge: "about" },
];

/**
 * Nouns of a group of a known size: "a pair of policemen", "a trio of gunmen", "a couple was
 * killed" (only "couple" stands alone after "a"), "the pair were arrested", "the trio died".
 */
export const SMALL_GROUP_NOUNS: ReadonlyMap<string, number> = new Map([
  ["pair", 2],
  ["couple", 2],
  ["duo", 2],
  ["trio", 3],
]);
/** After "the pair", "the trio": what shows the noun is the subject of its clause, not a modifier. */
export const SMALL_GROUP_NEXT: ReadonlySet<string> = new Set(
  "were was are is had have has who , also both later reportedly then died".split(" "),
);

/**
 * Ordinals that name one more person of those just counted, standing alone after "a"/"the": "two
 * soldiers died and a third was wounded", "a second victim died in hospital" reads its noun.
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  "second third fourth fifth sixth seventh eighth ninth tenth".split(" ").map((w, i) => [w, i + 2]),
);

/**
 * Nouns that make an ordinal before them part of a modifier, no count of people: "a third year
 * student", "a second lieutenant", "a second cousin", "a first-time voter".
 */
export const ORDINAL_COMPOUNDS: ReadonlySet<string> = new Set(
  "year generation lieutenant class grade degree term time round wave day week month cousin wife husband".split(
    " ",
  ),
);

/**
 * Collective nouns of people whose size follows "of" ("a family of five", "its crew of 11", "the
 * household of six"): the members, counted by the number after it, where the phrase is itself
 * the people a clause tells of.
 */
export const HEADCOUNT_NOUNS: ReadonlySet<string> = new Set(["family", "crew", "household"]);

/**
 * Words before such a phrase that make it a modifier of another noun, a headcount and no count of
 * casualties ("a man from a family of five was killed", "the father of a family of six").
 */
export const HEADCOUNT_MODIFIED_AFTER: ReadonlySet<string> = new Set(["of", "from", "for"]);
