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

/**
 * The gate's matcher, one lookup a token: a word maps to true when it is a trigger itself, or to
 * the phrases of function words only ("were on", "among them ,") that start with it, matched whole.
 */
export type TriggerSet = ReadonlyMap<string, true | readonly (readonly string[])[]>;

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
  const out = new Map<string, true | (readonly string[])[]>();
  const word = (w: string) => out.set(w, true);
  const phrase = (p: readonly string[]) => {
    const had = out.get(p[0]!);
    if (had !== true) out.set(p[0]!, [...(had ?? []), p]);
  };
  const whole: (readonly string[])[] = [];
  for (const t of declared) {
    for (const w of t.words ?? []) word(w);
    for (const p of t.phrases ?? []) {
      const anchor = p.length > 0 ? anchorOf(p) : null;
      if (anchor !== null) word(anchor);
      else if (p.length > 0) whole.push(p);
    }
  }
  // (after every word: a phrase whose first word is a trigger itself needs no matching of its own)
  for (const p of whole) phrase(p);
  return out;
}

/** Whether the tokens match the gate: hold one of its words or phrases. */
export function matchesAny(tokens: readonly Token[], set: TriggerSet): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const hit = set.get(tokens[i]!.norm);
    if (hit === undefined) continue;
    if (hit === true) return true;
    for (const p of hit) if (matchWords(tokens, i, p)) return true;
  }
  return false;
}
