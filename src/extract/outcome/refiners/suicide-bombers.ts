// Suicide bombers die by their act: "A suicide bomber detonated", "two bombers blew themselves up",
// also past a phrase of how they came: "A suicide bomber on a motorcycle detonated", "a suicide
// bomber wearing an explosive vest blew himself up".
import { BOMBER_MEANS } from "../../lexicon/attackers.js";
import { PASSIVE_FILLERS } from "../../lexicon/outcomes.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import { hasWord } from "../phrases.js";
import type { Triggers } from "../triggers.js";
import type { CountRefiner } from "./refiner.js";

/** The only refiner that decides an outcome of its own; the others pass on one a parser decided. */
export const suicideBombersTriggers: Triggers = { words: ["suicide"] };

export const suicideBombers: CountRefiner = (tokens, cands) => {
  for (const c of cands) {
    if (
      c.outcome ||
      !c.np ||
      !/^bombers?$/.test(c.np.head) ||
      !hasWord(tokens, c.np.first, c.np.last, "suicide")
    )
      continue;
    let k = pastVehicle(tokens, c.end);
    while (k < tokens.length && PASSIVE_FILLERS.has(tokens[k]!.norm)) k++;
    if (DETONATIONS.test(tokens[k]?.norm ?? "")) set(c, "killed", { first: k, last: k + 1 }, "implied");
  }
};

/**
 * Past a short phrase after the bomber that says how it came (`BOMBER_MEANS`: "riding a
 * motorcycle", "on an explosives-laden motorcycle", "in a car"): words and hyphens only, up to the
 * verb; `k` itself where none stands there.
 */
function pastVehicle(tokens: readonly Token[], k: number): number {
  if (!BOMBER_MEANS.has(tokens[k]?.norm ?? "")) return k;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_MEANS; j++) {
    const t = tokens[j]!;
    if (DETONATIONS.test(t.norm)) return j;
    if (t.kind !== "word" && t.norm !== "-") return k;
  }
  return k;
}
const MAX_MEANS = 7;
const DETONATIONS = /^(detonated|exploded|struck|blew)$/;
