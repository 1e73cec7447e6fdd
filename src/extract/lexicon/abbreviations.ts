// Abbreviations after which a full stop does not end a sentence (titles, ranks, initials' kin).
// Lower-case, without the stop. Intl.Segmenter splits after these; the segmenter re-joins.
import { MONTH_ABBREVIATIONS } from "../time/lexicon.js";
import { CLAIMANT_KEYWORDS, DEPENDENT_HEADS, ROLE_NOUNS, STATE_FORCE_WORDS } from "./claimants.js";
import { TITLES } from "./titles.js";
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "pvt",
  "brig",
  "adm",
  "cmdr",
  "cdr",
  "lt.col",
  "insp",
  "retd",
  "eng",
  "adv",
  "dy",
  "addl",
  "spl",
  "supt",
  "const",
  "gov",
  "sen",
  "rep",
  "pres",
  "sec",
  "amb",
  "hon",
  "rev",
  "fr",
  "sheikh",
  "no",
  "nos",
  "vol",
  "fig",
  "approx",
  "est",
  "dept",
  "govt",
  "univ",
  "assn",
  "bros",
  "co",
  "corp",
  "inc",
  "ltd",
  ...MONTH_ABBREVIATIONS,
  "e.g",
  "i.e",
  "vs",
]);

/**
 * Abbreviations that often close a sentence ("… the attack began at 10 a.m. 15 people died",
 * "… ammunition, phones etc. Police said"): the sentence goes on after one only before lower case
 * or "(" (and, after a clock time, a day, month or time zone: "10 a.m. Monday", "10 a.m. GMT").
 */
export const CLOSING_ABBREVIATIONS: ReadonlySet<string> = new Set(["a.m", "p.m", "etc"]);

/** Time zones written after a clock time ("10 a.m. GMT"), lower case. */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  "gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt ist pkt cet cest eet eest wat eat cat bst aest jst msk wib ict".split(
    " ",
  ),
);

/**
 * Abbreviations that end a name and may close a sentence ("the U.S. Army", "Kestrel Co. Ltd." go
 * on; "… condemned by the U.S. The embassy closed", "… sent by the U.N. Convoys left" do not):
 * the sentence goes on before lower case, "(", an ordinal ("the U.S. 5th Fleet") or a word of an
 * institution's or office's name (`INSTITUTION_WORDS`: "Army", "Embassy", "President"); any
 * other capital or a number starts a new one.
 */
export const NAME_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "u.s",
  "u.n",
  "u.k",
  "e.u",
  "inc",
  "ltd",
  "corp",
  "co",
]);

/**
 * Words of an institution's or an office's name, lower case: the heads and ranks of the claimant
 * lexicon, the one-word keywords of the state's and officials' bodies, and the names of missions.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  ...DEPENDENT_HEADS,
  ...ROLE_NOUNS,
  ...TITLES,
  ...STATE_FORCE_WORDS,
  ...CLAIMANT_KEYWORDS.filter(
    ([type]) => type === "state_military" || type === "government" || type === "official",
  )
    .flatMap(([, words]) => words)
    .filter((w) => !w.includes(" ")),
  ..."embassy embassies consulate mission missions envoy delegation state congress senate".split(" "),
]);
