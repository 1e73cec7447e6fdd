// Claims as tables: an incident's (with the report and the sentence each comes from, evidence
// marked) and an article's (with its claimant colour and a button that shows it in the text).
import type { ArticleMeta, Claim, ClaimWithSentence } from "./api-types.js";
import {
  claimantLabel,
  esc,
  groupLabel,
  hedgeLabel,
  nounNote,
  outcomeLabel,
  qualifiers,
  quantityText,
  timeLabel,
} from "./format.js";
import { colourClass } from "./highlight.js";
import { PARTIES } from "./labels.js";
import { href } from "./router.js";

/** The sentence with the claim's evidence marked where it is found in it. */
function markedSentence(c: ClaimWithSentence): string {
  const s = c.sentence || c.evidence.map((e) => e.text).join(" … ");
  const hits: [number, number][] = [];
  for (const ev of c.evidence) {
    const at = s.indexOf(ev.text);
    if (at >= 0 && ev.text) hits.push([at, at + ev.text.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let pos = 0;
  for (const [a, b] of hits) {
    if (a < pos) continue;
    out += `${esc(s.slice(pos, a))}<mark>${esc(s.slice(a, b))}</mark>`;
    pos = b;
  }
  return out + esc(s.slice(pos));
}

function localId(claimId: string): string {
  const i = claimId.indexOf("#");
  return i < 0 ? claimId : claimId.slice(i + 1);
}

function partyChip(party: Claim["claimant"]["party"]): string {
  const p = PARTIES[party];
  return `<span class="party party-${esc(party)}">${esc(p?.label ?? party)}</span>`;
}

/** One row of HTML per claim (the page shows a slice of them at a time). */
export function incidentClaimRows(
  claims: readonly ClaimWithSentence[],
  articles: readonly ArticleMeta[],
): string[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return claims.map((c) => {
    const a = byId.get(c.article);
    const notes = qualifiers(c);
    const report = a
      ? `<a href="${esc(href.article(a.id, localId(c.id)))}" title="${esc(a.title ?? a.id)}"><span class="clamp">${esc(a.title ?? a.id)}</span></a><div class="muted small">${esc([a.outlet, a.published].filter(Boolean).join(", "))}</div>`
      : `<a href="${esc(href.article(c.article, localId(c.id)))}">${esc(c.article)}</a>`;
    return `<tr data-claim="${esc(c.id)}" data-outcome="${esc(c.outcome)}" data-group="${esc(c.group)}" data-party="${esc(c.claimant.party)}">
        <td class="report">${report}</td>
        <td>${esc(claimantLabel(c))}<div>${partyChip(c.claimant.party)}</div></td>
        <td>${esc(outcomeLabel(c.outcome))}: ${esc(groupLabel(c.group))}${nounNote(c) ? `<div class="muted small">${esc(nounNote(c))}</div>` : ""}</td>
        <td class="nowrap"><strong>${esc(quantityText(c))}</strong><div class="muted small">${esc(hedgeLabel(c))}</div></td>
        <td>${esc(timeLabel(c)) || `<span class="muted">–</span>`}</td>
        <td>${notes.length ? esc(notes.join(", ")) : `<span class="muted">–</span>`}</td>
        <td class="sentence">${markedSentence(c)}</td>
      </tr>`;
  });
}

/** The words a claim is found by in the filter: claimant, figure, outcome, group, noun, sentence, report. */
export function claimSearchText(c: ClaimWithSentence, articles: ReadonlyMap<string, ArticleMeta>): string {
  const a = articles.get(c.article);
  return [
    c.claimant.name,
    quantityText(c),
    outcomeLabel(c.outcome),
    groupLabel(c.group),
    c.noun,
    c.sentence,
    timeLabel(c),
    a?.title,
    a?.outlet,
    c.article,
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/** The incident's claims table, its body filled by the page (a slice of `incidentClaimRows`). */
export function incidentClaimsTable(caption: string): string {
  return `<div class="table-wrap"><table class="data claims" id="claims-table">
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Report</th><th scope="col">Claimant</th><th scope="col">Outcome</th>
      <th scope="col">Figure</th><th scope="col">Time</th><th scope="col">Notes</th><th scope="col">Sentence</th></tr></thead>
    <tbody></tbody>
  </table></div>`;
}

/** An article's claims; `showIn` names the buttons' action (a mark in the text to focus). */
export function articleClaimsTable(
  claims: readonly Claim[],
  colours: Map<string, number>,
  caption: string,
): string {
  const rows = claims
    .map((c) => {
      const notes = qualifiers(c);
      return `<tr data-claim="${esc(c.id)}">
        <td><span class="swatch ${colourClass(colours.get(c.claimant.name) ?? 0)}" aria-hidden="true"></span>${esc(claimantLabel(c))}<div>${partyChip(c.claimant.party)}</div></td>
        <td>${esc(outcomeLabel(c.outcome))}: ${esc(groupLabel(c.group))}${nounNote(c) ? `<div class="muted small">${esc(nounNote(c))}</div>` : ""}</td>
        <td class="nowrap"><strong>${esc(quantityText(c))}</strong><div class="muted small">${esc(hedgeLabel(c))}</div></td>
        <td>${esc(timeLabel(c)) || `<span class="muted">–</span>`}</td>
        <td>${notes.length ? esc(notes.join(", ")) : `<span class="muted">–</span>`}</td>
        <td class="nowrap"><button type="button" class="link-button" data-show-claim="${esc(c.id)}"${c.evidence.length ? "" : " disabled"}>Show in text<span class="sr-only">: claim ${esc(c.id)}</span></button></td>
      </tr>`;
    })
    .join("");
  return `<div class="table-wrap"><table class="data claims">
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Claimant</th><th scope="col">Outcome</th><th scope="col">Figure</th>
      <th scope="col">Time</th><th scope="col">Notes</th><th scope="col">Evidence</th></tr></thead>
    <tbody>${rows || `<tr><td colspan="6" class="empty">No claims found.</td></tr>`}</tbody>
  </table></div>`;
}
