// A correction notice's people first reported dead ("Correction, Nov 3: An earlier version of this
// story said seven people were killed. The governor gave the toll as five; two of those first
// reported dead are among the wounded"): the figure counts people the withdrawn text had counted,
// told now to be otherwise, so it is no claim of the outcome the withdrawn text gave, as the
// withdrawn figure itself is none (retracted.ts). Only in a notice's paragraph: a paragraph that
// opens with "Correction" or names the withdrawn text before; elsewhere "the 12 initially reported
// killed" is an earlier toll.
import { RETRACTING_SUBJECTS } from "../lexicon/corrections.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import type { Token } from "../tokens.js";

/** Adverbs of a first, withdrawn report: "first reported dead", "wrongly listed as killed". */
const FIRST_ADVERBS: ReadonlySet<string> = new Set([
  "first",
  "initially",
  "originally",
  "earlier",
  "wrongly",
  "mistakenly",
  "erroneously",
]);
const REPORT_VERBS: ReadonlySet<string> = new Set(["reported", "listed", "counted", "named", "said"]);
/** Words between the figure and the adverb: "two of those", "three of the people", "four people". */
const LINKS: ReadonlySet<string> = new Set([
  "of",
  "those",
  "the",
  "them",
  "people",
  "persons",
  "who",
  "were",
]);

/** Whether the figure ending before token `end` of sentence `s` counts people a correction notice withdraws. */
export function isFirstReported(
  sentences: readonly SentenceTokens[],
  s: SentenceTokens,
  end: number,
): boolean {
  const t = s.tokens;
  let k = end;
  while (k < Math.min(t.length, end + 4) && LINKS.has(t[k]!.norm)) k++;
  if (!FIRST_ADVERBS.has(t[k]?.norm ?? "") || !REPORT_VERBS.has(t[k + 1]?.norm ?? "")) return false;
  return inNotice(sentences, s);
}

/** A sentence of a correction notice: its paragraph opens with "Correction" or names the withdrawn text up to it. */
function inNotice(sentences: readonly SentenceTokens[], s: SentenceTokens): boolean {
  for (let i = s.index; i >= 0 && sentences[i]!.paragraph === s.paragraph; i--) {
    const tokens: readonly Token[] = sentences[i]!.tokens;
    if (tokens[0]?.norm === "correction") return true;
    for (let k = 0; k < tokens.length; k++) if (RETRACTING_SUBJECTS.at(tokens, k)) return true;
  }
  return false;
}
