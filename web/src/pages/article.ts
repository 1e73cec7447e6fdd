// #/articles/<id>[?claim=c3] — one stored article: its text with every claim's evidence
// highlighted by claimant, the claims as a table, and links back to its incidents.
import { api } from "../api.js";
import { articleTextHtml, focusClaim, wireArticleText } from "../article-text.js";
import { articleClaimsTable } from "../claims-table.js";
import { esc, num } from "../format.js";
import type { PageContext } from "../page.js";
import type { ArticleVersion } from "../api-types.js";
import { href, type Route } from "../router.js";
import { setReady } from "../ui.js";

function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The article's earlier texts (same id, changed text), newest first, each with what was read from it. */
function versionsHtml(history: ArticleVersion[]): string {
  if (history.length === 0) return "";
  const items = [...history]
    .reverse()
    .map((v) => {
      const figures = v.claims
        .map((c) => `<li>${esc(c.claimant.name)}: ${esc(c.quantity.text)} ${esc(c.outcome)}</li>`)
        .join("");
      return `<li class="version"><details><summary>Version ${num(v.version)}${v.title ? `: ${esc(v.title)}` : ""} <span class="muted">(ingested ${esc(v.ingestedAt)}, replaced ${esc(v.replacedAt)}; ${num(v.claims.length)} claim${v.claims.length === 1 ? "" : "s"})</span></summary>
        <pre class="version-text">${esc(v.text)}</pre>
        ${figures ? `<ul class="version-claims">${figures}</ul>` : `<p class="muted">No claims were read from it.</p>`}
      </details></li>`;
    })
    .join("");
  return `<section aria-labelledby="h-versions" class="panel" id="versions">
      <h2 id="h-versions">Earlier versions (${num(history.length)})</h2>
      <p class="hint">The same id was stored with another text: each earlier text is kept with the claims read from it. Tallies read the current version only.</p>
      <ol class="versions">${items}</ol>
    </section>`;
}

export async function renderArticle(ctx: PageContext<Extract<Route, { page: "article" }>>): Promise<void> {
  const { root, signal, route } = ctx;
  root.innerHTML = `<h1>Article</h1><p class="loading">Loading the article…</p>`;
  const view = await api.article(route.id, signal);
  const { article, claims, incidents, history } = view;
  const title = article.title || article.id;
  document.title = `${title} · Tally`;
  const text = articleTextHtml(article.text, claims, "art");
  const url = safeUrl(article.url);
  const meta = [
    article.outlet ? `<div><dt>Outlet</dt><dd>${esc(article.outlet)}</dd></div>` : "",
    `<div><dt>Published</dt><dd>${esc(article.published ?? "date unknown")}</dd></div>`,
    url
      ? `<div><dt>Address</dt><dd><a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(url)}</a></dd></div>`
      : "",
    article.source ? `<div><dt>Source</dt><dd>${esc(article.source)}</dd></div>` : "",
    `<div><dt>Ingested</dt><dd>${esc(article.ingestedAt)}</dd></div>`,
    `<div><dt>Id</dt><dd><code>${esc(article.id)}</code></dd></div>`,
    article.version > 1
      ? `<div><dt>Version</dt><dd>${num(article.version)} (<a href="#versions" data-jump>earlier texts</a>)</dd></div>`
      : "",
    article.duplicates.length
      ? `<div><dt>Same text as</dt><dd>${article.duplicates.map((d) => `<a href="${esc(href.article(d))}">${esc(d)}</a>`).join(", ")} <span class="muted">(duplicates, counted once)</span></dd></div>`
      : "",
  ].join("");
  const incidentLinks = incidents.length
    ? `<ul class="incident-links">${incidents
        .map((i) => `<li><a href="${esc(href.incident(i.id))}">${esc(i.title)}</a></li>`)
        .join("")}</ul>`
    : `<p class="muted">Not linked to an incident.</p>`;

  root.innerHTML = `
    <p class="breadcrumb"><a href="#/">Incidents</a>${incidents[0] ? ` › <a href="${esc(href.incident(incidents[0].id))}">${esc(incidents[0].title)}</a>` : ""} › Article</p>
    <h1${title.length > 120 ? ' class="long-title"' : ""}>${esc(title)}</h1>
    <dl class="meta">${meta}</dl>
    <section aria-labelledby="h-incidents" class="panel">
      <h2 id="h-incidents">Incident${incidents.length === 1 ? "" : "s"}</h2>
      ${incidentLinks}
    </section>
    <section aria-labelledby="h-text" class="panel" id="article-view">
      <h2 id="h-text">Text, with ${num(claims.length)} claim${claims.length === 1 ? "" : "s"} highlighted</h2>
      ${text.html}
      <h2 id="h-claims">Claims</h2>
      ${articleClaimsTable(claims, text.colours, `The article's claims (${num(claims.length)})`)}
    </section>
    ${versionsHtml(history)}`;
  const view$ = root.querySelector<HTMLElement>("#article-view")!;
  wireArticleText(view$, claims, text.colours);
  setReady("article");
  const claim = route.query.get("claim");
  if (claim) focusClaim(view$, claim, text.colours, claims);
}
