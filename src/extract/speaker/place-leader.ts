// A place's leader named by a possessive, with the person's name in apposition ("Dagestan's head,
// Sergei Melikov", "Chechnya's leader, Ramzan Kadyrov", "Kherson's governor Oleksandr Prokudin"):
// the head of a region's or a state's government, `government` as the codebook types a governor
// or a provincial government (§1 `claimant.type`), where the owner's name says no kind of its own
// ("Hamas's leader" is the armed group's, "the army's chief" the forces': typed by their words).
import { startsUpper } from "../letters.js";

/** Nouns of the one who heads a place's government, after its possessive ("Dagestan's head"). */
const LEADER_NOUNS: ReadonlySet<string> = new Set("head leader chief governor ruler premier".split(" "));

/**
 * Whether a mention (lower-case `norms`, as written `texts`) is a place's leader by a possessive
 * and a name: one or two capitalised words ending in "'s", a leader's noun, then (after an optional
 * comma) a capitalised name of two words or more. `typed` says whether the owner's words have a
 * type of their own (a party's or a body's name), which then decides instead.
 */
export function isPlaceLeader(
  norms: readonly string[],
  texts: readonly string[],
  typed: (owner: readonly string[]) => boolean,
): boolean {
  const own = norms.findIndex((w) => w.endsWith("'s"));
  if (own < 0 || own > 1) return false;
  const owner = norms.slice(0, own + 1);
  if (!texts.slice(0, own + 1).every(startsUpper) || !LEADER_NOUNS.has(norms[own + 1] ?? "")) return false;
  const name = texts.slice(norms[own + 2] === "," ? own + 3 : own + 2);
  if (name.length < 2 || !name.every(startsUpper)) return false;
  return !typed(owner.map((w) => w.replace(/'s$/, "")));
}
