// The sentence gate of the counts: each parser (and each refiner that decides an outcome of its
// own) declares the words one of which a sentence must hold for it to read anything there, next to
// its code; the gate is their union, built once when the module loads, and a sentence holding none
// of them is given no counts without running the parsers. It is sound only while every
// declaration is: triggers.test.ts runs the parsers over every sentence of the project's tests and
// fixtures and checks that each one that read an outcome found one of its words, and that the
// counts are the same with and without the gate.
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";

/** What a parser needs in a sentence: one of these words (`Token.norm`), or one of these phrases whole. */
export interface Triggers {
  words?: readonly string[];
  /** Phrases the parser matches whole ("lost their lives"). */
  phrases?: readonly (readonly string[])[];
}

/** The gate's matcher: single words, and phrases of function words only ("were on"), matched whole. */
export interface TriggerSet {
  words: ReadonlySet<string>;
  /** By their first word. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const isContent = (w: string) => !ENGLISH_FUNCTION_WORDS.has(w) && /^\p{L}/u.test(w);

/**
 * The word a phrase cannot be matched without that is least common: its longest content word;
 * null when it has none ("were on", "among them ,"), and it is matched whole.
 */
export function anchorOf(phrase: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of phrase) if (isContent(w) && (best === null || w.length > best.length)) best = w;
  return best;
}

/** The gate of all `declared`: a sentence that matches none of them can hold nothing any of them reads. */
export function triggerSet(declared: Iterable<Triggers>): TriggerSet {
  const words = new Set<string>();
  const phrases = new Map<string, (readonly string[])[]>();
  for (const t of declared) {
    for (const w of t.words ?? []) words.add(w);
    for (const p of t.phrases ?? []) {
      if (p.length === 0) continue;
      const anchor = anchorOf(p);
      if (anchor !== null) words.add(anchor);
      else phrases.set(p[0]!, [...(phrases.get(p[0]!) ?? []), p]);
    }
  }
  return { words, phrases };
}

/** Whether the tokens match the gate: hold one of its words or phrases. */
export function matchesAny(tokens: readonly Token[], set: TriggerSet): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (set.words.has(w)) return true;
    const phrases = set.phrases.get(w);
    if (phrases) for (const p of phrases) if (matchWords(tokens, i, p)) return true;
  }
  return false;
}
