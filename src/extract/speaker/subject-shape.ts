// Whether the words found before (or after) a speech verb can name a speaker. A claimant's name is
// a name or a description, never a clause or a fragment of one. Each class is a shape, not a phrase:
//   "in what officials said was …"                 the speaker follows "what": officials
//   "… Hospital.Medical personnel at the hospital"  a sentence break the segmenter missed: after it
//   "Following the incident, the driver …"          an opening adverbial before a comma is dropped
//   "There were no …", "No group …"                 an existential or a negative names no one
//   "No deaths reported", "Two deaths reported"     a count of an outcome is what is reported
//   "Battles were fought …", "Gunmen attacked the village in a place called …"
//                                                   a clause (an auxiliary, or a verb with an object)
//   "near the baggage claim", "over alleged …"      a prepositional phrase names no one
//   "reportedly said"                               adverbs alone name no one
//   "A later report …", "was picked up by …"        a lone determiner or a verb opening names no one
//   "While police searched …, … claiming"           a subordinator opening its clause is no name's word
//   "Clashes between soldiers and police reported"   an event noun heading a phrase is what is reported
//   "the Kurdish-led SDF", "the Iran-backed Houthis" a hyphenated participle is a modifier, not a verb
// A clause may still give its subject to a participle that goes on from it ("Al Shabaab has
// claimed the attack claiming …", "the government demolished houses claiming …"): `clauseSubject`.
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { OUTCOME_NOUNS } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";
import { afterTimeOpening } from "./time-opening.js";
import { isLowerEd, startsLower, startsUpper } from "../letters.js";

// (Word lists tested token by token, as sets: one lookup where a pattern was run.)
const A_AN_THE_ETC: ReadonlySet<string> = new Set("a an the its his her their".split(" "));
const ALSO_LATER_THEN_ETC: ReadonlySet<string> = new Set(
  "also later then reportedly allegedly had has have".split(" "),
);

export type Range = [number, number];

const AUXILIARY: ReadonlySet<string> = new Set(
  "is are was were be been being has have had will would did does do can could may might".split(" "),
);
/** Words opening a phrase that is no subject ("near the baggage", "after the attack"). */
const PREPOSITION: ReadonlySet<string> = new Set(
  "near over after before during following amid amidst despite since until across around behind beside between beyond inside outside through throughout toward towards under upon via within without like unlike at in on by from for of with to into".split(
    " ",
  ),
);
/** Heads that are what is reported, not who reports it ("No fatalities reported", "Violence reported"). */
// ("The body said": one body is an organisation speaking, lexicon/referring.ts GENERIC_BODY_HEADS,
// though "bodies" are the dead.)
const REPORTED_THINGS = new Set([
  ...[...OUTCOME_NOUNS.keys()].filter((w) => w !== "body"),
  "casualties",
  "casualty",
  "violence",
  "clashes",
  "fighting",
  "attacks",
  "attack",
  "incidents",
  "incident",
  "riots",
  "protests",
  "battles",
  "demonstrations",
  "unrest",
]);
/** Words after a verb that make it a clause's verb with an object ("attacked the village"). */
const OBJECT_START: ReadonlySet<string> = new Set(
  "the a an his her their its my our many several some all him them himself herself themselves itself me us".split(
    " ",
  ),
);
/** Words before a participle that make it an adjective or a reduced relative ("the reported", "officials based in"). */
const MODIFIER_BEFORE: ReadonlySet<string> = new Set(
  "the a an of for by in at to and newly recently so-called no its their his her".split(" "),
);

const PERSONAL: ReadonlySet<string> = new Set("he she they we i it".split(" "));
/** Words that open a subordinate clause ("While police searched …"). */
const SUBORDINATOR: ReadonlySet<string> = new Set(
  "while whilst when whereas although though because once as if after before since until".split(" "),
);
/** Determiners and quantifiers that name no one alone ("A", "Both", "Some"). */
const LONE_DETERMINER: ReadonlySet<string> = new Set(
  "a an the this that these those some both many each either several all any".split(" "),
);

/**
 * Portuguese "do" ("of the") between two capitalised words is a particle of a name ("Voz do Norte",
 * "Jornal do Brasil"), no auxiliary: English "do" never stands between two capitals as a verb.
 */
function nameParticle(tk: readonly Token[], i: number): boolean {
  return tk[i]!.text === "do" && startsUpper(tk[i - 1]?.text ?? "") && startsUpper(tk[i + 1]?.text ?? "");
}

const isAdverb = (t: Token) => t.kind === "word" && t.norm.length > 4 && t.norm.endsWith("ly");

/** The index of a clause's verb in [a, b): an auxiliary, or a past-tense verb with an object after it. */
function clauseVerb(tk: readonly Token[], [a, b]: Range): number | null {
  for (let i = a; i < b; i++) {
    const t = tk[i]!;
    if (t.kind !== "word") continue;
    if (AUXILIARY.has(t.norm) && i > a && !nameParticle(tk, i)) return i;
    // "he opened fire in the baggage": after a personal pronoun, the next word is its verb.
    if (i === a + 1 && PERSONAL.has(tk[a]!.norm)) return i;
    // (A participle joined by a hyphen is a modifier: "the Kurdish-led SDF", "the Iran-backed Houthis".)
    if (!isLowerEd(t.text) || (i > a && MODIFIER_BEFORE.has(tk[i - 1]!.norm))) continue;
    if (i > a && tk[i - 1]!.norm === "-" && tk[i - 1]!.start === tk[i - 2]?.end && tk[i - 1]!.end === t.start)
      continue;
    const next = tk[i + 1];
    // ("A resident named John Okello", "a militia called the Jebel Guardians": a participle of
    // naming after a noun, before the name it gives, is no clause's verb.)
    if (namingBeforeName(tk, i, a)) continue;
    if (next && (next.kind === "num" || OBJECT_START.has(next.norm) || startsUpper(next.text))) return i;
  }
  return null;
}

/** Whether tk[i] is a participle of naming ("named", "called", "dubbed") between a noun after `a` and a name. */
function namingBeforeName(tk: readonly Token[], i: number, a: number): boolean {
  if (i <= a || !NAMING_PARTICIPLES.has(tk[i]!.norm) || !startsLower(tk[i - 1]!.text)) return false;
  if (PERSONAL.has(tk[i - 1]!.norm) || AUXILIARY.has(tk[i - 1]!.norm)) return false;
  const n = tk[i + 1]?.norm === "the" ? i + 2 : i + 1;
  return startsUpper(tk[n]?.text ?? "");
}
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(["named", "called", "dubbed"]);

/**
 * The words of [a, b) that can name a speaker, or null when none can (see the classes above).
 */
export function speakerRange(tk: readonly Token[], [a, b]: Range): Range | null {
  for (let i = b - 1; i >= a; i--)
    if (
      tk[i]!.norm === "what" ||
      (tk[i]!.norm === "." &&
        startsUpper(tk[i + 1]?.text ?? "") &&
        !ABBREVIATIONS.has(tk[i - 1]!.norm) &&
        // an initial ("Brig. S. K. Rao")
        tk[i - 1]!.text.length > 1)
    ) {
      a = i + 1;
      break;
    }
  // "On Friday the army said", "the next day the Interior Minister declared": a time phrase opening the clause names no one.
  a = afterTimeOpening(tk, a, b);
  // "Following the incident, the driver …": the words after the opening phrase's comma.
  // "In a statement the army said": without a comma, the words after the phrase's noun.
  if (PREPOSITION.has(tk[a]?.norm ?? "")) {
    let c = a;
    while (c < b && tk[c]!.norm !== ",") c++;
    if (c < b - 1) a = c + 1;
    else if (A_AN_THE_ETC.has(tk[a + 1]?.norm ?? "") && a + 3 < b) a += 3;
    else return null;
  }
  // "While police searched the building, a crowd gathered, claiming …": the clause's subject after its subordinator.
  if (SUBORDINATOR.has(tk[a]?.norm ?? "") && a + 1 < b) a++;
  if (b <= a) return null;
  const first = tk[a]!.norm;
  if (first === "there" || first === "no" || first === "none" || first === "neither") return null;
  // "A later report asserted", "Both … make", "was picked up by": a determiner alone or a verb names no one.
  if ((b - a === 1 && LONE_DETERMINER.has(first)) || AUXILIARY.has(first)) return null;
  // "Clashes between soldiers and Oromia Special Police reported in …": the head before its complement.
  const headEnd = tk.slice(a, b).findIndex((t) => PREPOSITION.has(t.norm));
  if (headEnd > 0 && REPORTED_THINGS.has(tk[a + headEnd - 1]!.norm)) return null;
  // Only a bare noun phrase: "officials investigating the attack" speak of it.
  const bare = tk
    .slice(a, b)
    .every((t) => !PREPOSITION.has(t.norm) && !t.norm.endsWith("ing") && t.norm !== ",");
  if (bare && REPORTED_THINGS.has(tk[b - 1]!.norm)) return null;
  if (tk.slice(a, b).every((t) => isAdverb(t) || t.kind === "punct")) return null;
  if (clauseVerb(tk, [a, b]) !== null) return null;
  return [a, b];
}

/**
 * The subject of the clause in [a, b) whose verb a participle goes on from: the words before its
 * verb, when they can name a speaker ("Al Shabaab has claimed the attack" → "Al Shabaab").
 */
export function clauseSubject(tk: readonly Token[], [a, b]: Range): Range | null {
  let v = clauseVerb(tk, [a, b]);
  // "the driver of the truck defended himself": a verb whose object is a reflexive or a pronoun.
  if (v === null) return null;
  while (v > a && ALSO_LATER_THEN_ETC.has(tk[v - 1]!.norm)) v--;
  return v > a ? speakerRange(tk, [a, v]) : null;
}
