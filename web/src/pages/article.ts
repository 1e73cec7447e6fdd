// #/articles/<id>[?claim=c3] — one stored article: its text with every claim's evidence
// highlighted by claimant, the claims as a table, and links back to its incidents.
import { api } from "../api.js";
import { articleTextHtml, focusClaim, wireArticleText } from "../article-text.js";
import { articleClaimsTable } from "../claims-table.js";
import { esc, num } from "../format.js";
import type { PageContext } from "../page.js";
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

export async function renderArticle(ctx: PageContext<Extract<Route, { page: "article" }>>): Promise<void> {
  const { root, signal, route } = ctx;
  root.innerHTML = `<h1>Article</h1><p class="loading">Loading the article…</p>`;
  const view = await api.article(route.id, signal);
  const { article, claims, incidents } = view;
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
    </section>`;
  const view$ = root.querySelector<HTMLElement>("#article-view")!;
  wireArticleText(view$, claims, text.colours);
  setReady("article");
  const claim = route.query.get("claim");
  if (claim) focusClaim(view$, claim, text.colours, claims);
}
