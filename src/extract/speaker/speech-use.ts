// Whether a speech verb's token is used as the predicate of a statement. A word that can report
// speech often does something else; each class below names no speaker:
//   "five United States citizens", "the Claims Commission"      a word of a name (capitalised mid-sentence)
//   "over alleged crimes", "no reported casualties",
//   "their shared apartment", "the only reported deaths"         a participle used as an adjective
//   "went to report a stolen phone", "declined to confirm"       an infinitive: nothing is stated
//   "two women alleged to have stolen a baby"                    hearsay in a reduced passive
//   "in a place called Qaffadi", "a village named Kiwanja"       a participle that names a place
//   "Five police reported dead", "people reported missing"       a reduced passive of an outcome
//   "a bombing claimed 7 lives", "claiming the lives of 30"      the outcome verb "claim"
//   "soldiers posted at the gate", "posted near the checkpoint"   "posted" of a posting to a place
//   "protests called for by the opposition", "called on residents" a verb of demand, not of speech
//   "A later report asserted", "an earlier claim"                 a noun after a determiner and an adjective
import { UNITS } from "../lexicon/numbers.js";
import { phraseAt } from "../outcome/phrases.js";
import type { Token } from "../tokens.js";
import { startsUpper } from "../letters.js";
import { ARTICLES } from "../lexicon/syntax.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const THE_ITS_THEIR: ReadonlySet<string> = new Set(["the", "its", "their"]);
const HAVE_BE_BEEN_HAD: ReadonlySet<string> = new Set(["have", "be", "been", "had"]);
const REPORT_REPORTS_CLAIM_CLAIMS: ReadonlySet<string> = new Set(["report", "reports", "claim", "claims"]);
const FOR_ON_OFF_UPON: ReadonlySet<string> = new Set(["for", "on", "off", "upon"]);
const A_AN_THE_ETC: ReadonlySet<string> = new Set(
  "a an the this that another one each every its their his her".split(" "),
);
const CLAIM_CLAIMS_CLAIMED_CLAIMING: ReadonlySet<string> = new Set([
  "claim",
  "claims",
  "claimed",
  "claiming",
]);
const LIVES_LIFE: ReadonlySet<string> = new Set(["lives", "life"]);

/** Words before a participle that make it an adjective ("over alleged", "no reported", "their shared"). */
const ATTRIBUTIVE = new Set(
  "the a an no its their his her our my your over for of with without about against on in at from into upon newly recently so-called previously initially".split(
    " ",
  ),
);
/** Participles that take a "to"-infinitive only as a passive ("alleged to have", "said to be"). */
const HEARSAY_PARTICIPLES = new Set(["said", "alleged", "reported", "rumoured", "rumored", "believed"]);
/** Participles that name what follows them ("a place called X"). */
const NAMING = new Set(["called", "named", "dubbed"]);
/** States of people after a reduced passive ("reported dead", "confirmed missing"). */
const OUTCOME_STATES = new Set(["dead", "missing", "hurt", "safe", "alive", "unaccounted"]);

/** Words after "report(s)"/"claim(s)" that make it a noun ("Report of", "Reports from", "reports indicate"). */
const REPORT_NOUN_NEXT: ReadonlySet<string> = new Set(
  "of from by say says said indicate indicates indicated suggest suggests suggested claim claimed allege alleged show showed put state stated".split(
    " ",
  ),
);
const AUXILIARY: ReadonlySet<string> = new Set(
  "is are was were be been has have had do does did will would could can".split(" "),
);
/** Nouns of a message that a participle may follow as a reduced relative ("a statement posted on X"). */
const MESSAGE_NOUNS = new Set(
  "statement statements broadcast message messages post posts video videos audio recording letter report communique communiqué release tweet tweets bulletin footage".split(
    " ",
  ),
);

/** Verbs of saying that a message noun is the subject of, never a reduced relative after it. */
const SAYS: ReadonlySet<string> = new Set(
  "said stated noted estimated added warned confirmed claimed alleged concluded documented showed".split(" "),
);

/** Adjectives of order or time before a report or a claim as a noun ("a later report", "an earlier claim"). */
const ORDER_ADJECTIVES = new Set(
  "later earlier initial new latest previous first second third final subsequent recent preliminary separate fresh".split(
    " ",
  ),
);

/** Prepositions of place after "posted" that make it a posting ("posted at the gate"), not a post ("posted on X"). */
const POSTED_AT = new Set("at near outside inside along around beside behind".split(" "));

const isNumber = (t: Token) => t.kind === "num" || UNITS.has(t.norm);
const isCapitalised = (t: Token | undefined) => t !== undefined && startsUpper(t.text);
const isParticiple = (w: string) => w.endsWith("ed") || w === "said" || w === "told" || w === "shared";

/** A sentence written in title case (a headline: "Gunmen Kill 12, Police Say"). */
function titleCase(tk: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tk)
    if (t.kind === "word" && t.text.length > 3) {
      words++;
      if (isCapitalised(t)) caps++;
    }
  return words >= 3 && caps / words > 0.7;
}

/**
 * Whether the words before tokens[k], back to a comma, name someone: a capitalised name or a
 * phrase opening with "the"/"a" ("…, the regional military administration reported").
 */
function subjectAfterComma(tk: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 8 && tk[j]!.kind === "word") j--;
  if (tk[j]?.norm !== "," || j === k - 1) return false;
  const first = tk[j + 1]!;
  return startsUpper(first.text) || ARTICLES.has(first.norm);
}

/** Why the speech verb at tokens[k] states nothing, or null when it may (see the classes above). */
export function notSpeech(tk: readonly Token[], k: number): string | null {
  const t = tk[k]!;
  const w = t.norm;
  const prev = tk[k - 1];
  const next = tk[k + 1];
  if (k > 0 && isCapitalised(t) && isCapitalised(prev) && prev!.kind === "word" && !titleCase(tk))
    return "name";
  // "the only reported casualties" (not "the army only confirmed").
  const before = prev?.norm === "only" && THE_ITS_THEIR.has(tk[k - 2]?.norm ?? "") ? tk[k - 2] : prev;
  if (before && isParticiple(w) && (ATTRIBUTIVE.has(before.norm) || (w.endsWith("ed") && isNumber(before))))
    return "adjective";
  if (prev?.norm === "to") return "infinitive";
  if (
    HEARSAY_PARTICIPLES.has(w) &&
    next?.norm === "to" &&
    HAVE_BE_BEEN_HAD.has(tk[k + 2]?.norm ?? "") &&
    prev?.kind === "word"
  )
    return "hearsay";
  if (NAMING.has(w) && prev?.kind === "word" && isCapitalised(next)) return "naming";
  if (
    (w === "reported" || w === "confirmed") &&
    next !== undefined &&
    (OUTCOME_STATES.has(next.norm) || phraseAt(tk, k + 1, "after") !== null)
  )
    return "outcome";
  // "Report of attacks by …", "Reports from Gondar say", "reports indicate": a noun, not a verb.
  if (REPORT_REPORTS_CLAIM_CLAIMS.has(w) && next !== undefined && REPORT_NOUN_NEXT.has(next.norm))
    return "noun";
  // "(amount not stated)", "date not reported": a reduced passive with no auxiliary before "not".
  if (prev?.norm === "not" && isParticiple(w) && !AUXILIARY.has(tk[k - 2]?.norm ?? "")) return "passive";
  // "No deaths reported.": a report verb with nothing after it is a passive, unless a speaker after a
  // comma is its subject ("…, killing three people, Governor Oleh Syniehubov reported.").
  if (w === "reported" && (next === undefined || /^[.;)\]]$/.test(next.norm)) && !subjectAfterComma(tk, k))
    return "passive";
  // "in a media broadcast posted on Facebook", "a video shared online": a participle after a message.
  // ("The report said", "a UN statement noted": a verb of saying after the message is its predicate.)
  if (isParticiple(w) && !SAYS.has(w) && prev !== undefined && MESSAGE_NOUNS.has(prev.norm))
    return "relative";
  // "Three soldiers posted at the gate were killed": a posting to a place, not a post online.
  if (w === "posted" && next !== undefined && POSTED_AT.has(next.norm)) return "posting";
  // "an attack claimed by the group", "were killed by": a participle before "by" (its agent, when it
  // reports, is read before this: "confirmed by the ministry").
  if (w.endsWith("ed") && next?.norm === "by") return "passive";
  // "days of protesting called for by the opposition", "the governor called on residents to stay home".
  if (w === "called" && next !== undefined && FOR_ON_OFF_UPON.has(next.norm)) return "demand";
  // "A later report asserted", "an earlier claim": the noun after a determiner and its adjective.
  if (
    REPORT_REPORTS_CLAIM_CLAIMS.has(w) &&
    prev !== undefined &&
    ORDER_ADJECTIVES.has(prev.norm) &&
    A_AN_THE_ETC.has(tk[k - 2]?.norm ?? "")
  )
    return "noun";
  if (CLAIM_CLAIMS_CLAIMED_CLAIMING.has(w))
    for (let j = k + 1; j < tk.length && j <= k + 5; j++) if (LIVES_LIFE.has(tk[j]!.norm)) return "outcome";
  return null;
}
