// Nested attributions: one source passing on another's words. The innermost source is the
// claimant; the outer one is the channel it reached the outlet through.
//   "Reuters quoted police as saying …"            → police, via Reuters
//   "Dawn reported the group as saying …"           → the group, via Dawn
//   "The army was quoted by the agency as saying …" → the army, via the agency
//   "State media, citing a hospital official, reported …", "Citing local officials, the agency
//   said …", "… the agency said, citing officials"  → the officials, via the agency
//   "A statement released by the health ministry said …" → the ministry (a statement is no speaker)
import type { Token } from "../tokens.js";
import { typeOf } from "./claimant-type.js";
import { startsUpper } from "../letters.js";
import { ARTICLES, INDEFINITE_ARTICLES } from "../lexicon/syntax.js";
import { DOCUMENT_NOUNS, DOCUMENT_STANDING_ADJECTIVES } from "../lexicon/documents.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const AS_THAT_WHO: ReadonlySet<string> = new Set(["as", "that", "who"]);
const A_AN_THE_IN: ReadonlySet<string> = new Set(["a", "an", "the", "in"]);
const RELEASED_ISSUED_PUBLISHED_ETC: ReadonlySet<string> = new Set(
  "released issued published posted signed sent put compiled provided given".split(" "),
);
const BY_FROM: ReadonlySet<string> = new Set(["by", "from"]);
const ON_FROM_UPON_ETC: ReadonlySet<string> = new Set("on from upon in after using with".split(" "));
const A_AN_ITS_ETC: ReadonlySet<string> = new Set("a an its their his her the one".split(" "));

export type Range = [number, number];

const AS_SAYING: ReadonlySet<string> = new Set("saying stating telling adding claiming".split(" "));
const BE: ReadonlySet<string> = new Set("is are was were been being".split(" "));
const CITING_WORDS = ["citing", "quoting"];
const CITING = new Set(CITING_WORDS);
const QUOTED_AS_WORDS = ["quoted", "cited", "reported"];
const QUOTED_AS = new Set(QUOTED_AS_WORDS);
const END = /^[.,;:“”"—–]$/;

/**
 * "A quoted B as saying" / "B was quoted (by A) as saying" / "B was cited as saying" / "A reported B
 * as saying" at tokens[k]; `saying` is the index of the participle, which opens B's words and has
 * no subject of its own after it ("as saying gunmen killed 11": the gunmen are no speaker).
 */
export function quotedAs(
  tk: readonly Token[],
  k: number,
): { inner: Range; outer: Range | null; saying: number } | null {
  if (!QUOTED_AS.has(tk[k]?.norm ?? "")) return null;
  let as = k + 1;
  while (as < tk.length && as < k + 16 && !(tk[as]!.norm === "as" && AS_SAYING.has(tk[as + 1]?.norm ?? ""))) {
    // ("Reuters quoted Ali Musa, an army spokesman, as saying": an apposition's commas end nothing.)
    if (
      END.test(tk[as]!.norm) &&
      !(tk[as]!.norm === "," && (apposition(tk, as) || nameApposition(tk, as) > 0))
    )
      return null;
    as++;
  }
  if (tk[as]?.norm !== "as") return null;
  if (BE.has(tk[k - 1]?.norm ?? "")) {
    // The passive: the speaker is the subject before "was"; the channel follows "by".
    const by: Range | null = tk[k + 1]?.norm === "by" && as > k + 2 ? [k + 2, as] : null;
    return { inner: [-1, k - 1], outer: by, saying: as + 1 };
  }
  // (", as saying" after a name in apposition: the comma is no part of the name.)
  const end = tk[as - 1]!.norm === "," ? as - 1 : as;
  return end > k + 1 ? { inner: [k + 1, end], outer: [-1, k], saying: as + 1 } : null;
}

/** Whether the comma at tk[c] opens or closes an apposition: ", a/an/the …" or "…, as saying". */
function apposition(tk: readonly Token[], c: number): boolean {
  return (
    ARTICLES.has(tk[c + 1]?.norm ?? "") || (tk[c + 1]?.norm === "as" && AS_SAYING.has(tk[c + 2]?.norm ?? ""))
  );
}

/**
 * The end (the index of the mark after it) of a person's name in apposition after the comma at
 * tk[c] ("the province's police chief, Karim Salehi, as saying", "citing the deputy governor, Alireza
 * Marhamati, said"): capitalised words and a name's particles closed by a comma, "as" or the
 * sentence's end; 0 when none.
 */
export function nameApposition(tk: readonly Token[], c: number): number {
  let e = c + 1;
  while (e < tk.length && e < c + 7 && (startsUpper(tk[e]!.text) || NAME_PARTICLES.has(tk[e]!.norm))) e++;
  if (e === c + 1 || !startsUpper(tk[c + 1]!.text) || tk[c + 1]!.kind !== "word") return 0;
  return CLOSES_NAME.has(tk[e]?.norm ?? ".") ? e : 0;
}
const NAME_PARTICLES: ReadonlySet<string> = new Set("al bin ibn de da del van von el -".split(" "));
const CLOSES_NAME: ReadonlySet<string> = new Set([",", ".", "as"]);

/**
 * A subject passed on by an outlet: "Red Cross paramedics quoted by local media", "officials cited
 * by the agency" → the source, and the channel after "by"; null when the subject has neither.
 */
export function quotedBy(tk: readonly Token[], [a, b]: Range): { inner: Range; outer: Range } | null {
  for (let k = a + 1; k + 2 < b; k++) {
    if (!PASSED_ON.has(tk[k]!.norm) || tk[k + 1]!.norm !== "by") continue;
    const inner: Range = [a, tk[k - 1]!.norm === "," ? k - 1 : k];
    // "a police report seen by AFP", "an internal UN document obtained by Reuters": the document's
    // author, named by the words before its noun.
    if (DOCUMENTS.has(tk[k - 1]!.norm)) {
      let from = a;
      while (from < k - 1 && DOCUMENT_MODIFIERS.has(tk[from]!.norm)) from++;
      if (from < k - 1) inner.splice(0, 2, from, k - 1);
    }
    return { inner, outer: [k + 2, b] };
  }
  return null;
}

/** Participles by which an outlet passes on a source or a document: "quoted by", "seen by AFP". */
const PASSED_ON: ReadonlySet<string> = new Set("quoted cited seen obtained reviewed".split(" "));
const DOCUMENTS: ReadonlySet<string> = new Set(
  "report document documents memo letter assessment briefing note dossier".split(" "),
);
const DOCUMENT_MODIFIERS: ReadonlySet<string> = new Set(
  "a an the internal confidential classified leaked written preliminary official new latest".split(" "),
);

/** The source after "citing" / "quoting" at tokens[k], up to the end of its phrase. */
export function citation(tk: readonly Token[], k: number): Range | null {
  if (!CITING.has(tk[k]?.norm ?? "")) return null;
  const e = citationEnd(tk, k);
  if (e <= k + 1 || citesNoAuthor(tk, k)) return null;
  // "citing police reports", "citing hospital figures": the document's author, its modifier.
  return [k + 1, documentAuthorEnd(tk, k + 1, e)];
}

/** Where a citation at tk[k] ends, its document's noun included ("citing police reports,"): no cue inside it. */
export function citationEnd(tk: readonly Token[], k: number): number {
  let e = k + 1;
  while (e < tk.length && e < k + 14 && !END.test(tk[e]!.norm) && !AS_THAT_WHO.has(tk[e]!.norm)) e++;
  // ("X, citing the deputy governor, Alireza Marhamati, said": the name in apposition is the source's.)
  const named = tk[k - 1]?.norm === "," && tk[e]?.norm === "," ? nameApposition(tk, e) : 0;
  return named > 0 ? named : e;
}

/** The end of [a, e) without a last noun of a document or figures that a modifier before it authors. */
function documentAuthorEnd(tk: readonly Token[], a: number, e: number): number {
  const last = tk[e - 1]!.norm;
  if (!FIGURES_OF.has(last) && !FIGURES_OF.has(last.replace(/s$/, "")) && !DOCUMENT_NOUNS.has(last)) return e;
  const before = tk.slice(a, e - 1).filter((t) => t.kind === "word" && !DOCUMENT_DETERMINERS.has(t.norm));
  return before.length > 0 && before.some((t) => !FIGURE_ADJECTIVES.test(t.norm) && !NO_AUTHOR.has(t.norm))
    ? e - 1
    : e;
}
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set("a an the its their".split(" "));

/**
 * Whether the citation at tk[k] is of a document that names no author: a document's noun after
 * determiners and adjectives of its time or standing only ("citing preliminary figures", "citing the
 * latest data"), no source.
 */
export function citesNoAuthor(tk: readonly Token[], k: number): boolean {
  const e = citationEnd(tk, k);
  if (!CITING.has(tk[k]?.norm ?? "") || e <= k + 1 || !DOCUMENT_NOUNS.has(tk[e - 1]!.norm)) return false;
  return tk
    .slice(k + 1, e - 1)
    .every(
      (t) =>
        t.kind !== "word" || DOCUMENT_DETERMINERS.has(t.norm) || DOCUMENT_STANDING_ADJECTIVES.has(t.norm),
    );
}

/** A subject without its "citing …" aside: "State media, citing a hospital official," → "State media". */
export function withoutCitation(tk: readonly Token[], [a, b]: Range): Range {
  for (let k = a; k < b; k++) if (CITING.has(tk[k]!.norm)) return [a, tk[k - 1]?.norm === "," ? k - 1 : k];
  return [a, b];
}

/** Nouns of a statement or of figures someone gives: "a statement released by X", "figures from X". */
const FIGURES_OF: ReadonlySet<string> = new Set(
  "statement communique communiqué release post message report tally count figures data statistics numbers estimate estimates".split(
    " ",
  ),
);

/** Adjectives of a figure's time or standing, which name no source ("Preliminary figures show"). */
export const FIGURE_ADJECTIVES =
  /^(preliminary|latest|official|initial|new|provisional|updated|final|daily|joint)$/;

/** Heads of a subject that is figures, not a speaker: "Health ministry figures showed …". */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(
  "figures data statistics numbers tally count toll records estimates".split(" "),
);

/** "a statement released by X", "figures from X", "a report by X": X, the one whose statement it is. */
export function statementSource(tk: readonly Token[], [a, b]: Range): Range {
  // "an AFP count based on testimonies", "a UN tally drawn from hospital records": a participle
  // after the document's noun opens a clause of what it rests on; the source ends at the noun.
  b = beforeBasis(tk, a, b);
  // "the BLA's statement", "the army's figures": the owner.
  for (let i = a; i + 1 < b; i++)
    if (tk[i]!.norm.endsWith("'s") && FIGURES_OF.has(tk[i + 1]!.norm) && i + 2 === b) return [a, i + 1];
  let k = a;
  if (A_AN_THE_IN.has(tk[k]?.norm ?? "")) k++;
  if (INDEFINITE_ARTICLES.has(tk[k]?.norm ?? "")) k++;
  // "A UN report", "an AFP count", "a new police report": the document's author named before it.
  const author = authorBefore(tk, k, b);
  if (author) return author;
  // "preliminary figures from the Civil Protection agency", "the latest figures released by X".
  while (FIGURE_ADJECTIVES.test(tk[k]?.norm ?? "") && FIGURES_OF.has(tk[k + 1]?.norm ?? "")) k++;
  if (!FIGURES_OF.has(tk[k]?.norm ?? "")) return [a, b];
  k++;
  if (RELEASED_ISSUED_PUBLISHED_ETC.has(tk[k]?.norm ?? "")) k++;
  if (tk[k]?.norm === "out") k++;
  return BY_FROM.has(tk[k]?.norm ?? "") && k + 1 < b ? [k + 1, b] : [a, b];
}

/** Participles of what a document rests on ("based on", "drawn from"); "compiled by" names its author. */
const BASED: ReadonlySet<string> = new Set(
  "based drawn compiled gathered collected built derived".split(" "),
);

/** The end of [a, b) before a participle of what a document or count rests on ("count based on …"). */
function beforeBasis(tk: readonly Token[], a: number, b: number): number {
  for (let i = a + 1; i + 1 < b; i++)
    if (
      (DOCUMENTS.has(tk[i]!.norm) || FIGURES_OF.has(tk[i]!.norm)) &&
      BASED.has(tk[i + 1]!.norm) &&
      ON_FROM_UPON_ETC.has(tk[i + 2]?.norm ?? "")
    )
      return i + 1;
  return b;
}

/**
 * The author named as the modifier of a document or a count ending the range ("UN" in "a UN
 * report", "Amnesty International" in "an Amnesty International report"): words from `k` before
 * the noun, past adjectives of time or standing, when they type a claimant.
 */
const NO_AUTHOR: ReadonlySet<string> = new Set(
  "another this that these those one some such its their his her our each every other earlier previous separate same recent detailed short brief draft annual monthly weekly local unconfirmed conflicting several various".split(
    " ",
  ),
);

function authorBefore(tk: readonly Token[], k: number, b: number): Range | null {
  const noun = b - 1;
  if (noun <= k || !(DOCUMENTS.has(tk[noun]!.norm) || FIGURES_OF.has(tk[noun]!.norm))) return null;
  while (
    k < noun &&
    (FIGURE_ADJECTIVES.test(tk[k]!.norm) || DOCUMENT_MODIFIERS.has(tk[k]!.norm) || NO_AUTHOR.has(tk[k]!.norm))
  )
    k++;
  if (k >= noun || tk.slice(k, noun).some((t) => t.kind !== "word" && t.text !== "-")) return null;
  const words = tk.slice(k, noun).map((t) => t.norm);
  return typeOf(words) !== null || startsUpper(tk[k]!.text) ? [k, noun] : null;
}

/** Verbs of putting out a statement, and the statements put out: "issued a press note", "released a video". */
const ISSUE_VERBS = [
  "issued",
  "issues",
  "released",
  "releases",
  "published",
  "publishes",
  "posted",
  "posts",
  "put",
  "puts",
  "sent",
  "sends",
  "circulated",
  "circulates",
];
const ISSUES = new Set(ISSUE_VERBS);
const STATEMENTS: ReadonlySet<string> = new Set(
  "statement statements communique communiqué note release video message audio recording pamphlet letter bulletin update post notice".split(
    " ",
  ),
);

const READS = ["read", "reads"];

/** Lower-case words between a statement's determiner and its noun ("a short press note"). */
const STATEMENT_MODIFIERS: ReadonlySet<string> = new Set(
  "press short brief joint separate written official new video audio signed".split(" "),
);

/**
 * The end of a subject before a statement aside that ends at `end`, right before a speech verb
 * ("The outlawed CPI (Maoist) in a press note claimed", "the army in its statement said"): the
 * index of "in"; else `end`.
 */
export function beforeStatementAside(tk: readonly Token[], end: number): number {
  let j = end - 1;
  if (!STATEMENTS.has(tk[j]?.norm ?? "")) return end;
  j--;
  while (j > 0 && end - j < 5 && STATEMENT_MODIFIERS.has(tk[j]!.norm)) j--;
  if (!A_AN_ITS_ETC.has(tk[j]?.norm ?? "") || tk[j - 1]?.norm !== "in") return end;
  return j - 1 > 0 ? j - 1 : end;
}

/** Whether tokens[k] is "read(s)" after a statement's noun: "“…,” the statement read, adding that …". */
export function statementReads(tk: readonly Token[], k: number): boolean {
  return READS.includes(tk[k]?.norm ?? "") && STATEMENTS.has(tk[k - 1]?.norm ?? "");
}

/**
 * Whether tokens[k] puts out a statement, so that its subject has spoken: "The party later issued a
 * press note", "the group released a video", "the army put out a statement". The statement follows
 * within a few words (its determiner and modifiers: "a short press note", "its own statement").
 */
export function issuesStatement(tk: readonly Token[], k: number): boolean {
  if (!ISSUES.has(tk[k]?.norm ?? "")) return false;
  let j = k + 1;
  if (tk[j]?.norm === "out") j++;
  for (let e = j; e < tk.length && e < j + 4; e++) {
    if (STATEMENTS.has(tk[e]!.norm)) return true;
    if (END.test(tk[e]!.norm) || tk[e]!.kind === "num") return false;
  }
  return false;
}

/**
 * The words one of which opens a nested attribution, a statement put out or one that reads
 * (`quotedAs`, `citation`, `issuesStatement`, `statementReads`): at any other token these find nothing.
 */
export const NESTED_WORDS: readonly string[] = [
  ...QUOTED_AS_WORDS,
  ...CITING_WORDS,
  ...ISSUE_VERBS,
  ...READS,
];
