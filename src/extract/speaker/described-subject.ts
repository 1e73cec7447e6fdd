// The subject of a sentence that names a speaker by its kind but does not speak ("The army launched
// an operation in the hills.", "The mayor visited the hospital on Tuesday.", "The prosecutor's
// office opened an investigation."): a pronoun opening the next sentence ("It said …", "She said
// …") continues it, as it continues a body named by a proper name (speaker/actors.ts). The subject
// is a definite description of two to four words in lower case, before the clause's verb
// (subject-shape.ts clauseSubject), typed by the claimant lexicon as one who may speak for the
// event; attackers named by their act ("The gunmen stormed the school") are no such speaker.
import type { ClaimantType } from "../../core/model.js";
import { ATTACKERS_BY_ACT } from "../lexicon/claimants.js";
import type { Token } from "../tokens.js";
import { startsLower } from "../letters.js";
import { typeOf } from "./claimant-type.js";
import { clauseSubject, type Range } from "./subject-shape.js";

/** The types of a described subject a pronoun may continue: no outlet, no one of no kind. */
const SPEAKING_TYPES: ReadonlySet<ClaimantType> = new Set([
  "state_military",
  "government",
  "official",
  "armed_group",
  "witness",
]);

/** The words of a sentence's described subject when it opens at `from` ("The mayor"), else null. */
export function describedSubject(tk: readonly Token[], from: number): Range | null {
  if (tk[from]?.norm !== "the") return null;
  const range = clauseSubject(tk, [from, tk.length]);
  if (!range || range[0] !== from) return null;
  const words = tk.slice(...range);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.slice(1).every((t) => t.kind === "word" && startsLower(t.text))) return null;
  if (ATTACKERS_BY_ACT.has(words[words.length - 1]!.norm)) return null;
  const type = typeOf(
    words.map((t) => t.norm),
    words.map((t) => t.text),
  );
  return type !== null && SPEAKING_TYPES.has(type) ? range : null;
}
