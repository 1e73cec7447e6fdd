// A text given in one person's voice, whose speaker no cue of its own names: a speech or statement
// an editor's note introduces ("The following is the statement delivered by X to the Council."),
// whose unattributed sentences and first person ("My Office has verified …", "we") are X's; and a
// transcript whose paragraphs open with speaker labels ("HOST: …", "DATU: …", "Q: … A: …"), each
// label the speaker of its paragraph and of the unlabelled ones after it. Read by attribute.ts,
// which resolves the ranges found here to claimants.
import type { Token } from "../tokens.js";
import {
  AUTHOR_ENDS,
  CONVERSATION_NOUNS,
  DELIVERED_TEXTS,
  DELIVERY_VERBS,
  INTERVIEWEE_LABELS,
  INTERVIEWER_LABELS,
  NOTE_OPENINGS,
  NOT_SPEAKER_LABELS,
} from "../lexicon/voices.js";
import type { Range } from "./nested.js";
import { startsUpper } from "../letters.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const OF_FOR: ReadonlySet<string> = new Set(["of", "for"]);
const I_WE_MY_OUR: ReadonlySet<string> = new Set(["i", "we", "my", "our"]);

const isCap = (t: Token | undefined) => t !== undefined && startsUpper(t.text);

/** "of"/"for" inside a title ("Minister of Defence", "Under-Secretary-General for Humanitarian Affairs"). */
function titleLink(tk: readonly Token[], j: number): boolean {
  if (!OF_FOR.has(tk[j]!.norm)) return false;
  return isCap(tk[j + 1]) || (tk[j + 1]?.norm === "the" && isCap(tk[j + 2]));
}

/** The author's name from tokens[a]: up to a word that ends it (a place, a time, a clause). */
function authorFrom(tk: readonly Token[], a: number): Range | null {
  let b = a;
  for (; b < tk.length; b++) {
    const w = tk[b]!.norm;
    // (A full stop after an abbreviation stays inside: "Amb. Jane Doe", "Gov. Ramil Datu".)
    if (w === "." && isCap(tk[b - 1]) && tk[b - 1]!.text.length <= 4 && isCap(tk[b + 1])) continue;
    if (AUTHOR_ENDS.has(w) || (OF_FOR.has(w) && !titleLink(tk, b))) break;
  }
  return b > a && b - a <= 14 ? [a, b] : null;
}

/** The second words of the note's openings ("following" of "The following is", "is" of "Below is"). */
const NOTE_SECOND: ReadonlySet<string> = new Set(NOTE_OPENINGS.map((o) => o[1]!));

/**
 * Whether a text may hold an editor's note: one of the openings' last two words in it ("following
 * is", "below are"), found by one search, so that a report with none is read for no note.
 */
export function mayHoldNote(text: string): boolean {
  return NOTE_PAIR.test(text);
}
/** ("ollowing is": the openings' words without their first letter, in either case.) */
const NOTE_PAIR = new RegExp(
  `(?:${[...new Set(NOTE_OPENINGS.map((o) => o[o.length - 2]!.slice(1)))].join("|")}) ` +
    `(?:${[...new Set(NOTE_OPENINGS.map((o) => o[o.length - 1]!))].join("|")})\\b`,
);

/** Whether a sentence may open an editor's note: its second word is one of an opening's. */
export function mayOpenNote(tk: readonly Token[]): boolean {
  return NOTE_SECOND.has(tk[1]?.norm ?? "");
}

/** Whether the tokens open with one of the note's openings ("The following is", "Below are"). */
function opensNote(tk: readonly Token[]): number {
  for (const o of NOTE_OPENINGS) if (o.every((w, i) => tk[i]?.norm === w)) return o.length;
  return 0;
}

/**
 * The author an editor's note names for the text after it: "The following is the statement
 * delivered by X to …", "Below is the text of a speech by X", "Here are the remarks of X",
 * "The following is X's address to …". Null for any other sentence.
 */
export function editorsNoteAuthor(tk: readonly Token[]): Range | null {
  const open = opensNote(tk);
  if (open === 0) return null;
  // ("the text of a speech by X": the first noun of a text that names its author.)
  for (let noun = open; noun < tk.length && noun <= open + 8; noun++)
    if (DELIVERED_TEXTS.has(tk[noun]!.norm)) {
      const author = authorOf(tk, open, noun);
      if (author) return author;
    }
  return null;
}

/** The author a note gives the text its noun at tokens[noun] names: "X's address", "delivered by X", "of X". */
function authorOf(tk: readonly Token[], open: number, noun: number): Range | null {
  const owner = tk[noun - 1];
  if (owner && /['’]s$/.test(owner.text) && isCap(owner)) {
    let a = noun - 1;
    while (a > open && (isCap(tk[a - 1]) || tk[a - 1]!.text === "-")) a--;
    return [a, noun];
  }
  let k = noun + 1;
  if (DELIVERY_VERBS.has(tk[k]?.norm ?? "")) k++;
  if (tk[k]?.norm !== "by" && !(tk[k]?.norm === "of" && isCap(tk[k + 1]))) return null;
  return authorFrom(tk, k + 1);
}

/** "Transcript of a radio interview with X, …", "in an interview with X": the one interviewed. */
export function interviewee(tk: readonly Token[]): Range | null {
  const k = tk.findIndex((t, i) => CONVERSATION_NOUNS.has(t.norm) && tk[i + 1]?.norm === "with");
  return k < 0 || !isCap(tk[k + 2]) ? null : authorFrom(tk, k + 2);
}

/** A line that opens with one to five words, the first capitalised, and a colon ("DATU: …", "Q: …"). */
const LABEL_LINE = /\n[ \t]*[A-Z][^\n:]{0,40}:[ \t]/;
const LABEL_AT_START = /^[ \t]*[A-Z][^\n:]{0,40}:[ \t]/;

/** A speaker label opening a paragraph: its words before the colon ("GOV. DATU", "Q"). */
export interface SpeakerLabel {
  /** The label's tokens in the paragraph's first sentence: [0, colon). */
  range: Range;
  /** Who the label is: the one who asks (the outlet), the one who answers, or a named speaker. */
  role: "interviewer" | "interviewee" | "named";
  key: string;
}

/** The label a paragraph's first sentence opens with, if it has the shape of one. */
function labelOf(tk: readonly Token[]): SpeakerLabel | null {
  let colon = 1;
  while (colon < 6 && colon < tk.length && tk[colon]!.norm !== ":") colon++;
  if (colon >= 6 || tk.length <= colon + 1) return null;
  const words = tk.slice(0, colon).filter((t) => t.kind !== "punct");
  if (words.length === 0 || words.length > 3 || !words.every(isCap)) return null;
  if (words.some((t) => NOT_SPEAKER_LABELS.has(t.norm)) || tk.slice(0, colon).some((t) => t.kind === "num"))
    return null;
  const key = words.map((t) => t.norm).join(" ");
  const role = INTERVIEWER_LABELS.has(key)
    ? "interviewer"
    : INTERVIEWEE_LABELS.has(key)
      ? "interviewee"
      : "named";
  return { range: [0, colon], role, key };
}

/**
 * The speaker labels of a transcript, by paragraph: paragraphs that open with a label, when the
 * article is a dialogue (three labelled paragraphs or more, two speakers or more, one of them
 * speaking again) and its labels are written in capitals ("DATU:") or a note before them calls it
 * an interview or transcript. A round-up's place labels ("Kharkiv Oblast: …") are no dialogue.
 */
export function speakerLabels(
  text: string,
  sentences: readonly { paragraph: number; tokens: readonly Token[] }[],
): Map<number, SpeakerLabel> {
  const found = new Map<number, SpeakerLabel>();
  // (One search of the whole text first: a line opening with a few words and a colon.)
  if (!LABEL_AT_START.test(text) && !LABEL_LINE.test(text)) return found;
  let capitals = true;
  let paragraph = -1;
  let first = -1;
  sentences.forEach((s, i) => {
    // (Only a paragraph's first sentence may open with a label.)
    if (s.paragraph === paragraph) return;
    paragraph = s.paragraph;
    const label = labelOf(s.tokens);
    if (!label) return;
    if (first < 0) first = i;
    found.set(s.paragraph, label);
    capitals &&= s.tokens
      .slice(...label.range)
      .every((t) => t.kind === "punct" || t.text === t.text.toUpperCase());
  });
  const keys = [...found.values()].map((l) => l.key);
  const dialogue = keys.length >= 3 && new Set(keys).size >= 2 && new Set(keys).size < keys.length;
  if (!dialogue) return new Map();
  // ("Transcript of a radio interview with …" before the first label.)
  const conversation = () =>
    sentences.slice(0, first).some((s) => s.tokens.some((t) => CONVERSATION_NOUNS.has(t.norm)));
  return capitals || conversation() ? found : new Map();
}

/** Whether a speaker's mention is the first person ("I", "we", "My Office", "our team"). */
export function firstPerson(span: readonly Token[]): boolean {
  return I_WE_MY_OUR.has(span[0]?.norm ?? "");
}
