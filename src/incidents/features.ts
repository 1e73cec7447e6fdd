// What linking reads of a report (issue 3 point 4, issue 11): its event time, places, actors,
// event type, kinds of target, persons attacked, means, words and names, whether it reads as a follow-up or as one of a series. Read once
// per (article, claims) and cached, so that a block re-linked for each new report reads each
// report once.
import type { Claim } from "../core/model.js";
import type { ArticleId, Location, StoredArticle } from "../store/store.js";
import { relatedIncidents } from "../extract/claims/shared-totals.js";
import { publicationDay } from "../extract/input-checks.js";
import { actorsFromCounts, countActors, type ActorCounts, type ActorMention } from "./actors.js";
import { ownPart } from "./earlier-aside.js";
import { countTypes, countWords, typeFromCounts, type EventType, type TypeCounts } from "./event-type.js";
import { eventDay, eventTime, type EventTime } from "./event-time.js";
import { FOLLOW_UP_WORDS } from "./lexicon/follow-up.js";
import { findPlaces, givenLocation, locate, type PlaceMention } from "./places.js";
import { names, terms, type Terms } from "./similarity.js";
import { targetKinds } from "./targets.js";
import { namedVictims } from "./victims.js";
import { weaponKinds } from "./weapons.js";

export interface ArticleFeatures {
  id: ArticleId;
  /** SHA-256 of the text: with the event day, the order a block is re-linked in. */
  hash: string;
  time: EventTime;
  /** The day the event happened by this report (its claims', else its publication day). */
  eventDate: string | null;
  places: PlaceMention[];
  /** The place the input itself gives (places.ts `givenLocation`), which wins over the text's. */
  given: Location | null;
  /** The country the report is located in (ISO code), or null. */
  iso: string | null;
  actors: ActorMention[];
  event: EventType;
  terms: Terms;
  /** The names it uses (similarity.ts `names`). */
  names: Terms;
  /** It reads as a follow-up of an earlier event (lexicon/follow-up.ts). */
  followUp: boolean;
  /** "This was one of three related attacks": the report covers one event of a series, or null. */
  series: number | null;
  /** Its key figures (`keyFigures`): "killed:8", "injured:30". */
  figures: string[];
  /** The kinds of target it names (targets.ts): "market", "worship". */
  targets: string[];
  /** The persons it names as attacked (victims.ts), each in lower case: "john roe". */
  victims: string[];
  /** The kinds of means its attack used (weapons.ts): "firearm", "explosive". */
  weapons: string[];
  /**
   * What its text says of each event type and actor, counted once (event-type.ts `countTypes`,
   * actors.ts `countActors`): an incident's type and actors are read from its reports' sums.
   */
  counts: { type: TypeCounts; actors: ActorCounts };
}

const cache = new Map<string, ArticleFeatures>();
const CACHE_MAX = 20_000;

/** The linking features of an article and its claims (cached by content and claims). */
export function articleFeatures(article: StoredArticle, claims: readonly Claim[]): ArticleFeatures {
  const key = `${article.id}:${article.hash}:${claims.map((c) => c.id).join(",")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const time = eventTime(publicationDay(article.published), claims, article.text);
  const places = findPlaces(article.text);
  const given = article.place ? givenLocation(article.place) : null;
  const located = given ?? locate(places);
  // Targets and figures of an earlier event named in passing are not the report's (earlier-aside.ts).
  const own = ownPart(article.text, claims, keyFigures);
  const counts = { type: countTypes(article.text), actors: countActors(article.text) };
  const f: ArticleFeatures = {
    id: article.id,
    hash: article.hash,
    time,
    eventDate: eventDay(time),
    places,
    given,
    iso: located?.iso ?? null,
    actors: actorsFromCounts(counts.actors, claims, located?.country ?? null),
    event: typeFromCounts(counts.type, claims),
    terms: terms(article.text),
    names: withoutBroadPlaces(names(article.text), places),
    followUp: countWords(article.text, FOLLOW_UP_WORDS) > 0,
    series: relatedIncidents(article.text),
    figures: keyFigures(own.claims),
    targets: targetKinds(own.text),
    victims: namedVictims(own.text, places),
    weapons: weaponKinds(own.text),
    counts,
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, f);
  return f;
}

/**
 * A report's key figures: the numbers its own claims give of people killed, injured, abducted or
 * held, as "outcome:number", those of KEY_FIGURE_MIN or more (one or two dead fit too many events
 * to tell any apart), sorted.
 */
export function keyFigures(claims: readonly Claim[]): string[] {
  const out = new Set<string>();
  for (const c of claims)
    if (!c.otherIncident && c.quantity.value !== null && c.quantity.value >= KEY_FIGURE_MIN)
      if (KEY_OUTCOMES.has(c.outcome)) out.add(`${c.outcome}:${c.quantity.value}`);
  return [...out].sort();
}
export const KEY_FIGURE_MIN = 3;
const KEY_OUTCOMES: ReadonlySet<string> = new Set(["killed", "injured", "abducted", "held"]);

/** The order a block's reports are linked in: by event day (undated last), then content hash. */
export function canonicalOrder(a: ArticleFeatures, b: ArticleFeatures): number {
  return (
    (a.eventDate ?? "9999").localeCompare(b.eventDate ?? "9999") ||
    a.hash.localeCompare(b.hash) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Names less those of countries and provinces: the place score weighs those already, and two
 * summaries of different events in one province share little else.
 */
function withoutBroadPlaces(found: Terms, places: readonly PlaceMention[]): Terms {
  const broad = new Set(
    places
      .filter((p) => p.place.kind === "country" || p.place.kind === "region")
      .flatMap((p) => p.text.toLowerCase().split(/[^\p{L}\p{M}]+/u)),
  );
  if (broad.size === 0) return found;
  return new Map([...found].filter(([w]) => !broad.has(w)));
}
