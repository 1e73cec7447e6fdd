// A set of word sequences indexed by their first word, so that "does a phrase start here?" costs
// one map lookup for most tokens (the cue lists are scanned at every token of every sentence).
import type { Token } from "../tokens.js";

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly (readonly string[])[]) {
    for (const p of phrases) {
      const list = this.byFirst.get(p[0]!) ?? [];
      list.push([...p]);
      this.byFirst.set(p[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest phrase that starts at tokens[k], or null. */
  at(tokens: readonly Token[], k: number): readonly string[] | null {
    const list = this.byFirst.get(tokens[k]?.norm ?? "");
    if (!list) return null;
    for (const p of list) {
      let ok = k + p.length <= tokens.length;
      for (let i = 0; ok && i < p.length; i++) ok = tokens[k + i]!.norm === p[i];
      if (ok) return p;
    }
    return null;
  }

  /** Whether any phrase starts at a token in [from, to). */
  anyIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (this.at(tokens, k)) return true;
    return false;
  }
}
