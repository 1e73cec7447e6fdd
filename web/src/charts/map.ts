// The incident on an offline basemap: world-atlas countries (Natural Earth 1:50m, bundled and
// fetched from the page's own assets) in an azimuthal equal-area projection centred on the place,
// a marker, and the precision of the place: a ring of the radius UCDP's where_prec stands for
// (1 exact ≈ 2 km … 4 province ≈ 200 km), or for 5–7 the whole country shaded. A scale bar and a
// small globe locate it.
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoCircle,
  geoContains,
  geoOrthographic,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldUrl from "world-atlas/countries-50m.json?url";
import landUrl from "world-atlas/land-110m.json?url";
import type { Location } from "../api-types.js";
import { coordinates, esc, num, place, precisionLabel } from "../format.js";
import { WHERE_PREC } from "../labels.js";
import { ATLAS_NAMES } from "./country-names.js";
import { keepLabelsInside } from "./fit-labels.js";

type Country = Feature<Polygon | MultiPolygon, { name: string }>;
/** [west, south, east, north] in degrees. */
type Box = [number, number, number, number];
export interface World {
  countries: Country[];
  /** Each country's bounding box, to draw only those in view. */
  boxes: Box[];
}

const W = 560;
const H = 400;
const EARTH_KM = 6371;
const kmToDeg = (km: number) => (km / EARTH_KM) * (180 / Math.PI);

let world: Promise<World> | null = null;
let land: Promise<Feature<Geometry> | FeatureCollection<Geometry>> | null = null;

function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`the basemap could not be loaded (${r.status})`);
    return r.json() as Promise<T>;
  });
}

function boxOf(g: Polygon | MultiPolygon): Box {
  const box: Box = [180, 90, -180, -90];
  const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      if (lon! < box[0]) box[0] = lon!;
      if (lat! < box[1]) box[1] = lat!;
      if (lon! > box[2]) box[2] = lon!;
      if (lat! > box[3]) box[3] = lat!;
    }
  return box;
}

/** The basemap, fetched once per page load (a bundled asset, not a remote tile). */
export function loadWorld(): Promise<World> {
  world ??= fetchJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(worldUrl)
    .then((topo) => {
      const countries = (
        feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
      ).features.filter((c) => c.geometry);
      return { countries, boxes: countries.map((c) => boxOf(c.geometry)) };
    })
    .catch((e: unknown) => {
      world = null;
      throw e;
    });
  return world;
}

/** Coarse land (1:110m) for the locator globe. */
function loadLand(): Promise<Feature<Geometry> | FeatureCollection<Geometry>> {
  land ??= fetchJson<Topology<{ land: GeometryCollection }>>(landUrl)
    .then((topo) => feature(topo, topo.objects.land))
    .catch((e: unknown) => {
      land = null;
      throw e;
    });
  return land;
}

/** The box in degrees the map shows: its border, inverted through the projection, with a margin. */
function viewBox(projection: GeoProjection): Box | null {
  const box: Box = [180, 90, -180, -90];
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(W * i) / steps, 0],
      [(W * i) / steps, H],
      [0, (H * i) / steps],
      [W, (H * i) / steps],
    ] as const) {
      const p = projection.invert?.([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      box[0] = Math.min(box[0], p[0]);
      box[1] = Math.min(box[1], p[1]);
      box[2] = Math.max(box[2], p[0]);
      box[3] = Math.max(box[3], p[1]);
    }
  }
  // Across the antimeridian or near a pole: draw everything.
  if (box[2] - box[0] > 180 || box[3] > 85 || box[1] < -85) return null;
  return [box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function norm(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function findCountry(countries: readonly Country[], loc: Location): Country | null {
  if (loc.country) {
    const wanted = norm(ATLAS_NAMES[norm(loc.country)] ?? loc.country);
    const byName = countries.find((c) => norm(c.properties.name) === wanted);
    if (byName) return byName;
  }
  if (loc.lat !== null && loc.lon !== null) {
    const point: [number, number] = [loc.lon, loc.lat];
    return countries.find((c) => geoContains(c, point)) ?? null;
  }
  return null;
}

/** A round length for the scale bar that is at most `maxKm`. */
function niceKm(maxKm: number): number {
  const p = 10 ** Math.floor(Math.log10(maxKm));
  for (const m of [5, 2, 1]) if (m * p <= maxKm) return m * p;
  return p;
}

/** The map's caption (plain text): where, how precisely, and what the ring or shading means. */
function caption(loc: Location, hasPoint: boolean, country: Country | null): string {
  const prec = WHERE_PREC[loc.wherePrec];
  const where = hasPoint ? `${place(loc)} (${coordinates(loc.lat!, loc.lon!)})` : place(loc);
  const meaning =
    prec?.km != null && hasPoint
      ? `the ring shows about ${num(prec.km)} km around the point`
      : country
        ? `${country.properties.name} is shaded`
        : "the place could not be drawn";
  return `${where}. Precision: ${precisionLabel(loc.wherePrec)} (UCDP where_prec ${loc.wherePrec}); ${meaning}.`;
}

/** Starts loading the basemap (while the page waits for its data). */
export function preloadMap(): void {
  loadWorld().catch(() => undefined);
  loadLand().catch(() => undefined);
}

/** Draws the map of `loc` into `host`. Resolves when it is on screen. */
export async function drawMap(host: HTMLElement, loc: Location | null, signal?: AbortSignal): Promise<void> {
  if (!loc) {
    host.innerHTML = `<p class="muted">No place is known for this incident.</p>`;
    return;
  }
  const [{ countries, boxes }, landShape] = await Promise.all([loadWorld(), loadLand()]);
  if (signal?.aborted) return;
  const hasPoint = loc.lat !== null && loc.lon !== null;
  const country = findCountry(countries, loc);
  const ringKm = WHERE_PREC[loc.wherePrec]?.km ?? null;
  const shade = ringKm === null || !hasPoint;

  const centre: [number, number] = hasPoint
    ? [loc.lon!, loc.lat!]
    : country
      ? (geoCentroid(country) as [number, number])
      : [0, 0];
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(80).precision(0.5);
  const extentOf: GeoPermissibleObjects =
    shade && country
      ? country
      : geoCircle()
          .center(centre)
          .radius(kmToDeg(Math.max((ringKm ?? 300) * 4, 150)))();
  projection.fitExtent(
    [
      [16, 16],
      [W - 16, H - 16],
    ],
    extentOf,
  );
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  const path = geoPath(projection);
  const view = viewBox(projection);
  const visible = view ? countries.filter((_, i) => overlaps(boxes[i]!, view)) : countries;

  const shapes = visible
    .map((c) => {
      const d = path(c);
      if (!d) return "";
      const home = c === country;
      const cls = home ? (shade ? "country home shaded" : "country home") : "country";
      return `<path class="${cls}" d="${d}"><title>${esc(c.properties.name)}</title></path>`;
    })
    .join("");

  // Names of the countries in view, at the centre of their visible part, away from the marker.
  const markerAt = hasPoint ? projection(centre) : null;
  const labels = visible
    .map((c) => {
      if (path.area(c) < 2500) return "";
      const [cx, cy] = path.centroid(c);
      if (!Number.isFinite(cx) || cx < 30 || cx > W - 30 || cy < 20 || cy > H - 20) return "";
      if (markerAt && Math.hypot(cx - markerAt[0], cy - markerAt[1]) < 40) return "";
      return `<text class="country-label" x="${cx}" y="${cy}" text-anchor="middle">${esc(c.properties.name)}</text>`;
    })
    .join("");

  let marks = labels;
  if (hasPoint) {
    const [px, py] = markerAt ?? [W / 2, H / 2];
    if (ringKm !== null) {
      const ring = path(geoCircle().center(centre).radius(kmToDeg(ringKm))());
      marks += `<path class="ring" d="${ring ?? ""}"><title>about ${num(ringKm)} km</title></path>`;
    }
    const labelLeft = px > W * 0.66;
    marks += `<circle class="marker" cx="${px}" cy="${py}" r="5.5"></circle>
      <text class="place-label" x="${px + (labelLeft ? -10 : 10)}" y="${py - 8}" text-anchor="${labelLeft ? "end" : "start"}">${esc(loc.name)}</text>`;
  }

  // Scale bar: the length of `km` at the centre, measured along the projection.
  let scale = "";
  const here = projection(centre);
  if (here) {
    const probeKm = 100;
    const east = projection([
      centre[0] + kmToDeg(probeKm) / Math.max(0.1, Math.cos((centre[1] * Math.PI) / 180)),
      centre[1],
    ]);
    if (east) {
      const pxPerKm = Math.hypot(east[0] - here[0], east[1] - here[1]) / probeKm;
      const km = niceKm(140 / pxPerKm);
      const len = km * pxPerKm;
      scale = `<g class="scale-bar" transform="translate(20,${H - 22})">
        <rect x="-6" y="-18" width="${len + 12}" height="30" rx="3"></rect>
        <line x1="0" x2="${len}" y1="0" y2="0"></line><line x1="0" x2="0" y1="-4" y2="4"></line><line x1="${len}" x2="${len}" y1="-4" y2="4"></line>
        <text x="${len / 2}" y="-6" text-anchor="middle">${num(km)} km</text></g>`;
    }
  }

  // Locator globe in the corner.
  const globe = geoOrthographic()
    .rotate([-centre[0], -Math.max(-60, Math.min(60, centre[1]))])
    .scale(38)
    .translate([W - 50, 50])
    .clipAngle(90);
  const gpath = geoPath(globe);
  const dot = globe(centre);
  const locator = `<g class="locator" aria-hidden="true">
    <circle cx="${W - 50}" cy="50" r="38" class="globe-sea"></circle>
    <path class="globe-land" d="${gpath(landShape) ?? ""}"></path>
    ${dot ? `<circle cx="${dot[0]}" cy="${dot[1]}" r="3.5" class="globe-dot"></circle>` : ""}
    <circle cx="${W - 50}" cy="50" r="38" class="globe-edge"></circle></g>`;

  const text = caption(loc, hasPoint, country);
  host.innerHTML = `<figure class="map">
    <svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Map. ${esc(text)}">
      <rect class="sea" width="${W}" height="${H}"></rect>
      ${shapes}${marks}${scale}${locator}
    </svg>
    <figcaption>${esc(text)}</figcaption>
  </figure>`;
  keepLabelsInside(host.querySelector("svg")!);
}
