// A death told by a verb of mourning before its object: "the movement mourned one of its members",
// "villagers are mourning 12 fishermen" (killed). Only the active verb before a figure of people:
// "thousands mourned" counts the mourners, "mourned for three days" no one. The verbs are data in
// lexicon/care.ts.
import { MOURNING_FORMS } from "../../lexicon/care.js";
import { ACTIVE_FILLERS } from "../../lexicon/outcomes.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** A verb of mourning. */
export const mournedTriggers: Triggers = { words: [...MOURNING_FORMS] };

export const mourned: CountParser = (tokens, c) => {
  if (!c.np) return false;
  let k = c.q.first - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  if (k < 0 || !MOURNING_FORMS.has(tokens[k]!.norm)) return false;
  // ("were mourned": a passive verb before the figure has no object there.)
  if (/^(were|was|been|be|being|is|are)$/.test(tokens[k - 1]?.norm ?? "") && !tokens[k]!.norm.endsWith("ing"))
    return false;
  set(c, "killed", { first: k, last: k + 1 }, "before");
  return true;
};
