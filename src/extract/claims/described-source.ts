// A headline may name its source by a role and a short word of the body it sits in ("… — Reps
// member") while the body names the person after a description that holds those words ("The
// member representing Dikwa … in the House of Representatives, Hon. Umar Kachalla Ali, …"): the
// headline speaks in that person's voice (codebook §1c "Headlines, decks, ledes").
import type { Span } from "../../core/model.js";
import { wordsOf } from "./headline.js";

/** At most this many characters of description before the name. */
const REACH = 240;

/**
 * Whether the words `source` (spelt out, lower case) are all in the description that ends in a
 * comma right before `mention` and opens its sentence.
 */
export function describedBefore(text: string, mention: Span | null, source: readonly string[]): boolean {
  if (!mention || source.length === 0) return false;
  const before = text.slice(Math.max(0, mention.start - REACH), mention.start);
  if (!/,\s*$/.test(before)) return false;
  const open = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". "));
  const words = wordsOf(before.slice(open + 1));
  return source.every((w) => words.includes(w));
}
