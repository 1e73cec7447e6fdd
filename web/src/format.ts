// Text for figures, dates, places and claims; every string that goes into HTML passes `esc`.
import type { Claim, Group, Location, Outcome } from "./api-types.js";
import {
  CLAIMANT_TYPE_LABELS,
  GROUP_LABELS,
  HEDGE_LABELS,
  MODALITY_LABELS,
  OUTCOME_LABELS,
  SCOPE_LABELS,
  WHERE_PREC,
} from "./labels.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const numbers = new Intl.NumberFormat("en");

/** A legend's colour square: an SVG fill, since the Content-Security-Policy allows no style attributes. */
export function swatch(colour: string): string {
  return `<svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill="${esc(colour)}"></rect></svg>`;
}

export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : numbers.format(n);
}

/** "21", "8–21", "≥ 61"; "–" when nothing is known. */
export function range(low: number | null, high: number | null): string {
  if (low === null && high === null) return "–";
  if (low === null) return `≤ ${num(high)}`;
  if (high === null) return `≥ ${num(low)}`;
  return low === high ? num(low) : `${num(low)}–${num(high)}`;
}

/** The best figure with its range when it differs: "21 (8–21)", "more than 86", "at least 14". */
export function figure(low: number | null, best: number | null, high: number | null): string {
  if (best === null) return range(low, high);
  if (high === null && (low === null || low >= best)) {
    return low !== null && low > best ? `more than ${num(best)}` : `at least ${num(best)}`;
  }
  if (low === best && high === best) return num(best);
  return `${num(best)} (${range(low, high)})`;
}

export function outcomeLabel(o: Outcome | string): string {
  return OUTCOME_LABELS[o as Outcome] ?? o;
}

export function groupLabel(g: Group | string): string {
  return GROUP_LABELS[g as Group] ?? g.replace(/_/g, " ");
}

export function categoryLabel(outcome: string, group: string): string {
  return `${outcomeLabel(outcome)}: ${groupLabel(group)}`;
}

export function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return "date unknown";
  if (!end || start === end) return start ?? end ?? "";
  if (!start) return `until ${end}`;
  return `${start} – ${end}`;
}

export function place(loc: Location | null): string {
  if (!loc) return "place unknown";
  const parts = [loc.name, loc.admin2, loc.admin1, loc.country].filter((p): p is string => !!p);
  return parts.filter((p, i) => parts.indexOf(p) === i).join(", ");
}

export function precisionLabel(wherePrec: number): string {
  return WHERE_PREC[wherePrec]?.label ?? `precision ${wherePrec}`;
}

export function coordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? "E" : "W"}`;
}

/** The quantity as written ("more than 60"); words without digits ("the", "dozens") get their reading. */
export function quantityText(c: Claim): string {
  const q = c.quantity;
  const reading = q.min === null && q.max === null ? "" : range(q.min, q.max);
  if (!q.text) return reading || "–";
  return /\d/.test(q.text) || !reading || q.hedge === "none" ? q.text : `${q.text} (${reading})`;
}

/** The counted noun when it says more than the group's name. */
export function nounNote(c: Claim): string | null {
  if (!c.noun) return null;
  return c.noun.toLowerCase() === groupLabel(c.group).toLowerCase() ? null : c.noun;
}

export function hedgeLabel(c: Claim): string {
  return HEDGE_LABELS[c.quantity.hedge] ?? c.quantity.hedge;
}

export function claimantLabel(c: Claim): string {
  return `${c.claimant.name} (${CLAIMANT_TYPE_LABELS[c.claimant.type] ?? c.claimant.type})`;
}

export function timeLabel(c: Claim): string {
  if (!c.time) return "";
  return c.time.date && c.time.date !== c.time.text ? `${c.time.text} (${c.time.date})` : c.time.text;
}

/** Scope and modality when they are not the usual single, asserted figure. */
export function qualifiers(c: Claim): string[] {
  const out: string[] = [];
  if (c.scope !== "single") out.push(SCOPE_LABELS[c.scope] ?? c.scope);
  if (c.modality !== "asserted") out.push(MODALITY_LABELS[c.modality] ?? c.modality);
  if (c.partOf) out.push(`part of ${c.partOf}`);
  if (c.otherIncident) out.push("earlier incident");
  if (c.acrossIncidents) out.push(`total over ${c.acrossIncidents} incidents`);
  if (c.spreadOver) out.push(`spread over ${c.spreadOver} days or places`);
  return out;
}

/** One line saying what a claim claims: "army: 4 soldiers killed (exact), on Tuesday (2025-03-11)". */
export function claimSentence(c: Claim): string {
  const what = `${quantityText(c)} ${c.noun ?? groupLabel(c.group)} ${outcomeLabel(c.outcome).toLowerCase()}`;
  const time = timeLabel(c);
  const extra = qualifiers(c);
  return (
    `${claimantLabel(c)}: ${what} [${groupLabel(c.group)}; ${hedgeLabel(c)}]` +
    (time ? `, ${time}` : "") +
    (extra.length ? `; ${extra.join(", ")}` : "")
  );
}

/** An id that is safe inside an HTML id attribute and a CSS selector. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
