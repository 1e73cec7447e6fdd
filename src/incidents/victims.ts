// The persons a report names as attacked (lexicon/victims.ts): "opened fire on Jane Doe", "abducted
// Colonel John Roe", "the car of Minister Ann Poe". A name is two or more capitalised words, or
// one or more after a title; a place or an armed group read there ("attacked Puli Alam", "killed
// Boko Haram fighters") is no person. Two reports that each name persons attacked, none the same,
// tell of two attacks (link-score.ts "apart": two named people shot in one city on one day).
import type { Span } from "../core/model.js";
import { namedSpans } from "./actors.js";
import { PERSON_TITLES } from "./lexicon/person-titles.js";
import { ATTACKED_BEFORE, NOT_PERSON_WORDS, VICTIM_TITLES } from "./lexicon/victims.js";
import { alternation, NOT_AFTER_LETTER, NOT_LETTER } from "./phrase-pattern.js";

const TITLE = `(?:${[...PERSON_TITLES, ...VICTIM_TITLES]
  .sort((a, b) => b.length - a.length)
  .map(capitalisedOrNot)
  .join("|")})\\.?`;
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
const VICTIM = new RegExp(
  `${NOT_AFTER_LETTER}(?:${alternation(ATTACKED_BEFORE)})\\s+((?:${TITLE}\\s+){0,3})(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})${NOT_LETTER}`,
  "gu",
);

const NOT_PERSON: ReadonlySet<string> = new Set(NOT_PERSON_WORDS);

/**
 * "vice president" → "[Vv]ice\\s+[Pp]resident": a title matches capitalised or not (the pattern
 * keeps case, so that a name matches only capitalised).
 */
function capitalisedOrNot(title: string): string {
  return title
    .split(" ")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("\\s+");
}

/** The names of the persons the text says were attacked, each as its words in lower case, sorted. */
export function namedVictims(text: string, places: readonly Span[]): string[] {
  // (the groups' names only where a name is read: most reports name no one attacked)
  let taken: Span[] | null = null;
  const out = new Set<string>();
  for (const m of text.matchAll(VICTIM)) {
    const name = m[2]!;
    const words = name.split(/\s+/);
    if (m[1] === "" && words.length < 2) continue;
    if (words.some((w) => NOT_PERSON.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].length - name.length;
    taken ??= [...places, ...namedSpans(text)];
    if (taken.some((s) => s.start < start + name.length && start < s.end)) continue;
    out.add(words.join(" ").toLowerCase());
  }
  return [...out].sort();
}

/**
 * Whether two victims' names may be one person's: a word of three letters or more in common, or
 * two words of five letters or more that open alike (one name spelt two ways: "Muhimpundu" and
 * "Muhimpund").
 */
export function sameVictim(a: string, b: string): boolean {
  const wa = a.split(" ").filter((w) => w.length >= 3);
  const wb = b.split(" ").filter((w) => w.length >= 3);
  return wa.some((x) =>
    wb.some((y) => x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))),
  );
}
