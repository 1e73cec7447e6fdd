// The incident page's "Checks": figures among the incident's claims that cannot all be true
// (src/core/checks; README, Messages C001–C007), each with the claims it names, linked to their
// reports; and "What changed", the incident's change log report by report. A check changes no figure.
import type { ClaimWithSentence, IncidentView } from "./api-types.js";
import { esc } from "./format.js";
import { href } from "./router.js";

export function checksHtml(view: IncidentView): string {
  if (!view.checks.length) return "";
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  const items = view.checks
    .map((check) => {
      const named = check.claims
        .map((id) => claims.get(id))
        .filter((c): c is ClaimWithSentence => c !== undefined)
        .map(
          (c) =>
            `<li><a href="${esc(href.article(c.article))}">${esc(c.claimant.name)}: ${esc(c.quantity.text)} ${esc(c.outcome)}</a> <span class="muted">“${esc(c.sentence)}”</span></li>`,
        )
        .join("");
      return `<li class="check" data-code="${esc(check.code)}"><strong><code>${esc(check.code)}</code></strong> ${esc(check.message)}<ul>${named}</ul></li>`;
    })
    .join("");
  return `<section id="checks" class="panel" aria-labelledby="h-checks">
    <h2 id="h-checks">Checks <span class="muted small">(${view.checks.length})</span></h2>
    <p class="note"><span aria-hidden="true">⚠</span> These figures cannot all be true. Every figure is kept as stated; read the sentences.</p>
    <ul class="checks">${items}</ul>
  </section>`;
}

/** The incident's change log, report by report (the timeline panel's "What changed"). */
export function changesHtml(view: IncidentView): string {
  if (!view.changes.length) return "";
  const items = view.changes
    .map((c) => {
      const by = c.report
        ? `<a href="${esc(href.article(c.report.id))}">${esc(c.report.title ?? c.report.id)}</a>${c.report.outlet ? ` · ${esc(c.report.outlet)}` : ""}${c.report.published ? ` · ${esc(c.report.published)}` : ""}`
        : "an analyst's correction";
      return `<li data-seq="${c.seq}"><span class="muted small">${esc(new Date(c.at).toLocaleString())}</span> ${by}<ul>${c.lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul></li>`;
    })
    .join("");
  return `<h3 class="small-heading" id="h-changes">What changed, report by report</h3><ol class="changes" aria-labelledby="h-changes">${items}</ol>`;
}
