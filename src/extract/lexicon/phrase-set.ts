// A set of word sequences indexed by their first word, so that "does a phrase start here?" costs
// one map lookup for most tokens (the cue lists are scanned at every token of every sentence).
import type { Token } from "../tokens.js";

/**
 * Each first word of every set's phrases, with the bits of the sets that hold a phrase it opens
 * (one bit for each of the first 31 sets made; a set made after them has none and reads every
 * token). A sentence's tokens are looked up here once (`firstWordBits`), so that the many windows
 * each claim asks several sets about ("is there a cue of doubt in these six words?") cost a bit
 * test per token instead of a map lookup per token per set.
 */
const FIRST_WORD_BITS = new Map<string, number>();
let setsMade = 0;

/** Each sentence's (token array's) first-word bits, and how many sets were made when they were read. */
const SENTENCE_BITS = new WeakMap<readonly Token[], { made: number; bits: Int32Array }>();

function firstWordBits(tokens: readonly Token[]): Int32Array {
  let kept = SENTENCE_BITS.get(tokens);
  if (kept === undefined || kept.made !== setsMade || kept.bits.length !== tokens.length) {
    const bits = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) bits[k] = FIRST_WORD_BITS.get(tokens[k]!.norm) ?? 0;
    kept = { made: setsMade, bits };
    SENTENCE_BITS.set(tokens, kept);
  }
  return kept.bits;
}

export class PhraseSet {
  /** Phrases by first word, then by second word ("" for one-word phrases), each list longest first. */
  private readonly byFirst = new Map<string, Map<string, string[][]>>();
  /** This set's bit in FIRST_WORD_BITS, 0 when it has none. */
  private readonly bit: number;

  constructor(phrases: readonly (readonly string[])[]) {
    this.bit = setsMade < 31 ? 1 << setsMade : 0;
    setsMade++;
    for (const p of phrases) {
      if (this.bit !== 0) FIRST_WORD_BITS.set(p[0]!, (FIRST_WORD_BITS.get(p[0]!) ?? 0) | this.bit);
      const bySecond = this.byFirst.get(p[0]!) ?? new Map<string, string[][]>();
      const list = bySecond.get(p[1] ?? "") ?? [];
      list.push([...p]);
      bySecond.set(p[1] ?? "", list);
      this.byFirst.set(p[0]!, bySecond);
    }
    for (const bySecond of this.byFirst.values())
      for (const list of bySecond.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * The longest phrase that starts at tokens[k], or null. Only the phrases whose second word is
   * the next token's are compared ("the" opens hundreds of phrases), then the one-word phrases,
   * which are shorter than any of those.
   */
  at(tokens: readonly Token[], k: number): readonly string[] | null {
    const bySecond = this.byFirst.get(tokens[k]?.norm ?? "");
    if (!bySecond) return null;
    const next = tokens[k + 1]?.norm;
    return (
      (next === undefined ? null : longestAt(bySecond.get(next), tokens, k)) ??
      longestAt(bySecond.get(""), tokens, k)
    );
  }

  /** Whether any phrase starts at a token in [from, to) (only a token whose word opens one of this set's phrases is read). */
  anyIn(tokens: readonly Token[], from: number, to: number): boolean {
    const end = Math.min(to, tokens.length);
    const bit = this.bit;
    if (bit === 0) {
      for (let k = Math.max(0, from); k < end; k++) if (this.at(tokens, k)) return true;
      return false;
    }
    const bits = firstWordBits(tokens);
    for (let k = Math.max(0, from); k < end; k++)
      if ((bits[k]! & bit) !== 0 && this.at(tokens, k)) return true;
    return false;
  }
}

/** The first of `list` (longest first) that the tokens from `k` spell, or null. */
function longestAt(
  list: readonly string[][] | undefined,
  tokens: readonly Token[],
  k: number,
): readonly string[] | null {
  if (!list) return null;
  for (const p of list) {
    let ok = k + p.length <= tokens.length;
    for (let i = 0; ok && i < p.length; i++) ok = tokens[k + i]!.norm === p[i];
    if (ok) return p;
  }
  return null;
}
