// The incident page's "Checks": figures among the incident's claims that cannot all be true
// (src/core/checks; README, Messages C001–C007), each with the claims it names, linked to their
// reports. A check changes no figure; it says where a reader should look.
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
