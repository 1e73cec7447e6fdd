// A role named with no body ("a commander", "a local commander", "the spokesman") speaks for a
// party the report gives, not for the state by its noun alone: its own people in the words it
// speaks ("12 of his fighters died", "our soldiers held the line") say which side it is on; failing
// those, the party that spoke or was named last (speaker/entities.ts).
import type { ClaimantType } from "../../core/model.js";
import { PARTY_ROLES, ROLE_ADJECTIVES } from "../lexicon/claimants.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";
import { typeOf } from "./claimant-type.js";

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
  if (!/^(lost|lose)$/.test(tokens[k]!.norm)) return false;
  const j = /^(have|had|has)$/.test(tokens[k - 1]?.norm ?? "") ? k - 2 : k - 1;
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
