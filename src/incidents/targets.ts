// The kinds of target a report names (lexicon/targets.ts): "a mosque", "the Monday Market",
// "worshippers" → worship, market. Every mention counts, not only the struck one, so that two
// reports of one event share a kind whenever either names the other's; the link score reads a
// report and an incident that share none as a sign of two events (link-score.ts).
import { plural } from "../extract/lexicon/morphology.js";
import { TARGET_KINDS } from "./lexicon/targets.js";
import { NOT_AFTER_LETTER, NOT_LETTER } from "./phrase-pattern.js";

/** A noun phrase's plural, its last word's (morphology.ts): "police station" → "police stations". */
export function pluralPhrase(phrase: string): string {
  const at = phrase.lastIndexOf(" ") + 1;
  return phrase.slice(0, at) + plural(phrase.slice(at));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");

/**
 * A reader of kinds from a lexicon of kind → words (each word's `forms`: itself and its plural
 * for nouns): one pattern of every form, longest first, the kind by the form matched. The kinds
 * the text names, sorted.
 */
export function kindFinder(
  kinds: Readonly<Record<string, readonly string[]>>,
  forms: (word: string) => readonly string[],
): (text: string) => string[] {
  const kindOf = new Map<string, string>();
  for (const [kind, words] of Object.entries(kinds))
    for (const w of words) for (const form of forms(w)) kindOf.set(form.toLowerCase(), kind);
  const pattern = new RegExp(
    `${NOT_AFTER_LETTER}(?:${[...kindOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|")})${NOT_LETTER}`,
    "giu",
  );
  return (text) => {
    const out = new Set<string>();
    for (const m of text.matchAll(pattern)) {
      const kind = kindOf.get(m[0].toLowerCase().replace(/[\s-]+/gu, " "));
      if (kind) out.add(kind);
    }
    return [...out].sort();
  };
}

/** The kinds of target the text names, sorted. */
export const targetKinds = kindFinder(TARGET_KINDS, (n) => [n, pluralPhrase(n)]);
