// Whether a word names a country or its people ("Sudanese", "Israel", "Ukrainian", "Kenya"): the
// country names of the countries-list package (English short names), and a word that shares a
// country name's stem and ends as a nationality adjective does ("Sudan" → "Sudanese", "Colombia" →
// "Colombian", "Israel" → "Israeli") or shortens it ("Afghan", "Philippine"). Read lazily, once, on the first question.
import { createRequire } from "node:module";

/** Words of country names that name no country alone ("New" Zealand, "South" Africa). */
const GENERIC = new Set(
  "new south north east west central united states kingdom republic democratic saint island islands the of and great papua guinea equatorial sao french british american".split(
    " ",
  ),
);
/** Nationalities whose country's English short name is another word. */
const OTHER_NAMES = [
  "british",
  "britain",
  "english",
  "american",
  "burmese",
  "dutch",
  "emirati",
  "burkinabe",
  "us",
  "uk",
];
const ENDINGS = /(an|ian|ese|i|ish|ic|ean|ine|ite)$/;

/**
 * The words of country names, and the two indexes `isNationality` reads them by: every prefix of
 * five letters or more (for a shortened name, "Afghan"), and every prefix of four to six letters
 * that leaves at most three letters of the word (for an adjective's stem, "Colomb-ian").
 */
let stems: { all: Set<string>; prefixes: Set<string>; shortStems: Set<string> } | null = null;
let countries: Set<string> | null = null;

/** Other names a country is called by as a speaker ("the United States", "Britain"). */
const COUNTRY_ALIASES = ["us", "usa", "uk", "britain", "great britain", "america", "drc", "dr congo"];

/** The first words of the country names of several words ("dr" of "dr congo", "south" of "south sudan"). */
let firstWords: Set<string> | null = null;

function countryNames(): Set<string> {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const names = require("countries-list/minimal/countries.en.min.json") as Record<string, string>;
    countries = new Set([...COUNTRY_ALIASES, ...Object.values(names).map((n) => n.toLowerCase())]);
    firstWords = new Set([...countries].filter((n) => n.includes(" ")).map((n) => n.split(" ")[0]!));
  }
  return countries;
}

/** Whether lower-case words are the whole name of a country ("Kenya", "South Sudan", "the United States"). */
export function isCountryName(words: readonly string[]): boolean {
  const names = countryNames();
  const w = words[0] === "the" ? words.slice(1) : words;
  return w.length > 0 && names.has(w.join(" "));
}

/** Whether a lower-case word opens a country's name of several words ("dr" of "DR Congo", "sri"). */
export function opensCountryName(word: string): boolean {
  countryNames();
  return firstWords!.has(word);
}

function countryStems(): NonNullable<typeof stems> {
  if (stems) return stems;
  const require = createRequire(import.meta.url);
  const names = require("countries-list/minimal/countries.en.min.json") as Record<string, string>;
  const all = new Set(OTHER_NAMES);
  for (const name of Object.values(names))
    for (const w of name.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC.has(w)) all.add(w);
  const prefixes = new Set<string>();
  const shortStems = new Set<string>();
  for (const name of all) {
    for (let n = 5; n <= name.length; n++) prefixes.add(name.slice(0, n));
    for (let cut = 4; cut <= Math.min(6, name.length); cut++)
      if (name.length - cut <= 3) shortStems.add(name.slice(0, cut));
  }
  stems = { all, prefixes, shortStems };
  return stems;
}

/**
 * The ISO code of the country a lower-case nationality adjective is of, read as `isNationality`
 * reads it ("afghan" → AF, "malian" → ML, "nigerian" → NG, not Niger), or null (none, or two
 * alike).
 */
export function nationalityIso(word: string): string | null {
  const require = createRequire(import.meta.url);
  const names = require("countries-list/minimal/countries.en.min.json") as Record<string, string>;
  /** How long a stem a country name's word shares with the adjective (0: none). */
  const shared = (w: string): number => {
    if (w === word || (word.length >= 5 && w.startsWith(word))) return word.length + 1;
    if (word.length < 5 || !ENDINGS.test(word)) return 0;
    for (let cut = Math.min(word.length - 1, 6); cut >= 4; cut--)
      if (w.startsWith(word.slice(0, cut)) && w.length - cut <= 3) return cut;
    return 0;
  };
  // The shortest name first ("Indian": India, not British Indian Ocean Territory), then the
  // longest stem ("Nigerian": Nigeria, not Niger).
  const rank = (words: number, n: number) => words * 100 - n;
  let best: string | null = null;
  let bestRank = Infinity;
  let tie = false;
  for (const [iso, name] of Object.entries(names)) {
    // Words of its name less its form of state (the two Congos are both "Congo": a tie).
    const words = name
      .replace(/^(?:(?:Democratic|Federal|Islamic|People's|United) )*Republic of (?:the )?/, "")
      .toLowerCase()
      .split(/[^a-z]+/);
    const n = Math.max(0, ...words.filter((w) => w.length >= 4 && !GENERIC.has(w)).map(shared));
    if (n === 0) continue;
    const r = rank(words.length, n);
    if (r < bestRank) [best, bestRank, tie] = [iso, r, false];
    else if (r === bestRank) tie = true;
  }
  return tie ? null : best;
}

/** Whether a lower-case word is a country's name or its nationality adjective. */
export function isNationality(word: string): boolean {
  const { all, prefixes, shortStems } = countryStems();
  if (all.has(word)) return true;
  if (word.length < 5) return false;
  // "Philippine", "Afghan": the first word of a country's name, shortened.
  if (prefixes.has(word)) return true;
  if (!ENDINGS.test(word)) return false;
  // "Sudanese", "Israeli": a stem of four to six letters of a name that goes on at most three more.
  for (let cut = Math.min(word.length - 1, 6); cut >= 4; cut--)
    if (shortStems.has(word.slice(0, cut))) return true;
  return false;
}
