// Several writers on one database taking turns (issue 12 §6). SQLite has one write lock and its
// busy handler polls: a process that commits a batch and at once begins the next one keeps the
// lock, and a second `tally ingest` (or the server) waiting on it gave up with T013 after the busy
// timeout. Here a write that finds the database locked says so in a small file beside the database
// (`<db>-waiting`, its mtime) and tries again after a short random pause, for up to `budgetMs`;
// a writer that has just committed and sees a fresh `-waiting` file from another process pauses
// briefly before its next write, so the one waiting gets the lock. Nothing here changes what a
// transaction writes: a batch retried is the whole batch again.
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { TallyError } from "../core/errors.js";

/** How long a write keeps trying while another process holds the lock (ms). */
export const DEFAULT_BUSY_BUDGET_MS = 10 * 60_000;
/** A `-waiting` mark younger than this means someone is waiting now. */
const FRESH_MS = 2_000;
/** The pause after a commit that lets a waiting writer in (its busy handler polls ≤ 100 ms). */
const GIVE_WAY_MS = 150;

export class WriteTurns {
  private readonly mark: string | null;

  constructor(
    dbPath: string | null,
    private readonly budgetMs = DEFAULT_BUSY_BUDGET_MS,
  ) {
    this.mark = dbPath && dbPath !== ":memory:" ? `${dbPath}-waiting` : null;
  }

  /**
   * Runs the write `fn` (a whole transaction), again after a pause while the database is locked
   * by another process (T013), until `budgetMs` has passed; then gives way if another waits.
   */
  async write<T>(fn: () => T): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const result = fn();
        await this.giveWay();
        return result;
      } catch (e) {
        if (!(e instanceof TallyError && e.code === "T013") || Date.now() - started >= this.budgetMs) throw e;
        this.announce();
        await sleep(50 + Math.random() * Math.min(1000, 100 * 2 ** Math.min(attempt, 4)));
      }
    }
  }

  /** Marks this process as waiting for the lock. */
  private announce(): void {
    if (!this.mark) return;
    try {
      writeFileSync(this.mark, String(process.pid));
      const now = new Date();
      utimesSync(this.mark, now, now);
    } catch {
      // a read-only folder: the retries still work, only without the turn-taking
    }
  }

  /** After a commit: a moment's pause when another process has just said it waits. */
  private async giveWay(): Promise<void> {
    if (!this.mark) return;
    let mtime: number;
    try {
      mtime = statSync(this.mark).mtimeMs;
    } catch {
      return;
    }
    if (Date.now() - mtime >= FRESH_MS) return;
    let waiter = "";
    try {
      waiter = readFileSync(this.mark, "utf8");
    } catch {
      return;
    }
    if (waiter !== String(process.pid)) await sleep(GIVE_WAY_MS);
  }
}
