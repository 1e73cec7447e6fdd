// The kinds of means a report's attack used (lexicon/weapons.ts): "gunmen opened fire" → firearm,
// "threw a grenade" → explosive. Every mention counts, as with targets (targets.ts): two reports
// of one event share a kind whenever either names the other's; the link score reads a report
// and an incident that name kinds, none shared, as a sign of two attacks (link-score.ts).
import { WEAPON_NOUNS, WEAPON_PHRASES } from "./lexicon/weapons.js";
import { kindFinder, pluralPhrase } from "./targets.js";

const NOUNS: ReadonlySet<string> = new Set(Object.values(WEAPON_NOUNS).flat());

/** Each kind's phrases and nouns together. */
const WEAPON_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(WEAPON_PHRASES), ...Object.keys(WEAPON_NOUNS)])].map((kind) => [
    kind,
    [...(WEAPON_PHRASES[kind] ?? []), ...(WEAPON_NOUNS[kind] ?? [])],
  ]),
);

/** The kinds of weapon the text names, sorted: a noun in either number, a phrase as written. */
export const weaponKinds = kindFinder(WEAPON_WORDS, (w) => (NOUNS.has(w) ? [w, pluralPhrase(w)] : [w]));
