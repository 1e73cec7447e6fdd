// A share of the people a verb of harm reached, told by its adverb alone: "Six people were shot,
// one fatally", "Four were stabbed, two of them fatally", "injuring nine, three mortally". The
// adverb stands for the act that killed them (US police releases, German and British wire copy).
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** Adverbs of a wound that killed. */
export const FATAL_ADVERBS: ReadonlySet<string> = new Set(["fatally", "mortally"]);

export const fatallyTriggers: Triggers = { words: [...FATAL_ADVERBS] };

export const fatally: CountParser = (tokens, c) => {
  if (c.q.quantity.hedge === "none") return false;
  // "one fatally", "two of them fatally": the adverb right after the figure (or its "of them").
  let k = c.q.last;
  if (tokens[k]?.norm === "of" && /^(them|whom)$/.test(tokens[k + 1]?.norm ?? "")) k += 2;
  if (!FATAL_ADVERBS.has(tokens[k]?.norm ?? "")) return false;
  // The clause ends there: "one fatally wounded" is the participle's, read by the verb parsers.
  const next = tokens[k + 1];
  if (
    next &&
    next.kind === "word" &&
    !/^(and|but|in|at|on|by|with|while|after|police|officials)$/.test(next.norm)
  )
    return false;
  // ("implied": no verb of its own, so nothing coordinated with it takes the death.)
  set(c, "killed", { first: k, last: k + 1 }, "implied");
  return true;
};
