// A verb of falling as a death (codebook §1 `outcome`: killed), read by outcome/parsers/fallen.ts:
// "Around fifty of our men fell", "12 soldiers have fallen in combat". The verb alone says too little
// ("fell from the roof", "fell ill", "fell back"): it is a death only where its clause ends after it
// or a phrase of battle follows.

/** The forms of "fall" after their people; "fallen" only after an auxiliary ("have fallen"). */
export const FALLING_FORMS: readonly string[] = ["fell", "fallen"];

/** Words between the people and the verb ("have", "also", "all"). */
export const FALLING_FILLERS: ReadonlySet<string> = new Set(
  "have has had also all both now reportedly".split(" "),
);

/** Marks that end the verb's clause right after it ("fell,", "fell.", 'fell,"'). */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  '"',
  "”",
  "’",
  ")",
  "—",
  "–",
]);

/** Nouns of battle after "in" that make the fall a death ("fell in combat", "fallen in the fighting"). */
export const BATTLE_NOUNS: ReadonlySet<string> = new Set(
  "battle battles combat action fighting clashes clash attack attacks assault defence defense line duty".split(
    " ",
  ),
);
