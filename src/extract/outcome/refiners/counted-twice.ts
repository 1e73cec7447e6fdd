// A figure counted twice: "the office lowered its toll after two bodies were found to have been
// counted twice", "three of the dead had been double-counted", "six names were duplicates". The
// clause after the figure says its people were recorded twice, the reason a toll was corrected: a
// figure of records, not of people harmed, so no count (codebook §1: a figure about people that is
// not an outcome of the incident is no claim). Word lists: lexicon/corrections.ts.
import {
  COUNTED_TWICE_WORDS,
  COUNTING_VERBS,
  DOUBLE_BEFORE,
  DUPLICATES,
  TWICE_PHRASES,
} from "../../lexicon/corrections.js";
import type { Token } from "../../tokens.js";
import type { Triggers } from "../triggers.js";
import type { CountRefiner } from "./refiner.js";

export const countedTwiceTriggers: Triggers = { words: COUNTED_TWICE_WORDS };

/** How far after the figure's words the clause is read. */
const WINDOW = 12;

export const countedTwice: CountRefiner = (tokens, cands) => {
  for (const c of cands)
    if (c.outcome !== null && saysCountedTwice(tokens, c.end)) {
      c.outcome = null;
      c.trigger = null;
      c.via = null;
    }
};

/** Whether the clause from tokens[from] says its subject was counted twice, before a stop or another figure. */
function saysCountedTwice(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + WINDOW; k++) {
    const w = tokens[k]!.norm;
    if (w === "." || w === ";" || tokens[k]!.kind === "num") return false;
    if (DUPLICATES.has(w)) return true;
    if (!COUNTING_VERBS.has(w)) continue;
    if (
      DOUBLE_BEFORE.has(tokens[k - 1]?.norm ?? "") ||
      (tokens[k - 1]?.norm === "-" && DOUBLE_BEFORE.has(tokens[k - 2]?.norm ?? ""))
    )
      return true;
    if (TWICE_PHRASES.some((p) => p.every((x, i) => tokens[k + 1 + i]?.norm === x))) return true;
  }
  return false;
}
