// A role named with no body ("a commander", "a local commander", "the spokesman") speaks for a
// party the report gives, not for the state by its noun alone: its own people in the words it
// speaks ("12 of his fighters died", "our soldiers held the line") say which side it is on; failing
// those, the party that spoke or was named last (speaker/entities.ts).
import type { ClaimantType } from "../../core/model.js";
import { ATTACKERS_BY_ACT, PARTY_ROLES, ROLE_ADJECTIVES } from "../lexicon/claimants.js";
import { GROUP_OF_COMPOUND, GROUP_OF_MODIFIER, GROUP_OF_NOUN } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";
import { typeOf } from "./claimant-type.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const LOST_LOSE: ReadonlySet<string> = new Set(["lost", "lose"]);
const HAVE_HAD_HAS: ReadonlySet<string> = new Set(["have", "had", "has"]);

const DETERMINER = /^(the|a|an|one|another)$/;
const POSSESSIVE = /^(his|her|our|my)$/;

/**
 * Whether a mention is a party's role and nothing else: "a local commander", "the spokesman", "a
 * commander reached by telephone", "a commander in the area" (what follows the role names no body).
 */
export function isBareRole(norms: readonly string[]): boolean {
  let k = 0;
  while (k < norms.length && (DETERMINER.test(norms[k]!) || ROLE_ADJECTIVES.has(norms[k]!))) k++;
  if (!PARTY_ROLES.has(norms[k] ?? "")) return false;
  const rest = norms.slice(k + 1).filter((w) => w !== ",");
  return rest.length === 0 || typeOf(rest) === null;
}

/** "we lost", "we have lost": the first person plural's own losses follow `tokens[k]`. */
function weLose(tokens: readonly Token[], k: number): boolean {
  if (!LOST_LOSE.has(tokens[k]!.norm)) return false;
  const j = HAVE_HAD_HAS.has(tokens[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  return tokens[j]?.norm === "we";
}

/**
 * The side whose people a sentence counts as someone's own ("12 of his fighters", "our troops",
 * "my soldiers", "we lost 22 fighters"): an armed group's by a noun of its fighters, the state's by one of its forces;
 * null when it names none, or both.
 */
export function ownSideIn(tokens: readonly Token[]): ClaimantType | null {
  let side: ClaimantType | null = null;
  for (let k = 0; k < tokens.length - 1; k++) {
    // "his fighters", "our brave soldiers": the noun within two words of the possessive; "we lost
    // 22 fighters": within four words of the first person's loss.
    const reach = POSSESSIVE.test(tokens[k]!.norm) ? 2 : weLose(tokens, k) ? 4 : 0;
    for (let j = k + 1; j <= k + reach && j < tokens.length; j++) {
      const group = GROUP_OF_NOUN.get(tokens[j]!.norm);
      if (!group) continue;
      const found: ClaimantType | null =
        group === "militants" ? "armed_group" : group === "security_forces" ? "state_military" : null;
      if (found && side && found !== side) return null;
      side = found ?? side;
      break;
    }
  }
  return side;
}

/** The armed side a group noun names: an armed group's people or the state's forces. */
function sideOf(group: string | undefined): ClaimantType | null {
  return group === "militants" ? "armed_group" : group === "security_forces" ? "state_military" : null;
}

/**
 * The armed side of the first people noun in tokens[from, to) that names one, outside quotations
 * (a quote's words are the speaker's, who names its foes there): "Fighters", "militia members",
 * "armed men" (a modifier of a side before a person noun, else a compound, else the noun); not
 * attackers named by their act ("gunmen", `ATTACKERS_BY_ACT`).
 */
function firstSide(tokens: readonly Token[], from: number, to: number): ClaimantType | null {
  let quoted = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.norm === '"' || t.norm === "“" || t.norm === "”")
      quoted = t.norm === "“" || (t.norm === '"' && !quoted);
    if (quoted || t.kind !== "word" || ATTACKERS_BY_ACT.has(t.norm)) continue;
    const next = tokens[k + 1]?.norm ?? "";
    const two =
      k + 1 < to
        ? (sideOf(GROUP_OF_COMPOUND.get(`${t.norm} ${next}`)) ??
          (GROUP_OF_NOUN.has(next) ? sideOf(GROUP_OF_MODIFIER.get(t.norm)) : null))
        : null;
    const side = two ?? sideOf(GROUP_OF_NOUN.get(t.norm));
    if (side) return side;
  }
  return null;
}

/**
 * A bare role with no party named or heard before it ("Fighters stormed the village at dawn. A
 * commander told AFP …"): the side of the people the report names as acting, the first armed
 * people's noun (the actor a report names first) of the words before the role in its sentence,
 * else of the nearest earlier sentence of the paragraph that names one, at most `reach` back.
 */
export function sideNamedBefore(
  sentences: ReadonlyArray<{ paragraph: number; tokens: readonly Token[] }>,
  at: number,
  roleStart: number,
  reach = 3,
): ClaimantType | null {
  const here = sentences[at]!;
  const before = here.tokens.findIndex((t) => t.start >= roleStart);
  const own = firstSide(here.tokens, 0, before < 0 ? here.tokens.length : before);
  if (own) return own;
  for (let i = at - 1; i >= 0 && i >= at - reach && sentences[i]!.paragraph >= here.paragraph - 1; i--) {
    const side = firstSide(sentences[i]!.tokens, 0, sentences[i]!.tokens.length);
    if (side) return side;
  }
  return null;
}
