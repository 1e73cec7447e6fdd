// The means of an attack, by kind: words that name the weapon a report's
// attack used. Two reports of one event name the same means ("gunmen opened fire" / "shot dead");
// two attacks of one day in one city often name different ones ("opened fire on" a man, "threw a
// grenade at" another), one of the things that tell such attacks apart (link-score.ts, "apart").
// Kinds are broad on purpose: a report that words its means differently must still share its kind.
// Words reports use of other things than the attack's means are left out: "shelter", "fire" alone
// (a fire after a blast), "mine" (the pit), "shell" (the company), "rocket" (a rocket's
// price), "attack".
// Nouns are written once, singular (WEAPON_NOUNS; their plurals are derived, weapons.ts); verbs,
// phrases and nouns with no plural in this sense are written as they stand (WEAPON_PHRASES).
export const WEAPON_PHRASES: Readonly<Record<string, readonly string[]>> = {
  firearm: [
    "opened fire",
    "open fire",
    "opening fire",
    "gunfire",
    "shot dead",
    "shot and killed",
    "shot and wounded",
    "gunned down",
  ],
  explosive: ["detonated"],
  incendiary: ["set fire", "set ablaze", "set on fire", "torched", "arson", "burned down", "burnt down"],
  // ("knives": a plural the rules of morphology.ts do not derive.)
  blade: ["knives", "stabbed", "hacked", "beheaded"],
};

/** Nouns of the means, singular: each is read in its plural too ("snipers", "suicide vests"). */
export const WEAPON_NOUNS: Readonly<Record<string, readonly string[]>> = {
  firearm: ["gunman", "gunshot", "rifle", "pistol", "firearm", "bullet", "machine gun", "sniper"],
  explosive: [
    "bomb",
    "bomber",
    "bombing",
    "explosive",
    "explosion",
    "blast",
    "grenade",
    "IED",
    "landmine",
    "land mine",
    "mortar",
    "suicide vest",
  ],
  blade: ["machete", "knife", "stabbing", "beheading", "axe"],
};
