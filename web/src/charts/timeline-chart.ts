// The figures by report date for one (outcome, group): one line per side (or per claimant), a
// point at each report day's figure with a whisker over its low–high range, an arrow up where
// the figure is open-ended; reports without a date sit in an "undated" column at the right.
// Axes by d3-axis; a table of the same figures follows for screen readers and keyboard users.
import { axisBottom, axisLeft } from "d3-axis";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { line } from "d3-shape";
import type { TimelinePoint } from "../api-types.js";
import { esc, num, range, swatch } from "../format.js";
import { keepLabelsInside } from "./fit-labels.js";

export interface Series {
  key: string;
  label: string;
  colour: string;
  points: TimelinePoint[];
}

/** The widest chart drawn (its viewBox); a narrower host (a phone) gets a chart of its width. */
const MAX_W = 640;
const MIN_W = 280;
const M = { top: 20, right: 24, bottom: 44, left: 58 };

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const DAY_MS = 86_400_000;

function value(p: TimelinePoint): number | null {
  return p.best ?? p.low ?? p.high;
}

/**
 * Draws the chart into `host` (replacing what is there), as wide as the host up to 640 units;
 * `title` labels it for assistive tech.
 */
export function drawTimeline(host: HTMLElement, series: readonly Series[], title: string): void {
  const W = Math.round(Math.min(MAX_W, Math.max(MIN_W, host.clientWidth || MAX_W)));
  const narrow = W < 480;
  const H = narrow ? 240 : 300;
  const UNDATED_W = narrow ? 64 : 90;
  host.textContent = "";
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) {
    host.innerHTML = `<p class="muted">No dated figures for this category.</p>`;
    return;
  }
  const dates = all
    .map((p) => p.date)
    .filter((d): d is string => d !== null)
    .sort();
  const undated = all.some((p) => p.date === null);
  const right = W - M.right - (undated ? UNDATED_W : 0);
  let lo = dates.length ? day(dates[0]!).getTime() : 0;
  let hi = dates.length ? day(dates[dates.length - 1]!).getTime() : DAY_MS;
  if (hi - lo < DAY_MS * 2) {
    lo -= DAY_MS;
    hi += DAY_MS;
  }
  const x = scaleUtc()
    .domain([new Date(lo), new Date(hi)])
    .range([M.left + 12, right - 12]);
  const maxY = Math.max(1, ...all.map((p) => Math.max(p.high ?? 0, p.best ?? 0, p.low ?? 0)));
  const y = scaleLinear()
    .domain([0, maxY])
    .nice(6)
    .range([H - M.bottom, M.top]);
  const undatedX = (i: number) =>
    W -
    M.right -
    UNDATED_W / 2 +
    (series.length > 1 ? (i - (series.length - 1) / 2) * Math.min(8, 60 / series.length) : 0);
  const xOf = (p: TimelinePoint, i: number) => (p.date === null ? undatedX(i) : x(day(p.date)));

  const path = line<TimelinePoint>()
    .x((p) => x(day(p.date!)))
    .y((p) => y(value(p) ?? 0));

  const parts: string[] = [];
  series.forEach((s, i) => {
    const dated = s.points.filter((p) => p.date !== null && value(p) !== null);
    if (dated.length > 1)
      parts.push(`<path class="series-line" d="${path(dated)}" stroke="${s.colour}"></path>`);
    for (const p of s.points) {
      const v = value(p);
      if (v === null) continue;
      const cx = xOf(p, i);
      const tip = `${s.label}, ${p.date ?? "undated report"}: ${range(p.low, p.high)}${p.best !== null && (p.low !== p.best || p.high !== p.best) ? ` (best ${num(p.best)})` : ""}; ${p.claims.length} claim${p.claims.length === 1 ? "" : "s"}`;
      let whisker = "";
      if (p.high === null && p.low !== null) {
        whisker = `<line x1="${cx}" x2="${cx}" y1="${y(p.low)}" y2="${M.top}" stroke="${s.colour}" stroke-dasharray="3 3"></line>
          <path d="M${cx - 5},${M.top + 6}L${cx},${M.top}L${cx + 5},${M.top + 6}" fill="none" stroke="${s.colour}"></path>`;
      } else if (p.low !== null && p.high !== null && p.low !== p.high) {
        whisker = `<line x1="${cx}" x2="${cx}" y1="${y(p.low)}" y2="${y(p.high)}" stroke="${s.colour}"></line>
          <line x1="${cx - 4}" x2="${cx + 4}" y1="${y(p.low)}" y2="${y(p.low)}" stroke="${s.colour}"></line>
          <line x1="${cx - 4}" x2="${cx + 4}" y1="${y(p.high)}" y2="${y(p.high)}" stroke="${s.colour}"></line>`;
      }
      parts.push(
        `<g class="point" data-series="${esc(s.key)}">${whisker}<circle cx="${cx}" cy="${y(v)}" r="4.5" fill="${s.colour}" stroke="#fff" stroke-width="1.5"><title>${esc(tip)}</title></circle></g>`,
      );
    }
  });
  const undatedBand = undated
    ? `<rect class="undated-band" x="${W - M.right - UNDATED_W + 6}" y="${M.top}" width="${UNDATED_W - 6}" height="${H - M.top - M.bottom}"></rect>
       <text class="tick" x="${W - M.right - UNDATED_W / 2 + 3}" y="${H - M.bottom + 18}" text-anchor="middle">undated</text>`
    : "";

  host.innerHTML = `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">
    <g class="grid">${y
      .ticks(6)
      .map((t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}"></line>`)
      .join("")}</g>
    ${undatedBand}
    <g class="x-axis" transform="translate(0,${H - M.bottom})"></g>
    <g class="y-axis" transform="translate(${M.left},0)"></g>
    <text class="axis-title" transform="translate(14,${(H - M.bottom + M.top) / 2}) rotate(-90)" text-anchor="middle">people</text>
    <text class="axis-title" x="${(M.left + right) / 2}" y="${H - 6}" text-anchor="middle">report date</text>
    ${parts.join("")}
  </svg>`;
  const svg = select(host.querySelector("svg")!);
  const span = (hi - lo) / DAY_MS;
  svg.select<SVGGElement>(".x-axis").call(
    axisBottom(x)
      .ticks(Math.min(span, narrow ? 3 : 6))
      .tickSizeOuter(0),
  );
  svg.select<SVGGElement>(".y-axis").call(
    axisLeft(y)
      .ticks(6)
      .tickFormat((d) => num(Number(d))),
  );
  keepLabelsInside(host.querySelector("svg")!);
}

/** The same figures as a table. */
export function timelineTable(series: readonly Series[], caption: string): string {
  const rows = series
    .flatMap((s) =>
      s.points.map(
        (p) =>
          `<tr><th scope="row">${esc(s.label)}</th><td>${esc(p.date ?? "undated")}</td><td class="num">${num(p.low)}</td><td class="num">${num(p.best)}</td><td class="num">${num(p.high)}</td><td class="num">${num(p.claims.length)}</td></tr>`,
      ),
    )
    .join("");
  return `<table class="data compact"><caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Series</th><th scope="col">Report date</th><th scope="col" class="num">Low</th><th scope="col" class="num">Best</th><th scope="col" class="num">High</th><th scope="col" class="num">Claims</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

export function seriesLegend(series: readonly Series[]): string {
  return `<ul class="legend inline">${series
    .map((s) => `<li>${swatch(s.colour)}${esc(s.label)}</li>`)
    .join("")}</ul>`;
}
