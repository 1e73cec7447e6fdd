// A headline may name its source by a body's initials and a noun of its kind ("AU force says 47
// fighters killed …", "UN agency: …") while the body names the body in full ("The African Union
// mission in Somalia said"): the headline speaks in that voice (codebook §1c "Headlines, decks,
// ledes"). The initials are those of consecutive capitalised words of the body's name; every other
// word of the source is a noun of a body's kind ("force", "agency", "group").
import { DEPENDENT_HEADS } from "../lexicon/claimants.js";
import { startsUpper } from "../letters.js";

const KIND_NOUNS: ReadonlySet<string> = new Set(DEPENDENT_HEADS);

/** Whether the headline's `source` ("AU force") names the body of `name` by its initials. */
export function initialsNamed(source: string, name: string): boolean {
  const words = source.split(/\s+/);
  const initials = words.filter((w) => /^[A-Z]{2,5}$/.test(w));
  if (initials.length !== 1 || words.length > 3) return false;
  const kinds = words.filter((w) => w !== initials[0]);
  if (!kinds.every((w) => KIND_NOUNS.has(w.toLowerCase()))) return false;
  const letters = initials[0]!;
  const named = name.split(/\s+/);
  for (let i = 0; i + letters.length <= named.length; i++) {
    const run = named.slice(i, i + letters.length);
    if (run.every((w, j) => startsUpper(w) && w[0] === letters[j])) return true;
  }
  return false;
}
