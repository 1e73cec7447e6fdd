// Suicide bombers die by their act: "A suicide bomber detonated", "two bombers blew themselves up".
import { PASSIVE_FILLERS } from "../../lexicon/outcomes.js";
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
    let k = c.end;
    while (k < tokens.length && PASSIVE_FILLERS.has(tokens[k]!.norm)) k++;
    if (/^(detonated|exploded|struck|blew)$/.test(tokens[k]?.norm ?? ""))
      set(c, "killed", { first: k, last: k + 1 }, "implied");
  }
};
