// Each claimant's figure per category, side by side: one horizontal bar per claimant (its best
// figure, or the least it claims), a whisker over its low–high range, an arrow where the claim is
// open-ended ("over 100"), the words it used at the bar's end, and the tally's best as a dashed
// line. One small SVG per (outcome, group), built as a string in one pass.
import { scaleLinear } from "d3-scale";
import type { Claim, IncidentTallyRow } from "../api-types.js";
import { categoryLabel, esc, figure, num, range, swatch } from "../format.js";
import { GRADES, HEDGE_LABELS, PARTIES, PARTY_ORDER } from "../labels.js";
import { sortRows } from "../tally-table.js";

/** The widest chart drawn (its viewBox); narrower hosts (a phone) get a chart of their width. */
export const CHART_W = 640;
const MIN_W = 280;
const ROW_H = 24;
const TOP = 26;
const BOTTOM = 30;

type Claimant = IncidentTallyRow["claimants"][number];

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The claimant's figure with its hedge when it made one claim ("more than 60"), else numbers. */
function valueText(c: Claimant, claims: Map<string, Claim>): string {
  const claim = c.claims.length === 1 ? claims.get(c.claims[0]!) : undefined;
  if (claim) {
    const q = claim.quantity;
    const n = q.value ?? q.min;
    switch (q.hedge) {
      case "more_than":
      case "at_least":
      case "fewer_than":
      case "at_most":
      case "about":
        if (n !== null) return `${HEDGE_LABELS[q.hedge]} ${num(n)}`;
        break;
      case "range":
        return range(q.min, q.max);
      case "vague":
        return `“${q.text}”`;
      case "all":
        return n !== null ? `all ${num(n)}` : "all";
      case "none":
        return "none";
      case "exact":
        break;
    }
  }
  return figure(c.low, c.best, c.high);
}

/** A chart's width and its columns: the claimants' names at the left, the figures' words at the right. */
interface Layout {
  w: number;
  label: number;
  value: number;
  /** Characters of a name that fit its column at 13 px. */
  nameChars: number;
}

function layout(width: number): Layout {
  const w = Math.round(Math.min(CHART_W, Math.max(MIN_W, width)));
  const label = Math.round(w * 0.34);
  return { w, label, value: Math.round(Math.max(84, w * 0.18)), nameChars: Math.floor((label - 8) / 7) };
}

function chart(row: IncidentTallyRow, claims: Map<string, Claim>, index: number, at: Layout): string {
  const { w: W, label: LABEL_W, value: VALUE_W } = at;
  const rank = (p: string) => PARTY_ORDER.indexOf(p as (typeof PARTY_ORDER)[number]);
  const people = [...row.claimants].sort(
    (a, b) => rank(a.party) - rank(b.party) || (b.best ?? b.low ?? 0) - (a.best ?? a.low ?? 0),
  );
  const max = Math.max(
    1,
    row.high ?? 0,
    row.best ?? 0,
    ...people.map((c) => Math.max(c.high ?? 0, c.best ?? 0, c.low ?? 0)),
  );
  const x = scaleLinear()
    .domain([0, max])
    .nice(5)
    .range([LABEL_W, W - VALUE_W]);
  const h = TOP + people.length * ROW_H + BOTTOM;
  const x0 = x(0);
  const ticks = x.ticks(5);
  const grid = ticks
    .map(
      (t) =>
        `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${TOP - 4}" y2="${h - BOTTOM}"></line>` +
        `<text class="tick" x="${x(t)}" y="${h - BOTTOM + 16}" text-anchor="middle">${num(t)}</text>`,
    )
    .join("");
  const bars = people
    .map((c, i) => {
      const y = TOP + i * ROW_H;
      const mid = y + ROW_H / 2;
      const colour = PARTIES[c.party]?.colour ?? "#4d4d4d";
      const value = c.best ?? c.low;
      const name = `<text class="label" x="${LABEL_W - 8}" y="${mid + 4}" text-anchor="end">${esc(truncate(c.name, at.nameChars))}<title>${esc(c.name)} (${esc(PARTIES[c.party]?.label ?? c.party)})</title></text>`;
      if (value === null) {
        return `${name}<text class="value muted" x="${x0 + 6}" y="${mid + 4}">no number given</text>`;
      }
      const bar = `<rect x="${x0}" y="${y + 5}" width="${Math.max(2, x(value) - x0)}" height="${ROW_H - 10}" fill="${colour}" fill-opacity="0.85"></rect>`;
      let whisker = "";
      const lo = c.low ?? value;
      if (c.high === null) {
        const end = W - VALUE_W + 4;
        whisker = `<line class="whisker" x1="${x(lo)}" x2="${end}" y1="${mid}" y2="${mid}" stroke="${colour}" marker-end="url(#arrow-${esc(c.party)})"></line>`;
      } else if (c.high !== lo) {
        whisker = `<line class="whisker" x1="${x(lo)}" x2="${x(c.high)}" y1="${mid}" y2="${mid}" stroke="${colour}"></line>
          <line class="whisker" x1="${x(lo)}" x2="${x(lo)}" y1="${mid - 5}" y2="${mid + 5}" stroke="${colour}"></line>
          <line class="whisker" x1="${x(c.high)}" x2="${x(c.high)}" y1="${mid - 5}" y2="${mid + 5}" stroke="${colour}"></line>`;
      }
      const labelX = (c.high === null ? W - VALUE_W + 16 : x(Math.max(value, c.high ?? value))) + 8;
      const textX = Math.min(labelX, W - VALUE_W + 16);
      const chars = Math.max(4, Math.floor((W - textX - 4) / 6));
      const text = `<text class="value" x="${textX}" y="${mid + 4}">${esc(truncate(valueText(c, claims), chars))}</text>`;
      return `<g class="claimant" data-party="${esc(c.party)}">${name}${bar}${whisker}${text}</g>`;
    })
    .join("");
  const best =
    row.best !== null
      ? `<line class="best-line" x1="${x(row.best)}" x2="${x(row.best)}" y1="${TOP - 6}" y2="${h - BOTTOM}"></line>
         <text class="best-label" x="${x(row.best)}" y="${TOP - 10}" text-anchor="${x(row.best) > W - VALUE_W - 60 ? "end" : "middle"}">tally best ${num(row.best)}</text>`
      : "";
  const summary = `${categoryLabel(row.outcome, row.group)}. ${people
    .map((c) => `${c.name}: ${valueText(c, claims)}`)
    .join("; ")}. Tally: ${figure(row.low, row.best, row.high)}, ${GRADES[row.grade]?.label ?? row.grade}.`;
  const titleId = `cc-title-${index}`;
  return `<figure class="chart claimant-chart" data-outcome="${esc(row.outcome)}" data-group="${esc(row.group)}">
    <figcaption><strong>${esc(categoryLabel(row.outcome, row.group))}</strong>
      <span class="muted">— tally ${esc(figure(row.low, row.best, row.high))},</span>
      <span class="grade grade-${esc(row.grade)}"><span aria-hidden="true">${GRADES[row.grade]?.icon ?? ""}</span> ${esc(GRADES[row.grade]?.label ?? row.grade)}</span></figcaption>
    <svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-labelledby="${titleId}">
      <title id="${titleId}">${esc(summary)}</title>
      ${grid}
      <line class="axis-line" x1="${x0}" x2="${x0}" y1="${TOP - 4}" y2="${h - BOTTOM}"></line>
      ${bars}
      ${best}
    </svg>
  </figure>`;
}

export function claimantLegend(): string {
  return `<ul class="legend inline" aria-label="Colours of the sides">${PARTY_ORDER.map(
    (p) => `<li>${swatch(PARTIES[p].colour)}${esc(PARTIES[p].label)}</li>`,
  ).join("")}
    <li><span class="legend-line" aria-hidden="true"></span>range (low–high)</li>
    <li><span aria-hidden="true">→</span> open-ended (“more than”)</li>
    <li><span class="legend-dash" aria-hidden="true"></span>tally best</li></ul>`;
}

/** Charts for every (outcome, group) of the tally, in the codebook's order, `width` wide at most. */
export function claimantCharts(
  rows: readonly IncidentTallyRow[],
  claims: readonly Claim[],
  width: number = CHART_W,
): string {
  const at = layout(width);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const sorted = sortRows(rows).filter((r) => r.claimants.length > 0);
  if (sorted.length === 0) return `<p class="muted">No claimant gave a figure.</p>`;
  // Arrowheads, one per side's colour, shared by every chart on the page.
  const markers = PARTY_ORDER.map(
    (
      p,
    ) => `<marker id="arrow-${p}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">
      <path d="M0,0L10,5L0,10z" fill="${PARTIES[p].colour}"></path></marker>`,
  ).join("");
  return `<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${markers}</defs></svg>${sorted
    .map((r, i) => chart(r, byId, i, at))
    .join("")}`;
}
