// A side's losses put at a figure: "put the army's losses at 10 dead", "estimated rebel losses at
// 40", "the militants' casualties at about 30": the figure counts the possessor's people, whatever
// its own noun ("dead") says (codebook §1 `group`: who was counted). "Enemy losses" name no side of
// their own (whose enemy is the speaker's), so they are left as read.
import type { Group } from "../../core/model.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";

/** Nouns of a side's losses before "at" and the figure. */
const LOSS_NOUNS = /^(losses|casualties|dead|death|toll)$/;

/** The group of the side whose losses the figure at qFirst is put at, or null. */
export function possessedLossesGroup(tokens: readonly Token[], qFirst: number): Group | null {
  if (tokens[qFirst - 1]?.norm !== "at") return null;
  let k = qFirst - 2;
  if (!LOSS_NOUNS.test(tokens[k]?.norm ?? "")) return null;
  // ("the army's death toll at 12": the toll's own modifier.)
  if (/^(death|casualty)$/.test(tokens[k - 1]?.norm ?? "")) k--;
  // ("the militants' toll": the apostrophe may stand as a token of its own.)
  const before = tokens[k - 1]?.norm === "'" ? tokens[k - 2] : tokens[k - 1];
  const owner = (before?.norm ?? "").replace(/'s?$/, "");
  if (owner === "enemy") return null;
  const group = GROUP_OF_MODIFIER.get(owner) ?? GROUP_OF_NOUN.get(owner) ?? null;
  return group === "people" ? null : group;
}
