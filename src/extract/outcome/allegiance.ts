// A body described by its allegiance to a named party is an armed party's: "members of a
// pro-Islamic State group", "fighters of an al-Qaeda-linked faction", "a Wagner-backed militia".
// Its people are militants, though "group" or "faction" alone names no side ("a rights group").
import type { Token } from "../tokens.js";
import { startsUpper } from "../letters.js";

/** Nouns of a body that an allegiance makes an armed party's. */
const BODY_NOUNS = /^(group|groups|faction|factions|cell|cells|outfit|outfits|network|networks|unit|units)$/;
/** Second parts of a compound that tells allegiance ("al-Qaeda-linked", "IS-affiliated"). */
const ALLEGIANCE_PARTS = /^(linked|affiliated|allied|aligned|backed|inspired|loyal|leaning)$/;

/**
 * Whether tokens[k] is a body noun whose modifiers, from tokens[from], tell allegiance to a named
 * party: "pro-" before a capitalised name, or a capitalised name compounded with "-linked" etc.
 */
export function isAllegiantBody(tokens: readonly Token[], from: number, k: number): boolean {
  if (!BODY_NOUNS.test(tokens[k]?.norm ?? "")) return false;
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    if (t.norm === "pro" && tokens[j + 1]?.norm === "-" && startsUpper(tokens[j + 2]?.text ?? ""))
      return true;
    if (
      t.norm === "-" &&
      ALLEGIANCE_PARTS.test(tokens[j + 1]?.norm ?? "") &&
      startsUpper(tokens[j - 1]?.text ?? "")
    )
      return true;
  }
  return false;
}

/** A hyphen at h glued to the words on both sides. */
const gluedHyphen = (tokens: readonly Token[], h: number): boolean =>
  tokens[h]?.norm === "-" &&
  tokens[h - 1]?.end === tokens[h]!.start &&
  tokens[h + 1]?.start === tokens[h]!.end;

/**
 * Whether tokens[k] is the named side of a hyphened compound of allegiance ("pro-government",
 * "government-allied", "army-backed"): the side a body serves, not the body's own, so its word
 * does not type the body's members ("members of a pro-government militia" are the militia's).
 */
export function inAllegianceCompound(tokens: readonly Token[], k: number): boolean {
  if (gluedHyphen(tokens, k - 1) && tokens[k - 2]?.norm === "pro") return true;
  return gluedHyphen(tokens, k + 1) && ALLEGIANCE_PARTS.test(tokens[k + 2]?.norm ?? "");
}
