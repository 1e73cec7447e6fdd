// Exports of incidents (CODEBOOK §4): CSV shaped as ACLED, UCDP GED and GTD rows, with the
// columns named as those datasets' codebooks name them; GeoJSON of incidents; the full model as
// JSON; claims as JSON Lines. CSV is written by csv-stringify (quoting of commas, quotes and
// line breaks in notes and names). Every function here is pure: records in, text out.
//
// Choices, where the datasets' conventions leave room:
// - ACLED: one row per incident-day (and event type; an incident has one). `fatalities` is the
//   conservative total (CODEBOOK §1b) split evenly over the days, the remainder on the first, as
//   ACLED does when a multi-day toll cannot be placed by day; `notes` then gives the whole toll.
//   Contested figures go in `notes`.
//   `interaction` is the two-digit code of the older codebook (inter1 and inter2, smaller first).
//   `geo_precision` from where_prec: 1 → 1, 2–3 → 2, 4 and wider → 3.
// - UCDP: type_of_violence 1 (state-based: side_a the government, side_b the group) when state
//   forces are the target or lost people, 3 (one-sided) when an armed group's victims are
//   civilians only, else 2. deaths_a are security forces' deaths and
//   deaths_b militants' (CODEBOOK §1b), whichever side is named first.
// - GTD: `ishostkid` 1 for hijackings and hostage takings or any abducted/held figure;
//   `hostkidoutcome_txt` "Combination" when hostages were both freed and killed, "Successful
//   Rescue" when freed with state forces involved, else "Unknown".
import { createRequire } from "node:module";
import { stringify } from "csv-stringify/sync";
import { checkClaims, type Check } from "../core/checks/index.js";
import type { Claim, Datasets, Mention } from "../core/model.js";
import {
  datasets,
  rowFigures,
  type OutcomeTotal,
  type StrategyName,
  type UnknownDeaths,
} from "../core/tally/index.js";
import type { Actor, Incident, Link, Store, StoredArticle } from "../store/store.js";
import { incidentClaims, reconcileIncident, type IncidentTallyRow } from "./incident-tally.js";
import type { Rejections } from "./rejections.js";
import { daysBetween, addDays } from "./link.js";
import { sideTimeline, timeline, type SideSeries, type TimelineSeries } from "./timeline.js";

export const EXPORT_FORMATS = ["acled", "ucdp", "gtd", "geojson", "json", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The strategy an export is reconciled under unless told otherwise: each dataset's own (CODEBOOK
 * §1b: ACLED conservative, GTD gtd, UCDP ucdp); the others the default `ucdp`. Every figure of an
 * export comes from its records' one reconciliation (IncidentRecord.totals and .datasets), and every
 * export names the strategy: the CSVs in a `tally_strategy` column, GeoJSON and JSON in a
 * `strategy` member.
 */
export const FORMAT_STRATEGY: Readonly<Record<ExportFormat, StrategyName>> = {
  acled: "conservative",
  gtd: "gtd",
  ucdp: "ucdp",
  geojson: "ucdp",
  json: "ucdp",
  jsonl: "ucdp",
};

export interface IncidentRecord {
  incident: Incident;
  links: Link[];
  articles: StoredArticle[];
  claims: Claim[];
  /** Outcomes its reports state with no figure (model.ts `Mention`): read only by the dataset fields. */
  mentions: Mention[];
  /** The strategy every figure of the record is reconciled under. */
  strategy: StrategyName;
  tally: IncidentTallyRow[];
  /** Per outcome, across groups (CODEBOOK §3b): the figure every surface shows. */
  totals: OutcomeTotal[];
  /** The dataset fields under the same strategy. */
  datasets: Datasets;
  /** Deaths stated with no figure beside the killed total, as ACLED counts them ("?", "4 +?"). */
  unknownDeaths: UnknownDeaths;
  timeline: TimelineSeries[];
  /** The same by side (state, armed groups, independent), under the strategy. */
  sideTimeline: SideSeries[];
  /** Figures that cannot all be true, across the incident's reports (core/checks). */
  checks: Check[];
}

/**
 * Everything known of an incident, its tally under `strategy`. `rejected` is the store's rejected
 * claims, read once by a caller that makes many records (incidentClaims).
 */
export function incidentRecord(
  store: Store,
  incident: Incident,
  strategy: StrategyName,
  rejected?: Rejections,
): IncidentRecord {
  const ic = incidentClaims(store, incident, rejected);
  const { articles, claims } = ic;
  const r = reconcileIncident(ic, strategy);
  return {
    incident,
    links: store.linksOf(incident.id),
    articles,
    claims,
    mentions: ic.mentions,
    strategy,
    tally: r.rows,
    totals: r.totals,
    datasets: r.datasets,
    unknownDeaths: r.unknownDeaths,
    timeline: timeline(articles, claims),
    sideTimeline: sideTimeline(articles, claims, strategy),
    checks: checkClaims(claims),
  };
}

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "inter1",
  "actor2",
  "inter2",
  "interaction",
  "country",
  "admin1",
  "admin2",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
  "tally_strategy",
] as const;
export const UCDP_COLUMNS = [
  "id",
  "year",
  "type_of_violence",
  "side_a",
  "side_b",
  "where_prec",
  "latitude",
  "longitude",
  "country",
  "adm_1",
  "date_start",
  "date_end",
  "date_prec",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
  "high",
  "low",
  "source_original",
  "tally_strategy",
] as const;
export const GTD_COLUMNS = [
  "eventid",
  "iyear",
  "imonth",
  "iday",
  "country_txt",
  "provstate",
  "city",
  "latitude",
  "longitude",
  "attacktype1_txt",
  "gname",
  "nkill",
  "nkillter",
  "nwound",
  "ishostkid",
  "nhostkid",
  "nreleased",
  "hostkidoutcome_txt",
  "tally_strategy",
] as const;

type Row = Record<string, string | number | null>;

/** The export of some incident records in a format, as text. */
export function exportRecords(records: readonly IncidentRecord[], format: ExportFormat): string {
  switch (format) {
    case "acled":
      return csv(ACLED_COLUMNS, records.flatMap(acledRows));
    case "ucdp":
      return csv(UCDP_COLUMNS, records.map(ucdpRow));
    case "gtd":
      return csv(GTD_COLUMNS, records.map(gtdRow));
    case "geojson":
      return `${JSON.stringify(geojson(records), null, 2)}\n`;
    case "json":
      return `${JSON.stringify(records.map(fullModel), null, 2)}\n`;
    case "jsonl":
      return (
        records
          .flatMap((r) => r.claims.map((c) => JSON.stringify({ incident: r.incident.id, ...c })))
          .join("\n") + (records.some((r) => r.claims.length) ? "\n" : "")
      );
  }
}

function csv(columns: readonly string[], rows: Row[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => r[c] ?? "")),
    { header: true, columns: [...columns] },
  );
}

function iso3(iso2: string | null | undefined): string {
  if (!iso2) return "XXX";
  const require = createRequire(import.meta.url);
  const { getCountryData } = require("countries-list") as {
    getCountryData: (c: string) => { iso3?: string } | undefined;
  };
  return getCountryData(iso2)?.iso3 ?? iso2;
}

/** The perpetrator (an armed group) and the target (state forces or civilians) of an incident. */
export function sides(r: IncidentRecord): { actor1: Actor | null; actor2: Actor | null } {
  const actors = r.incident.actors;
  const actor1 = actors.find((a) => a.inter === 2 || a.inter === 3) ?? null;
  const hurt = (groups: string[]) =>
    r.tally.some(
      (t) =>
        ["killed", "injured", "abducted", "held"].includes(t.outcome) &&
        groups.includes(t.group) &&
        (t.best ?? 0) > 0,
    );
  const civilians = hurt(["civilians", "hostages", "people"]);
  const forces = hurt(["security_forces"]);
  const state = actors.find((a) => a.inter === 1) ?? null;
  const civ = actors.find((a) => a.inter === 7) ?? null;
  const actor2 =
    forces && !civilians
      ? state
      : civilians
        ? (civ ?? { name: `Civilians (${r.incident.location?.country ?? "unknown"})`, inter: 7 })
        : state;
  // No group named: an unidentified armed group, as ACLED and GTD code an unclaimed attack.
  const unknown: Actor | null = r.incident.eventType
    ? { name: `Unidentified Armed Group (${r.incident.location?.country ?? "unknown"})`, inter: 2 }
    : null;
  return { actor1: actor1 ?? unknown, actor2 };
}

function outlets(r: IncidentRecord): string {
  return [...new Set(r.articles.map((a) => a.outlet ?? a.source ?? a.id))].join("; ");
}

function disputes(r: IncidentRecord): string {
  return r.tally
    .filter((t) => t.grade === "contested")
    .map(
      (t) =>
        `${t.outcome} ${t.group} contested: ${t.claimants.map((c) => `${c.name} ${figureText(c)}`).join(" vs ")}`,
    )
    .join("; ");
}

function figureText(f: { low: number | null; best: number | null; high: number | null }): string {
  if (f.best === null) return "(no number)";
  if (f.low !== null && f.high !== null && f.low !== f.high) return `${f.best} (${f.low}–${f.high})`;
  if (f.high === null && f.low !== null) return `${f.best}+`;
  return String(f.best);
}

function days(inc: Incident): string[] {
  if (!inc.start) return [""];
  const end = inc.end && inc.end >= inc.start ? inc.end : inc.start;
  return Array.from({ length: daysBetween(inc.start, end) + 1 }, (_, k) => addDays(inc.start!, k));
}

/**
 * Deaths stated with no figure, as ACLED's notes say them ("unknown fatalities coded as 10"), where
 * they changed the fatalities: no claim gave a death, or an unknown number was coded beside the
 * stated figures (which every other surface shows alone).
 */
function unknownNote(r: IncidentRecord): string {
  if (r.unknownDeaths === null) return "";
  const said = r.mentions.filter((m) => m.outcome === "killed" && !m.otherIncident);
  const texts = new Map(r.articles.map((a) => [a.id as string, a.text]));
  const stated = datasets(r.claims, r.strategy, (id) => texts.get(id)).acled.fatalities;
  const total = r.datasets.acled.fatalities;
  // Beside stated figures only an unknown number is coded (a noun fills no figure in then).
  const coded = stated > 0 ? said.filter((m) => m.kind === "unknown_number") : said;
  const words = [...new Set(coded.map((m) => m.evidence[0]?.text ?? m.noun ?? ""))].join("; ");
  const beside = stated > 0 ? ` with the stated figures' ${stated}` : "";
  return `Fatalities stated with no figure (${words}): coded as ${total}${beside}`;
}

function acledRows(r: IncidentRecord): Row[] {
  const inc = r.incident;
  const loc = inc.location;
  const { actor1, actor2 } = sides(r);
  const ds = days(inc);
  const total = r.datasets.acled.fatalities;
  const share = Math.floor(total / ds.length);
  const notes = [inc.title, splitNote(r, ds.length), disputes(r), unknownNote(r)].filter(Boolean).join(". ");
  return ds.map((d, k) => ({
    event_id_cnty: `${iso3(loc?.iso)}-${inc.id}${ds.length > 1 ? `-${k + 1}` : ""}`,
    event_date: d,
    year: d ? Number(d.slice(0, 4)) : null,
    time_precision: inc.datePrec === 1 ? 1 : inc.datePrec <= 3 ? 2 : 3,
    disorder_type: "Political violence",
    event_type: inc.acled.eventType,
    sub_event_type: inc.acled.subEventType,
    actor1: actor1?.name ?? null,
    inter1: actor1?.inter ?? null,
    actor2: actor2?.name ?? null,
    inter2: actor2?.inter ?? null,
    interaction: actor1 ? [actor1.inter, actor2?.inter ?? 0].sort().join("") : null,
    country: loc?.country ?? null,
    admin1: loc?.admin1 ?? null,
    admin2: loc?.admin2 ?? null,
    location: loc?.name ?? null,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: loc ? (loc.wherePrec <= 1 ? 1 : loc.wherePrec <= 3 ? 2 : 3) : null,
    source: outlets(r),
    notes,
    fatalities: share + (k === 0 ? total - share * ds.length : 0),
    tally_strategy: r.strategy,
  }));
}

/**
 * Where a toll is split over the incident's days, the whole of it, so that a reader who checks the
 * figure against the incidents list or another export finds it (the rows add up to it).
 */
function splitNote(r: IncidentRecord, days: number): string {
  if (days <= 1) return "";
  const total = r.datasets.acled.fatalities;
  return `Fatalities ${total} in all (strategy ${r.strategy}), split evenly over ${days} days`;
}

function ucdpRow(r: IncidentRecord): Row {
  const inc = r.incident;
  const loc = inc.location;
  const { actor1, actor2 } = sides(r);
  const u = r.datasets.ucdp;
  // State-based when state forces are a side: named as the target, or dying (deaths_a).
  const stateInvolved = actor2?.inter === 1 || (u.deaths_a ?? 0) > 0;
  const type = stateInvolved && actor1 ? 1 : actor2?.inter === 7 ? 3 : 2;
  const sideA = type === 1 ? `Government of ${loc?.country ?? "unknown"}` : (actor1?.name ?? null);
  const sideB = type === 1 ? (actor1?.name ?? null) : (actor2?.name ?? null);
  return {
    id: inc.id,
    year: inc.start ? Number(inc.start.slice(0, 4)) : null,
    type_of_violence: type,
    side_a: sideA,
    side_b: sideB,
    where_prec: loc?.wherePrec ?? 7,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    country: loc?.country ?? null,
    adm_1: loc?.admin1 ?? null,
    date_start: inc.start,
    date_end: inc.end,
    date_prec: inc.datePrec,
    deaths_a: u.deaths_a,
    deaths_b: u.deaths_b,
    deaths_civilians: u.deaths_civilians,
    deaths_unknown: u.deaths_unknown,
    best: u.best,
    high: u.high,
    low: u.low,
    source_original: outlets(r),
    tally_strategy: r.strategy,
  };
}

function gtdRow(r: IncidentRecord, index: number): Row {
  const inc = r.incident;
  const loc = inc.location;
  const g = r.datasets.gtd;
  const { actor1 } = sides(r);
  const hostageType = [
    "Hijacking",
    "Hostage Taking (Kidnapping)",
    "Hostage Taking (Barricade Incident)",
  ].includes(inc.eventType ?? "");
  const ishostkid = hostageType || (g.nhostkid ?? 0) > 0 ? 1 : 0;
  const hostagesKilled = r.tally.some(
    (t) => t.outcome === "killed" && t.group === "hostages" && (t.best ?? 0) > 0,
  );
  const freed = (g.nreleased ?? 0) > 0;
  const outcome = !ishostkid
    ? null
    : freed && hostagesKilled
      ? "Combination"
      : freed && inc.actors.some((a) => a.inter === 1)
        ? "Successful Rescue"
        : "Unknown";
  const d = inc.start ?? "";
  return {
    eventid: d ? `${d.replace(/-/g, "")}${String(index + 1).padStart(4, "0")}` : String(index + 1),
    iyear: d ? Number(d.slice(0, 4)) : null,
    imonth: d ? Number(d.slice(5, 7)) : 0,
    iday: d ? Number(d.slice(8, 10)) : 0,
    country_txt: loc?.country ?? null,
    provstate: loc?.admin1 ?? null,
    city: loc && loc.wherePrec <= 3 ? loc.name : "Unknown",
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    attacktype1_txt: inc.eventType ?? "Unknown",
    gname: actor1?.name ?? "Unknown",
    nkill: g.nkill,
    nkillter: g.nkillter,
    nwound: g.nwound,
    ishostkid,
    nhostkid: ishostkid ? g.nhostkid : null,
    nreleased: ishostkid ? g.nreleased : null,
    hostkidoutcome_txt: outcome,
    tally_strategy: r.strategy,
  };
}

export function geojson(records: readonly IncidentRecord[]) {
  return {
    type: "FeatureCollection" as const,
    strategy: records[0]?.strategy ?? null,
    features: records.map((r) => {
      const inc = r.incident;
      const loc = inc.location;
      return {
        type: "Feature" as const,
        id: inc.id,
        geometry:
          loc && loc.lat !== null && loc.lon !== null
            ? { type: "Point" as const, coordinates: [loc.lon, loc.lat] }
            : null,
        properties: {
          id: inc.id,
          title: inc.title,
          start: inc.start,
          end: inc.end,
          date_prec: inc.datePrec,
          location: loc?.name ?? null,
          admin1: loc?.admin1 ?? null,
          admin2: loc?.admin2 ?? null,
          country: loc?.country ?? null,
          where_prec: loc?.wherePrec ?? null,
          event_type: inc.eventType,
          acled_event_type: inc.acled.eventType,
          acled_sub_event_type: inc.acled.subEventType,
          actors: inc.actors,
          reports: inc.articles.length,
          strategy: r.strategy,
          totals: Object.fromEntries(
            r.totals.map((t) => [t.outcome, { low: t.low, best: t.best, high: t.high, grade: t.grade }]),
          ),
          unknown_deaths: r.unknownDeaths,
          tally: r.tally.map(rowFigures),
        },
      };
    }),
  };
}

function fullModel(r: IncidentRecord) {
  return {
    incident: r.incident,
    links: r.links,
    articles: r.articles.map(({ text: _text, ...meta }) => meta),
    claims: r.claims,
    mentions: r.mentions,
    strategy: r.strategy,
    totals: r.totals,
    tally: r.tally,
    datasets: r.datasets,
    unknownDeaths: r.unknownDeaths,
    timeline: r.timeline,
    sideTimeline: r.sideTimeline,
    checks: r.checks,
  };
}
