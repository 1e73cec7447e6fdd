// A person counted by a personal pronoun ("He was later shot dead by police", "police killed
// him"): the person the article named last before it. Where that is an attacker ("A gunman opened
// fire … He was later shot dead"), the death is a perpetrator's (militants; GTD's nkillter), not
// a victim's. A pronoun subject ("he was killed") counts only then: a victim named before is
// counted where named, and "he" would count the same person twice. An object pronoun ("killed
// him") keeps the people it was read as when the person before is no attacker.
import type { Claim, Group } from "../../core/model.js";
import { ATTACKER_AFTER, ATTACKER_LINKS } from "../lexicon/attackers.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { isSingularPerson } from "../outcome/singulars.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import type { Token } from "../tokens.js";

const SUBJECT = new Set(["he", "she"]);
const OBJECT = new Set(["him", "her"]);

/** How far back (in sentences) a pronoun's person is looked for. */
const REACH = 3;

/** The pronoun a count is, if it is one: its word alone, with no noun. */
export function pronounOf(
  tokens: readonly Token[],
  first: number,
  last: number,
): "subject" | "object" | null {
  if (last - first !== 1) return null;
  const w = tokens[first]!.norm;
  return SUBJECT.has(w) ? "subject" : OBJECT.has(w) ? "object" : null;
}

/** "a man armed with a rifle", "a man who opened fire": the words after the noun at `k` make it the attacker. */
function describedAttacker(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (ATTACKER_LINKS.has(tokens[j]?.norm ?? "")) j++;
  return ATTACKER_AFTER.some((p) => p.every((w, i) => tokens[j + i]?.norm === w));
}

/**
 * The group of the person a pronoun at offset `at` refers to: that of the nearest singular person
 * noun before it ("a gunman", "the suspect", "a police officer") within the last few sentences,
 * militants where the words after the noun describe an attack ("a man armed with a rifle"), or
 * null where none is found.
 */
export function pronounReferent(sentences: readonly SentenceTokens[], at: number): Group | null {
  const here = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (here < 0) return null;
  for (let i = here; i >= Math.max(0, here - REACH); i--) {
    const { tokens } = sentences[i]!;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.start >= at || !isSingularPerson(t.norm)) continue;
      // A modifier ("suspected militants", "police officer"): the head is the noun after it.
      if (GROUP_OF_NOUN.has(tokens[k + 1]?.norm ?? "")) continue;
      return describedAttacker(tokens, k) ? "militants" : (GROUP_OF_NOUN.get(t.norm) ?? null);
    }
  }
  return null;
}

/**
 * Whether a pronoun's count adds no one: a subject pronoun unless its person is an attacker (the
 * person was counted where named), and an object pronoun hurt where the same sentence has told
 * one death before it ("a shopkeeper died after a mob beat him": the harm is the death's cause).
 */
export function countsNoOne(
  pronoun: "subject" | "object",
  referent: Group | null,
  outcome: Claim["outcome"],
  claims: readonly Claim[],
  sentenceStart: number,
  at: number,
): boolean {
  if (referent === "militants") return false;
  if (pronoun === "subject") return true;
  return outcome === "injured" && claims.some((x) => oneDeathBetween(x, sentenceStart, at));
}

function oneDeathBetween(claim: Claim, start: number, end: number): boolean {
  const at = claim.evidence[0]?.start ?? -1;
  return claim.outcome === "killed" && claim.quantity.value === 1 && at >= start && at < end;
}
