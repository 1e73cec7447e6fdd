// The type of an event from its reports' words: a GTD attack type and an ACLED event and
// sub-event type (lexicons in ./lexicon/event-types.ts). Types are scored by how often their
// words occur (where none occur, the verbs of violence of ./lexicon/event-lemmas.ts, in every
// inflection, say the type); of the types with a fair share of the top score (a fifth), GTD's hierarchy
// decides (hijacking over barricade over kidnapping over bombing over armed assault). Then
// GTD's own rules, as constructions:
//   - an attack on a prominent person (official, commander, judge, elder, cleric, journalist …)
//     is an assassination, whatever the weapon (./prominent-target.ts);
//   - a hostage taking where the hostages are held at the site ("stormed the hotel and held the
//     guests hostage for hours") is a barricade incident, not a kidnapping;
//   - fire that kills or wounds people (other than the attackers) is an armed assault, not a
//     facility attack; explosives in an assault's weapon list with firearms ("armed with grenades
//     and rifles") make no bombing.
// ACLED's type follows from the GTD type and the targets: a hostage taking is an abduction, a
// bombing (or an assassination by one) one of the explosion sub-types, an armed assault or an
// assassination on state forces a battle, on civilians an attack. Every pattern is compiled once.
import type { Claim } from "../core/model.js";
import {
  ACLED_SUB_EVENTS,
  BARRICADE,
  GTD_ATTACK_TYPES,
  GTD_LEXICON,
  GTD_NOT,
  WEAPON_LIST,
  type GtdAttackType,
} from "./lexicon/event-types.js";
import { IRREGULAR_VERBS, verbForms } from "../extract/lexicon/morphology.js";
import { EVENT_LEMMAS } from "./lexicon/event-lemmas.js";
import { alternation, NOT_AFTER_LETTER, NOT_LETTER } from "./phrase-pattern.js";
import { prominentTarget } from "./prominent-target.js";

export interface EventType {
  gtd: GtdAttackType;
  acled: { eventType: string | null; subEventType: string | null };
  /** Matches per GTD type, for the reasons of a link. */
  scores: Partial<Record<GtdAttackType, number>>;
}

const patternCache = new Map<string, RegExp>();
function pattern(word: string): RegExp {
  let re = patternCache.get(word);
  if (!re) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
    re = new RegExp(`(?<![\\p{L}])${escaped}`, "giu");
    patternCache.set(word, re);
  }
  return re;
}

/**
 * How many times the words occur in the text. A word whose first part (up to a space) the text
 * does not hold in lower case cannot match its pattern, which is then not run: most of a lexicon's
 * words are absent from a report, and a pattern's scan of the whole text cost more than the test.
 */
export function countWords(text: string, words: readonly string[]): number {
  const lower = lowerCase(text);
  let n = 0;
  for (const w of words) if (lower.includes(headOf(w))) n += text.match(pattern(w))?.length ?? 0;
  return n;
}

/** The lower case of the last text asked for (a report's words are counted list by list). */
let lastText = "";
let lastLower = "";
function lowerCase(text: string): string {
  if (text !== lastText) {
    // The patterns' case folding also reads a long s as "s" (the Kelvin sign lowers to "k" anyway).
    lastLower = text.toLowerCase().replace(/ſ/g, "s");
    lastText = text;
  }
  return lastLower;
}

const heads = new Map<string, string>();
function headOf(word: string): string {
  let h = heads.get(word);
  if (h === undefined) heads.set(word, (h = word.toLowerCase().split(" ")[0]!));
  return h;
}

const NONE: readonly string[] = [];

/**
 * What a text says of each type, counted once: a report's are kept with its features, and an
 * incident's type is read from their sum (`sumTypeCounts`) without reading its reports' texts
 * again. The sum is what counting their joined text gives, but for a phrase that would run from
 * one report into the next, and a prominent target named by one report and attacked in another.
 */
export interface TypeCounts {
  /** Per GTD type: its words less its negated words (bombings: less explosives carried with firearms). */
  words: Partial<Record<GtdAttackType, number>>;
  /** Per GTD type: its verbs of violence in every inflection. */
  lemmas: Partial<Record<GtdAttackType, number>>;
  /** An attack on a prominent person (./prominent-target.ts). */
  prominent: boolean;
  /** "held … hostage", and the words of a site stormed (a barricade incident's). */
  held: boolean;
  site: number;
  /** Per ACLED explosion sub-event (in the lexicon's order): its words. */
  explosions: number[];
}

/** The counts `typeFromCounts` reads, of one text. */
export function countTypes(text: string): TypeCounts {
  const words: TypeCounts["words"] = {};
  for (const t of GTD_ATTACK_TYPES) {
    if (t === "Unknown") continue;
    let n = countWords(text, GTD_LEXICON[t]) - countWords(text, GTD_NOT[t] ?? NONE);
    if (t === "Bombing/Explosion") n -= explosivesCarried(text);
    if (n !== 0) words[t] = n;
  }
  const lemmas: TypeCounts["lemmas"] = {};
  for (const [type, re] of LEMMA_PATTERNS) {
    const k = text.match(re)?.length ?? 0;
    if (k > 0) lemmas[type] = k;
  }
  return {
    words,
    lemmas,
    prominent: prominentTarget(text) !== null,
    held: HELD.test(text),
    site: countWords(text, BARRICADE.site),
    explosions: EXPLOSIONS.map((e) => countWords(text, e.words)),
  };
}

/** The counts of several texts together. */
export function sumTypeCounts(all: readonly TypeCounts[]): TypeCounts {
  const add = (
    into: Partial<Record<GtdAttackType, number>>,
    from: Partial<Record<GtdAttackType, number>>,
  ) => {
    for (const t of GTD_ATTACK_TYPES) if (from[t] !== undefined) into[t] = (into[t] ?? 0) + from[t];
  };
  const out: TypeCounts = {
    words: {},
    lemmas: {},
    prominent: false,
    held: false,
    site: 0,
    explosions: EXPLOSIONS.map(() => 0),
  };
  for (const c of all) {
    add(out.words, c.words);
    add(out.lemmas, c.lemmas);
    out.prominent ||= c.prominent;
    out.held ||= c.held;
    out.site += c.site;
    c.explosions.forEach((n, i) => (out.explosions[i]! += n));
  }
  return out;
}

export function typeEvent(text: string, claims: readonly Claim[] = []): EventType {
  return typeFromCounts(countTypes(text), claims);
}

/** The type of an event from its reports' counts (`countTypes`, summed) and claims. */
export function typeFromCounts(counts: TypeCounts, claims: readonly Claim[] = []): EventType {
  const scores: Partial<Record<GtdAttackType, number>> = {};
  let top = 0;
  for (const t of GTD_ATTACK_TYPES) {
    if (t === "Unknown") continue;
    const n = counts.words[t] ?? 0;
    if (n > 0) scores[t] = n;
    top = Math.max(top, n);
  }
  const floor = Math.max(1, Math.ceil(top / 5));
  let gtd = GTD_ATTACK_TYPES.find((t) => (scores[t] ?? 0) >= floor) ?? lemmaType(counts);
  if (counts.prominent) gtd = "Assassination";
  else if (gtd === "Hostage Taking (Kidnapping)" && counts.held && counts.site > 0)
    gtd = "Hostage Taking (Barricade Incident)";
  else if (gtd === "Facility/Infrastructure Attack" && claims.some(hurtVictim)) gtd = "Armed Assault";
  return { gtd, acled: acledType(gtd, counts, claims, scores), scores };
}

/** "armed with" and the next few words, up to a clause's end. */
const CARRYING = new RegExp(
  `${NOT_AFTER_LETTER}(?:${alternation(WEAPON_LIST.carrying)})\\s+((?:[^\\s,.;]+\\s+){0,6}[^\\s,.;]+)`,
  "giu",
);

/** Bombing words in a weapon list that also names firearms ("armed with grenades and rifles"). */
function explosivesCarried(text: string): number {
  let n = 0;
  for (const m of text.matchAll(CARRYING)) {
    if (countWords(m[1]!, WEAPON_LIST.firearms) > 0) n += countWords(m[1]!, GTD_LEXICON["Bombing/Explosion"]);
  }
  return n;
}

/** Each type's verbs in every inflection (lexicon/event-lemmas.ts), one pattern a type. */
const LEMMA_PATTERNS: readonly [GtdAttackType, RegExp][] = Object.entries(EVENT_LEMMAS).map(
  ([type, lemmas]) => [
    type as GtdAttackType,
    new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(lemmas.flatMap(inflections))})${NOT_LETTER}`, "giu"),
  ],
);

/**
 * The type the verbs of violence tell of where no type's words were found: the type whose verbs
 * occur most, the first in GTD's order on ties; "Unknown" for none.
 */
function lemmaType(counts: TypeCounts): GtdAttackType {
  let best: GtdAttackType = "Unknown";
  let n = 0;
  for (const [type] of LEMMA_PATTERNS) {
    const k = counts.lemmas[type] ?? 0;
    if (k > n || (k === n && k > 0 && GTD_ATTACK_TYPES.indexOf(type) < GTD_ATTACK_TYPES.indexOf(best)))
      [best, n] = [type, k];
  }
  return best;
}

/** A verb's forms (morphology.ts), with a prefixed irregular verb's too ("overrun": overran). */
function inflections(lemma: string): string[] {
  const prefix = /^(over|out|under|up)(?=..)/.exec(lemma)?.[0] ?? "";
  const rest = lemma.slice(prefix.length);
  const f = verbForms(prefix && IRREGULAR_VERBS.has(rest) ? rest : lemma);
  const forms = [f.base, f.third, ...f.past, ...f.participle, f.ing];
  return [...new Set(prefix && IRREGULAR_VERBS.has(rest) ? forms.map((w) => prefix + w) : forms)];
}

const HELD = new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(BARRICADE.held)})${NOT_LETTER}`, "iu");

/** The ACLED sub-events of explosions, each with its words. */
const EXPLOSIONS = ACLED_SUB_EVENTS.filter((s) => s.eventType === "Explosions/Remote violence");

function hurtVictim(c: Claim): boolean {
  return (c.outcome === "killed" || c.outcome === "injured") && c.group !== "militants";
}

function acledType(
  gtd: GtdAttackType,
  counts: TypeCounts,
  claims: readonly Claim[],
  scores: Partial<Record<GtdAttackType, number>>,
): { eventType: string | null; subEventType: string | null } {
  const sub = (name: string) => {
    const e = ACLED_SUB_EVENTS.find((s) => s.subEventType === name)!;
    return { eventType: e.eventType, subEventType: e.subEventType };
  };
  // ACLED types by the means: an assassination by a bomb is an explosion.
  const bombed = (scores["Bombing/Explosion"] ?? 0) > (scores["Armed Assault"] ?? 0);
  switch (gtd === "Assassination" && bombed ? "Bombing/Explosion" : gtd) {
    case "Hijacking":
    case "Hostage Taking (Kidnapping)":
    case "Hostage Taking (Barricade Incident)":
      return sub("Abduction/forced disappearance");
    case "Bombing/Explosion": {
      const hit = EXPLOSIONS.find((_, i) => counts.explosions[i]! > 0) ?? EXPLOSIONS[EXPLOSIONS.length - 1]!;
      return { eventType: hit.eventType, subEventType: hit.subEventType };
    }
    case "Armed Assault":
    case "Assassination":
    case "Unarmed Assault": {
      const forces = claims.filter((c) => c.outcome === "killed" && c.group === "security_forces").length;
      const civilians = claims.filter(
        (c) => c.outcome === "killed" && (c.group === "civilians" || c.group === "people"),
      ).length;
      return forces > civilians ? sub("Armed clash") : sub("Attack");
    }
    case "Facility/Infrastructure Attack":
      return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
    case "Unknown":
      return { eventType: null, subEventType: null };
  }
}
