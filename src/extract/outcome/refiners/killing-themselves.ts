// Attackers who die by their own act, told in a participle clause after them: "Both assailants
// detonated, killing themselves and a civilian", "three gunmen fired on the crowd, killing
// themselves and two others". The reflexive is the subject's own death: the subject's figure is
// killed (and, having killed themselves, they are the attackers: emit-counts.ts
// selfKillersAreAttackers), while the people coordinated after the reflexive are counted by the
// verb as its other objects. (One person's "killing herself" is a count of its own already: the
// singular reflexive reads as one person, singulars.ts.)
import type { Token } from "../../tokens.js";
import { set, type Candidate } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountRefiner } from "./refiner.js";

export const killingThemselvesTriggers: Triggers = { words: ["themselves"] };

/** Participles of killing that open the clause ("killing themselves", "killed herself"). */
const KILLING = /^(killing|killed)$/;
/** How far after the subject the clause may open (tokens): its verb and a short object between. */
const REACH = 12;

export const killingThemselves: CountRefiner = (tokens, cands) => {
  // (The sentence's first figure, its subject: "a bomber blew herself up near the Bank of the
  // Capital, killing herself" says nothing of the bank.)
  const c = cands[0];
  if (c && !c.outcome) {
    const k = clauseAfter(tokens, c.end, cands);
    if (k === null) return;
    set(c, "killed", { first: k, last: k + 2 }, "after");
    // "killing themselves and five others": others than the attackers, who lend them no group.
    const others = tokens[k + 2]?.norm === "and" ? cands.find((o) => o.q.first === k + 3) : undefined;
    if (others && others.group === null) others.group = "people";
  }
};

/** The index of "killing" in ", killing themselves" after the subject ending at `end`, or null. */
function clauseAfter(tokens: readonly Token[], end: number, cands: readonly Candidate[]): number | null {
  for (let k = end; k < tokens.length && k <= end + REACH; k++) {
    const w = tokens[k]!.norm;
    if (w === "." || w === ";" || cands.some((o) => o.q.first === k)) return null; // another figure first
    if (w === "," && KILLING.test(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.norm === "themselves")
      return k + 1;
  }
  return null;
}
