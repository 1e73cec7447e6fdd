// The listed incidents on one offline map (the incidents page): the same bundled basemap as an
// incident's map (./map.ts), in an equal-area projection fitted to the incidents shown, each a
// circle whose area grows with its deaths (the killed total the list shows, under its strategy),
// largest drawn first so small ones stay clickable; each links to its incident. Incidents with no
// coordinates are counted in the caption, not placed.
import { geoCircle, geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { IncidentSummary } from "../api-types.js";
import { esc, num } from "../format.js";
import { href } from "../router.js";
import { loadWorld } from "./map.js";

const W = 720;
const H = 360;
/** Radius of a circle of no known deaths, and of the largest toll shown. */
const R_MIN = 3;
const R_MAX = 26;

/** Deaths a circle stands for: the killed total's best, else its low. */
function deaths(s: IncidentSummary): number {
  const f = s.figures.killed;
  return f ? (f.best ?? f.low ?? 0) : 0;
}

export async function drawOverview(
  host: HTMLElement,
  items: readonly IncidentSummary[],
  signal?: AbortSignal,
): Promise<void> {
  const placed = items.filter((s) => s.location?.lat != null && s.location.lon != null);
  if (placed.length === 0) {
    host.innerHTML = `<p class="muted">None of the incidents listed has coordinates to map.</p>`;
    return;
  }
  const { countries } = await loadWorld();
  if (signal?.aborted) return;
  const points = placed.map((s) => [s.location!.lon!, s.location!.lat!] as [number, number]);
  // Each incident with some 300 km around it, so that one or two incidents still show their region.
  const extent: GeoPermissibleObjects = {
    type: "GeometryCollection",
    geometries: points.map((p) => geoCircle().center(p).radius(3)()),
  };
  const projection = geoEqualEarth().fitExtent(
    [
      [R_MAX + 8, R_MAX + 8],
      [W - R_MAX - 8, H - R_MAX - 8],
    ],
    extent,
  );
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  const path = geoPath(projection);
  const shapes = countries
    .map((c) => {
      const d = path(c);
      return d ? `<path class="country" d="${d}"><title>${esc(c.properties.name)}</title></path>` : "";
    })
    .join("");
  const most = Math.max(1, ...placed.map(deaths));
  const radius = (n: number) => R_MIN + (R_MAX - R_MIN) * Math.sqrt(n / most);
  const circles = placed
    .map((s, i) => ({ s, at: projection(points[i]!), n: deaths(s) }))
    .filter((c): c is typeof c & { at: [number, number] } => c.at !== null)
    .sort((a, b) => b.n - a.n)
    .map(
      ({ s, at, n }) =>
        `<a href="${esc(href.incident(s.id))}" class="overview-incident" data-id="${esc(s.id)}" data-deaths="${n}">
          <circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${radius(n).toFixed(1)}"></circle>
          <title>${esc(s.title)}: ${num(n)} killed</title></a>`,
    )
    .join("");
  const unplaced = items.length - placed.length;
  const text = `${num(placed.length)} of the ${num(items.length)} incidents listed on this page, each circle's area by the number killed (largest ${num(most)})${unplaced ? `; ${num(unplaced)} without coordinates are not shown` : ""}.`;
  host.innerHTML = `<figure class="map overview-map">
    <svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="group" aria-label="Map of the incidents listed. ${esc(text)}">
      <rect class="sea" width="${W}" height="${H}"></rect>${shapes}${circles}
    </svg>
    <figcaption>${esc(text)}</figcaption>
  </figure>`;
}
