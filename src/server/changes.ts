// The change log over HTTP (issue 15): `GET /api/changes?since=&after=&incident=&limit=` as JSON,
// and `GET /feed.atom` as an Atom feed (RFC 4287), newest first, both filterable like the
// incidents list (q, from, to, country, outcome, group, min, grade). Each change carries its
// report and a line of text per item (src/app/changes.ts), so the feed reads like the story.
import type { Context, Hono } from "hono";
import { changeView, type ChangeView } from "../app/changes.js";
import type { Change, IncidentId, Store } from "../store/store.js";
import { validate } from "./errors.js";
import { listIncidents } from "./incident-list.js";
import { changesQuery, feedQuery, type FeedQuery } from "./schemas.js";
import type { Summaries } from "./views.js";

export function registerChanges(app: Hono, store: Store, summaries: Summaries): void {
  app.get("/api/changes", (c) => {
    const q = validate(changesQuery, c.req.query(), "query");
    const items = filtered(store, summaries, q).slice(0, q.limit);
    // `now` is the server's clock: a client asks `since=now` next time, whatever its own clock says.
    return c.json({ now: new Date().toISOString(), items: items.map((ch) => changeView(store, ch)) });
  });

  app.get("/feed.atom", (c) => {
    const q = validate(feedQuery, c.req.query(), "query");
    const items = filtered(store, summaries, q).reverse().slice(0, q.limit);
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    return c.body(
      atom(
        c,
        items.map((ch) => changeView(store, ch)),
      ),
    );
  });
}

/** The changes that pass the query's filters, oldest first. */
function filtered(store: Store, summaries: Summaries, q: FeedQuery & { after?: number }): Change[] {
  const changes = store.listChanges({
    since: q.since,
    after: q.after,
    incident: q.incident as IncidentId | undefined,
  });
  const { since: _s, incident: _i, limit: _l, after: _a, ...filters } = q;
  const filtering = Object.entries(filters).some(([k, v]) => k !== "strategy" && v !== undefined);
  if (!filtering) return changes;
  const allowed = new Set(
    listIncidents(store, summaries, {
      ...filters,
      sort: "start",
      order: "desc",
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
    }).items.map((i) => i.id),
  );
  return changes.filter((ch) => allowed.has(ch.incident));
}

const xml = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

function atom(c: Context, changes: readonly ChangeView[]): string {
  const url = new URL(c.req.url);
  const base = `${url.protocol}//${c.req.header("host") ?? url.host}/`;
  const self = `${base}feed.atom${url.search}`;
  const updated = changes[0]?.at ?? new Date(0).toISOString();
  const entries = changes.map((ch) => {
    const link = `${base}#/incidents/${encodeURIComponent(ch.incident)}`;
    const report = ch.report
      ? `Report ${ch.report.id}${ch.report.outlet ? `, ${ch.report.outlet}` : ""}${ch.report.published ? `, ${ch.report.published}` : ""}`
      : "An analyst's correction";
    return `  <entry>
    <id>urn:tally:change:${xml(encodeURIComponent(ch.incident))}:${ch.seq}</id>
    <title>${xml(`${ch.title}: ${ch.lines.join("; ")}`)}</title>
    <updated>${xml(ch.at)}</updated>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
${[...new Set(ch.items.map((i) => i.kind))].map((k) => `    <category term="${k}"/>`).join("\n")}
    <summary type="text">${xml(`${report}: ${ch.lines.join("; ")}`)}</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${xml(report)}</p><ul>${ch.lines.map((l) => `<li>${xml(l)}</li>`).join("")}</ul></div></content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(self)}</id>
  <title>Tally: changes to incidents</title>
  <subtitle>New incidents, figures that moved, grades that changed, figures that do not add up</subtitle>
  <updated>${xml(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(base)}"/>
  <author><name>Tally</name></author>
  <generator>Tally</generator>
${entries.join("\n")}
</feed>
`;
}
