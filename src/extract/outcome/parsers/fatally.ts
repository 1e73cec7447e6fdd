// A share of the people a verb of harm reached, told by its adverb alone: "Six people were shot,
// one fatally", "Four were stabbed, two of them fatally", "injuring nine, three mortally". The
// adverb stands for the act that killed them (US police releases, German and British wire copy).
import { set } from "../candidate.js";
import { speaksAfter } from "../phrases.js";
import { DATE_ADVERBS, LAST_MODIFIERS, WEEKDAYS } from "../../time/lexicon.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** Adverbs of a wound that killed. */
export const FATAL_ADVERBS: ReadonlySet<string> = new Set(["fatally", "mortally"]);

/** Words that open a clause or an adjunct after "one fatally" ("and", "in the head", "while"). */
const CLAUSE_OPENERS = /^(and|but|in|at|on|by|with|while|after|during|when|before)$/;

/** Words that open an adjunct of time ("early Sunday", "last night", "yesterday"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...DATE_ADVERBS,
  ...LAST_MODIFIERS,
  "early",
  "late",
  "overnight",
]);

export const fatallyTriggers: Triggers = { words: [...FATAL_ADVERBS] };

export const fatally: CountParser = (tokens, c) => {
  if (c.q.quantity.hedge === "none") return false;
  // "one fatally", "two of them fatally": the adverb right after the figure (or its "of them").
  let k = c.q.last;
  if (tokens[k]?.norm === "of" && /^(them|whom)$/.test(tokens[k + 1]?.norm ?? "")) k += 2;
  if (!FATAL_ADVERBS.has(tokens[k]?.norm ?? "")) return false;
  // The clause ends there: "one fatally wounded" is the participle's, read by the verb parsers;
  // the words after it may open the next clause or an adjunct of time ("one fatally early Sunday"),
  // or name the speaker who closes the sentence ("one fatally police said", "two fatally a hospital
  // spokeswoman told AFP").
  const next = tokens[k + 1];
  if (
    next &&
    next.kind === "word" &&
    !CLAUSE_OPENERS.test(next.norm) &&
    !TIME_WORDS.has(next.norm) &&
    !speaksAfter(tokens, k + 1)
  )
    return false;
  // ("implied": no verb of its own, so nothing coordinated with it takes the death.)
  set(c, "killed", { first: k, last: k + 1 }, "implied");
  return true;
};
