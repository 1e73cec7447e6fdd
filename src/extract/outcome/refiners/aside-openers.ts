// "In addition to the bomber, 16 people were killed": the aside shares the clause's outcome.
import { matchWords } from "../../quantity/find-quantities.js";
import { inherit } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";

const ASIDE_OPENERS = [
  ["in", "addition", "to"],
  ["aside", "from"],
  ["apart", "from"],
  ["besides"],
  ["along", "with"],
];

export const asideOpeners: CountRefiner = (tokens, cands) => {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const opens = ASIDE_OPENERS.some(
      (w) => matchWords(tokens, c.q.first - w.length, w) || matchWords(tokens, c.q.first - w.length - 1, w),
    );
    if (c.outcome || !opens) continue;
    const next = cands.slice(i + 1).find((o) => o.outcome);
    if (next) inherit(c, next);
  }
};
