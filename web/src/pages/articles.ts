// #/articles[?offset=] — the stored reports, newest stored last as the API lists them, a page at
// a time, each linking to its article page. The page's offset lives in the address, so the back
// button returns to the same page; only the table body is redrawn on Previous and Next.
import { api } from "../api.js";
import type { ArticleMeta, Page } from "../api-types.js";
import { esc, num } from "../format.js";
import { PAGE_SIZE, pageLoader, pagerHtml, pagerOf, showPage } from "../paged-table.js";
import type { PageContext } from "../page.js";
import { href, replaceHash, type Route } from "../router.js";
import { byId, setReady } from "../ui.js";

const COLUMNS = 6;

function row(a: ArticleMeta): string {
  return `<tr data-id="${esc(a.id)}">
    <td class="nowrap">${esc(a.published ?? "undated")}</td>
    <th scope="row" class="title"><a href="${esc(href.article(a.id))}">${esc(a.title ?? a.id)}</a>${a.title ? `<div class="muted small"><code>${esc(a.id)}</code></div>` : ""}</th>
    <td>${esc(a.outlet ?? "–")}</td>
    <td class="num">${num(a.claims)}</td>
    <td class="nowrap">${esc(a.ingestedAt.slice(0, 10))}</td>
    <td class="small">${esc(a.source ?? "–")}</td>
  </tr>`;
}

export async function renderArticles(ctx: PageContext<Extract<Route, { page: "articles" }>>): Promise<void> {
  const { root, signal } = ctx;
  let offset = Math.max(0, Number(ctx.route.query.get("offset")) || 0);
  document.title = "Reports · Tally";
  root.innerHTML = `
    <h1>Reports</h1>
    <p>Every stored report, in the order it was stored. <a href="${href.add()}">Add an article</a>.</p>
    <p id="list-status" class="status" aria-live="polite"></p>
    <div class="table-wrap">
      <table class="data articles" id="articles-table">
        <caption>Stored reports, in the order they were stored</caption>
        <thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th>
          <th scope="col" class="num">Claims</th><th scope="col">Stored</th><th scope="col">Source</th></tr></thead>
        <tbody></tbody>
      </table>
    </div>
    ${pagerHtml("Pages of reports")}`;

  const table = byId<HTMLTableElement>(root, "#articles-table");
  const tbody = byId<HTMLTableSectionElement>(table, "tbody");
  const pager = pagerOf(root);

  const draw = (page: Page<ArticleMeta>) => {
    tbody.innerHTML = page.items.length
      ? page.items.map(row).join("")
      : `<tr><td colspan="${COLUMNS}" class="empty">${page.total ? "No reports on this page." : `No reports yet: <a href="${href.add()}">add an article</a>.`}</td></tr>`;
    showPage(pager, page, "report");
  };

  const load = pageLoader(table, signal, (s) => api.articles(PAGE_SIZE, offset, s), draw, "articles");

  const go = (to: number) => {
    offset = Math.max(0, to);
    replaceHash(href.articles({ offset: offset || null }));
    void load();
  };
  pager.prev.addEventListener("click", () => go(offset - PAGE_SIZE));
  pager.next.addEventListener("click", () => go(offset + PAGE_SIZE));

  const page = await api.articles(PAGE_SIZE, offset, signal);
  draw(page);
  setReady("articles");
}
