// A person's age written after the person, as news style writes it: "Anthony Polito, 67, died",
// "Jane Doe (34) was shot", "A boy, 12, was killed", "Two men, 24 and 40, were wounded", "a woman
// aged 31", "two men aged 24 and 40", "aged between 18 and 25". Each figure of such a list is an
// age, not a count of people; an "aged …" list after a noun is skipped when the noun's verb is
// sought ("a woman aged 31 succumbed to her injuries").
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { MONTHS, WEEKDAYS } from "../lexicon/not-counts.js";
import type { Token } from "../tokens.js";
import { startsCapitalThenLower } from "../letters.js";

/** Words that join the ages of a list ("19, 24 and 40", "18 to 25", "18-25", "30 or 31"). */
const JOINS = new Set([",", "and", "to", "-", "–", "or"]);
/** Words between "aged" and its first figure. */
const BEFORE_FIRST = new Set(["between", "about", "around", "approximately", "roughly"]);
/** Words after a person's noun that name no more people ("40 others", "12 more"). */
const MORE_PEOPLE = new Set(["others", "other", "more", "people"]);

/** A single token of digits that can be a human age (1–120). */
function ageFigure(t: Token | undefined): boolean {
  if (!t || t.kind !== "num" || !/^\d{1,3}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n >= 1 && n <= 120;
}

/** The first figure of the list of ages that holds tokens[i] ("24 and 40": 24's index for 40). */
function listStart(tokens: readonly Token[], i: number): number {
  let j = i;
  while (JOINS.has(tokens[j - 1]?.norm ?? "") && ageFigure(tokens[j - 2])) j -= 2;
  return j;
}

/** The token after the list of ages that opens at tokens[j]. */
function listEnd(tokens: readonly Token[], j: number): number {
  let e = j + 1;
  while (JOINS.has(tokens[e]?.norm ?? "") && ageFigure(tokens[e + 1])) e += 2;
  return e;
}

/** "aged" (or "aged between", "aged about") right before tokens[j]. */
function agedBefore(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]?.norm ?? "";
  return prev === "aged" || (BEFORE_FIRST.has(prev) && tokens[j - 2]?.norm === "aged");
}

/** Whether the figure at tokens[i] is an age: in an "aged …" list or set off after a person. */
export function isAge(tokens: readonly Token[], i: number): boolean {
  if (!ageFigure(tokens[i])) return false;
  const j = listStart(tokens, i);
  const e = listEnd(tokens, j);
  // ("a man aged 24 and 40 others": a figure with its own people after it is a count.)
  if (MORE_PEOPLE.has(tokens[e]?.norm ?? "") || (i > j && GROUP_OF_NOUN.has(tokens[i + 1]?.norm ?? "")))
    return false;
  return agedBefore(tokens, j) || apposed(tokens, j, e);
}

/**
 * Ages set off by commas or brackets right after a capitalised name or a person's noun: "Polito,
 * 67, a former professor", "Jane Doe (34)", "A boy, 12, was", "Two men, 24 and 40, were".
 */
function apposed(tokens: readonly Token[], j: number, e: number): boolean {
  const open = tokens[j - 1]?.text;
  const close = tokens[e]?.text;
  if (!((open === "," && close === ",") || (open === "(" && close === ")"))) return false;
  const person = tokens[j - 2];
  if (!person || person.kind !== "word") return false;
  if (GROUP_OF_NOUN.has(person.norm)) return true;
  return startsCapitalThenLower(person.text) && !MONTHS.has(person.norm) && !WEEKDAYS.has(person.norm);
}

/** The token after an "aged …" list opening at tokens[k] ("aged 24 and 40"), or null. */
export function agedEnd(tokens: readonly Token[], k: number): number | null {
  if (tokens[k]?.norm !== "aged") return null;
  const first = BEFORE_FIRST.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1;
  return ageFigure(tokens[first]) ? listEnd(tokens, first) : null;
}
