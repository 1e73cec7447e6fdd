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

/** A weighted term vector scaled to length 1: word indexes (ascending) and their values. */
export interface UnitVector {
  words: Int32Array;
  values: Float64Array;
}

/** `terms` weighed by `weight` and scaled to length 1; `index` numbers the words (shared by the vectors compared). */
export function unitVector(
  terms: Terms,
  weight: (word: string) => number,
  index: Map<string, number>,
): UnitVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [w, x] of terms) {
    let k = index.get(w);
    if (k === undefined) index.set(w, (k = index.size));
    const v = x * weight(w);
    norm += v * v;
    entries.push([k, v]);
  }
  entries.sort((p, q) => p[0] - q[0]);
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  return {
    words: Int32Array.from(entries, (e) => e[0]),
    values: Float64Array.from(entries, (e) => e[1] * scale),
  };
}

/** The dot product of two unit vectors: their cosine (0 when either is empty). */
export function dot(a: UnitVector, b: UnitVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.words.length && j < b.words.length;) {
    const x = a.words[i]!;
    const y = b.words[j]!;
    if (x === y) sum += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * Values of unordered pairs of n items, kept by the items' indexes: in one flat array up to
 * DENSE_PAIRS pairs, beyond in a map keyed by one number. NaN: not kept.
 */
export class PairMemo {
  private readonly dense: Float64Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly n: number) {
    this.dense = n * n <= DENSE_PAIRS ? new Float64Array(n * n).fill(NaN) : null;
  }

  get(i: number, j: number): number {
    const key = i < j ? i * this.n + j : j * this.n + i;
    return this.dense ? this.dense[key]! : (this.sparse.get(key) ?? NaN);
  }

  set(i: number, j: number, value: number): void {
    const key = i < j ? i * this.n + j : j * this.n + i;
    if (this.dense) this.dense[key] = value;
    else this.sparse.set(key, value);
  }
}
const DENSE_PAIRS = 1_000_000;

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
