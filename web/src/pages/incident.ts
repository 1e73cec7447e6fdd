// #/incidents/<id>[?strategy=gtd] — one incident: its tally (low, best, high, grade per outcome
// and group, contested rows marked), each claimant's figures side by side, the figures by report
// date, a map of the place with its precision, the claims with claimant, hedge and time, and the
// reports, and an analyst's corrections of the grouping (split reports off, merge another incident
// in). Everything is built as strings from one API answer and inserted once; the map waits for the
// basemap, then the page is marked drawn.
import { api } from "../api.js";
import { correctionsHtml, historyHtml, noticeHtml, wireCorrections } from "../corrections.js";
import type { Datasets, IncidentTallyRow, IncidentView } from "../api-types.js";
import { CHART_W, claimantCharts, claimantLegend } from "../charts/claimant-chart.js";
import { keepLabelsInside } from "../charts/fit-labels.js";
import { drawMap, preloadMap } from "../charts/map.js";
import { drawTimeline, seriesLegend, timelineTable, type Series } from "../charts/timeline-chart.js";
import { changesHtml, checksHtml } from "../checks-panel.js";
import { claimSearchText, incidentClaimRows, incidentClaimsTable } from "../claims-table.js";
import { categoryLabel, dateRange, esc, num, place, precisionLabel } from "../format.js";
import { PARTIES, SERIES_COLOURS, STRATEGIES, type StrategyName } from "../labels.js";
import type { PageContext } from "../page.js";
import { href, type Route } from "../router.js";
import { sortRows, tallyTable, totalsTable } from "../tally-table.js";
import { byId, refocusAfterNavigation, setReady } from "../ui.js";

/** Claims shown before "Show all". */
const CLAIMS_PAGE = 100;
/** Reports shown before "Show all" (a long table pages, issue 10 §3). */
const REPORTS_PAGE = 50;

const INTER: Record<number, string> = {
  1: "state forces",
  2: "rebel group",
  3: "political militia",
  4: "identity militia",
  5: "rioters",
  6: "protesters",
  7: "civilians",
  8: "external or other forces",
};

function strategyOf(query: URLSearchParams): StrategyName {
  const s = query.get("strategy");
  return STRATEGIES.find((x) => x.value === s)?.value ?? "ucdp";
}

function datasetsHtml(d: Datasets): string {
  const fields = (obj: Record<string, number | null>) =>
    Object.entries(obj)
      .map(([k, v]) => `<span class="field-pair"><code>${esc(k)}</code> ${num(v)}</span>`)
      .join(" ");
  return `<dl class="datasets">
    <div><dt>GTD</dt><dd>${fields(d.gtd)}</dd></div>
    <div><dt>ACLED</dt><dd>${fields(d.acled)}</dd></div>
    <div><dt>UCDP GED</dt><dd>${fields(d.ucdp)}</dd></div>
  </dl>`;
}

/** A report's version and duplicates, said under its title (issue 10 §2: never silent). */
function identityNote(a: IncidentView["articles"][number]): string {
  const notes = [
    a.version > 1
      ? `version ${num(a.version)}: its text changed; the earlier ${a.version === 2 ? "text is" : "texts are"} kept`
      : "",
    a.duplicates.length
      ? `the same text as ${a.duplicates.map((d) => `<a href="${esc(href.article(d))}">${esc(d)}</a>`).join(", ")} (counted once)`
      : "",
  ].filter(Boolean);
  return notes.length ? `<div class="muted small identity-note">${notes.join("; ")}</div>` : "";
}

/** The reports table's rows, oldest first, as HTML (the page shows the first REPORTS_PAGE). */
function reportRows(view: IncidentView): string[] {
  const links = new Map(view.links.map((l) => [l.article as string, l]));
  return view.articles.map((a) => {
    const l = links.get(a.id);
    return `<tr><td class="nowrap">${esc(a.published ?? "undated")}</td>
        <th scope="row"><a href="${esc(href.article(a.id))}">${esc(a.title ?? a.id)}</a>${identityNote(a)}</th>
        <td>${esc(a.outlet ?? "–")}</td><td class="num">${num(a.claims)}</td>
        <td>${l ? `${num(Math.round(l.score * 100) / 100)}${l.by === "analyst" ? " (analyst)" : ""}<div class="muted small">${esc(l.reasons.join("; "))}</div>` : "–"}</td></tr>`;
  });
}

function reportsTable(view: IncidentView, rows: readonly string[]): string {
  const more = rows.length > REPORTS_PAGE;
  return `<div class="table-wrap"><table class="data reports" id="reports-table"><caption>Reports of this incident (${num(view.articles.length)}), oldest first</caption>
    <thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col" class="num">Claims</th><th scope="col">Link score and reasons</th></tr></thead>
    <tbody>${rows.slice(0, REPORTS_PAGE).join("")}</tbody></table></div>
    ${more ? `<p><button type="button" id="reports-more">Show all ${num(rows.length)} reports</button></p>` : ""}`;
}

function categoryKey(r: { outcome: string; group: string }): string {
  return `${r.outcome}|${r.group}`;
}

/** The category the timeline opens on: killed with the most claims, else the row with most. */
function defaultCategory(rows: readonly IncidentTallyRow[]): string | null {
  const killed = rows.filter((r) => r.outcome === "killed");
  const pool = killed.length ? killed : rows;
  const best = pool.reduce<IncidentTallyRow | null>(
    (a, r) => (!a || r.claims.length > a.claims.length ? r : a),
    null,
  );
  return best ? categoryKey(best) : null;
}

function timelineSeries(view: IncidentView, key: string, mode: "side" | "claimant"): Series[] {
  const [outcome, group] = key.split("|");
  if (mode === "side") {
    return view.sideTimeline
      .filter((s) => s.outcome === outcome && s.group === group)
      .map((s) => ({
        key: s.party,
        label: PARTIES[s.party]?.label ?? s.party,
        colour: PARTIES[s.party]?.colour ?? "#4d4d4d",
        points: s.points,
      }));
  }
  return view.timeline
    .filter((s) => s.outcome === outcome && s.group === group)
    .map((s, i) => ({
      key: `${s.claimant}|${s.party}`,
      label: `${s.claimant} (${PARTIES[s.party]?.label ?? s.party})`,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
      points: s.points,
    }));
}

export async function renderIncident(ctx: PageContext<Extract<Route, { page: "incident" }>>): Promise<void> {
  const { root, signal, route } = ctx;
  const strategy = strategyOf(route.query);
  root.innerHTML = `<h1>Incident</h1><p class="loading">Loading the incident…</p>`;
  preloadMap();
  performance.mark("incident:fetch");
  const view = await api.incident(route.id, strategy, signal);
  performance.mark("incident:data");
  const { incident } = view;
  document.title = `${incident.title} · Tally`;
  const rows = sortRows(view.tally);
  const loc = incident.location;
  const acled = [incident.acled.eventType, incident.acled.subEventType].filter(Boolean).join(" / ");
  const actors = incident.actors.length
    ? incident.actors
        .map(
          (a) => `${esc(a.name)} <span class="muted">(${esc(INTER[a.inter] ?? `inter ${a.inter}`)})</span>`,
        )
        .join("; ")
    : "–";
  const categories = rows
    .map((r) => `<option value="${esc(categoryKey(r))}">${esc(categoryLabel(r.outcome, r.group))}</option>`)
    .join("");
  const firstCategory = defaultCategory(rows);
  const strategyLabel = STRATEGIES.find((s) => s.value === strategy)?.label ?? strategy;
  const contested = rows.filter((r) => r.grade === "contested").length;
  const reports = reportRows(view);

  root.innerHTML = `
    <p class="breadcrumb"><a href="#/">Incidents</a> › Incident</p>
    <h1${incident.title.length > 120 ? ' class="long-title"' : ""}>${esc(incident.title)}</h1>
    <dl class="meta">
      <div><dt>Dates</dt><dd>${esc(dateRange(incident.start, incident.end))}</dd></div>
      <div><dt>Place</dt><dd>${esc(place(loc))}${loc ? ` <span class="muted">(${esc(precisionLabel(loc.wherePrec))})</span>` : ""}</dd></div>
      <div><dt>Event type</dt><dd>${esc(incident.eventType ?? "–")}${acled ? ` <span class="muted">· ACLED: ${esc(acled)}</span>` : ""}</dd></div>
      <div><dt>Actors</dt><dd>${actors}</dd></div>
      <div><dt>Reports</dt><dd>${num(view.articles.length)} (${num(view.claims.length)} claims)</dd></div>
      <div><dt>Id</dt><dd><code>${esc(incident.id)}</code></dd></div>
    </dl>
    <form class="inline-form" id="strategy-form">
      <label for="strategy">Reconciliation strategy</label>
      <select id="strategy" name="strategy">${STRATEGIES.map((s) => `<option value="${s.value}"${s.value === strategy ? " selected" : ""}>${esc(s.label)}</option>`).join("")}</select>
    </form>
    <nav class="toc" aria-label="On this page"><ul>
      <li><a href="#tally" data-jump>Tally</a></li><li><a href="#map" data-jump>Map</a></li>
      <li><a href="#timeline" data-jump>By report date</a></li><li><a href="#claimants" data-jump>Claimants' figures</a></li>
      <li><a href="#claims" data-jump>Claims</a></li><li><a href="#reports" data-jump>Reports</a></li>
      <li><a href="#corrections" data-jump>Correct the grouping</a></li></ul></nav>
    ${noticeHtml(incident.id)}
    <section id="tally" class="panel" aria-labelledby="h-tally">
      <h2 id="h-tally">Tally</h2>
      ${contested ? `<p class="note"><span aria-hidden="true">⚠</span> ${num(contested)} figure${contested === 1 ? " is" : "s are"} contested: the claimants' ranges do not overlap.</p>` : ""}
      ${totalsTable(view.totals, `Totals across groups, each death counted once (${strategyLabel}): the figures the incidents list and the exports show`)}
      ${unknownDeathsNote(view)}
      ${tallyTable(rows, `Low, best and high per outcome and group (${strategyLabel})`, { id: "tally-table" })}
      <h3 class="small-heading">Dataset fields</h3>
      ${datasetsHtml(view.datasets)}
    </section>
    ${checksHtml(view)}
    <div class="grid-2">
      <section id="map" class="panel" aria-labelledby="h-map">
        <h2 id="h-map">Map</h2>
        <div id="map-host" class="map-host"><p class="loading">Drawing the map…</p></div>
      </section>
      <section id="timeline" class="panel" aria-labelledby="h-timeline">
        <h2 id="h-timeline">Figures by report date</h2>
        ${
          rows.length
            ? `<form class="inline-form" id="timeline-form">
          <label for="tl-category">Outcome and group</label>
          <select id="tl-category" name="category">${categories}</select>
          <fieldset class="radios"><legend>Lines</legend>
            <label><input type="radio" name="mode" value="side" checked> by side</label>
            <label><input type="radio" name="mode" value="claimant"> by claimant</label>
          </fieldset>
        </form>
        <div id="timeline-host" class="chart timeline-chart"></div>
        <div id="timeline-legend"></div>
        <details><summary>These figures as a table</summary><div id="timeline-table"></div></details>`
            : `<p class="muted">No figures.</p>`
        }
        ${changesHtml(view)}
      </section>
    </div>
    <section id="claimants" class="panel" aria-labelledby="h-claimants">
      <h2 id="h-claimants">Each claimant's figures</h2>
      ${claimantLegend()}
      <div class="charts" id="claimant-charts"></div>
    </section>
    <section id="claims" class="panel" aria-labelledby="h-claims">
      <h2 id="h-claims">Claims</h2>
      <form class="inline-form" id="claims-filter" role="search" aria-label="Filter claims">
        <label for="cf-category">Show</label>
        <select id="cf-category" name="category"><option value="">all outcomes and groups</option>${categories}</select>
        <label for="cf-words">Words</label>
        <input id="cf-words" name="words" type="search" placeholder="claimant, figure, sentence" autocomplete="off">
        <span id="claims-count" class="status" aria-live="polite"></span>
      </form>
      ${incidentClaimsTable(`Claims from ${num(view.articles.length)} reports, in publication order`)}
      <p><button type="button" id="claims-more" hidden></button></p>
    </section>
    <section id="reports" class="panel" aria-labelledby="h-reports">
      <h2 id="h-reports">Reports</h2>
      ${reportsTable(view, reports)}
    </section>
    ${historyHtml(view)}
    ${correctionsHtml(view)}`;

  // Claimant charts as wide as their column (a phone's screen), their labels kept inside.
  const chartsHost = byId(root, "#claimant-charts");
  chartsHost.innerHTML = claimantCharts(rows, view.claims, chartsHost.clientWidth || CHART_W);
  chartsHost.querySelectorAll<SVGSVGElement>("figure.claimant-chart svg").forEach(keepLabelsInside);

  // In-page links: the hash is the route, so jump by script.
  root.querySelector(".toc")!.addEventListener("click", (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>("a[data-jump]");
    if (!a) return;
    e.preventDefault();
    const target = document.getElementById(a.getAttribute("href")!.slice(1));
    target?.scrollIntoView({ block: "start" });
    target?.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
    target?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  });

  byId<HTMLSelectElement>(root, "#strategy").addEventListener("change", (e) => {
    const value = (e.target as HTMLSelectElement).value;
    refocusAfterNavigation("#strategy");
    location.hash = href.incident(incident.id, { strategy: value === "ucdp" ? null : value });
  });

  // Timeline: redrawn when the category or the kind of lines changes.
  const tlForm = root.querySelector<HTMLFormElement>("#timeline-form");
  if (tlForm && firstCategory) {
    const select = byId<HTMLSelectElement>(tlForm, "#tl-category");
    select.value = firstCategory;
    const drawTl = () => {
      const mode = (new FormData(tlForm).get("mode") as "side" | "claimant" | null) ?? "side";
      const series = timelineSeries(view, select.value, mode);
      const label = select.selectedOptions[0]?.textContent ?? "";
      drawTimeline(
        byId(root, "#timeline-host"),
        series,
        `Figures by report date, ${label}, ${mode === "side" ? "by side" : "by claimant"}`,
      );
      byId(root, "#timeline-legend").innerHTML = seriesLegend(series);
      byId(root, "#timeline-table").innerHTML = timelineTable(series, `${label}: figures by report date`);
    };
    tlForm.addEventListener("change", drawTl);
    drawTl();
  }

  // Claims: a page of rows at a time (a 100-report incident has ~1,000), filtered by category
  // and words over all of them; rows are HTML strings built once.
  const filter = byId<HTMLFormElement>(root, "#claims-filter");
  const claimsBody = byId<HTMLTableSectionElement>(root, "#claims-table tbody");
  const more = byId<HTMLButtonElement>(root, "#claims-more");
  const count = byId(root, "#claims-count");
  const rowHtml = incidentClaimRows(view.claims, view.articles);
  const articleById = new Map(view.articles.map((a) => [a.id, a]));
  let searchText: string[] | null = null;
  let limit = CLAIMS_PAGE;
  const drawClaims = () => {
    const data = new FormData(filter);
    const category = String(data.get("category") ?? "");
    const words = String(data.get("words") ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length && !searchText) searchText = view.claims.map((c) => claimSearchText(c, articleById));
    const matching: number[] = [];
    view.claims.forEach((c, i) => {
      if (category && `${c.outcome}|${c.group}` !== category) return;
      if (words.length && !words.every((w) => searchText![i]!.includes(w))) return;
      matching.push(i);
    });
    const shown = matching.slice(0, limit);
    claimsBody.innerHTML = shown.length
      ? shown.map((i) => rowHtml[i]).join("")
      : `<tr><td colspan="7" class="empty">No claims${category || words.length ? " match" : ""}.</td></tr>`;
    const filtered = matching.length !== view.claims.length;
    count.textContent = `${num(shown.length)} of ${num(matching.length)}${filtered ? ` matching (${num(view.claims.length)} in all)` : ""} claims shown`;
    more.hidden = matching.length <= shown.length;
    more.textContent = `Show all ${num(matching.length)} claims`;
  };
  filter.addEventListener("input", () => {
    limit = CLAIMS_PAGE;
    drawClaims();
  });
  filter.addEventListener("submit", (e) => e.preventDefault());
  more.addEventListener("click", () => {
    limit = Infinity;
    drawClaims();
    claimsBody.rows[CLAIMS_PAGE]?.querySelector<HTMLElement>("a")?.focus();
  });
  drawClaims();

  // "N claims" in the tally: show those claims.
  byId(root, "#tally-table").addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-show-claims]");
    if (!button) return;
    const select = byId<HTMLSelectElement>(filter, "#cf-category");
    select.value = button.dataset.showClaims!;
    limit = CLAIMS_PAGE;
    drawClaims();
    byId(root, "#claims").scrollIntoView({ block: "start" });
    select.focus({ preventScroll: true });
  });

  root.querySelector("#reports-more")?.addEventListener("click", (e) => {
    const body = byId<HTMLTableSectionElement>(root, "#reports-table tbody");
    body.innerHTML = reports.join("");
    (e.currentTarget as HTMLElement).parentElement!.remove();
    body.rows[REPORTS_PAGE]?.querySelector<HTMLElement>("a")?.focus();
  });

  wireCorrections(root, view, ctx);

  performance.mark("incident:drawn");
  const mapHost = byId(root, "#map-host");
  try {
    await drawMap(mapHost, loc, signal);
  } catch (e) {
    if (signal.aborted) return;
    mapHost.innerHTML = `<p class="muted">The map could not be drawn: ${esc(e instanceof Error ? e.message : String(e))}</p>`;
  }
  if (signal.aborted) return;
  performance.mark("incident:ready");
  setReady("incident");
}

/** Deaths stated with no figure, as the incidents list marks them ("?", "+?") and ACLED codes them. */
function unknownDeathsNote(view: IncidentView): string {
  if (!view.unknownDeaths) return "";
  const words = [
    ...new Set(
      view.mentions
        .filter((m) => m.outcome === "killed" && !m.otherIncident)
        .map((m) => m.evidence[0]?.text ?? m.noun ?? ""),
    ),
  ].filter(Boolean);
  const listed = view.unknownDeaths === "alone" ? "?" : "+?";
  return `<p class="note" id="unknown-deaths" data-unknown-deaths="${esc(view.unknownDeaths)}">Deaths stated with no figure${words.length ? ` (${words.map((w) => `“${esc(w)}”`).join(", ")})` : ""}: in no total; the incidents list shows <strong>${listed}</strong>, and ACLED's fatalities code them as 10 (${num(view.datasets.acled.fatalities)} in all).</p>`;
}
