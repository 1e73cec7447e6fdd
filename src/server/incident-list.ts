// `GET /api/incidents`: the store's date and country filters, then the words of `q`, the event type,
// an actor's or claimant's name, the tally filters (an outcome's figure, a grade) and the sort,
// then one page. Summaries (and so their reconciliations) are made only for the page, unless a
// tally filter, a claimant or a figure sort needs them all; ./views.ts keeps them until the store
// changes. `GET /api/export` takes the same view whole (`viewIncidents`), so that the dashboard's
// export button downloads exactly the incidents its list shows, in the same order.
import { passesTally } from "../incidents/query.js";
import type { Incident, Store } from "../store/store.js";
import type { IncidentListQuery, IncidentSummary, IncidentViewQuery } from "./schemas.js";
import type { Summaries, Summarised } from "./views.js";

export function listIncidents(
  store: Store,
  summaries: Summaries,
  q: IncidentListQuery,
): { total: number; items: IncidentSummary[] } {
  const of = summaries.under(q.strategy);
  const all = viewIncidents(store, summaries, q);
  const pageOf = all.slice(q.offset, q.offset + q.limit);
  return { total: all.length, items: pageOf.map((i) => of(i).summary) };
}

/** Every incident of a view (its filters and sort), unpaged; the same view is made once per revision. */
export function viewIncidents(store: Store, summaries: Summaries, q: IncidentViewQuery): readonly Incident[] {
  const { offset: _o, limit: _l, ...view } = q as IncidentViewQuery & { offset?: number; limit?: number };
  return summaries.view(view, () => makeView(store, summaries, view));
}

function makeView(store: Store, summaries: Summaries, q: IncidentViewQuery): Incident[] {
  let incidents = store.listIncidents({ from: q.from, to: q.to, country: q.country });
  const of = summaries.under(q.strategy);
  const words = (text: string | undefined) => (text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (hay: string, ws: string[]) => ws.every((w) => hay.includes(w));
  const [qWords, typeWords, actorWords] = [words(q.q), words(q.type), words(q.actor)];
  if (qWords.length) incidents = incidents.filter((i) => matches(haystack(i), qWords));
  if (typeWords.length) incidents = incidents.filter((i) => matches(typeText(i), typeWords));
  if (actorWords.length)
    incidents = incidents.filter(
      (i) =>
        matches(i.actors.map((a) => a.name.toLowerCase()).join(" | "), actorWords) ||
        matches(claimantText(of(i)), actorWords),
    );
  const tallied = q.outcome !== undefined || q.min !== undefined || q.grade !== undefined;
  if (tallied)
    incidents = incidents.filter((i) => {
      const s = of(i);
      return passesTally(s.totals, s.rows, q);
    });

  const dir = q.order === "asc" ? 1 : -1;
  const key = sortKey(q.sort, of);
  const keyed = incidents.map((i) => ({ i, k: key(i) }));
  keyed.sort((a, b) => compare(a.k, b.k, dir) || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0));
  return keyed.map(({ i }) => i);
}

function typeText(i: Incident): string {
  return [i.eventType, i.acled.eventType, i.acled.subEventType].filter(Boolean).join(" | ").toLowerCase();
}

/** The names of everyone who gave a figure for the incident. */
function claimantText(s: Summarised): string {
  return [...new Set(s.rows.flatMap((r) => r.claimants.map((c) => c.name.toLowerCase())))].join(" | ");
}

/** Incidents are frozen and shared by the store until they change, so their words are kept with them. */
const HAYSTACKS = new WeakMap<Incident, string>();

function haystack(i: Incident): string {
  let got = HAYSTACKS.get(i);
  if (got === undefined) HAYSTACKS.set(i, (got = haystackOf(i)));
  return got;
}

function haystackOf(i: Incident): string {
  const loc = i.location;
  return [
    i.id,
    i.title,
    loc?.name,
    loc?.admin2,
    loc?.admin1,
    loc?.country,
    loc?.iso,
    i.eventType,
    i.acled.eventType,
    i.acled.subEventType,
    ...i.actors.map((a) => a.name),
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

type Key = string | number | null;

/** One collator for every comparison (String.prototype.localeCompare makes one a call). */
const COLLATOR = new Intl.Collator("en");

function sortKey(sort: IncidentListQuery["sort"], of: (i: Incident) => Summarised): (i: Incident) => Key {
  switch (sort) {
    case "start":
      return (i) => i.start;
    case "title":
      return (i) => i.title.toLowerCase();
    case "place":
      return (i) =>
        i.location ? `${i.location.country ?? ""} ${i.location.admin1 ?? ""} ${i.location.name}` : null;
    case "type":
      return (i) => i.eventType;
    case "reports":
      return (i) => i.articles.length;
    case "killed":
    case "injured":
      return (i) => {
        const f = of(i).summary.figures[sort];
        return f ? (f.best ?? f.low) : null;
      };
  }
}

/** In the order asked for, with unknown (null) last whichever the order. */
function compare(a: Key, b: Key, dir: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (
    dir * (typeof a === "number" && typeof b === "number" ? a - b : COLLATOR.compare(String(a), String(b)))
  );
}
