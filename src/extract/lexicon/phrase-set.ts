// A set of word sequences indexed by their first word, so that "does a phrase start here?" costs
// one map lookup for most tokens (the cue lists are scanned at every token of every sentence).
import type { Token } from "../tokens.js";

export class PhraseSet {
  /** Phrases by first word, then by second word ("" for one-word phrases), each list longest first. */
  private readonly byFirst = new Map<string, Map<string, string[][]>>();

  constructor(phrases: readonly (readonly string[])[]) {
    for (const p of phrases) {
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

  /** Whether any phrase starts at a token in [from, to). */
  anyIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (this.at(tokens, k)) return true;
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
