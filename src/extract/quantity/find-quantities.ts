// Quantity mentions in a sentence's tokens: digits ("1,200"), number words ("twenty-one", "a
// dozen"), vague words ("dozens", "several"), "all" and "no one", each with the hedge written
// around it ("more than 450", "between 300 and 400", "40 or more"). Figures that are plainly
// not counts — times, dates, money, percentages, ages, ordinals — are dropped here; whether a
// count is of people is decided later, from its noun.
import type { Hedge, Quantity } from "../../core/model.js";
import {
  HEADCOUNT_MODIFIED_AFTER,
  HEADCOUNT_NOUNS,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  MULTIPLIERS,
  SMALL_GROUP_NEXT,
  SMALL_GROUP_NOUNS,
  TENS,
  UNITS,
  VAGUE,
  VAGUE_PHRASES,
} from "../lexicon/numbers.js";
import { MONTHS, NOT_COUNT_AFTER, NOT_COUNT_BEFORE } from "../lexicon/not-counts.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN } from "../lexicon/groups.js";
import { isNationality } from "../lexicon/nationalities.js";
import { NO_HARM_ADJECTIVES, NO_HARM_LINKS, NONE_REPORTS } from "../lexicon/none.js";
import { isAge } from "./ages.js";
import { earlierInAside, particleUpTo, supersededFigure } from "./changes.js";
import type { Token } from "../tokens.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const FATHER_MOTHER_PARENT_GRANDFATHER_GRANDMOTHER: ReadonlySet<string> = new Set([
  "father",
  "mother",
  "parent",
  "grandfather",
  "grandmother",
]);
const PEOPLE_PERSONS_CIVILIANS_ETC: ReadonlySet<string> = new Set(
  "people persons civilians soldiers troops passengers".split(" "),
);
const WERE_WAS_ARE_ETC: ReadonlySet<string> = new Set("were was are is had have died of".split(" "));
const WHETHER_IF_KNOWN_ETC: ReadonlySet<string> = new Set(
  "whether if known clear unclear unknown sure asked wondered".split(" "),
);
const NOT_NT_NEVER_ETC: ReadonlySet<string> = new Set("not n't never without denied denies deny".split(" "));
const OTHER_FURTHER_MORE: ReadonlySet<string> = new Set(["other", "further", "more"]);
const WHOM_WHICH: ReadonlySet<string> = new Set(["whom", "which"]);

export type QuantityKind = "number" | "vague" | "all" | "none";

export interface QuantityMention {
  kind: QuantityKind;
  quantity: Quantity;
  /** Token range [first, last) covering hedge and number words. */
  first: number;
  last: number;
  /** Token range of the number itself, without hedges. */
  numFirst: number;
  numLast: number;
}

interface NumberRead {
  value: number;
  next: number;
}

/** Whether tokens[i..] spell `words` (lower-case). */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) return false;
  return true;
}

const DIGITS = /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/;
/**
 * No count of people is larger than the world's population (8.2 billion in 2025, UN World
 * Population Prospects); a larger figure is a misprint or not a count ("1e308" read whole).
 */
export const MAX_PEOPLE = 8_200_000_000;

/** A number written in digits or words at tokens[i], with "million"/"hundred" multipliers. */
function readNumber(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") {
    if (!DIGITS.test(t.text)) return null;
    let value = Number(t.text.replace(/,/g, ""));
    let next = i + 1;
    const mult = tokens[next] && MULTIPLIERS.get(tokens[next]!.norm);
    if (mult && mult >= 1000) {
      value = Math.round(value * mult);
      next++;
    } else if (tokens[next]?.norm === "dozen") {
      value *= 12; // "2 dozen", as "two dozen"
      next++;
    }
    // "2.5 people" is no count; "1.5 million" is. Nor is a figure over the world's population.
    return Number.isInteger(value) && value <= MAX_PEOPLE ? { value, next } : null;
  }
  return readNumberWords(tokens, i);
}

const HALF_A_DOZEN = ["half", "a", "dozen"];

/** "twenty-one", "two hundred and fifty", "a dozen", "a hundred", "half a dozen". */
function readNumberWords(tokens: readonly Token[], i: number): NumberRead | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  if (matchWords(tokens, j, HALF_A_DOZEN)) return { value: 6, next: j + 3 };
  const small = smallGroup(tokens, j);
  if (small) return small;
  if (tokens[j]?.norm === "a" || tokens[j]?.norm === "one") {
    const m = tokens[j + 1]?.norm;
    if (m === "dozen") return { value: 12, next: j + 2 };
    if (m === "score" && tokens[j + 2]?.norm === "of") return { value: 20, next: j + 3 }; // "a score of"
    if (m && MULTIPLIERS.has(m)) {
      current = 1;
      seen = true;
      j++;
    } else if (tokens[j]?.norm === "a") return null;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    const unit = UNITS.get(w);
    const ten = TENS.get(w);
    const mult = MULTIPLIERS.get(w);
    if (unit !== undefined && !(seen && current % 10 !== 0)) {
      current += unit;
      seen = true;
    } else if (ten !== undefined && current % 100 === 0) {
      current += ten;
      seen = true;
    } else if (mult !== undefined && seen) {
      if (mult === 100) current *= 100;
      else {
        total += current * mult;
        current = 0;
      }
    } else if (seen && (w === "-" || w === "and") && isNumberWord(tokens[j + 1]?.norm)) {
      continue;
    } else break;
  }
  if (seen && tokens[j]?.norm === "dozen") return { value: (total + current) * 12, next: j + 1 }; // "two dozen"
  return seen ? { value: total + current, next: j } : null;
}

/**
 * "a pair of", "a trio of", "a couple", "the pair were", "the trio died", "twin brothers", "twins",
 * "a family of five".
 */
function smallGroup(tokens: readonly Token[], j: number): NumberRead | null {
  const w = tokens[j]?.norm;
  const size = tokens[j]?.norm === "a" ? SMALL_GROUP_NOUNS.get(tokens[j + 1]?.norm ?? "") : undefined;
  if (size && tokens[j + 2]?.norm === "of") return { value: size, next: j + 3 };
  if (size && tokens[j + 1]!.norm === "couple") return { value: size, next: j + 2 };
  const sizeOfThe = w && tokens[j - 1]?.norm === "the" ? SMALL_GROUP_NOUNS.get(w) : undefined;
  if (sizeOfThe && SMALL_GROUP_NEXT.has(tokens[j + 1]?.norm ?? "")) return { value: sizeOfThe, next: j + 1 };
  // ("twin blasts" are two events: only twins of people count.)
  if (w === "twin" && GROUP_OF_NOUN.has(tokens[j + 1]?.norm ?? "")) return { value: 2, next: j + 1 };
  if (w === "twins") return { value: 2, next: j + 1 };
  return headcount(tokens, j);
}

/** "a family of five", "crew of 11": the size of a collective of people, not itself a modifier. */
function headcount(tokens: readonly Token[], j: number): NumberRead | null {
  const k = tokens[j]?.norm === "a" ? j + 1 : j;
  if (!HEADCOUNT_NOUNS.has(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "of") return null;
  // (After "a", the phrase was read from the "a", and refused there if at all.)
  if (k === j && tokens[j - 1]?.norm === "a") return null;
  if (HEADCOUNT_MODIFIED_AFTER.has(tokens[j - 1]?.norm ?? "")) return null;
  return readNumber(tokens, k + 2);
}

/** A number word ("four", "twenty", "hundred"). */
export function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (UNITS.has(w) || TENS.has(w) || MULTIPLIERS.has(w));
}

export const NEGATIVE_SIGNS = new Set(["-", "−", "–"]);

/** Whether the number at tokens[i..next) is a time, date, money, percentage, age, ordinal or code. */
function notACount(tokens: readonly Token[], i: number, next: number, value: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const after = tokens[next];
  const after2 = tokens[next + 1];
  if (prev && NOT_COUNT_BEFORE.has(prev.norm)) return true;
  // "02/27", "10:30", "#5": glued to the mark before (a dateline's "2016: Two" is not).
  if (prev && (prev.norm === "/" || prev.norm === ":" || prev.norm === "#") && prev.end === tokens[i]!.start)
    return true;
  if (prev && prev.text === "." && (prev2?.kind === "num" || prev2?.norm === "no")) return true; // "1.5", "No. 5"
  if (prev && prev.end === tokens[i]!.start) {
    // "e308" of "1e308", "M23", "A4": notation and codes, not counts.
    if (prev.kind === "word") return true;
    // "-5", "−5": a negative figure (not "AK-47" or "10-15", glued on both sides).
    if (NEGATIVE_SIGNS.has(prev.text) && !(prev2 && prev2.end === prev.start)) return true;
  }
  if (prev && MONTHS.has(prev.norm)) return true;
  if (after && MONTHS.has(after.norm)) return true;
  if (prev?.norm === "of" && prev2 && MONTHS.has(prev2.norm)) return true;
  if (next === i + 1 && isAge(tokens, i)) return true;
  // "a father of four": a family's size, not a count of casualties; so is "of six" after a
  // collective that is no count (headcount: "the father of a family of six").
  if (prev?.norm === "of" && FATHER_MOTHER_PARENT_GRANDFATHER_GRANDMOTHER.has(prev2?.norm ?? "")) return true;
  if (prev?.norm === "of" && HEADCOUNT_NOUNS.has(prev2?.norm ?? "")) return true;
  if (after) {
    if ((after.norm === "/" || after.norm === ":") && after.start === tokens[next - 1]!.end) return true;
    if (after.norm === "%") return true;
    if (NOT_COUNT_AFTER.has(after.norm)) return true;
    if (after.end === tokens[next - 1]!.end && after.kind === "word") return true; // "11th", "1pm", "9mm"
    if (
      after.norm === "-" &&
      after2 &&
      (after2.norm === "year" || after2.norm === "years" || NOT_COUNT_AFTER.has(after2.norm))
    )
      return true;
    if (after.norm === "." && after2?.kind === "num" && after.end === after2.start) return true;
  }
  // "both police officers and civilians": the correlative "both … and", not a figure of two.
  if (tokens[i]!.norm === "both" && correlative(tokens, next)) return true;
  // "2 elderly victims, both African Americans, were killed": "both" set off by commas re-describes
  // the people just counted (an apposition), not two more.
  if (tokens[i]!.norm === "both" && tokens[i - 1]?.norm === "," && apposition(tokens, next)) return true;
  // A bare year ("in 2016", "the 1971 war").
  const t = tokens[i]!;
  if (t.kind === "num" && /^(1[89]|20)\d\d$/.test(t.text) && value >= 1800) {
    if (!after || !PEOPLE_PERSONS_CIVILIANS_ETC.has(after.norm)) return true;
  }
  return false;
}

/** A few words with no verb among them, closed by a comma: ", both Christians," */
function apposition(tokens: readonly Token[], next: number): boolean {
  for (let k = next; k < tokens.length && k < next + 5; k++) {
    const w = tokens[k]!;
    if (w.norm === ",") return k > next;
    if (w.kind !== "word" || WERE_WAS_ARE_ETC.has(w.norm) || w.norm.endsWith("ed")) return false;
  }
  return false;
}

/** An "and" within the few words of a noun phrase after "both" (no verb or mark between). */
function correlative(tokens: readonly Token[], next: number): boolean {
  for (let k = next; k < tokens.length && k < next + 5; k++) {
    const w = tokens[k]!.norm;
    // ("killed both assailants and rescued 40 hostages": a verb after "and" coordinates clauses.)
    if (w === "and")
      return k > next && !/ed$|^(were|was|is|are|had|have|then|later|also)$/.test(tokens[k + 1]?.norm ?? "");
    if (tokens[k]!.kind !== "word" || WERE_WAS_ARE_ETC.has(w) || w.endsWith("ed")) return false;
  }
  return false;
}

function quantity(value: number | null, hedge: Hedge, text: string, acled?: number): Quantity {
  let min: number | null = value;
  let max: number | null = value;
  switch (hedge) {
    case "exact":
    case "about":
      break;
    case "more_than":
      min = value === null ? null : value + 1;
      max = null;
      break;
    case "at_least":
      max = null;
      break;
    case "fewer_than":
      min = 0;
      max = value === null ? null : Math.max(0, value - 1);
      break;
    case "at_most":
      min = 0;
      break;
    case "range":
    case "vague":
    case "all":
      max = null;
      break;
    case "none":
      min = 0;
      max = 0;
      break;
  }
  return acled === undefined ? { value, min, max, hedge, text } : { value, min, max, hedge, text, acled };
}

function textOf(
  sentenceText: (a: number, b: number) => string,
  tokens: readonly Token[],
  first: number,
  last: number,
) {
  return sentenceText(tokens[first]!.start, tokens[last - 1]!.end);
}

const NONE_HEADS = new Set([
  "one",
  "body",
  "casualties",
  "casualty",
  "injuries",
  "deaths",
  "fatalities",
  "loss",
  "life",
]);

/** "no reports of casualties", "no immediate report of injuries": a none head after words that report it. */
function reportedHead(tokens: readonly Token[], k: number): boolean {
  const words = NONE_REPORTS.find((w) => matchWords(tokens, k, w));
  return words !== undefined && NONE_HEADS.has(tokens[k + words.length]?.norm ?? "");
}

/**
 * All quantity mentions in a sentence, left to right, non-overlapping.
 * `slice` returns the untouched text between two offsets.
 */
export function findQuantities(tokens: readonly Token[], slice: Slice): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (The gate of readAt, asked here: most tokens begin no quantity, and are not read.)
    if (!mayStart(tokens[i]!)) continue;
    const m = readAt(tokens, i, slice);
    if (m) {
      out.push(m);
      i = m.last - 1;
    }
  }
  return out;
}

/** Words that may begin a quantity (besides digits): checked first, since most tokens begin none. */
const STARTS = new Set<string>([
  ...HEDGES_BEFORE.map((h) => h.words[0]!),
  ...VAGUE_PHRASES.map((v) => v.words[0]!),
  ...VAGUE.keys(),
  ...UNITS.keys(),
  ...TENS.keys(),
  "a",
  "an",
  "one",
  "half",
  "twin",
  "twins",
  ...SMALL_GROUP_NOUNS.keys(),
  ...HEADCOUNT_NOUNS,
  "all",
  "no",
  "none",
  "nobody",
  "between",
  "any",
  "anyone",
  "anybody",
  ...NO_HARM_ADJECTIVES,
]);

/** Whether a quantity may begin at this token: a number, or a word of STARTS. */
function mayStart(t: Token): boolean {
  return t.kind === "num" || STARTS.has(t.norm);
}

/**
 * "did not kill or injure anyone", "exploded without hurting anybody", "denied that any workers
 * were still being held": "any" under a negation or denial within `reach` words is a statement of
 * none. A question is not one, whatever negates it: "it was not known whether anyone was hurt",
 * "it was not immediately clear if there were any casualties", "unclear if anyone died".
 */
function negatedNotAsked(tokens: readonly Token[], i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const w = tokens[k]!.norm;
    if (WHETHER_IF_KNOWN_ETC.has(w) || w === "." || w === ";") return false;
    if (NOT_NT_NEVER_ETC.has(w)) return true;
  }
  return false;
}

type Slice = (a: number, b: number) => string;

/** One shape for every mention, whichever phrasing read it. */
function mention(
  kind: QuantityKind,
  quantity: Quantity,
  first: number,
  last: number,
  numFirst: number,
  numLast: number,
): QuantityMention {
  return { kind, quantity, first, last, numFirst, numLast };
}

/**
 * The quantity that begins at tokens[i], if any: a statement of none, "between A and B", "all",
 * a vague phrase or word, or a figure with its range and hedges. Each phrasing is one reader below;
 * a hedge before the number ("more than", "at least") is read once, for those that take one.
 */
function readAt(tokens: readonly Token[], i: number, slice: Slice): QuantityMention | null {
  // (Asked only where a quantity may start: findQuantities's gate, mayStart.)
  const w = tokens[i]!.norm;
  // "how many were killed", "it is unclear how many are still held": a question, no count.
  if (tokens[i - 1]?.norm === "how") return null;
  // "rose from 11 to 19", "The toll, which stood at 11, rose to 19": 11 is superseded; "has gone
  // up to 19": no hedge (changes.ts).
  if (supersededFigure(tokens, i) || particleUpTo(tokens, i) || earlierInAside(tokens, i)) return null;
  const none = readNone(tokens, i, slice);
  if (none) return none;
  if (w === "between") return readBetween(tokens, i, slice);
  const before = hedgeBefore(tokens, i);
  const j = before ? i + before.words.length : i;
  if (j === i && w === "all") return readAll(tokens, i, slice);
  return (
    readVaguePhrase(tokens, i, j, slice) ??
    (j === i ? readVagueWord(tokens, i, slice) : null) ??
    readFigure(tokens, i, j, before ? before.hedge : "exact", slice)
  );
}

/**
 * "no one", "nobody", "none", "no casualties", "no civilians were harmed", "lost no men"; "any"
 * under a denial: "denied that its fighters had killed any civilians"; "not a single soldier was
 * hurt", "not one passenger was harmed".
 */
function readNone(tokens: readonly Token[], i: number, slice: Slice): QuantityMention | null {
  const w = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm ?? "";
  const single = w === "a" && next === "single";
  const none =
    w === "nobody" ||
    w === "none" ||
    (w === "no" &&
      (NONE_HEADS.has(next) ||
        GROUP_OF_NOUN.has(next) ||
        reportedHead(tokens, i + 1) ||
        modifiedPeopleNoun(tokens, i + 1))) ||
    (w === "any" && GROUP_OF_NOUN.has(next) && negatedNotAsked(tokens, i, 8)) ||
    ((w === "anyone" || w === "anybody") && negatedNotAsked(tokens, i, 6)) ||
    (tokens[i - 1]?.norm === "not" && (w === "one" || single)) ||
    // "the crew were unharmed": the adjective after its copula is the none, of the people it is
    // said of ("were freed unharmed" tells how they were freed, and the verb reads past it).
    (NO_HARM_ADJECTIVES.has(w) && NO_HARM_LINKS.has(tokens[i - 1]?.norm ?? ""));
  if (!none) return null;
  const last = (w === "no" && next === "one") || single ? i + 2 : i + 1;
  return mention("none", quantity(0, "none", textOf(slice, tokens, i, last)), i, last, i, last);
}

/**
 * A people noun after "other" or adjectives of nationality or group at k ("no other shoppers were
 * hurt", "no Iraqi or Kurdish personnel were hurt"): a none of those people.
 */
function modifiedPeopleNoun(tokens: readonly Token[], k: number): boolean {
  let j = k;
  if (OTHER_FURTHER_MORE.has(tokens[j]?.norm ?? "")) j++;
  for (let n = 0; n < 4; n++, j++) {
    const w = tokens[j]?.norm ?? "";
    if (GROUP_OF_NOUN.has(w)) return j > k;
    const adjective = isNationality(w) || GROUP_OF_MODIFIER.has(w) || /^\p{Lu}/u.test(tokens[j]?.text ?? "");
    if (!adjective && !(n > 0 && (w === "or" || w === "and"))) return false;
  }
  return false;
}

/**
 * Entries of a list of word sequences by their first word, in the list's order: the first entry a
 * token's words spell is found among those of its first word, not by trying every entry.
 */
function byFirstWord<T extends { words: readonly string[] }>(list: readonly T[]): ReadonlyMap<string, T[]> {
  const index = new Map<string, T[]>();
  for (const e of list) {
    const same = index.get(e.words[0]!);
    if (same) same.push(e);
    else index.set(e.words[0]!, [e]);
  }
  return index;
}

/** The first entry of `index` (byFirstWord) whose words tokens[i..] spell. */
function firstSpelled<T extends { words: readonly string[] }>(
  index: ReadonlyMap<string, T[]>,
  tokens: readonly Token[],
  i: number,
): T | undefined {
  const same = index.get(tokens[i]?.norm ?? "");
  if (same) for (const e of same) if (matchWords(tokens, i, e.words)) return e;
  return undefined;
}

const HEDGES_BEFORE_BY_FIRST = byFirstWord(HEDGES_BEFORE);
const HEDGES_AFTER_BY_FIRST = byFirstWord(HEDGES_AFTER);
const VAGUE_PHRASES_BY_FIRST = byFirstWord(VAGUE_PHRASES);

/** The hedge words before a number ("more than", "at least", "about"), if tokens[i..] spell one. */
function hedgeBefore(tokens: readonly Token[], i: number): (typeof HEDGES_BEFORE)[number] | undefined {
  return firstSpelled(HEDGES_BEFORE_BY_FIRST, tokens, i);
}

/** A range from `low` to `high`, read from the words `text`. */
function rangeQuantity(low: number, high: number, text: string): Quantity {
  const q = quantity(low, "range", text);
  q.max = high;
  return q;
}

/** "between 300 and 400", "between two and five": a range, or nothing. */
function readBetween(tokens: readonly Token[], i: number, slice: Slice): QuantityMention | null {
  const a = readNumber(tokens, i + 1);
  if (!a || !/^(and|to|-|–)$/.test(tokens[a.next]?.norm ?? "")) return null;
  const b = readNumber(tokens, a.next + 1);
  if (!b || b.value <= a.value || notACount(tokens, a.next + 1, b.next, b.value)) return null;
  const q = rangeQuantity(a.value, b.value, textOf(slice, tokens, i, b.next));
  return mention("number", q, i, b.next, i + 1, b.next);
}

/** "all 33" (exact), "all (the|of the) …" (all of a group); not "all of whom" nor "In all, 64". */
function readAll(tokens: readonly Token[], i: number, slice: Slice): QuantityMention | null {
  if (tokens[i + 1]?.norm === "of" && WHOM_WHICH.has(tokens[i + 2]?.norm ?? "")) return null;
  if (!tokens[i + 1] || tokens[i + 1]!.kind === "punct" || tokens[i - 1]?.norm === "in") return null;
  const n = readNumber(tokens, i + 1);
  if (n && !notACount(tokens, i + 1, n.next, n.value))
    return mention(
      "number",
      quantity(n.value, "exact", textOf(slice, tokens, i, n.next)),
      i,
      n.next,
      i + 1,
      n.next,
    );
  return mention("all", quantity(null, "all", tokens[i]!.text), i, i + 1, i, i + 1);
}

/** "a number of", "a few", "dozens of", "an unknown number of" at tokens[j] (after any hedge). */
function readVaguePhrase(
  tokens: readonly Token[],
  i: number,
  j: number,
  slice: Slice,
): QuantityMention | null {
  const v = firstSpelled(VAGUE_PHRASES_BY_FIRST, tokens, j);
  if (!v) return null;
  const last = j + v.words.length - (v.words[v.words.length - 1] === "of" ? 1 : 0);
  const q = quantity(null, "vague", textOf(slice, tokens, i, last), v.acled);
  q.min = v.min;
  return mention("vague", q, i, last, j, last);
}

/** "several", "many", "hundreds", "several dozen"; not "some" or "few" alone. */
function readVagueWord(tokens: readonly Token[], i: number, slice: Slice): QuantityMention | null {
  const w = tokens[i]!.norm;
  const vague = VAGUE.get(w);
  if (!vague || w === "some" || w === "few") return null;
  // "several dozen", "many dozens": one vague figure of dozens (ACLED reads dozens as 12).
  const dozens = /^dozens?$/.test(tokens[i + 1]?.norm ?? "");
  const last = dozens ? i + 2 : i + 1;
  const q = quantity(
    null,
    "vague",
    textOf(slice, tokens, i, last),
    dozens ? VAGUE.get("dozens")!.acled : vague.acled,
  );
  q.min = dozens ? vague.min * 12 : vague.min;
  return mention("vague", q, i, last, i, last);
}

/**
 * A figure at tokens[j] (after the hedge words from i, if any): a range ("300-400", "300 to 400",
 * "two or three") or one number with a hedge after it ("40 or more", "30-odd").
 */
function readFigure(
  tokens: readonly Token[],
  i: number,
  j: number,
  hedge: Hedge,
  slice: Slice,
): QuantityMention | null {
  const n = readNumber(tokens, j);
  if (!n || notACount(tokens, j, n.next, n.value)) return null;
  const range = readRangeEnd(tokens, i, j, n, hedge, slice);
  if (range) return range;
  let last = n.next;
  if (hedge === "exact") {
    const after = hedgeAfter(tokens, last);
    if (after) {
      hedge = after.hedge;
      last += after.words.length;
    }
  }
  // A bare zero counts no one ("0" in a score or a code); "no one" is read above. "Fewer than 0"
  // or "at most zero" is no count either.
  if (n.value === 0 && (hedge === "exact" || hedge === "fewer_than" || hedge === "at_most")) return null;
  return mention("number", quantity(n.value, hedge, textOf(slice, tokens, i, last)), i, last, j, n.next);
}

/** The second figure of "300-400", "300–400", "two or three", and "300 to 400" unhedged. */
function readRangeEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  n: NumberRead,
  hedge: Hedge,
  slice: Slice,
): QuantityMention | null {
  const sep = tokens[n.next]?.norm;
  if (sep !== "-" && sep !== "–" && sep !== "or" && !(sep === "to" && hedge === "exact")) return null;
  const b = readNumber(tokens, n.next + 1);
  if (!b || b.value <= n.value || notACount(tokens, n.next + 1, b.next, b.value)) return null;
  const q = rangeQuantity(n.value, b.value, textOf(slice, tokens, i, b.next));
  return mention("number", q, i, b.next, j, b.next);
}

/** The hedge words after a number ("or more", "-plus", "odd", "or so"), if tokens[i..] spell one. */
function hedgeAfter(tokens: readonly Token[], i: number): (typeof HEDGES_AFTER)[number] | undefined {
  return firstSpelled(HEDGES_AFTER_BY_FIRST, tokens, i);
}
