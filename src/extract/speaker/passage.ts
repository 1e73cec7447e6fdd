// The bounds of a reported passage (CODEBOOK §1c, "Who speaks"): a sentence with no source of its
// own is the outlet's unless it plainly continues a speaker's account. These tests say which
// sentences cannot continue one (the outlet's narrative voice) and which read as reported speech
// even after a paragraph break (the backshifted tenses of indirect speech).
import { MONTHS } from "../lexicon/not-counts.js";
import type { Token } from "../tokens.js";
import { isCapitals } from "../letters.js";

/** Openers that set a sentence in another time than the account: background, in the outlet's voice. */
const PERIODS = /^(year|month|week|decade|summer|winter|spring|autumn)$/;

/**
 * Whether a sentence is in the outlet's narrative voice: it opens with a dateline ("KYIV (AFP) —",
 * "MAIDUGURI, Nigeria -") or with a time frame of background ("Last year, …", "In 2019 …", "Since
 * 2021 …", "In January, …", "Earlier this month, …").
 */
export function narrativeVoice(tk: readonly Token[]): boolean {
  const [a, b, c] = [tk[0]?.norm ?? "", tk[1]?.norm ?? "", tk[2]?.norm ?? ""];
  if (a === "last" && PERIODS.test(b)) return true;
  if ((a === "in" || a === "since") && tk[1]?.kind === "num" && /^(1[89]|20)\d\d$/.test(b)) return true;
  if (a === "in" && MONTHS.has(b) && tk[2]?.kind !== "num") return true;
  if (a === "earlier" && b === "this" && PERIODS.test(c)) return true;
  return dateline(tk);
}

/** "KYIV (AFP) —", "GOMA, Democratic Republic of Congo (AP) —": capitals, an optional place, a dash. */
function dateline(tk: readonly Token[]): boolean {
  if (!isCapitals(tk[0]?.text ?? "")) return false;
  for (let k = 1; k < tk.length && k < 12; k++) {
    const t = tk[k]!.text;
    if (/^[—–-]$/.test(t) || t === ":") return true;
    if (t === "." || tk[k]!.kind === "num") return false;
  }
  return false;
}

/**
 * Whether a sentence is in the backshifted tense of indirect speech ("had been killed", "had
 * seized", "would be"), which goes on with a speaker's account across a paragraph break.
 */
export function reportedTense(tk: readonly Token[]): boolean {
  for (let k = 0; k + 1 < tk.length; k++) {
    const w = tk[k]!.norm;
    const next = tk[k + 1]!;
    if (w === "had" && next.kind === "word" && (next.norm === "been" || /ed$|en$/.test(next.norm)))
      return true;
    if (w === "would" && next.kind === "word") return true;
  }
  return false;
}

/**
 * Whether a sentence opens a list's item: a number and its point or bracket ("1.", "2)", read as a
 * sentence of its own), a bullet or a table's dotted-leader row. The items of a list announced by a cue and a colon ("It said:")
 * are that cue's account, paragraph by paragraph.
 */
export function opensListItem(tk: readonly Token[]): boolean {
  const [a, b] = [tk[0], tk[1]];
  return (
    (a?.kind === "num" && (b?.text === "." || b?.text === ")")) ||
    /^[-•*]$/.test(a?.text ?? "") ||
    isLeaderRowOf(tk)
  );
}

/** A table's row: a label, a dotted leader and a figure ("Soldiers killed ....... 4", segment/leaders.ts). */
function isLeaderRowOf(tk: readonly Token[]): boolean {
  const last = tk.length - 1;
  return last > 4 && tk[last]!.kind === "num" && tk.slice(last - 4, last).every((t) => t.text === ".");
}
