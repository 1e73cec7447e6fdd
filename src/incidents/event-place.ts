// A report that names its event by a place ("the Djibo ambush", "Tuesday's Kabul bombing", "the
// Nkwen checkpoint attack") tells where the event was: a site named elsewhere in the report, in
// another province, is where something else happened ("Families in Ouagadougou mourned those
// killed in the Djibo convoy ambush"), a place aside, no site of the event.
import type { Span } from "../core/model.js";
import { EVENT_NOUNS } from "./lexicon/recall.js";
import type { PlaceMention } from "./places.js";

/** Words that end a phrase before an event noun: the place is then no modifier of that noun. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(
  "on in at of the a an and or to for after before was were is are by with from near as than that this"
    .split(" ")
    .filter(Boolean),
);

/**
 * After a place: up to two lower-case nouns, then an event noun ("ambush", "convoy ambush",
 * "army post attack"), as a word of its own or a plural.
 */
const BEFORE_EVENT_NOUN = new RegExp(
  String.raw`^((?:\s+\p{Ll}+){0,2}?)\s+(?:${EVENT_NOUNS.join("|")})(?:s|es)?(?![\p{L}-])`,
  "u",
);

/** Whether the place at `span` modifies an event noun after it (the place names the event). */
export function namesEvent(text: string, span: Span): boolean {
  const m = BEFORE_EVENT_NOUN.exec(text.slice(span.end, span.end + 60));
  if (!m) return false;
  return m[1]!
    .trim()
    .split(/\s+/)
    .every((w) => w === "" || !NOT_MODIFIERS.has(w));
}

/**
 * The mentions with sites in other provinces than the place the report names its event by set
 * aside (role "aside"); unchanged when it names its event by no place that may be a site.
 */
export function setAsideOtherSites(text: string, mentions: readonly PlaceMention[]): PlaceMention[] {
  const named = mentions.filter(
    (m) => (m.role === "site" || m.role === "near") && m.place.wherePrec <= 3 && namesEvent(text, m),
  );
  if (named.length === 0) return [...mentions];
  const province = (m: PlaceMention) => `${m.place.iso}:${m.place.admin1Code ?? m.place.admin1}`;
  const provinces = new Set(named.map(province));
  // A province or a site of another one; a country is no province (its reports' country stays).
  const aside = (m: PlaceMention) =>
    (m.role === "site" || m.role === "near") && m.place.kind !== "country" && !provinces.has(province(m));
  return mentions.map((m) => (aside(m) ? { ...m, role: "aside" } : m));
}
