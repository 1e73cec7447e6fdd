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

/** One pattern of every noun and plural, each kind a named group's worth: kind by match. */
const KIND_OF = new Map<string, string>();
const PATTERN = new RegExp(
  `${NOT_AFTER_LETTER}(?:${Object.entries(TARGET_KINDS)
    .flatMap(([kind, nouns]) =>
      nouns.flatMap((n) => {
        for (const form of [n, pluralPhrase(n)]) KIND_OF.set(form, kind);
        return [n, pluralPhrase(n)];
      }),
    )
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})${NOT_LETTER}`,
  "giu",
);

/** The kinds of target the text names, sorted. */
export function targetKinds(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PATTERN)) {
    const kind = KIND_OF.get(m[0].toLowerCase().replace(/[\s-]+/gu, " "));
    if (kind) out.add(kind);
  }
  return [...out].sort();
}
