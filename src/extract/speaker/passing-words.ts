// Which readers of the names a sentence gives in passing (attribute.ts registerNamedInPassing,
// descriptions.ts describedNames) a sentence calls for. Each of them reads something only at a
// token of its own words: a title ("Col. Hassan Bello, …"), a role noun before a name ("police
// spokesman Ali Raza"), "is"/"was" ("Okello is the district commissioner"), "who" ("Okello, who
// heads …"), "claimed" ("…, which claimed responsibility"), "told" ("told Daily Trust"), a bracket
// ("Baloch Liberation Army (BLA)"), a comma ("Willem Drost, chief of …"), a verb of naming ("a
// militia known as …"), "speaking"/"behalf" ("Speaking for the Red Cross, X said"), an armed
// party's members' noun ("Fighters of the Kivu Patriots"). One pass over a sentence's words gives
// the readers to run; most sentences call for two or three of the eleven.
// passing-words.test.ts checks each reader against its words over the project's texts.
import { ARMED_MEMBER_NOUNS, NAMING_WORDS, ROLE_NOUNS } from "../lexicon/claimants.js";
import { TITLES } from "../lexicon/titles.js";
import type { Token } from "../tokens.js";

export const TITLED = 1;
export const ROLES = 2;
export const COPULA = 4;
export const RELATIVE = 8;
export const CLAIM = 16;
export const TOLD = 32;
export const ACRONYM = 64;
export const APPOSITION = 128;
export const NAMED_AS = 256;
export const SPOKEN_FOR = 512;
export const MEMBERS = 1024;
/** Every reader: the reading the gate must equal. */
export const EVERY_READER = 2047;

/** Each word that a reader opens at, with the bits of the readers it opens. */
const READERS_OF_WORD = new Map<string, number>();
const opens = (words: Iterable<string>, bit: number) => {
  for (const w of words) READERS_OF_WORD.set(w, (READERS_OF_WORD.get(w) ?? 0) | bit);
};
opens(TITLES, TITLED);
opens(ROLE_NOUNS, ROLES);
opens(["is", "was"], COPULA);
opens(["who"], RELATIVE);
opens(["claimed"], CLAIM);
opens(["told"], TOLD);
opens(["("], ACRONYM);
opens([","], APPOSITION);
opens(NAMING_WORDS, NAMED_AS);
opens(["speaking", "behalf"], SPOKEN_FOR);
opens(ARMED_MEMBER_NOUNS, MEMBERS);

/** The bits of the readers whose words the sentence holds. */
export function readersOf(tk: readonly Token[]): number {
  let bits = 0;
  for (let k = 0; k < tk.length; k++) bits |= READERS_OF_WORD.get(tk[k]!.norm) ?? 0;
  return bits;
}
