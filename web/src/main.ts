// The dashboard's entry: styles, the hash router, and one page drawn at a time into <main>.
import "./styles.css";
import type { PageContext } from "./page.js";
import { parseHash, type Route } from "./router.js";
import { clearError, focusAfterNavigation, isAbort, setReady, showError } from "./ui.js";
import { hideTip } from "./tooltip.js";
import { renderIncidents } from "./pages/incidents.js";
import { renderIncident } from "./pages/incident.js";
import { renderArticle } from "./pages/article.js";
import { renderArticles } from "./pages/articles.js";
import { renderAdd } from "./pages/add.js";
import { esc } from "./format.js";
import { claimantStyles } from "./highlight.js";
import { setToken } from "./token.js";
import { watchTables } from "./stacked-tables.js";

const main = document.getElementById("main")!;
// A constructed style sheet: the server's Content-Security-Policy allows no inline <style>.
const claimantCss = new CSSStyleSheet();
claimantCss.replaceSync(claimantStyles());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, claimantCss];
takeTokenFromAddress();
watchTables(main);
let current: AbortController | null = null;

async function renderNotFound(ctx: PageContext<Extract<Route, { page: "not-found" }>>): Promise<void> {
  document.title = "Not found · Tally";
  ctx.root.innerHTML = `<h1>Page not found</h1><p>There is no page at <code>${esc(ctx.route.path)}</code>.
    <a href="#/">See the incidents</a>.</p>`;
  setReady("not-found");
}

function markNav(route: Route): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("[data-nav]")) {
    const on =
      a.dataset.nav === route.page ||
      (a.dataset.nav === "incidents" && route.page === "incident") ||
      (a.dataset.nav === "articles" && route.page === "article");
    if (on) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

async function show(focus: boolean): Promise<void> {
  // A hash that is not a route ("#main" from a plain in-page link) is not a navigation.
  if (location.hash && !location.hash.startsWith("#/")) return;
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseHash(location.hash);
  setReady(null);
  clearError();
  hideTip();
  markNav(route);
  main.setAttribute("aria-busy", "true");
  const ctx = { root: main, signal: controller.signal, redraw: () => void show(true) };
  try {
    switch (route.page) {
      case "incidents":
        await renderIncidents({ ...ctx, route });
        break;
      case "incident":
        await renderIncident({ ...ctx, route });
        break;
      case "articles":
        await renderArticles({ ...ctx, route });
        break;
      case "article":
        await renderArticle({ ...ctx, route });
        break;
      case "add":
        await renderAdd({ ...ctx, route });
        break;
      case "not-found":
        await renderNotFound({ ...ctx, route });
        break;
    }
    if (focus && !controller.signal.aborted && !route.query.has("claim")) focusAfterNavigation(main);
  } catch (e) {
    if (isAbort(e) || controller.signal.aborted) return;
    showError(e);
    if (!main.querySelector("h1")) main.innerHTML = `<h1>Could not load this page</h1>`;
    setReady("error");
  } finally {
    if (current === controller) main.removeAttribute("aria-busy");
  }
}

/**
 * `tally serve` prints the dashboard's address with `#token=…` when the server wants a token: the
 * token is kept for this tab and taken out of the address (a fragment never reaches a server).
 */
function takeTokenFromAddress(): void {
  const given = /^#token=([^&]*)/.exec(location.hash);
  if (!given) return;
  setToken(decodeURIComponent(given[1]!));
  history.replaceState(history.state, "", "#/");
}

document.querySelector<HTMLAnchorElement>("[data-skip]")?.addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", () => void show(true));
void show(false);
