// #/ — the incidents: a search form (words, dates, country, event type, actor or claimant, grade,
// minimum deaths, the reconciliation strategy) and a table sorted by the server (dates, title,
// place, type, reports, killed, injured), a page at a time. The search, sort and strategy live in
// the address, so a view can be shared and the back button returns to it. Only the table body and
// its header state are redrawn on a new search or sort: focus stays where the user is. "Download
// this view" saves the incidents the list shows (all pages, same order and figures) in a format;
// a map below places the incidents of the page shown, sized by deaths.
import { drawOverview } from "../charts/overview-map.js";
import { sinceLastVisit, type SinceLastVisit } from "../last-visit.js";
import { api, type IncidentQuery } from "../api.js";
import type { IncidentSummary, Page, SummaryFigure } from "../api-types.js";
import { dateRange, esc, num, outcomeLabel, place, range } from "../format.js";
import { GRADES, OUTCOME_ORDER, STRATEGIES, type StrategyName } from "../labels.js";
import type { PageContext } from "../page.js";
import { PAGE_SIZE, pageLoader, pagerHtml, pagerOf, showPage } from "../paged-table.js";
import { href, replaceHash, type Route } from "../router.js";
import { byId, debounce, setReady } from "../ui.js";

interface Column {
  key: string;
  label: string;
  /** The API's sort key, for sortable columns. */
  sort?: string;
  /** The order a first click sorts in. */
  first?: "asc" | "desc";
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: "dates", label: "Dates", sort: "start", first: "desc" },
  { key: "title", label: "Incident", sort: "title", first: "asc" },
  { key: "place", label: "Place", sort: "place", first: "asc" },
  { key: "type", label: "Event type", sort: "type", first: "asc" },
  { key: "reports", label: "Reports", sort: "reports", first: "desc", numeric: true },
  { key: "killed", label: "Killed", sort: "killed", first: "desc", numeric: true },
  { key: "injured", label: "Injured", sort: "injured", first: "desc", numeric: true },
  { key: "other", label: "Other figures" },
];

interface State {
  q: string;
  from: string;
  to: string;
  country: string;
  type: string;
  actor: string;
  grade: string;
  /** Minimum deaths (the killed total), or "" for none. */
  min: string;
  strategy: StrategyName;
  sort: string;
  order: "asc" | "desc";
  offset: number;
}

function stateOf(query: URLSearchParams): State {
  const sort = query.get("sort") ?? "start";
  return {
    q: query.get("q") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
    country: query.get("country") ?? "",
    type: query.get("type") ?? "",
    actor: query.get("actor") ?? "",
    grade: query.get("grade") && query.get("grade")! in GRADES ? query.get("grade")! : "",
    min: /^\d+$/.test(query.get("min") ?? "") ? query.get("min")! : "",
    strategy: STRATEGIES.find((x) => x.value === query.get("strategy"))?.value ?? "ucdp",
    sort: COLUMNS.some((c) => c.sort === sort) ? sort : "start",
    order: query.get("order") === "asc" ? "asc" : "desc",
    offset: Math.max(0, Number(query.get("offset")) || 0),
  };
}

function queryOf(st: State): IncidentQuery {
  return {
    q: st.q || undefined,
    from: st.from || undefined,
    to: st.to || undefined,
    country: st.country || undefined,
    type: st.type || undefined,
    actor: st.actor || undefined,
    grade: st.grade || undefined,
    min: st.min ? Number(st.min) : undefined,
    strategy: st.strategy,
    sort: st.sort,
    order: st.order,
    limit: PAGE_SIZE,
    offset: st.offset,
  };
}

function contestedMark(): string {
  return ` <span class="contested-mark" title="${esc(GRADES.contested.description)}"><span aria-hidden="true">${GRADES.contested.icon}</span><span class="sr-only">contested</span></span>`;
}

/** Deaths stated with no figure (ACLED codes them 10): "?" alone, "+?" beside the killed figure. */
const UNKNOWN_DEATHS_TITLE = "deaths stated with no figure (ACLED codes them as 10)";

function unknownMark(): string {
  return ` <span class="unknown-mark" title="${esc(UNKNOWN_DEATHS_TITLE)}"><span aria-hidden="true">+?</span><span class="sr-only">and ${esc(UNKNOWN_DEATHS_TITLE)}</span></span>`;
}

function killedCell(s: IncidentSummary): string {
  if (s.unknownDeaths === "alone")
    return `<span class="fig unknown-mark" title="${esc(UNKNOWN_DEATHS_TITLE)}"><span aria-hidden="true">?</span><span class="sr-only">${esc(UNKNOWN_DEATHS_TITLE)}</span></span>`;
  return `${figureCell(s.figures.killed)}${s.unknownDeaths === "beside" ? unknownMark() : ""}`;
}

function figureCell(f: SummaryFigure | undefined): string {
  if (!f || (f.best === null && f.low === null && f.high === null)) return `<span class="muted">–</span>`;
  const main = f.best ?? f.low ?? f.high!;
  // A sum over groups where some figure is open-ended ("more than 60") is open-ended too; so is
  // one whose high came out below its best (an open high left out of the sum).
  const open = f.high === null || f.high < main;
  const low = f.low ?? main;
  const extra = open
    ? `<span aria-hidden="true">+</span><span class="sr-only"> or more</span>`
    : low !== main || f.high !== main
      ? ` <span class="fig-range">(${range(low, f.high)})</span>`
      : "";
  return `<span class="fig">${num(main)}</span>${extra}${f.contested ? contestedMark() : ""}`;
}

function otherFigures(s: IncidentSummary): string {
  const parts = OUTCOME_ORDER.filter((o) => o !== "killed" && o !== "injured")
    .map((o) => [o, s.figures[o]] as const)
    .filter((x): x is readonly [(typeof x)[0], SummaryFigure] => !!x[1])
    .map(([o, f]) => `<li>${esc(outcomeLabel(o))} ${figureCell(f)}</li>`);
  return parts.length ? `<ul class="inline-list">${parts.join("")}</ul>` : `<span class="muted">–</span>`;
}

function row(s: IncidentSummary, changed?: readonly string[]): string {
  const loc = s.location;
  const mark = changed
    ? ` <span class="changed-mark" title="${esc(changed.join("\n"))}">changed<span class="sr-only"> since your last visit: ${esc(changed.join("; "))}</span></span>`
    : "";
  const acled = [s.acled.eventType, s.acled.subEventType].filter(Boolean).join(" / ");
  return `<tr data-id="${esc(s.id)}">
    <td class="nowrap">${esc(dateRange(s.start, s.end))}</td>
    <th scope="row" class="title"><a href="${esc(href.incident(s.id))}" title="${esc(s.title)}"><span class="clamp">${esc(s.title)}</span></a>${mark}</th>
    <td>${esc(place(loc))}</td>
    <td>${esc(s.eventType ?? "–")}${acled ? `<div class="muted small">ACLED: ${esc(acled)}</div>` : ""}</td>
    <td class="num">${num(s.reports)}</td>
    <td class="num" data-outcome="killed">${killedCell(s)}</td>
    <td class="num" data-outcome="injured">${figureCell(s.figures.injured)}</td>
    <td>${otherFigures(s)}</td>
  </tr>`;
}

function header(c: Column, st: State): string {
  if (!c.sort) return `<th scope="col">${esc(c.label)}</th>`;
  const on = st.sort === c.sort;
  const aria = on ? ` aria-sort="${st.order === "asc" ? "ascending" : "descending"}"` : "";
  const arrow = on ? (st.order === "asc" ? "▲" : "▼") : "↕";
  return `<th scope="col"${aria}${c.numeric ? ' class="num"' : ""}><button type="button" class="sort" data-sort="${c.sort}">${esc(c.label)}<span class="sort-arrow" aria-hidden="true">${arrow}</span></button></th>`;
}

function captionText(st: State): string {
  const col = COLUMNS.find((c) => c.sort === st.sort);
  return `Incidents, sorted by ${col?.label.toLowerCase() ?? st.sort}, ${st.order === "asc" ? "ascending" : "descending"}; figures by the ${st.strategy} strategy`;
}

/** Whether any filter narrows the list. */
function filtered(st: State): boolean {
  return !!(st.q || st.from || st.to || st.country || st.type || st.actor || st.grade || st.min);
}

const EXPORTS = [
  { format: "acled", label: "ACLED CSV" },
  { format: "ucdp", label: "UCDP CSV" },
  { format: "gtd", label: "GTD CSV" },
  { format: "geojson", label: "GeoJSON" },
  { format: "json", label: "JSON" },
  { format: "jsonl", label: "Claims (JSON Lines)" },
] as const;

function options(values: readonly { value: string; label: string }[], chosen: string): string {
  return values
    .map(
      (o) =>
        `<option value="${esc(o.value)}"${o.value === chosen ? " selected" : ""}>${esc(o.label)}</option>`,
    )
    .join("");
}

export async function renderIncidents(
  ctx: PageContext<Extract<Route, { page: "incidents" }>>,
): Promise<void> {
  const { root, signal } = ctx;
  const st = stateOf(ctx.route.query);
  document.title = "Incidents · Tally";
  root.innerHTML = `
    <h1>Incidents</h1>
    <form class="filters" role="search" aria-label="Find incidents">
      <div class="field grow"><label for="f-q">Search incidents</label>
        <input id="f-q" name="q" type="search" value="${esc(st.q)}" placeholder="place, title, type, actor" autocomplete="off"></div>
      <div class="field"><label for="f-from">From</label><input id="f-from" name="from" type="date" value="${esc(st.from)}"></div>
      <div class="field"><label for="f-to">To</label><input id="f-to" name="to" type="date" value="${esc(st.to)}"></div>
      <div class="field"><label for="f-country">Country</label>
        <input id="f-country" name="country" type="text" value="${esc(st.country)}" size="12" autocomplete="off"></div>
      <div class="field"><label for="f-type">Event type</label>
        <input id="f-type" name="type" type="text" value="${esc(st.type)}" size="14" placeholder="e.g. bombing" autocomplete="off"></div>
      <div class="field"><label for="f-actor">Actor or claimant</label>
        <input id="f-actor" name="actor" type="text" value="${esc(st.actor)}" size="14" autocomplete="off"></div>
      <div class="field"><label for="f-grade">Grade</label>
        <select id="f-grade" name="grade"><option value="">Any</option>${options(
          Object.entries(GRADES).map(([value, g]) => ({ value, label: g.label })),
          st.grade,
        )}</select></div>
      <div class="field"><label for="f-min">Deaths at least</label>
        <input id="f-min" name="min" type="number" min="0" step="1" inputmode="numeric" value="${esc(st.min)}" size="6"></div>
      <div class="field"><label for="f-strategy">Strategy</label>
        <select id="f-strategy" name="strategy">${options(STRATEGIES, st.strategy)}</select></div>
      <div class="field"><button type="submit">Search</button></div>
    </form>
    <div class="export-bar" role="group" aria-labelledby="export-label">
      <span id="export-label">Download this view (every page, figures as shown):</span>
      ${EXPORTS.map((e) => `<button type="button" data-format="${e.format}">${esc(e.label)}</button>`).join("")}
    </div>
    <p id="export-status" class="status" aria-live="polite"></p>
    <p id="visit-status" class="status"></p>
    <p id="list-status" class="status" aria-live="polite"></p>
    <div class="table-wrap">
      <table class="data incidents" id="incidents-table">
        <caption>${esc(captionText(st))}</caption>
        <thead><tr>${COLUMNS.map((c) => header(c, st)).join("")}</tr></thead>
        <tbody></tbody>
      </table>
    </div>
    ${pagerHtml("Pages of incidents")}
    <section class="panel" aria-labelledby="h-overview">
      <h2 id="h-overview">Map of these incidents</h2>
      <div id="overview-host" class="map-host"><p class="loading">Drawing the map…</p></div>
    </section>`;

  const form = byId<HTMLFormElement>(root, "form.filters");
  const table = byId<HTMLTableElement>(root, "#incidents-table");
  const tbody = byId<HTMLTableSectionElement>(table, "tbody");
  const pager = pagerOf(root);
  const overview = byId(root, "#overview-host");

  const address = () =>
    href.incidents({
      q: st.q,
      from: st.from,
      to: st.to,
      country: st.country,
      type: st.type,
      actor: st.actor,
      grade: st.grade,
      min: st.min,
      strategy: st.strategy === "ucdp" ? null : st.strategy,
      sort: st.sort === "start" ? null : st.sort,
      order: st.order === "desc" ? null : st.order,
      offset: st.offset || null,
    });

  const drawHeaders = () => {
    table.tHead!.rows[0]!.querySelectorAll("th").forEach((th, i) => {
      const c = COLUMNS[i];
      if (!c?.sort) return;
      const on = st.sort === c.sort;
      if (on) th.setAttribute("aria-sort", st.order === "asc" ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
      const arrow = th.querySelector(".sort-arrow");
      if (arrow) arrow.textContent = on ? (st.order === "asc" ? "▲" : "▼") : "↕";
    });
    table.caption!.textContent = captionText(st);
  };

  let visit: SinceLastVisit = { since: null, changed: new Map() };
  const draw = (page: Page<IncidentSummary>) => {
    tbody.innerHTML = page.items.length
      ? page.items.map((s) => row(s, visit.changed.get(s.id))).join("")
      : `<tr><td colspan="${COLUMNS.length}" class="empty">${filtered(st) ? "No incidents match this search." : `No incidents yet: <a href="${href.add()}">add an article</a>.`}</td></tr>`;
    showPage(pager, page, "incident");
    drawHeaders();
    drawOverview(overview, page.items, signal).catch((e: unknown) => {
      if (!signal.aborted)
        overview.textContent = `The map could not be drawn: ${e instanceof Error ? e.message : String(e)}`;
    });
  };

  const load = pageLoader(table, signal, (s) => api.incidents(queryOf(st), s), draw, "incidents");

  const reload = () => {
    replaceHash(address());
    void load();
  };

  const readForm = () => {
    const data = new FormData(form);
    st.q = String(data.get("q") ?? "").trim();
    st.from = String(data.get("from") ?? "");
    st.to = String(data.get("to") ?? "");
    st.country = String(data.get("country") ?? "").trim();
    st.type = String(data.get("type") ?? "").trim();
    st.actor = String(data.get("actor") ?? "").trim();
    st.grade = String(data.get("grade") ?? "");
    const min = String(data.get("min") ?? "").trim();
    st.min = /^\d+$/.test(min) ? min : "";
    st.strategy = STRATEGIES.find((x) => x.value === data.get("strategy"))?.value ?? "ucdp";
    st.offset = 0;
  };
  const typed = debounce(() => {
    readForm();
    reload();
  }, 250);
  form.addEventListener("input", typed);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    readForm();
    reload();
  });

  table.tHead!.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-sort]");
    if (!button) return;
    const sort = button.dataset.sort!;
    const col = COLUMNS.find((c) => c.sort === sort);
    st.order = st.sort === sort ? (st.order === "asc" ? "desc" : "asc") : (col?.first ?? "asc");
    st.sort = sort;
    st.offset = 0;
    reload();
  });
  const exportStatus = byId(root, "#export-status");
  byId(root, ".export-bar").addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-format]");
    if (!button) return;
    const format = button.dataset.format!;
    exportStatus.textContent = `Preparing the ${button.textContent} file…`;
    api.exportView(queryOf(st), format, signal).then(
      (file) => {
        const url = URL.createObjectURL(file.blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = file.name;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        exportStatus.textContent = `Saved ${file.name}: the incidents of this view, by the ${queryOf(st).strategy} strategy.`;
      },
      (err: unknown) => {
        if (signal.aborted) return;
        exportStatus.textContent = `The export failed: ${err instanceof Error ? err.message : String(err)}`;
      },
    );
  });
  pager.prev.addEventListener("click", () => {
    st.offset = Math.max(0, st.offset - PAGE_SIZE);
    reload();
  });
  pager.next.addEventListener("click", () => {
    st.offset += PAGE_SIZE;
    reload();
  });

  const [page, since] = await Promise.all([
    api.incidents(queryOf(st), signal),
    sinceLastVisit(signal).catch(() => visit),
  ]);
  visit = since;
  byId(root, "#visit-status").textContent = visit.since
    ? `${num(visit.changed.size)} incident${visit.changed.size === 1 ? "" : "s"} changed since your last visit (${new Date(visit.since).toLocaleString()}): marked “changed”.`
    : "Incidents that change after this visit will be marked “changed” on your next one.";
  draw(page);
  setReady("incidents");
}
