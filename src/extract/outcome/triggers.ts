// The sentence gate of the counts: each parser (and each refiner that decides an outcome of its
// own) declares the words one of which a sentence must hold for it to read anything there, next to
// its code; the gate maps each word to the entries that declare it (a bit each), built once when
// the module loads. One pass over a sentence's tokens gives the entries it holds words of (its
// `Cues`): a sentence holding none is given no counts unread, and in one that holds some only
// those entries' parsers run. It is sound only while every declaration is: triggers.test.ts runs
// the parsers over every sentence of the project's tests and fixtures and checks that each one
// that read an outcome found one of its words, and that the counts are the same with and without
// the gate.
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words.js";
import { matchWords } from "../quantity/find-quantities.js";
import type { Token } from "../tokens.js";
import { startsLetter } from "../letters.js";

/** What a parser needs in a sentence: one of these words (`Token.norm`), or one of these phrases whole. */
export interface Triggers {
  words?: readonly string[];
  /** Phrases the parser matches whole ("lost their lives"). */
  phrases?: readonly (readonly string[])[];
}

/** A phrase of function words only ("were on", "among them ,"), matched whole, and the entries it stands for. */
interface WholePhrase {
  words: readonly string[];
  cues: Cues;
}

/**
 * The gate's matcher, one lookup a token: a word maps to the entries it is a trigger of (a bit
 * each, `Cues`), and to the phrases of function words only that start with it, matched whole.
 */
export type TriggerSet = ReadonlyMap<string, { cues: Cues; phrases: readonly WholePhrase[] }>;

/**
 * Which declared entries a sentence holds words of: bit i set when it holds a word or phrase of
 * entry i (of the list given to `triggerSet`). 0: it holds none, and nothing gated reads it.
 */
export type Cues = number;

/** Bits a `Cues` can hold (JavaScript's bitwise operators work on 32-bit integers). */
export const MAX_ENTRIES = 31;

const isContent = (w: string) => !ENGLISH_FUNCTION_WORDS.has(w) && startsLetter(w);

/**
 * The word a phrase cannot be matched without that is least common: its longest content word;
 * null when it has none ("were on", "among them ,"), and it is matched whole.
 */
function anchorOf(phrase: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of phrase) if (isContent(w) && (best === null || w.length > best.length)) best = w;
  return best;
}

/**
 * The gate of `declared`, entry i on bit i (a null entry declares nothing and is never set): a
 * sentence that matches none of an entry's words or phrases holds nothing that entry reads.
 */
export function triggerSet(declared: readonly (Triggers | null)[]): TriggerSet {
  if (declared.length > MAX_ENTRIES)
    throw new Error(`triggerSet: ${declared.length} entries, at most ${MAX_ENTRIES} fit one Cues value`);
  const out = new Map<string, { cues: number; phrases: WholePhrase[] }>();
  const at = (w: string) => out.get(w) ?? out.set(w, { cues: 0, phrases: [] }).get(w)!;
  declared.forEach((t, i) => {
    const bit = 1 << i;
    for (const w of t?.words ?? []) at(w).cues |= bit;
    for (const p of t?.phrases ?? []) {
      if (p.length === 0) continue;
      const anchor = anchorOf(p);
      if (anchor !== null) at(anchor).cues |= bit;
      else at(p[0]!).phrases.push({ words: p, cues: bit });
    }
  });
  return out;
}

/** The entries whose words or phrases the tokens hold, in one pass over them. */
export function cuesOf(tokens: readonly Token[], set: TriggerSet): Cues {
  let cues = 0;
  for (let i = 0; i < tokens.length; i++) {
    const hit = set.get(tokens[i]!.norm);
    if (hit === undefined) continue;
    cues |= hit.cues;
    for (const p of hit.phrases)
      if ((cues & p.cues) !== p.cues && matchWords(tokens, i, p.words)) cues |= p.cues;
  }
  return cues;
}

/** Whether the tokens match the gate: hold one of its words or phrases. */
export function matchesAny(tokens: readonly Token[], set: TriggerSet): boolean {
  return cuesOf(tokens, set) !== 0;
}
