// The change log's tables in SQLite (migration 3; issue 15): changes appended with a sequence
// number and the store's time, read by time or sequence; the last reported snapshot of each
// incident. Rows read back are checked with zod (./rows.ts) like every other row.
import type Database from "better-sqlite3";
import { toChange, toWatch } from "./read-rows.js";
import type { Change, ChangeFilter, IncidentId, WatchSnapshot } from "./store.js";

export class ChangeTables {
  private readonly insert: Database.Statement;
  private readonly watchOf: Database.Statement<[string], unknown>;
  private readonly upsertWatch: Database.Statement;
  private readonly deleteWatch: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly now: () => string,
  ) {
    this.insert = db.prepare("INSERT INTO changes (at, incident, article, body) VALUES (?, ?, ?, ?)");
    this.watchOf = db.prepare("SELECT snapshot FROM incident_watch WHERE incident = ?");
    this.upsertWatch = db.prepare(
      "INSERT INTO incident_watch (incident, snapshot) VALUES (?, ?) ON CONFLICT (incident) DO UPDATE SET snapshot = excluded.snapshot",
    );
    this.deleteWatch = db.prepare("DELETE FROM incident_watch WHERE incident = ?");
  }

  add(change: Omit<Change, "seq" | "at">): Change {
    const body = JSON.stringify({ title: change.title, items: change.items });
    const at = this.now();
    // What was just written needs no check on the way back.
    const { lastInsertRowid } = this.insert.run(at, change.incident, change.article, body);
    return { ...change, seq: Number(lastInsertRowid), at };
  }

  list(filter: ChangeFilter = {}): Change[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      params.push(value);
    };
    add("at >= ?", filter.since);
    add("seq > ?", filter.after);
    add("incident = ?", filter.incident);
    const sql = `SELECT seq, at, incident, article, body FROM changes${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY seq${filter.limit !== undefined ? " LIMIT ?" : ""}`;
    if (filter.limit !== undefined) params.push(filter.limit);
    return this.db
      .prepare(sql)
      .all(...params)
      .map((row) => toChange(this.path, row));
  }

  getWatch(incident: IncidentId): WatchSnapshot | null {
    const row = this.watchOf.get(incident) as { snapshot: string } | undefined;
    return row === undefined ? null : toWatch(this.path, row.snapshot);
  }

  putWatch(incident: IncidentId, snapshot: WatchSnapshot | null): void {
    if (snapshot === null) this.deleteWatch.run(incident);
    else this.upsertWatch.run(incident, JSON.stringify(snapshot));
  }
}
