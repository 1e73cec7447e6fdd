// "What changed since my last visit" on the incidents list: the server's time of the last visit
// is kept in localStorage; the changes since then (GET api/changes?since=) mark their incidents.
// The time a visit started is kept for the tab's session, so reloading the list keeps the marks;
// the next visit (a new tab or window) counts from this one.
import { api } from "./api.js";
import type { ChangeView } from "./api-types.js";

const LAST = "tally.lastVisit";
const THIS = "tally.visitSince";

export interface SinceLastVisit {
  /** When the last visit began (the server's clock), or null on a first visit. */
  since: string | null;
  /** The lines of what changed, by incident id. */
  changed: Map<string, string[]>;
}

export async function sinceLastVisit(signal?: AbortSignal): Promise<SinceLastVisit> {
  const kept = read(sessionStorage, THIS);
  // "" marks a first visit already begun in this tab.
  const since = kept !== null ? kept || null : read(localStorage, LAST);
  const changed = new Map<string, string[]>();
  // With no last visit, a time in the far future asks only for the server's clock.
  let page = await api.changes({ since: since ?? "9999-12-31" }, signal);
  const now = page.now;
  for (let n = 0; since !== null && n < 20; n++) {
    for (const c of page.items) changed.set(c.incident, [...(changed.get(c.incident) ?? []), ...c.lines]);
    const last: ChangeView | undefined = page.items[page.items.length - 1];
    if (page.items.length < 500 || !last) break;
    page = await api.changes({ after: last.seq }, signal);
  }
  if (kept === null) {
    write(sessionStorage, THIS, since ?? "");
    write(localStorage, LAST, now);
  }
  return { since, changed };
}

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage may be off (private mode): every visit is a first one
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // as above
  }
}
