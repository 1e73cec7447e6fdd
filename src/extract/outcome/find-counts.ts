// Counts of people with their outcome, in one sentence. Every figure is an anchor (and every
// single person no figure covers, "a driver"); the outcome comes from the parsers of
// count-entries.ts, tried in order for each candidate until one reads it, then from refiners that
// read the candidates together. That list is the pipeline: each entry is one phrasing class in a file of its own,
// with the words it needs in a sentence (its triggers): a sentence holding none of any entry's
// words is given no counts without reading it, and an entry whose words a sentence does not hold
// is not run there (triggers.ts). A new parser declares its words beside its code (`xTriggers`:
// `words`, single tokens as `Token.norm` has them, or `phrases`, token sequences) and is listed
// there with them; triggers.test.ts fails on any of its test sentences it reads without them.
import type { Token } from "../tokens.js";
import type { Count } from "./candidate.js";
import { findCandidates } from "./candidates.js";
import { emitCounts } from "./emit-counts.js";
import { NO_CONTEXT, type CountContext } from "./parsers/parser.js";
import { PARSERS, REFINERS, type ParserEntry, type RefinerEntry } from "./count-entries.js";
import { COUNT_TRIGGERS } from "./count-triggers.js";
import { cuesOf, type Cues } from "./triggers.js";

export type { Count, Via } from "./candidate.js";
export type { CountContext, CountedTotal, EarlierTotal } from "./parsers/parser.js";
export { phraseAt } from "./phrases.js";
export { COUNT_TRIGGERS, PARSERS, REFINERS, type ParserEntry, type RefinerEntry };

/** Which parsers and refiners a sentence holds the words of, in one pass over its tokens. */
export function countCues(tokens: readonly Token[]): Cues {
  return cuesOf(tokens, COUNT_TRIGGERS);
}

/** Whether a sentence may hold a count at all (the gate of findCounts). */
export function mayCount(tokens: readonly Token[]): boolean {
  return countCues(tokens) !== 0;
}

export function findCounts(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
  ctx: CountContext = NO_CONTEXT,
): Count[] {
  const cues = countCues(tokens);
  return cues === 0 ? [] : cuedCounts(tokens, slice, ctx, cues);
}

/**
 * The counts of a sentence whose cues (`countCues`) are known: each candidate tried by the parsers
 * whose words the sentence holds, in order, then the refiners that need no words or have theirs.
 */
export function cuedCounts(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
  ctx: CountContext,
  cues: Cues,
): Count[] {
  const cands = findCandidates(tokens, slice);
  for (const c of cands)
    for (let i = 0; i < PARSERS.length; i++)
      if ((cues & (1 << i)) !== 0 && PARSERS[i]!.parse(tokens, c, cands, ctx)) break;
  REFINERS.forEach((r, j) => {
    if (r.triggers === null || (cues & (1 << (PARSERS.length + j))) !== 0) r.refine(tokens, cands, ctx);
  });
  return emitCounts(tokens, cands);
}

/** findCounts without the gate: every parser tried on every candidate. */
export function readCounts(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
  ctx: CountContext = NO_CONTEXT,
  parsers: readonly ParserEntry[] = PARSERS,
  refiners: readonly RefinerEntry[] = REFINERS,
): Count[] {
  const cands = findCandidates(tokens, slice);
  for (const c of cands) parsers.some((p) => p.parse(tokens, c, cands, ctx));
  for (const r of refiners) r.refine(tokens, cands, ctx);
  return emitCounts(tokens, cands);
}
