// Patterns built from a lexicon's phrases (./lexicon/event-types.ts): words are separated by
// spaces, "*" stands for one to six words; in an alternation longer phrases are tried first.

export function phrase(words: string): string {
  return words
    .split(" ")
    .map((w) => (w === "*" ? "(?:\\S+\\s+){0,5}?\\S+" : w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("\\s+");
}

export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join("|");
}

export const NOT_AFTER_LETTER = "(?<![\\p{L}])";
export const NOT_LETTER = "(?![\\p{L}])";
