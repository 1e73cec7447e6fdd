// Text similarity of reports: TF-IDF cosine over content words (letters only, three or more,
// English function words and a few words every incident report shares left out). Term
// frequencies are damped (1 + ln tf); document frequencies come from the pool being compared,
// smoothed (ln((1 + N) / (1 + df)) + 1) so a small pool still weighs rare words above common ones.
import { ENGLISH_FUNCTION_WORDS } from "../extract/lexicon/english-function-words.js";

const REPORT_WORDS = new Set(
  `killed injured wounded people attack attacked according reported told saying also added
  officials official police security forces said says year years day days time news which were
  after today yesterday monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

export type Terms = ReadonlyMap<string, number>;

/** Damped term frequencies of a text's content words. */
export function terms(text: string): Terms {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{3,}/gu)) {
    const w = m[0];
    if (ENGLISH_FUNCTION_WORDS.has(w) || REPORT_WORDS.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) counts.set(w, 1 + Math.log(n));
  return counts;
}

/** Smoothed inverse document frequencies over a pool of documents. */
export function idf(pool: readonly Terms[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const doc of pool) for (const w of doc.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = pool.length;
  return (w) => Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1;
}

/** Cosine of two term vectors weighted by `weight`. */
export function cosine(a: Terms, b: Terms, weight: (word: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    const wx = x * weight(w);
    na += wx * wx;
    const y = b.get(w);
    if (y !== undefined) dot += wx * y * weight(w);
  }
  for (const [w, y] of b) {
    const wy = y * weight(w);
    nb += wy * wy;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const NOT_NAMES = new Set(
  `january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Damped frequencies of the names a text uses: capitalised words not at the start of a sentence
 * or line (villages, groups, trains, people), folded to lower case. Two reports of one event
 * share names; two summaries of different events in one country share only the country's.
 */
export function names(text: string): Terms {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[.!?:\n"“]\s*$/.test(before)) continue;
    const w = m[0].toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(w) || NOT_NAMES.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) counts.set(w, 1 + Math.log(n));
  return counts;
}
