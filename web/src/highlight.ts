// An article's text with every claim's evidence marked. Spans of different claims may overlap or
// nest, so the text is cut at every span boundary and each piece covered by some span becomes one
// focusable <mark> naming all the claims (and spans) that cover it. The text itself is left
// as written (white-space kept by CSS), so offsets and the marks' text match `text.slice`.
import type { Claim } from "./api-types.js";
import {
  claimSentence,
  domId,
  esc,
  figure,
  groupLabel,
  outcomeLabel,
  qualifiers,
  timeLabel,
} from "./format.js";
import { CLAIMANT_COLOURS, CLAIMANT_TYPE_LABELS, HEDGE_LABELS, PARTIES } from "./labels.js";

/** A colour index per claimant name, in the order claimants first speak. */
export function claimantColours(claims: readonly Claim[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of claims) if (!out.has(c.claimant.name)) out.set(c.claimant.name, out.size);
  return out;
}

export function colourClass(index: number): string {
  return `cc${index % CLAIMANT_COLOURS.length}`;
}

/** The CSS of the claimant colour classes, from CLAIMANT_COLOURS (added to the page once). */
export function claimantStyles(): string {
  return CLAIMANT_COLOURS.map((c, i) => `.cc${i}{background:${c.bg};border-color:${c.edge}}`).join("\n");
}

interface Piece {
  claim: Claim;
  index: number;
  start: number;
  end: number;
}

export interface HighlightOptions {
  /** Prefix of the ids of the claims' descriptions (unique on the page). */
  prefix: string;
  colours: Map<string, number>;
}

/** The description element id of a claim (what marks' aria-describedby name). */
export function descriptionId(prefix: string, claimId: string): string {
  return domId(`${prefix}-desc`, claimId);
}

/** The text as HTML with marks; spans outside the text are clipped, empty ones skipped. */
export function highlightText(text: string, claims: readonly Claim[], opts: HighlightOptions): string {
  const pieces: Piece[] = [];
  for (const claim of claims) {
    claim.evidence.forEach((ev, index) => {
      const start = Math.max(0, Math.min(text.length, ev.start));
      const end = Math.max(0, Math.min(text.length, ev.end));
      if (end > start) pieces.push({ claim, index, start, end });
    });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const p of pieces) cuts.add(p.start).add(p.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const starting = new Map<number, Piece[]>();
  for (const p of pieces) starting.set(p.start, [...(starting.get(p.start) ?? []), p]);

  const out: string[] = [];
  let active: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    active = active.filter((p) => p.end > a);
    active.push(...(starting.get(a) ?? []));
    const chunk = esc(text.slice(a, b));
    if (active.length === 0) {
      out.push(chunk);
      continue;
    }
    // The innermost (shortest) span gives the colour; several claims add a second outline.
    const inner = active.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const ids = [...new Set(active.map((p) => p.claim.id))];
    const colour = opts.colours.get(inner.claim.claimant.name) ?? 0;
    const cls = `ev ${colourClass(colour)}${ids.length > 1 ? " multi" : ""}`;
    out.push(
      `<mark class="${cls}" tabindex="0" data-claims="${esc(ids.join(" "))}"` +
        ` data-spans="${esc(active.map((p) => `${p.claim.id}:${p.index}`).join(" "))}"` +
        ` aria-describedby="${esc(ids.map((id) => descriptionId(opts.prefix, id)).join(" "))}">${chunk}</mark>`,
    );
  }
  return out.join("");
}

/** Hidden one-line descriptions of the claims, named by the marks' aria-describedby. */
export function claimDescriptions(claims: readonly Claim[], prefix: string): string {
  return `<ul hidden>${claims
    .map((c) => `<li id="${descriptionId(prefix, c.id)}">${esc(claimSentence(c))}</li>`)
    .join("")}</ul>`;
}

/** The tooltip's content for the claims of a mark. */
export function claimTip(claims: readonly Claim[], colours: Map<string, number>): string {
  return claims
    .map((c) => {
      const q = c.quantity;
      const extra = qualifiers(c);
      const time = timeLabel(c);
      return `<div class="tip-claim">
        <p class="tip-claimant"><span class="swatch ${colourClass(colours.get(c.claimant.name) ?? 0)}" aria-hidden="true"></span>
          <strong>${esc(c.claimant.name)}</strong>
          <span class="muted">${esc(CLAIMANT_TYPE_LABELS[c.claimant.type] ?? c.claimant.type)},
          ${esc(PARTIES[c.claimant.party]?.label ?? c.claimant.party)}</span></p>
        <p><strong>${esc(q.text)}</strong> ${esc(c.noun ?? groupLabel(c.group))} —
          ${esc(outcomeLabel(c.outcome).toLowerCase())} (${esc(groupLabel(c.group))};
          ${esc(HEDGE_LABELS[q.hedge] ?? q.hedge)}${q.hedge !== "exact" && (q.min !== null || q.max !== null) ? `, ${esc(figure(q.min, null, q.max))}` : ""})</p>
        ${time ? `<p>When: ${esc(time)}</p>` : ""}
        ${extra.length ? `<p>${esc(extra.join(", "))}</p>` : ""}
        <p class="muted">Claim ${esc(c.id)}</p>
      </div>`;
    })
    .join("");
}
