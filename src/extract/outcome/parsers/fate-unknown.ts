// People whose fate is not known: "the fate of more than 70 people was unknown", "the fate of the 12
// crew members remains unclear" — missing (codebook §1 `missing`), the figure's outcome told by
// the noun "fate" before it and the state after its people.
import type { Triggers } from "../triggers.js";
import { set } from "../candidate.js";
import type { CountParser } from "./parser.js";

export const fateUnknownTriggers: Triggers = { words: ["fate", "fates", "whereabouts"] };

/** The copula between the people and their state ("was", "remains", "is still"). */
const COPULAS = /^(is|was|are|were|remains|remained|remain|still)$/;
/** The state of not being known. */
const UNKNOWN = /^(unknown|unclear)$/;

export const fateUnknown: CountParser = (tokens, c) => {
  const of = c.q.first - 1;
  const det = tokens[of]?.norm === "the" ? of - 1 : of;
  if (tokens[det]?.norm !== "of" || !/^(fate|fates|whereabouts)$/.test(tokens[det - 1]?.norm ?? ""))
    return false;
  let k = c.end;
  while (k < c.end + 3 && COPULAS.test(tokens[k]?.norm ?? "")) k++;
  const notKnown = tokens[k]?.norm === "not" && tokens[k + 1]?.norm === "known";
  if (k === c.end || !(UNKNOWN.test(tokens[k]?.norm ?? "") || notKnown)) return false;
  set(c, "missing", { first: det - 1, last: det + 1 }, "before");
  return true;
};
