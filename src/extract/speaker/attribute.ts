// Who claims what: speech cues ("X said (that)…", "…, police said", "according to X", "X told
// AFP", "in a statement, the group said", "He added…"), quotes tied to the cue beside them, and
// every other sentence in the outlet's own voice (codebook §1c).
import type { Claimant, ClaimantChannel, Span } from "../../core/model.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words.js";
import { TITLES } from "../lexicon/titles.js";
import {
  ACCORDING_TO,
  ASIDE_PARTICIPLES,
  CLAIMS_NOUN_AFTER,
  DOCUMENT_NOUNS,
  SPEECH_FILLERS,
  SPEECH_VERBS,
  ROLE_NOUNS,
  THAT_SPEECH_VERBS,
} from "../lexicon/claimants.js";
import { quoteAt, type Quote } from "../segment/quotes.js";
import type { Token } from "../tokens.js";
import { afterTimeOpening, clockStampEnd, isClockColon } from "./time-opening.js";
import { EntityRegistry, partyOf, typeOf, type Entity } from "./entities.js";
import { readActors } from "./actors.js";
import { referringDescription } from "./reference.js";
import { describedNames } from "./descriptions.js";
import { ACRONYM, EVERY_READER, readersOf, TITLED, TOLD } from "./passing-words.js";
import { asPutIt, inWordsOf, reportedToSay, WORDS_OF } from "./framed.js";
import { ownSideIn, sideNamedBefore } from "./party-role.js";
import { narrativeVoice, opensListItem, reportedTense } from "./passage.js";
import { putAtAgentBy } from "./put-at.js";
import { REVISION_VERBS, revisesFigure } from "./revision.js";
import { COUNT_VERBS, recordsCount } from "./counting.js";
import { NO_COMMENT_WORDS, noComment } from "./no-comment.js";
import { notSpeech } from "./speech-use.js";
import { namesNoSource } from "./sourceless.js";
import { figureOrOutcomeAt, listItemSource } from "./list-source.js";
import { disputesAccount, STANCE_VERBS } from "./stance.js";
import {
  editorsNoteAuthor,
  firstPerson,
  interviewee,
  mayHoldNote,
  mayOpenNote,
  speakerLabels,
  type SpeakerLabel,
} from "./document-voice.js";
import { clauseSubject, speakerRange } from "./subject-shape.js";
import { describedSubject } from "./described-subject.js";
import { relativeAsideEnd } from "./relative-aside.js";
import {
  beforeStatementAside,
  citation,
  citationEnd,
  citesNoAuthor,
  FIGURE_ADJECTIVES,
  FIGURE_NOUNS,
  issuesStatement,
  NESTED_WORDS,
  quotedAs,
  quotedBy,
  statementReads,
  statementSource,
  withoutCitation,
  type Range,
} from "./nested.js";
import { isLowerEd, startsLower, startsUpper } from "../letters.js";
import { ARTICLES } from "../lexicon/syntax.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const AND_BUT_YET: ReadonlySet<string> = new Set(["and", "but", "yet"]);
const WHO_WHICH: ReadonlySet<string> = new Set(["who", "which"]);
const WHO_WHICH_WHOSE: ReadonlySet<string> = new Set(["who", "which", "whose"]);
const WITH_BY_FROM_ETC: ReadonlySet<string> = new Set("with by from for of to in on at".split(" "));
const THE_A_AN_ETC: ReadonlySet<string> = new Set("the a an and said told by of to".split(" "));
const THE_A_AN_THIS_ETC: ReadonlySet<string> = new Set("the a an this that its their".split(" "));
const OF_FOR_THE_AND_DASH: ReadonlySet<string> = new Set(["of", "for", "the", "and", "-"]);
const OF_FOR_AND: ReadonlySet<string> = new Set(["of", "for", "and"]);
const OF_FOR_AND_THE: ReadonlySet<string> = new Set(["of", "for", "and", "the"]);
const THIS_THESE_THE: ReadonlySet<string> = new Set(["this", "these", "the"]);
const INFORMATION_DETAILS_FIGURES_TOLL_ACCOUNT: ReadonlySet<string> = new Set([
  "information",
  "details",
  "figures",
  "toll",
  "account",
]);
const TOLL_FIGURE_NUMBER: ReadonlySet<string> = new Set(["toll", "figure", "number"]);
const CLAIMS_REPORTS_CLAIM_REPORT: ReadonlySet<string> = new Set(["claims", "reports", "claim", "report"]);
const CLAIMED_CLAIMS_CLAIM: ReadonlySet<string> = new Set(["claimed", "claims", "claim"]);
const THE_RESPONSIBILITY_CREDIT: ReadonlySet<string> = new Set(["the", "responsibility", "credit"]);

export interface SentenceTokens extends Span {
  index: number;
  paragraph: number;
  tokens: Token[];
}

interface Cue {
  /** Offset of the speech verb (or of "according to"). */
  at: number;
  entity: Entity;
  mention: Span;
  /** Whether the cue's subject follows its verb (", said police chief Ali"). */
  inverted: boolean;
  unconfirmed: boolean;
  /** The outer source of a nested attribution ("Reuters quoted police as saying"): Reuters. */
  channel: { entity: Entity; mention: Span } | null;
  /** Where a cue inside a relative clause stops speaking ("who witnesses said wore uniforms,"). */
  until: number | null;
}

const SUBJECT_BOUNDARY = new Set([
  ",",
  ";",
  ":",
  "“",
  "”",
  '"',
  "—",
  "–",
  "…",
  "that",
  "and",
  "but",
  "while",
  "as",
  "however",
  "after",
  "when",
  "which",
  "who",
  "whereas",
  "although",
  "though",
  "because",
  "since",
  "where",
  "meanwhile",
  "earlier",
  "said",
]);
const MAX_SUBJECT = 16;
/** Speech verbs that may come before their subject (",” said the minister"); "told" never does. */
const INVERTIBLE = new Set([
  "said",
  "says",
  "added",
  "adds",
  "stated",
  "explained",
  "noted",
  "claimed",
  "wrote",
]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);
const UNCONFIRMED = new Set(["reports", "report", "unconfirmed"]);
/** Nouns of accounts that may show or suggest what happened ("Reports indicate", "Other accounts suggest"). */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set("reports report accounts sources source".split(" "));

const SPEECH_VERB_SET = new Set(SPEECH_VERBS.map((v) => v[0]!));
const THAT_SPEECH: ReadonlySet<string> = new Set(THAT_SPEECH_VERBS);
const CLAIMS_AS_NOUN: ReadonlySet<string> = new Set(CLAIMS_NOUN_AFTER);

function isSpeechVerb(tokens: readonly Token[], k: number): boolean {
  return SPEECH_VERB_SET.has(tokens[k]!.norm) || thatSpeech(tokens, k);
}

/** A verb that reports speech only before "that": "indicated that", "detailed that", "pointed out that". */
function thatSpeech(tokens: readonly Token[], k: number): boolean {
  if (!THAT_SPEECH.has(tokens[k]!.norm)) return false;
  const next = tokens[k + 1]?.norm;
  return next === "that" || (next === "out" && tokens[k + 2]?.norm === "that");
}

/** A sentence that only gives the source of the one before: "X gave this information", "X announced this on Telegram". */
const REFERS_BACK = [
  /\b(gave|provided|confirmed|shared|released) (this|these|the) (information|details|figures|toll|account)\b/,
  /\b(announced|reported|said|confirmed|stated|wrote|posted|shared|disclosed|revealed) (this|these)( on| in| at| to| via| through| during| late| early| yesterday| today| ,| \.|$)/,
];
const DISCOURSE_ADVERBS = new Set([
  "however",
  "meanwhile",
  "though",
  "too",
  "also",
  "instead",
  "nevertheless",
  "separately",
  "later",
  "earlier",
  "then",
  "moreover",
]);
/** Words that end a subject after its verb (", said the minister after the meeting"). */
const AFTER_BOUNDARY = new Set(
  '. ; “ " in on that after before during when while who which following because'.split(" "),
);
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(
  "the a an of for by in at to and newly recently so-called".split(" "),
);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Words of a clause, never of a name: "Two wounded rebels were brought to hospital, …, said Magisa". */
const AUXILIARIES = new Set([...BE, "has", "have", "had", "will", "would", "did", "does"]);
const PASSIVE_ADVERBS = new Set([
  "also",
  "reportedly",
  "widely",
  "previously",
  "initially",
  "officially",
  "later",
  "not",
]);
const QUANTIFIERS = new Set([
  "several",
  "many",
  "some",
  "others",
  "dozens",
  "scores",
  "hundreds",
  "few",
  "more",
]);

/**
 * A speech verb used as a passive or a participle names no speaker: "the attackers were said to
 * have returned", "five were reported killed", "several reported injured", "a man described as a
 * stateless Palestinian".
 */
function isPassiveSpeech(tk: readonly Token[], k: number): boolean {
  const w = tk[k]!.norm;
  if (!w.endsWith("ed") && w !== "said" && w !== "told") return false;
  if (w === "described" && tk[k + 1]?.norm === "as") return true;
  let j = k - 1;
  while (j >= 0 && PASSIVE_ADVERBS.has(tk[j]!.norm)) j--;
  const prev = tk[j];
  if (!prev) return false;
  return BE.has(prev.norm) || (w === "reported" && (prev.kind === "num" || QUANTIFIERS.has(prev.norm)));
}

/** Whether a token's word is one of `words` (a loop: no call per token). */
function holdsAny(tk: readonly Token[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < tk.length; i++) if (words.has(tk[i]!.norm)) return true;
  return false;
}

/** A typed source of a few words opening a sentence before a colon ("Police: 5 killed", "UN agency: …"). */
function headlineSource(tk: readonly Token[]): [number, number] | null {
  // (Only the first five tokens are looked at: the colon closes a source of a few words.)
  let c = -1;
  for (let i = 0; i < tk.length && i <= 4 && c < 0; i++) if (tk[i]!.norm === ":") c = i;
  if (
    c <= 0 ||
    tk.slice(0, c).some((t, i) => t.kind !== "word" || isSpeechVerb(tk, i) || AUXILIARIES.has(t.norm)) ||
    // A figure or an outcome makes it a headline's clause, not a source ("Five soldiers shot dead: …").
    tk.slice(0, c).some((_, i) => figureOrOutcomeAt(tk, i))
  )
    return null;
  return typeOf(tk.slice(0, c).map((t) => t.norm)) !== null ? [0, c] : null;
}

/** Participles whose agent, after "by", gives what is said: "confirmed by", "reported by", "given by". */
const AGENT_PARTICIPLE_WORDS =
  "confirmed reported given released provided announced issued published compiled stated recorded verified documented accused".split(
    " ",
  );
const AGENT_PARTICIPLES = new Set(AGENT_PARTICIPLE_WORDS);

/** Verbs that put a toll ("put the military toll at 28"), and that give the figures before ("gave this information"). */
const PUTS_TOLL = new Set(["put", "puts", "placed", "places", "gave", "gives", "give"]);
const GAVE_IT = new Set(["gave", "provided", "shared"]);
/** Verbs by which figures or reports speak for their source ("Health ministry figures showed"). */
const SHOWS = new Set([
  "showed",
  "shows",
  "show",
  "indicated",
  "indicate",
  "indicates",
  "suggest",
  "suggests",
  "suggested",
]);

/**
 * The words at which findCues's token loop can read anything (a speech verb, "according", a verb
 * that puts a toll or gives figures, a passive report's participle, figures that show, a nested
 * attribution or a statement put out): at any other token each of its readers finds nothing, so
 * the loop skips it unread. cue-words.test.ts checks every reader against it.
 */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS.map((v) => v[0]!),
  ...THAT_SPEECH_VERBS,
  ...WORDS_OF,
  ACCORDING_TO[0]!,
  ...PUTS_TOLL,
  ...GAVE_IT,
  ...AGENT_PARTICIPLE_WORDS,
  ...SHOWS,
  ...NESTED_WORDS,
  ...REVISION_VERBS,
  ...COUNT_VERBS,
  ...NO_COMMENT_WORDS,
  ...STANCE_VERBS,
]);

/**
 * The agent of a passive report at tokens[k]: "were confirmed by the health ministry", "as reported by
 * the Associated Press", "the toll, given by the civil defence,". Not "claimed by" (responsibility).
 */
function passiveAgent(tk: readonly Token[], k: number): [number, number] | null {
  // "Deaths were estimated at 140 by the ministry": the agent after the figure (put-at.ts).
  const by = putAtAgentBy(tk, k);
  if (by !== null) return subjectAfter(tk, by);
  if (tk[k + 1]?.norm !== "by" || !AGENT_PARTICIPLES.has(tk[k]!.norm)) return null;
  let j = k - 1;
  while (j >= 0 && PASSIVE_ADVERBS.has(tk[j]!.norm)) j--;
  if (!BE.has(tk[j]?.norm ?? "") && !/^(as|,)$/.test(tk[j]?.norm ?? "")) return null;
  const agent = subjectAfter(tk, k + 1);
  // "have been accused by rights groups of killing hundreds": the accusers, up to what they accuse.
  const of = agent ? tk.findIndex((t, i) => i > agent[0] && i < agent[1] && t.norm === "of") : -1;
  return agent && of > 0 && /ing$/.test(tk[of + 1]?.norm ?? "") ? [agent[0], of] : agent;
}

/**
 * Whether a clause opens at tokens[k] after "claimed the": a short noun phrase and then its verb
 * ("claimed the attackers abducted 30", "claimed the army had fled"), not an object of the claim
 * ("claimed the lives of 28", "claimed the attack", "claimed the deadly bombing that killed 12").
 */
function clauseAfter(tk: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tk.length && j <= k + 3; j++) {
    const t = tk[j]!;
    if (t.kind !== "word" || COMPLEMENT_OR_RELATIVE.has(t.norm)) return false;
    if (AUXILIARIES.has(t.norm) || (isLowerEd(t.text) && !ATTRIBUTIVE_BEFORE.has(tk[j - 1]!.norm)))
      return true;
  }
  return false;
}
const COMPLEMENT_OR_RELATIVE: ReadonlySet<string> = new Set(
  "of in on at for by with that which who near against".split(" "),
);

/** The subject before a speech verb at tokens[k]: back to a clause boundary, brackets kept whole. */
function subjectBefore(tokens: readonly Token[], k: number): [number, number] | null {
  let end = subjectEnd(tokens, k);
  // "The Army's Third Division attributed the massacre to … and said": the subject of the clause.
  // (And "It has denied targeting civilians, but said …": the subject of a contrast's first verb.)
  if (AND_BUT_YET.has(tokens[end - 1]?.norm ?? "")) return sharedSubject(tokens, end - 1);
  end = beforeDiscoursePhrase(tokens, end);
  // "Muhammad Shehu, however, said": a sentence adverb between commas is not part of the speaker.
  if (
    tokens[end - 1]?.norm === "," &&
    DISCOURSE_ADVERBS.has(tokens[end - 2]?.norm ?? "") &&
    tokens[end - 3]?.norm === ","
  )
    // "The BLA, however, said": with no apposition before, the subject is the words before the comma.
    return subjectBefore(tokens, end - 2) ?? subjectBefore(tokens, end - 3);
  // "all of whom it said": a pronoun right before the verb is the whole subject.
  if (end > 0 && PRONOUNS.has(tokens[end - 1]!.norm)) return [end - 1, end];
  if (end > 1 && (tokens[end - 1]!.norm === "—" || tokens[end - 1]!.norm === "–"))
    return subjectBeforeDash(tokens, end);
  if (end > 1 && tokens[end - 1]!.norm === ",") return subjectBeforeComma(tokens, end);
  return subjectRun(tokens, end);
}

/**
 * Where the subject before a speech verb at tokens[k] ends: before a quote opening on the verb ("The
 * group likewise “commemorated” 12 of its fighters": no boundary), fillers ("also", "later") and a
 * statement's aside ("The outlawed CPI (Maoist) in a press note claimed": no part of the speaker).
 */
function subjectEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  const mark = tokens[end - 1];
  if (mark && (mark.text === "“" || (mark.text === '"' && mark.end === tokens[end]?.start))) end--;
  while (end > 0 && isFiller(tokens, end - 1)) end--;
  end = beforeStatementAside(tokens, end);
  while (end > 0 && isFiller(tokens, end - 1)) end--;
  return end;
}

/** A filler before the verb; capitalised after a capitalised word it ends a name ("Myanmar Now reported"). */
function isFiller(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return SPEECH_FILLERS.has(t.norm) && !(k > 0 && startsUpper(t.text) && startsUpper(tokens[k - 1]!.text));
}

/** "The movement in turn said", "The army for its part said": before a phrase of discourse, not the subject. */
function beforeDiscoursePhrase(tokens: readonly Token[], end: number): number {
  // (Read token by token: no norm holds a space, so only these words in these places match.)
  const at = (i: number) => (i >= 0 ? (tokens[i]?.norm ?? "") : "");
  if (at(end - 2) === "in" && at(end - 1) === "turn") return end - 2;
  if (at(end - 3) === "for" && PART_OWNERS.has(at(end - 2)) && at(end - 1) === "part") return end - 3;
  return end;
}
const PART_OWNERS = new Set(["its", "their", "his", "her"]);

/** "The NLA — which the government lists as a terrorist group — said": the subject before an aside between dashes. */
function subjectBeforeDash(tokens: readonly Token[], end: number): [number, number] | null {
  const dash = tokens[end - 1]!.norm;
  let j = end - 2;
  while (j > 0 && j > end - 24 && tokens[j]!.norm !== dash) j--;
  return tokens[j]?.norm === dash ? subjectBefore(tokens, j) : null;
}

/** A clause's end in the subject's way: ";", ":", a quote mark, a full stop ("speaking to Dawn.com": not one with no space after it). */
function endsClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (
    /^[;:“”"]$/.test(t.norm) ||
    (t.norm === "." && !ABBREVIATIONS.has(tokens[k - 1]?.norm ?? "") && tokens[k + 1]?.start !== t.end)
  );
}

/**
 * The subject before a comma at end - 1: "Lt. Gen. Farid Chaudhry, the military spokesman, said" (a
 * name and its appositive), or "An official, who spoke on condition of anonymity because he was not
 * authorised to …, said" (a long relative clause between commas: the noun phrase before it).
 */
function subjectBeforeComma(tokens: readonly Token[], end: number): [number, number] | null {
  let j = end - 2;
  while (j > 0 && j > end - 14 && tokens[j]!.norm !== "," && !endsClause(tokens, j)) j--;
  if (tokens[j]?.norm === ",") return nameBeforeApposition(tokens, j, end) ?? beforeSignedAside(tokens, end);
  while (j > 0 && j > end - 36 && !endsClause(tokens, j)) {
    if (tokens[j]!.norm === "," && WHO_WHICH.has(tokens[j + 1]?.norm ?? "")) return subjectBefore(tokens, j);
    j--;
  }
  return beforeSignedAside(tokens, end);
}

/** Participles of a document's aside that name who put it out ("signed by", "issued by"). */
const SIGNED = new Set([...AGENT_PARTICIPLE_WORDS, "signed", "read", "posted", "sent"]);

/**
 * "The communique, signed by the army spokesman, Colonel X, said": a document with an aside of
 * who signed or issued it, however many appositions the aside holds, the document before it (its
 * author the one said to put it out, speaker/entities.ts). The aside opens at the clause's first comma.
 */
function beforeSignedAside(tokens: readonly Token[], end: number): [number, number] | null {
  let c = end - 2;
  let first = -1;
  while (c > 0 && c > end - 36 && !endsClause(tokens, c)) {
    if (tokens[c]!.norm === ",") first = c;
    c--;
  }
  if (first < 1 || !SIGNED.has(tokens[first + 1]?.norm ?? "") || tokens[first + 2]?.norm !== "by")
    return null;
  return subjectBefore(tokens, first);
}

/**
 * The speaker before an apposition between the commas at j and end - 1: the name before it with
 * the apposition, or the apposition itself ("…, the governor's office, said").
 */
function nameBeforeApposition(tokens: readonly Token[], j: number, end: number): [number, number] | null {
  const name = nameBeforeAside(tokens, j);
  // ", who uses the name Commander Zaro," is a relative clause, not the speaker's title; ",
  // speaking to Dawn on condition of anonymity," a participle's aside.
  if (
    name &&
    (WHO_WHICH_WHOSE.has(tokens[j + 1]?.norm ?? "") ||
      ASIDE_PARTICIPLES.has(tokens[j + 1]?.norm ?? "") ||
      participleAside(tokens, j + 1))
  )
    return withOfficeBefore(tokens, name);
  // A name is short and capitalised; a whole clause before the commas is not the speaker's
  // ("Soldiers … killed the three assailants in a firefight, the governor's office said").
  if (
    name &&
    name[1] - name[0] - bracketed(tokens, name) <= 10 &&
    /^([A-Z]|the$|a$|an$)/.test(tokens[name[0]]!.text) &&
    !tokens.slice(name[0], name[1]).some((t) => AUXILIARIES.has(t.norm))
  )
    return [name[0], beforeRelative(tokens, j + 2, end - 1)];
  if (ARTICLES.has(tokens[j + 1]?.norm ?? "")) return [j + 1, end - 1];
  return null;
}

/**
 * Where an apposition's relative clause opens in [from, end) (", the Russian paramilitary force that
 * replaced Wagner,"): the apposition ends before it, its clause no part of the name; else `end`.
 */
function beforeRelative(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (RELATIVES.has(tokens[k]!.norm)) return k;
  return end;
}
const RELATIVES: ReadonlySet<string> = new Set(["that", "which", "who", "whose"]);

/**
 * The subject before the comma at j; "Ali Musa, an army spokesman, speaking to AFP, said", "…,
 * quoted by the agency, said": a short capitalised name with its apposition before the aside.
 */
function nameBeforeAside(tokens: readonly Token[], j: number): [number, number] | null {
  const name = subjectBefore(tokens, j);
  if (!name || tokens[name[0] - 1]?.norm !== ",") return name;
  const named = subjectBefore(tokens, j + 1);
  if (
    named &&
    named[1] === j &&
    named[0] < name[0] &&
    name[0] - 1 - named[0] <= 6 &&
    tokens.slice(named[0], name[0] - 1).every(isProperOrStop)
  )
    return named;
  return name;
}

function isProperOrStop(t: Token): boolean {
  return startsUpper(t.text) || t.text === ".";
}

/**
 * The subject as the run of words before `end` back to a clause boundary, brackets kept whole; a
 * name's "and" kept ("the Armed Conflict Location and Event Data Project"), a coordination whole;
 * the noun phrase a relative clause follows ("A resident who asked not to be named said"); without
 * a preposition ("with the military saying …") or a time phrase opening the clause ("On Friday the
 * army said").
 */
function subjectRun(tokens: readonly Token[], end: number): [number, number] | null {
  let start = end;
  let depth = 0;
  while (start > 0 && end - start < MAX_SUBJECT) {
    const t = tokens[start - 1]!;
    if (t.text === ")") depth++;
    else if (t.text === "(") depth--;
    else if (depth === 0 && t.norm === "and" && start < end && inName(tokens, start - 1)) {
      start--;
      continue;
    } else if (depth === 0 && SUBJECT_BOUNDARY.has(t.norm) && !isClockColon(tokens, start - 1)) break;
    // "QUETTA (Reuters) - A spokesman …": a spaced hyphen is a dash, and a dateline is no speaker.
    else if (depth === 0 && t.text === "-" && tokens[start - 2]?.end !== t.start) break;
    start--;
  }
  if (tokens[start - 1]?.norm === "and") start = coordinated(tokens, start, end);
  if (WHO_WHICH.has(tokens[start - 1]?.norm ?? "") && tokens[start - 2]?.kind === "word") {
    const np = subjectBefore(tokens, start - 1);
    if (np && isNounPhrase(tokens, np)) return np;
  }
  while (start < end && WITH_BY_FROM_ETC.has(tokens[start]!.norm)) start++;
  start = afterTimeOpening(tokens, start, end);
  return end > start ? [start, end] : null;
}

/**
 * A name with the office or role that opens its apposition before it ("The Chairman of the council,
 * Hon. Daniel Gogwim, who confirmed …, said"; "A resident, Sani Bello, who spoke to our
 * correspondent, said"): the office and the name, so that the office types the speaker; else the
 * name alone.
 */
function withOfficeBefore(tokens: readonly Token[], name: [number, number]): [number, number] {
  if (tokens[name[0] - 1]?.norm !== ",") return name;
  const office = subjectBefore(tokens, name[0] - 1);
  if (
    !office ||
    office[1] !== name[0] - 1 ||
    office[1] - office[0] > 8 ||
    !ARTICLES.has(tokens[office[0]]!.norm) ||
    !(tokens.slice(...office).some((t) => ROLE_NOUNS.has(t.norm)) || isWitnessRole(tokens.slice(...office)))
  )
    return name;
  return [office[0], name[1]];
}

/** "a resident", "a survivor", "the victim's brother": a short description of one who saw it. */
function isWitnessRole(words: readonly Token[]): boolean {
  return (
    words.length <= 4 &&
    typeOf(
      words.map((t) => t.norm),
      words.map((t) => t.text),
    ) === "witness"
  );
}

/** The number of tokens of [a, b) inside brackets, the brackets included ("(JNIM)"). */
function bracketed(tokens: readonly Token[], [a, b]: [number, number]): number {
  let n = 0;
  let depth = 0;
  for (let k = a; k < b; k++) {
    if (tokens[k]!.text === "(") depth++;
    if (depth > 0) n++;
    if (tokens[k]!.text === ")") depth = Math.max(0, depth - 1);
  }
  return n;
}

/**
 * A past participle with its preposition or particle opening an aside (", set up in 2019 to …,",
 * ", based in Geneva,", ", founded in 2011,"): a reduced relative clause, no apposition of the
 * name before it ("The bureau, set up …, said" is the bureau). A participle before a noun
 * (", retired army colonel X,") modifies an apposition and is kept.
 */
function participleAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !(isLowerEd(t.text) || IRREGULAR_PARTICIPLES.has(t.text))) return false;
  return PARTICIPLE_LINKS.has(tokens[k + 1]?.norm ?? "");
}
const IRREGULAR_PARTICIPLES = new Set([
  "set",
  "built",
  "run",
  "led",
  "made",
  "known",
  "held",
  "sworn",
  "chosen",
]);
// (Not "by": ", quoted by Radio X," and ", cited by …," name the channel the words came through, nested.ts.)
const PARTICIPLE_LINKS = new Set([
  "in",
  "up",
  "on",
  "at",
  "to",
  "with",
  "for",
  "from",
  "as",
  "under",
  "after",
]);

/** Whether the "and" at tokens[k] joins two capitalised words inside a name ("Justice and Equality Movement"). */
function inName(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    k > 1 &&
    before?.kind === "word" &&
    after?.kind === "word" &&
    startsUpper(before.text) &&
    startsUpper(after.text)
  );
}

/**
 * The subject shared by coordinated verbs, with `and` the index of the "and" before the speech verb
 * ("The Army's Third Division attributed the massacre to dissidents and said …"): the words before
 * the clause's first verb, back to the start of the clause; else null.
 */
function sharedSubject(tokens: readonly Token[], and: number): [number, number] | null {
  let from = and;
  while (from > 0) {
    const past = pastQuotedName(tokens, from);
    if (past === from && /^[;:“”"]$/.test(tokens[from - 1]!.norm)) break;
    from = past === from ? from - 1 : past;
  }
  if (from >= and) return null;
  const subject = clauseSubject(tokens, [from, and]);
  if (subject) return subject;
  // "The army blamed dissidents for …": a past-tense verb whose object has no determiner.
  for (let v = from + 1; v < and; v++)
    if (isLowerEd(tokens[v]!.text) && !ATTRIBUTIVE_BEFORE.has(tokens[v - 1]!.norm))
      return speakerRange(tokens, [from, v]);
  return null;
}

/**
 * Where a short quoted name ending before `at` opens ('which it calls "Shene",'): the word before its
 * opening mark, so that a clause's subject is read past it; else `at`.
 */
function pastQuotedName(tokens: readonly Token[], at: number): number {
  const close = tokens[at - 1];
  if (close?.norm !== "”" && close?.norm !== '"') return at;
  for (let k = at - 2; k >= Math.max(0, at - 5); k--)
    if (tokens[k]!.norm === "“" || tokens[k]!.norm === '"')
      return k > 0 && tokens[k - 1]!.kind === "word" && quotedName(tokens, k + 1, at - 1) ? k : at;
  return at;
}

/** Whether [a, b) are the capitalised words of a name, no figure ("Shene", not "more than 40"). */
function quotedName(tokens: readonly Token[], a: number, b: number): boolean {
  if (a >= b) return false;
  for (let k = a; k < b; k++) if (tokens[k]!.kind !== "word" || !startsUpper(tokens[k]!.text)) return false;
  return true;
}

/**
 * The start of a coordinated subject whose second conjunct starts at `start` after "and":
 * "…, residents and police said", "Officials and residents said". The first conjunct is a short
 * noun phrase opening the clause, ending in a speaker's noun or a name; else `start`.
 */
function coordinated(tokens: readonly Token[], start: number, end: number): number {
  const and = start - 1;
  // "and" opening the text has no first conjunct ("and told two killed", found by the fuzz test).
  if (and < 1) return start;
  let from = and;
  while (from > 0 && and - from < 5 && !SUBJECT_BOUNDARY.has(tokens[from - 1]!.norm)) from--;
  const opens = from === 0 || /^[,;:—–]$/.test(tokens[from - 1]!.norm);
  const last = tokens[and - 1]!;
  // ("local resistance forces and residents said": a typed phrase, not only a typed last word.)
  const speakerNoun =
    typeOf([last.norm]) !== null ||
    startsUpper(last.text) ||
    (from < and && typeOf(tokens.slice(from, and).map((t) => t.norm)) !== null);
  return from < and &&
    opens &&
    speakerNoun &&
    isNounPhrase(tokens, [from, and]) &&
    isNounPhrase(tokens, [start, end])
    ? from
    : start;
}

/** A short noun phrase: no auxiliary and no past-tense verb ("an army officer", not "Gunmen killed 5 villagers"). */
function isNounPhrase(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  // ("A 45-year-old farmer": a number and its hyphens inside a compound adjective are of the phrase.)
  const joined = (k: number) => tokens[k + 1]?.text === "-" && tokens[k + 1]!.start === tokens[k]!.end;
  const hyphens = tokens.slice(a, b).filter((t) => t.text === "-").length;
  if (b - a - hyphens > 6) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (AUXILIARIES.has(t.norm) || (t.kind === "num" && !joined(k))) return false;
    if (isLowerEd(t.text) && !ATTRIBUTIVE_BEFORE.has(tokens[k - 1]?.norm ?? "")) return false;
  }
  return true;
}

/** The subject after an inverted speech verb: ", said Ali Khan, a police spokesman." */
function subjectAfter(tokens: readonly Token[], k: number, inverted = true): [number, number] | null {
  let end = k + 1;
  while (end < tokens.length && end - k <= MAX_SUBJECT) {
    const w = tokens[end]!.norm;
    // ", said Lt. Col. Olivier Hamuli": the stop of an abbreviated title ends nothing.
    if (w === "." && ABBREVIATIONS.has(tokens[end - 1]!.norm) && /^[A-Z]/.test(tokens[end + 1]?.text ?? "")) {
      end++;
      continue;
    }
    if (AFTER_BOUNDARY.has(w)) break;
    // ", a police spokesman," extends the name only as an apposition closed by a comma, with no
    // verb in it: "according to the army, the soldier was taken prisoner" ends at "army".
    if (w === "," && !appositionAt(tokens, end, inverted) && !(inverted && ageAt(tokens, end))) break;
    end++;
  }
  return end > k + 1 ? [k + 1, end] : null;
}

/** Whether tokens[comma] opens a person's age closing the name (", said María Fajardo, 52."). */
function ageAt(tokens: readonly Token[], comma: number): boolean {
  const age = tokens[comma + 1];
  const after = tokens[comma + 2]?.norm ?? ".";
  return (
    age?.kind === "num" && /^\d{1,3}$/.test(age.text) && Number(age.text) <= 110 && /^[.,;]$/.test(after)
  );
}

/**
 * Whether tokens[comma] opens an apposition ", a/an/the … ," closed by a comma within a few words,
 * or by the sentence's end after an inverted cue (", said Ali Khan, a police spokesman.").
 */
function appositionAt(tokens: readonly Token[], comma: number, endCloses: boolean): boolean {
  if (!ARTICLES.has(tokens[comma + 1]?.norm ?? "")) return false;
  for (let e = comma + 2; e < tokens.length && e < comma + 12; e++) {
    const w = tokens[e]!.norm;
    if (w === "." || w === ";") return endCloses;
    if (AUXILIARIES.has(w)) return false;
    // "According to X, the terrorists initially used passengers, …": a past-tense verb after a
    // word that is no determiner or preposition makes it a clause.
    if (!endCloses && isLowerEd(tokens[e]!.text) && !ATTRIBUTIVE_BEFORE.has(tokens[e - 1]!.norm))
      return false;
    if (w === "," || AFTER_BOUNDARY.has(w)) return true;
  }
  return true;
}

/** Bodies named in a title after "of": "Inspector General of Police", "Chief of Army Staff". */
const TITLE_BODY: ReadonlySet<string> = new Set(
  "police army staff defence defense state justice interior prisons customs".split(" "),
);

/** `/^[A-Z]/`: an ASCII capital first. */
function capitalFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Token ranges of "Title Name" mentions with an appositive ("Col. Hassan Bello, the army's regional commander"). */
function titledNames(tk: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < tk.length; k++) {
    // (The capital first: a code unit's test spares most tokens the lexicon's lookup.)
    if (!capitalFirst(tk[k]!.text) || !TITLES.has(tk[k]!.norm)) continue;
    let j = k + 1;
    while (j < tk.length) {
      if (tk[j]!.text === "." || (TITLES.has(tk[j]!.norm) && /^[A-Z]/.test(tk[j]!.text))) j++;
      // "Inspector General of Police Bala Sani", "Chief of Army Staff …": the body of the title.
      else if (
        tk[j]!.norm === "of" &&
        /^[A-Z]/.test(tk[j + 1]?.text ?? "") &&
        TITLE_BODY.has(tk[j + 1]!.norm)
      )
        j += tk[j + 2] && TITLE_BODY.has(tk[j + 2]!.norm) ? 3 : 2;
      else break;
    }
    const nameStart = j;
    while (j < tk.length && /^[A-Z][a-z]/.test(tk[j]!.text)) j++;
    if (j === nameStart) continue;
    j = withBodyOf(tk, j);
    if (tk[j]?.norm === "," && appositionAt(tk, j, false)) {
      let e = j + 1;
      while (e < tk.length && e < j + 12 && !/^[,.;]$/.test(tk[e]!.norm)) e++;
      if (tk[e]?.norm === ",") j = e;
    }
    // "Energy minister Dr. Lina Haddad": the role words before the title belong to the mention.
    let from = k;
    // ("Assistant Secretary-General Nadia Rahimova": a title joined by a hyphen is one, no rank.)
    while (from > 1 && tk[from - 1]!.text === "-" && tk[from - 1]!.start === tk[from - 2]!.end) from -= 2;
    const back = from - 3;
    while (
      from > 0 &&
      from > back &&
      tk[from - 1]!.kind === "word" &&
      !THE_A_AN_ETC.has(tk[from - 1]!.norm) &&
      // "After President Volodymyr Zelensky posted …": a function word opens no title.
      !ENGLISH_FUNCTION_WORDS.has(tk[from - 1]!.norm)
    )
      from--;
    out.push([from, j]);
    k = j;
  }
  return out;
}

/**
 * The end of a titled name with the body its rank is of after it ("Captain Joseph Mwangi of the fire
 * service", "Major Ali Musa of the 3rd Brigade"): the body says whose rank it is, so the mention is
 * typed whole (a fire service's officer is no soldier); else `j`, the name's end.
 */
function withBodyOf(tk: readonly Token[], j: number): number {
  if (!OF_FROM.has(tk[j]?.norm ?? "")) return j;
  let e = j + 1;
  if (ARTICLES.has(tk[e]?.norm ?? "")) e++;
  // (The body's words, up to a function word, a verb or a mark: "… of the fire service said".)
  while (
    e < tk.length &&
    e < j + 8 &&
    tk[e]!.kind === "word" &&
    !ENGLISH_FUNCTION_WORDS.has(tk[e]!.norm) &&
    !AUXILIARIES.has(tk[e]!.norm) &&
    !isSpeechVerb(tk, e)
  )
    e++;
  return e > j + 2 && typeOf(tk.slice(j + 1, e).map((t) => t.norm)) !== null ? e : j;
}
const OF_FROM: ReadonlySet<string> = new Set(["of", "from"]);

/** Whether a subject is a pronoun or a name ("He", "Syniehubov", "the IMB"), not a thing ("an initial count"). */
function namesSomeone(tk: readonly Token[], [a, b]: Range): boolean {
  if (b - a === 1 && PRONOUNS.has(tk[a]!.norm)) return true;
  if (tk[a]!.norm === "the" && b - a > 1 && /^[A-Z]/.test(tk[a + 1]!.text)) return true;
  return /^[A-Z]/.test(tk[a]!.text) && !THE_A_AN_THIS_ETC.has(tk[a]!.norm);
}

/** Token ranges of a capitalised name told something, ending its clause: "…, a resident told Daily Trust." */
function addressees(tk: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < tk.length; k++) {
    if (tk[k]!.norm !== "told") continue;
    let j = k + 1;
    if (tk[j]?.norm === "the") j++;
    const from = j;
    while (j < tk.length && /^[A-Z]/.test(tk[j]!.text)) j++;
    const ends = j === tk.length || /^([.,;:]|that|on|in|late|early)$/.test(tk[j]!.norm);
    if (j > from && ends && typeOf(tk.slice(from, j).map((t) => t.norm)) === null) out.push([from, j]);
  }
  return out;
}

/** Token ranges of "Capitalised Words (ACR)" whose initials spell the acronym. */
function acronymDefinitions(tk: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 1; k + 2 < tk.length; k++) {
    if (tk[k]!.text !== "(" || tk[k + 2]!.text !== ")" || !/^[A-Z]{2,7}$/.test(tk[k + 1]!.text)) continue;
    let a = k;
    // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a particle joined by a hyphen is of the name.)
    const particle = (i: number) => tk[i + 1]?.text === "-" && tk[i]!.end === tk[i + 1]!.start;
    while (
      a > 0 &&
      a > k - 10 &&
      (/^[A-Z]/.test(tk[a - 1]!.text) || OF_FOR_THE_AND_DASH.has(tk[a - 1]!.norm) || particle(a - 1))
    )
      a--;
    while (a < k && !/^[A-Z]/.test(tk[a]!.text)) a++;
    a = acrossParticles(tk, a, k);
    if (a < k) out.push([a, k + 3]);
  }
  return out;
}

/** Lower-case words inside a body's name other than "of", "for", "the", "and" ("Commission on Human Rights"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "on in against to at de des du la le del da do".split(" "),
);

/**
 * The start of a name defined by the acronym at tokens[k + 1] that goes on before a lower-case
 * particle ("the Kenya National Commission on Human Rights (KNCHR)"): the earlier start when the
 * capitalised words from it spell the acronym, else `a`.
 */
function acrossParticles(tk: readonly Token[], a: number, k: number): number {
  if (a < 2 || !NAME_PARTICLES.has(tk[a - 1]!.norm) || !/^[A-Z]/.test(tk[a - 2]!.text)) return a;
  let b = a - 2;
  while (b > 0 && b > k - 12 && (/^[A-Z]/.test(tk[b - 1]!.text) || OF_FOR_AND.has(tk[b - 1]!.norm))) b--;
  while (b < a && (!/^[A-Z]/.test(tk[b]!.text) || tk[b]!.norm === "the")) b++;
  const initials = tk
    .slice(b, k)
    .filter((t) => /^[A-Z]/.test(t.text) && !OF_FOR_AND_THE.has(t.norm))
    .map((t) => t.text[0])
    .join("");
  return initials === tk[k + 1]!.text ? b : a;
}

/** The index of the first cue at or after `offset` in cues sorted by offset (their length if none). */
function firstAtOrAfter(cues: readonly Cue[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offset of the first line break at or after `from` (the text's length if none). */
function lineEnd(text: string, from: number): number {
  const n = text.indexOf("\n", from);
  const r = text.indexOf("\r", from);
  return Math.min(n < 0 ? text.length : n, r < 0 ? text.length : r);
}

/** "Security officials gave this information.": the source of what came before. */
function gaveInformation(tk: readonly Token[], k: number): boolean {
  return (
    GAVE_IT.has(tk[k]!.norm) &&
    THIS_THESE_THE.has(tk[k + 1]?.norm ?? "") &&
    INFORMATION_DETAILS_FIGURES_TOLL_ACCOUNT.has(tk[k + 2]?.norm ?? "")
  );
}

/**
 * Whether the subject of a verb that puts or revises a toll at k is a source: typed ("the
 * ministry"), or, of one who revises a figure, named or referred to ("He later revised the
 * figure"); not a count ("an initial count had put the toll at 12": a count puts no toll).
 */
function setsToll(tk: readonly Token[], k: number, revises: boolean): boolean {
  const subj = subjectBefore(tk, k);
  if (!subj) return false;
  return (
    typeOf(tk.slice(subj[0], subj[1]).map((t) => t.norm)) !== null || (revises && namesSomeone(tk, subj))
  );
}

/** Whether the words after a speech verb open a second complement of it ("… and that the troops"). */
const secondComplement = (between: string) => /\band that\b/.test(between);

/** A sentence's last cue that speaks to its end: not one inside a relative clause, unless all are. */
function lastSpeaking(cues: readonly Cue[]): Cue {
  return cues.findLast((c) => c.until === null) ?? cues[cues.length - 1]!;
}

/** Whether a mention starting at tokens[a] opens its sentence ("The Red Crescent …", "Police …"). */
/** The speaker of a speech or transcript, named by these words, as a cue. */
function voiceCue(entity: Entity, words: readonly Token[]): Cue {
  const mention = { start: words[0]!.start, end: words[words.length - 1]!.end };
  return {
    at: mention.start,
    entity,
    mention,
    inverted: false,
    unconfirmed: false,
    channel: null,
    until: null,
  };
}

/** A word written in capitals as a name is written ("DATU" → "Datu"), same offsets and norm. */
function titleCased(t: Token): Token {
  return t.kind === "word" ? { ...t, text: t.text[0]! + t.text.slice(1).toLowerCase() } : t;
}

function opensSentence(tk: readonly Token[], a: number): boolean {
  const start = afterLabel(tk);
  return a === start || (a === start + 1 && tk[start]?.norm === "the");
}

const DASHES: ReadonlySet<string> = new Set(["-", "—", "–"]);

/**
 * Where a sentence's own words start: after a leading dateline or a live page's time stamp closed by
 * a dash ("15:20 GMT - The Observatory now says …", "KABUL, Jan 3 — …"), of no lower-case word; else 0.
 */
function afterLabel(tk: readonly Token[]): number {
  const stamp = clockStampEnd(tk, 0);
  if (stamp > 0) return stamp;
  for (let k = 1; k < tk.length && k <= 8; k++) {
    const t = tk[k]!;
    if (DASHES.has(t.text)) return k + 1;
    if (t.kind === "word" && startsLower(t.text)) return 0;
  }
  return 0;
}

export class Attribution {
  private readonly registry: EntityRegistry;
  private readonly cuesBySentence = new Map<number, Cue[]>();
  private readonly quoteSpeaker = new Map<Quote, Cue>();
  /** Sentences that report hearsay in the passive ("were said to have returned"). */
  private readonly hearsay = new Set<number>();
  /** A source cited in this sentence before the cue it belongs to ("Citing officials, the agency said"). */
  private cited: Range | null = null;
  /** The one who passed a cited source on, named before the citation's comma ("The agency, citing …"). */
  private citedVia: Range | null = null;
  /** The speaker that opens the sentence whose cues are being found ("The Red Crescent said …"). */
  private openingSpeaker: Entity | null = null;
  /** The sentence before, when no speaker or named body opened it (`noteDescribedSubject`). */
  private unsaid: { tk: readonly Token[]; sentence: number; paragraph: number } | null = null;
  /**
   * The named actors of the sentence whose cues are being found (actors.ts): a generic description
   * speaking after one ("Volunteers of the Red Crescent recovered …, the organisation said") refers
   * back to it (`actorsBefore`).
   */
  private actorsAhead: { tk: readonly Token[]; actors: Range[] } | null = null;
  /** The position in `sentences` of the sentence whose cues are being found. */
  private at = -1;
  /** A transcript's speaker labels by paragraph (document-voice.ts). */
  private readonly labels: Map<number, SpeakerLabel>;
  /** The speaker of a speech or a transcript's answer being read, and of each sentence it governs. */
  private voice: Cue | null = null;
  private readonly voiceBySentence = new Map<number, Cue>();
  /** The one a transcript's note says is interviewed ("an interview with X"), for its "A:" labels. */
  private interviewed: Entity | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly SentenceTokens[],
    private readonly quotes: readonly Quote[],
    private readonly outlet: string | null,
    /** Read every token for cues, not only the CUE_WORDS: the reading the gate must equal (its test). */
    private readonly everyToken = false,
    /** The report's publication day (YYYY-MM-DD), which says whose offices a de facto government's are. */
    day: string | null = null,
  ) {
    this.registry = new EntityRegistry(day);
    this.labels = speakerLabels(text, sentences);
    // (A report with no speaker labels and no note's words is read as before, at no cost.)
    const voiced = this.labels.size > 0 || mayHoldNote(text);
    sentences.forEach((s, i) => {
      this.at = i;
      if (voiced) this.enterParagraph(s);
      this.cuesBySentence.set(s.index, this.findCues(s));
      if (voiced) this.afterSentence(s);
    });
    this.attachQuotes();
  }

  /**
   * A transcript's paragraph opening with a speaker label: its speaker is the voice of what follows
   * (the one who asks, the outlet's: none), up to the next label.
   */
  private enterParagraph(s: SentenceTokens): void {
    const label = this.labels.get(s.paragraph);
    if (!label || (this.at > 0 && this.sentences[this.at - 1]!.paragraph === s.paragraph)) return;
    const words = s.tokens.slice(...label.range);
    // ("DATU" is a surname written in capitals, not an acronym: read as "Datu".)
    const named = () => this.registry.resolve(words.map(titleCased), true);
    const entity =
      label.role === "interviewer" ? null : label.role === "interviewee" ? this.interviewed : named();
    this.voice = entity ? voiceCue(entity, words) : null;
  }

  /**
   * An editor's note naming whose speech follows ("The following is the statement delivered by X"):
   * X is the voice of the sentences after it; "Transcript of an interview with X": X is the one
   * whose answers are labelled "A:".
   */
  /** After a sentence's cues: the voice it is read in, and whether it is a note naming the next one. */
  private afterSentence(s: SentenceTokens): void {
    if (this.voice) this.voiceBySentence.set(s.index, this.voice);
    if (this.labels.size > 0 || mayOpenNote(s.tokens)) this.readNote(s.tokens);
  }

  private readNote(tk: readonly Token[]): void {
    const author = editorsNoteAuthor(tk);
    const entity = author ? this.registry.resolve(tk.slice(...author), true) : null;
    if (author && entity) this.voice = voiceCue(entity, tk.slice(...author));
    const asked = this.interviewed || this.labels.size === 0 ? null : interviewee(tk);
    if (asked) this.interviewed = this.registry.resolve(tk.slice(...asked));
  }

  /** The cues of one sentence, each word that may be one read in turn (`cueAt`). */
  private findCues(s: SentenceTokens): Cue[] {
    const cues: Cue[] = [];
    const tk = s.tokens;
    this.cited = null;
    this.citedVia = null;
    this.openingSpeaker = null;
    this.registry.startSentence(s.index, s.paragraph);
    this.registerNamedInPassing(tk);
    // (Both readings in one pass: with initials, for a description that refers back, `actorsBefore`.)
    const { plain: actors, withInitials } = readActors(tk);
    this.actorsAhead = { tk, actors: withInitials };
    // "Police: 5 killed in market attack": a headline's source before a colon.
    // "- Hospital staff at X: at least 12 dead on arrival.": a list item's source before its colon.
    const colon = headlineSource(tk) ?? listItemSource(tk, (norms, texts) => typeOf(norms, texts) !== null);
    if (colon) this.addCue(cues, tk, colon, tk[colon[1]]!.start, false);
    for (let k = 0; k < tk.length; k++) {
      if (!this.everyToken && !CUE_WORDS.has(tk[k]!.norm)) continue;
      const inQuote = quoteAt(this.quotes, tk[k]!.start);
      if (inQuote && !inQuote.partial) continue;
      k = this.cueAt(cues, tk, k, s.index);
    }
    // "The network said in a report …": a later "the report said" is the network.
    if (cues[0] && holdsAny(tk, DOCUMENT_NOUNS)) this.registry.noteDocument(cues[0].entity);
    // Bodies named in passing ("the attack was blamed on the Kivu Liberation Front") are remembered
    // after the sentence's own speakers, so that a later "the militia said" or "it said" can refer
    // back to them (actors.ts, reference.ts).
    this.actorsAhead = null;
    for (const [a, b] of actors) this.registry.remember(tk.slice(a, b));
    // "The Red Crescent sent ambulances. It said …": the body the sentence opens with, as its cue
    // or its claim resolved it (with its description), else as named.
    const opening = actors[0];
    if (this.openingSpeaker) this.registry.noteSubject(this.openingSpeaker);
    else if (opening && opensSentence(tk, opening[0])) this.registry.noteSubject(tk.slice(...opening));
    // (Else its subject may be a description a pronoun opening the next sentence continues: read
    // only when one does, `noteDescribedSubject`.)
    this.unsaid = this.openingSpeaker || opening ? null : { tk, sentence: s.index, paragraph: s.paragraph };
    return cues;
  }

  /**
   * "The mayor visited the hospital. She said …": the described subject of the sentence before, as
   * the one a pronoun opening this sentence continues.
   */
  private noteDescribedSubject(): void {
    const before = this.unsaid;
    this.unsaid = null;
    const subject = before ? describedSubject(before.tk, afterLabel(before.tk)) : null;
    const entity = subject ? this.registry.resolve(before!.tk.slice(...subject)) : null;
    if (!entity) return;
    const person = ROLE_NOUNS.has(before!.tk[subject![1] - 1]!.norm);
    this.registry.noteSubject(entity, before!, person);
  }

  /**
   * Registers those a sentence names without their speaking, so that a later mention finds them:
   * titled persons named in passing ("Col. Hassan Bello, the army's regional commander, gave…", for
   * "he said"), organisations defined with an acronym ("the Baloch Liberation Army (BLA)
   * attacked…", for "the group"), names with a description, and the one told, an outlet ("a
   * resident told Daily Trust": "according to Daily Trust" is the media).
   */
  private registerNamedInPassing(tk: readonly Token[]): void {
    // (Only the readers whose words the sentence holds: the others find nothing.)
    const readers = this.everyToken ? EVERY_READER : readersOf(tk);
    if (readers & TITLED) for (const [a, b] of titledNames(tk)) this.registry.resolve(tk.slice(a, b));
    if (readers & ACRONYM) for (const [a, b] of acronymDefinitions(tk)) this.registry.resolve(tk.slice(a, b));
    for (const { name, description, verb, type } of describedNames(tk, readers))
      this.registry.describe(
        tk.slice(...name),
        tk.slice(...description),
        verb === undefined ? [] : [tk[verb]!],
        type,
      );
    if (readers & TOLD) for (const [a, b] of addressees(tk)) this.registry.outlet(tk.slice(a, b));
  }

  /**
   * The cue of the word at tokens[k], if any, one phrasing class after another: a nested
   * attribution, a framed one ("according to X", "in the words of X"), a passive agent, figures
   * that show, a speech verb. Returns the index the cue loop goes on after.
   */
  private cueAt(cues: Cue[], tk: readonly Token[], k: number, sentence: number): number {
    const nested = this.nested(cues, tk, k);
    if (nested !== null) return nested;
    if (this.framedCue(cues, tk, k)) return k;
    // "Five deaths were confirmed by the health ministry", "as reported by AP": the agent speaks.
    const agent = passiveAgent(tk, k);
    if (agent) this.addCue(cues, tk, agent, tk[k]!.start, true);
    else if (!this.figuresShow(cues, tk, k)) this.verbCue(cues, tk, k, sentence);
    return k;
  }

  /**
   * A cue framed around its speaker at tokens[k]: "according to X", a party that gives no word ("The
   * RSF did not respond to an inquiry": heard from, so "It has denied …" finds it), one that takes a
   * stance on an account ("A youth leader disputed the account": stance.ts), "In the words of
   * the district head", "As the governor put it", "The governor was reported to have said".
   * Whether the word at k was one.
   */
  private framedCue(cues: Cue[], tk: readonly Token[], k: number): boolean {
    if (tk[k]!.norm === ACCORDING_TO[0] && tk[k + 1]?.norm === ACCORDING_TO[1]) {
      this.accordingTo(cues, tk, k);
      return true;
    }
    const silent = noComment(tk, k);
    if (silent !== null) {
      this.spoke(tk, subjectBefore(tk, silent));
      return true;
    }
    // "A youth leader disputed the account. He said …": its subject has spoken, with no figure.
    if (disputesAccount(tk, k)) {
      this.spoke(tk, subjectBefore(tk, k));
      return true;
    }
    const framed = inWordsOf(tk, k) ?? asPutIt(tk, k);
    if (framed) {
      this.addCue(cues, tk, framed, tk[k]!.start, false);
      return true;
    }
    const reported = reportedToSay(tk, k);
    if (reported === null) return false;
    const subj = subjectBefore(tk, reported);
    if (subj) this.addCue(cues, tk, subj, tk[k]!.start, false);
    return true;
  }

  /**
   * "according to X": X, after the phrase (opening the sentence, "according to X," is followed by the
   * main clause, not by X's description); none of "According to what the governor told reporters"
   * (the verb of the free relative names the speaker) or of "according to information" (sourceless.ts).
   */
  private accordingTo(cues: Cue[], tk: readonly Token[], k: number): void {
    if (tk[k + 2]?.norm === "what") return;
    const subj = subjectAfter(tk, k + 1, k > 2);
    // ("According to information, two gunmen entered": a hedge, no one's word.)
    if (subj && !namesNoSource(tk, subj)) this.addCue(cues, tk, subj, tk[k]!.start, false);
  }

  /**
   * "Health ministry figures showed 27 had died", "data from the ministry show": figures speak for
   * their source; "Reports indicate", "Other accounts suggest": the reports are the (unconfirmed)
   * source. Whether the word at k was such a verb.
   */
  private figuresShow(cues: Cue[], tk: readonly Token[], k: number): boolean {
    if (!SHOWS.has(tk[k]!.norm) || thatSpeech(tk, k)) return false;
    const subj = subjectBefore(tk, k);
    if (subj && ACCOUNT_NOUNS.has(tk[subj[1] - 1]!.norm)) this.addCue(cues, tk, subj, tk[k]!.start, false);
    else if (subj && FIGURE_NOUNS.has(tk[subj[1] - 1]!.norm)) {
      // ("Preliminary figures show", "The latest data show": adjectives of a figure name no source.)
      let from = subj[0];
      while (from < subj[1] - 1 && (FIGURE_ADJECTIVES.test(tk[from]!.norm) || tk[from]!.norm === "the"))
        from++;
      if (from < subj[1] - 1) this.addCue(cues, tk, [from, subj[1] - 1], tk[k]!.start, false);
    } else if (subj && FIGURE_NOUNS.has(tk[subj[0]]!.norm) && statementSource(tk, subj)[0] !== subj[0])
      this.addCue(cues, tk, subj, tk[k]!.start, false);
    return true;
  }

  /**
   * The cue of a verb of speech at tokens[k] ("police said"), or of one that gives a figure as a
   * source does: "put the military toll at 28", "He later revised the figure to 14" (the one who
   * puts or revises it says it), "Security officials gave this information." (the source of what
   * came before), "The party later issued a press note" (its subject speaks), "“…,” the statement
   * read" (its author speaks). None of hearsay in the passive, of a verb that is no speech here,
   * of a count that puts a toll, of a claim of no figure or of a noun "claims".
   */
  private verbCue(cues: Cue[], tk: readonly Token[], k: number, sentence: number): void {
    const speech = isSpeechVerb(tk, k);
    // ("the IMB recorded 24 crew taken hostage": a body that keeps a count gives it, as a reviser does.)
    const revises = revisesFigure(tk, k) || recordsCount(tk, k);
    const putsToll =
      revises ||
      (PUTS_TOLL.has(tk[k]!.norm) && tk.slice(k + 1, k + 5).some((t) => TOLL_FIGURE_NUMBER.has(t.norm)));
    if (!speech && !putsToll && !gaveInformation(tk, k) && !issuesStatement(tk, k) && !statementReads(tk, k))
      return;
    if (isPassiveSpeech(tk, k)) {
      if (tk[k + 1]?.norm === "to") this.hearsay.add(sentence);
      return;
    }
    if (notSpeech(tk, k)) return;
    if (putsToll && !speech && !setsToll(tk, k, revises)) return;
    if (this.claimsNoFigure(tk, k)) return;
    // "sides trade claims", "the army rejected reports": a noun after a verb or an adjective
    // that takes claims and reports as their object.
    if (CLAIMS_REPORTS_CLAIM_REPORT.has(tk[k]!.norm) && CLAIMS_AS_NOUN.has(tk[k - 1]?.norm ?? "")) return;
    if (tk[k]!.norm.endsWith("ing") && tk[k - 1]?.norm === "," && this.goesOn(cues, tk, k)) return;
    this.subjectCue(cues, tk, k);
  }

  /**
   * "the siege claimed the lives of 28 soldiers", "claimed responsibility": no figure's cue; but a
   * body that claims an attack has spoken, so that a later "It said" finds it. Whether the word at k
   * was such a claim.
   */
  private claimsNoFigure(tk: readonly Token[], k: number): boolean {
    if (
      !CLAIMED_CLAIMS_CLAIM.has(tk[k]!.norm) ||
      !THE_RESPONSIBILITY_CREDIT.has(tk[k + 1]?.norm ?? "") ||
      (tk[k + 1]!.norm === "the" && clauseAfter(tk, k + 2))
    )
      return false;
    if (tk[k + 1]!.norm !== "the") this.spoke(tk, subjectBefore(tk, k));
    return true;
  }

  /**
   * ", adding that …", ", saying …" at k: the speaker of the clause before goes on; with no cue
   * before, the sentence's subject ("Pakistani army concludes train standoff, reporting 21 hostages
   * … dead"). Whether a cue was added.
   */
  private goesOn(cues: Cue[], tk: readonly Token[], k: number): boolean {
    if (cues.length > 0) {
      cues.push({ ...cues[cues.length - 1]!, at: tk[k]!.start });
      return true;
    }
    let e = 0;
    while (e < k && e < 5 && (/^[A-Z]/.test(tk[e]!.text) || typeOf([tk[e]!.norm]) !== null)) e++;
    if (e === 0 || typeOf(tk.slice(0, e).map((t) => t.norm)) === null) return false;
    this.addCue(cues, tk, [0, e], tk[k]!.start, false);
    return true;
  }

  /**
   * The cue of the subject before the verb at k ("police said", "X, the spokesman, told AFP"),
   * unless the verb is inverted after a comma or quote and a name follows (",” said Ali Khan, a
   * police spokesman"). "Ali Khan, a survivor, said the train stopped": a name with its appositive
   * before the verb; "The army, speaking on condition of anonymity, said the attackers …": a subject
   * before an aside between commas; the words after the verb are what it said. A verb that cannot
   * come before its subject has its object after it: “commemorated” 12 fighters.
   */
  private subjectCue(cues: Cue[], tk: readonly Token[], k: number): void {
    const before = subjectBefore(tk, k);
    const prev = tk[k - 1]?.norm;
    const next = tk[k + 1];
    const inverted =
      (prev === "," || prev === "”" || prev === '"') &&
      INVERTIBLE.has(tk[k]!.norm) &&
      next !== undefined &&
      (/^[A-Z]/.test(next.text) || ARTICLES.has(next.norm));
    const namedBefore =
      before !== null &&
      ((/^[A-Z]/.test(tk[before[0]]!.text) && tk.slice(before[0], before[1]).some((t) => t.norm === ",")) ||
        before[1] < k - 1);
    const after = (inverted && !namedBefore) || !before ? subjectAfter(tk, k) : null;
    if (after) this.addCue(cues, tk, after, tk[k]!.start, true);
    else if (before) this.addCue(cues, tk, before, tk[k]!.start, false);
  }

  /**
   * Nested attributions at tokens[k] (`nested.ts`): "X quoted Y as saying" adds Y's cue via X;
   * "citing Y" makes Y the speaker of the sentence's cue next to it, that cue's subject the channel.
   * Returns the index the cue loop goes on after (past "as saying", whose words are Y's), or null
   * when there is no nested attribution at k.
   */
  private nested(cues: Cue[], tk: readonly Token[], k: number): number | null {
    const quoted = quotedAs(tk, k);
    if (quoted) {
      const inner = quoted.inner[0] < 0 ? subjectBefore(tk, quoted.inner[1]) : quoted.inner;
      const outer = quoted.outer && quoted.outer[0] < 0 ? subjectBefore(tk, quoted.outer[1]) : quoted.outer;
      if (!inner) return null;
      this.addCue(cues, tk, inner, tk[k]!.start, false, outer);
      return quoted.saying;
    }
    const cited = citation(tk, k);
    // ("Citing preliminary figures, the agency said": a document of no author names no source, and its
    // noun is no cue of its own; the speaker stays the one who says.)
    if (!cited) return citesNoAuthor(tk, k) ? citationEnd(tk, k) - 1 : null;
    const last = cues[cues.length - 1];
    const entity = last && tk[k - 1]?.norm === "," ? this.registry.resolve(tk.slice(...cited), true) : null;
    if (last && entity) {
      // "… the agency said, citing officials": the officials, via the agency.
      last.channel = { entity: last.entity, mention: last.mention };
      last.entity = entity;
      last.mention = { start: tk[cited[0]]!.start, end: tk[cited[1] - 1]!.end };
    } else {
      this.cited = cited;
      this.citedVia = tk[k - 1]?.norm === "," ? subjectBefore(tk, k - 1) : null;
    }
    // ("Citing police reports, the daily said": "reports" is the document's noun, no cue of its own.)
    return cited[1] < citationEnd(tk, k) ? citationEnd(tk, k) - 1 : k;
  }

  private addCue(
    cues: Cue[],
    tk: readonly Token[],
    subject: Range,
    at: number,
    inverted: boolean,
    channel: Range | null = null,
  ) {
    // "State media, citing a hospital official, reported": the official, via state media.
    // ("The agency, citing the latest data, said": a document of no author; the agency says.)
    // ("The agency, citing the deputy governor, Ali Musa, said": with the name's commas, the subject
    // read before the verb is past the citation; the channel is the one named before it.)
    const before = this.citedVia && this.cited && subject[0] > this.cited[0] ? this.citedVia : null;
    if (this.cited) [subject, channel] = [this.cited, before ?? withoutCitation(tk, subject)];
    else subject = withoutCitation(tk, subject);
    this.cited = null;
    this.citedVia = null;
    // "according to Red Cross paramedics quoted by local media": the paramedics, via local media.
    const passedOn = channel ? null : quotedBy(tk, subject);
    if (passedOn) [subject, channel] = [passedOn.inner, passedOn.outer];
    const source = statementSource(tk, subject);
    // A clause is no speaker; a participle going on from it speaks for its subject ("… claiming").
    const shaped =
      speakerRange(tk, source) ??
      (tk.find((t) => t.start === at)?.norm.endsWith("ing") ? clauseSubject(tk, source) : null);
    if (!shaped) return;
    const span = tk.slice(...shaped);
    // A subject that starts with a figure is a clause, not a speaker ("30 were killed, he said"); a
    // number inside it is fine ("Rescue 1122 spokesman", "Reza, a 19-year-old survivor").
    if (span.length === 0 || span[0]!.kind === "num") return;
    const via = channel && channel[1] > channel[0] ? tk.slice(...channel) : null;
    const outer = via ? this.registry.resolve(via) : null;
    // "My Office has verified …", "we" in a speech or a transcript's answer: its speaker.
    const voiced = this.voice && firstPerson(span) ? this.voice.entity : null;
    if (span.length === 1 && span[0] === tk[0] && PRONOUNS.has(span[0]!.norm)) this.noteDescribedSubject();
    this.actorsBefore(span);
    const entity = voiced ?? this.registry.resolve(span, true, span[0] === tk[0]);
    if (!entity) return;
    if (opensSentence(tk, shaped[0])) this.openingSpeaker ??= entity;
    // "A commander told Reuters that 12 of his fighters died": the side of its own people.
    // "Fighters stormed the village. A commander told AFP …": with no party spoken of before, the
    // side of the people the report names as acting.
    if (entity.roleOnly)
      entity.type =
        ownSideIn(tk) ??
        (entity.noParty && this.at >= 0 ? sideNamedBefore(this.sentences, this.at, span[0]!.start) : null) ??
        entity.type;
    const unconfirmed = span.some((t) => UNCONFIRMED.has(t.norm)) && !entity.person;
    cues.push({
      at,
      until: relativeAsideEnd(tk, shaped[0], at),
      entity,
      mention: { start: span[0]!.start, end: span[span.length - 1]!.end },
      inverted,
      unconfirmed,
      channel:
        outer && via && outer !== entity
          ? { entity: outer, mention: { start: via[0]!.start, end: via[via.length - 1]!.end } }
          : null,
    });
  }

  /**
   * Before a speaker that is a definite description ("the organisation", "the militia"): the actors
   * its sentence named before it, remembered now, so that it refers back to the nearest fitting one,
   * in its own sentence first. (All of them are remembered again after the sentence's speakers.)
   */
  private actorsBefore(span: readonly Token[]): void {
    const ahead = this.actorsAhead;
    if (!ahead) return;
    const words = span.filter((t) => t.kind === "word");
    const description = referringDescription(
      words.map((t) => t.norm),
      words.map((t) => t.text),
    );
    if (!description) return;
    // (Initials opening the sentence count here too, "MSF teams …, the medical charity said".)
    for (const [a, b] of ahead.actors)
      if (ahead.tk[b - 1]!.end <= span[0]!.start) this.registry.remember(ahead.tk.slice(a, b));
  }

  /** Registers the subject of a speech act that gives no figure ("X claimed responsibility") as a speaker. */
  private spoke(tk: readonly Token[], subject: Range | null): void {
    const shaped = subject ? speakerRange(tk, subject) : null;
    if (!shaped || tk[shaped[0]]!.kind === "num") return;
    const entity = this.registry.resolve(tk.slice(...shaped), true);
    if (entity && opensSentence(tk, shaped[0])) this.openingSpeaker ??= entity;
  }

  /** Each quote's speaker: the cue right after its closing mark, else right before its opening. */
  private attachQuotes(): void {
    // (With no quote there is nothing to attach: the cues are not gathered.)
    if (this.quotes.length === 0) return;
    const allCues = [...this.cuesBySentence.values()].flat().sort((a, b) => a.at - b.at);
    let previous: { quote: Quote; cue: Cue } | null = null;
    for (const q of this.quotes) {
      if (q.partial) continue;
      const after = this.cueAfter(q, allCues);
      const before = this.cueBefore(q, allCues);
      const cue: Cue | null =
        after ??
        before ??
        this.chainCue(q, allCues) ??
        (previous && q.start - previous.quote.end < 400 ? previous.cue : null);
      if (cue) {
        this.quoteSpeaker.set(q, cue);
        previous = { quote: q, cue };
      }
    }
  }

  /**
   * A quotation running over paragraphs is attributed once, usually after its last part: the cue
   * right after the last part of the chain that `q` opens or continues.
   */
  private chainCue(q: Quote, allCues: readonly Cue[]): Cue | null {
    let i = this.quotes.indexOf(q);
    while (this.quotes[i]?.continued && this.quotes[i + 1]) i++;
    const last = this.quotes[i]!;
    if (last === q) return null;
    return this.cueAfter(last, allCues);
  }

  /**
   * The cue right after a quote's closing mark, in its paragraph, with no other quote between: of
   * the cues (sorted by offset) from the quote's end up to the paragraph's end or the next quote's
   * start, the first whose verb or speaker is within 40 characters.
   */
  private cueAfter(q: Quote, allCues: readonly Cue[]): Cue | null {
    let bound = lineEnd(this.text, q.end);
    for (const o of this.quotes) if (o !== q && o.start >= q.end && o.start < bound) bound = o.start;
    for (let i = firstAtOrAfter(allCues, q.end); i < allCues.length; i++) {
      const c = allCues[i]!;
      if (c.at > bound) break;
      if (Math.min(c.at, c.mention.start) - q.end <= 40) return c;
    }
    return null;
  }

  /**
   * "X said: “…”": the last cue at most 60 characters before a quote, with no sentence ending between;
   * up to 200 where a colon announces the quote, however long the cue's complements ("X said in a
   * communique read on state television, translated from French: “…”"), or where the quote is in a
   * second complement of the cue's verb ("X said the patrol “was attacked …” and that the troops
   * “…”").
   */
  private cueBefore(q: Quote, allCues: readonly Cue[]): Cue | null {
    const colon = /:\s*$/.test(this.text.slice(Math.max(0, q.start - 3), q.start));
    for (let i = firstAtOrAfter(allCues, q.start) - 1; i >= 0; i--) {
      const c = allCues[i]!;
      const between = this.text.slice(c.at, q.start);
      const far = q.start - c.at;
      if (far > 200 || (far > 60 && !colon && !secondComplement(between))) break;
      if (!/[.!?]["”’]?\s/.test(between)) return c;
    }
    return null;
  }

  /** The claimant of a claim whose evidence starts at `offset` in sentence `s`. */
  claimantAt(s: SentenceTokens, offset: number): { claimant: Claimant; unconfirmed: boolean } {
    const q = quoteAt(this.quotes, offset);
    if (q && !q.partial) {
      const cue = this.quoteSpeaker.get(q);
      if (cue) return this.fromCue(cue);
      return { claimant: this.media(), unconfirmed: false };
    }
    const cues = this.cuesBySentence.get(s.index) ?? [];
    let chosen: Cue | null = null;
    for (const c of cues)
      if (
        c.at <= offset &&
        !(offset >= c.mention.start && offset < c.mention.end) &&
        (c.until === null || offset < c.until)
      )
        chosen = c;
    chosen ??= cues.find((c) => c.at > offset && c.until === null) ?? null;
    // "Among them, 18 soldiers …" goes on with the sentence before; "… Security officials gave this
    // information." gives the source of the sentence before it.
    chosen ??=
      this.continued(s) ??
      this.retro(s) ??
      this.passage(s) ??
      this.announcedList(s) ??
      this.voiceBySentence.get(s.index) ??
      null;
    if (chosen) return this.fromCue(chosen);
    return { claimant: this.media(), unconfirmed: false };
  }

  /** The last cue of the sentence before, when this one opens with "Among them", "Of them", "He added". */
  private continued(s: SentenceTokens): Cue | null {
    const first = s.tokens
      .slice(0, 3)
      .map((t) => t.norm)
      .join(" ");
    if (!/^(among them|among the dead|among the victims|of them|of these|of those)\b/.test(first))
      return null;
    for (let i = s.index - 1; i >= 0 && i >= s.index - 3; i--) {
      const cues = this.cuesBySentence.get(i) ?? [];
      if (cues.length > 0) return lastSpeaking(cues);
    }
    return null;
  }

  /**
   * A sentence with no cue of its own inside a reported passage goes on with the speaker of the
   * sentence before in its paragraph ("Police said two died. Three were severely injured."); a
   * hearsay sentence ("the attackers were said to have returned") goes on across a paragraph break.
   */
  private passage(s: SentenceTokens): Cue | null {
    if (narrativeVoice(s.tokens)) return null;
    // Hearsay ("were said to") and the backshifted tenses of indirect speech ("had been killed")
    // go on with the account of the paragraph before.
    const across = this.hearsay.has(s.index) || reportedTense(s.tokens);
    for (let i = s.index - 1; i >= 0 && i >= s.index - 3; i--) {
      const prev = this.sentences[i]!;
      // (In a speech or a transcript, a paragraph with no cue is its speaker's, not the account's before.)
      const voiced = this.voiceBySentence.size > 0 && this.voiceBySentence.has(s.index);
      if (prev.paragraph !== s.paragraph && (voiced || !(across && prev.paragraph === s.paragraph - 1)))
        return null;
      const cues = this.cuesBySentence.get(i) ?? [];
      if (cues.length > 0) return lastSpeaking(cues);
      // A sentence in the outlet's own voice between ends the passage.
      if (narrativeVoice(prev.tokens)) return null;
    }
    return null;
  }

  /**
   * A list's item after a cue that ends its paragraph with a colon ("It said: / 1. … / 2. …"): that
   * cue's speaker, across the list's items, each a paragraph opening with its number or bullet.
   */
  private announcedList(s: SentenceTokens): Cue | null {
    for (let i = s.index - 1; i >= 0 && i >= s.index - 40; i--) {
      const prev = this.sentences[i]!;
      if (prev.paragraph === this.sentences[i + 1]!.paragraph) continue;
      // (The paragraph after prev opens at i + 1: a list item, else no list goes on here.)
      if (!opensListItem(this.sentences[i + 1]!.tokens)) return null;
      if (prev.tokens[prev.tokens.length - 1]?.text === ":") {
        const cues = this.cuesBySentence.get(i) ?? [];
        return cues[cues.length - 1] ?? null;
      }
    }
    return null;
  }

  /** The cue of the next sentence when it only names the source of this one ("X gave this information"). */
  private retro(s: SentenceTokens): Cue | null {
    // The next sentence, in this paragraph or opening the next ("Five people were injured. / The
    // governor announced this on Telegram.").
    const next = this.sentences[s.index + 1];
    if (!next || next.paragraph > s.paragraph + 1) return null;
    const words = next.tokens.map((t) => t.norm).join(" ");
    if (!REFERS_BACK.some((re) => re.test(words))) return null;
    const cues = this.cuesBySentence.get(next.index) ?? [];
    return cues[0] ?? null;
  }

  private fromCue(c: Cue): { claimant: Claimant; unconfirmed: boolean } {
    const e = c.entity;
    return {
      claimant: {
        name: e.name,
        mention: this.spanText(c.mention),
        type: e.type,
        party: partyOf(e.type),
        ...(c.channel ? { channel: this.channelOf(c.channel) } : {}),
      },
      unconfirmed: c.unconfirmed,
    };
  }

  /** A mention with its text, made field by field (a spread of it costs a runtime call a claim). */
  private spanText({ start, end }: Span): Span & { text: string } {
    return { start, end, text: this.text.slice(start, end) };
  }

  private channelOf({ entity, mention }: { entity: Entity; mention: Span }): ClaimantChannel {
    return {
      name: entity.name,
      mention: this.spanText(mention),
      type: entity.type,
    };
  }

  private media(): Claimant {
    return { name: this.outlet ?? "media", mention: null, type: "media", party: "independent" };
  }
}
