// Reading the change log (issue 15) for the adapters: `tally changes`, `/api/changes`, the Atom
// feed and the webhook all show a change the same way — with the report that caused it and one
// line per item ("killed, security forces: 4 → 18"), so the feed reads like the story.
import type { Grade, Outcome } from "../core/model.js";
import type { Change, ChangeItem, Store, WatchedGroup } from "../store/store.js";

/** A change with its report's outlet, date and title, and a line of text per item. */
export interface ChangeView extends Change {
  report: { id: string; title: string | null; outlet: string | null; published: string | null } | null;
  summary: string;
  lines: string[];
}

export function changeView(store: Store, change: Change): ChangeView {
  const a = change.article ? store.getArticle(change.article) : null;
  const report = a
    ? { id: a.id as string, title: a.title ?? null, outlet: a.outlet ?? null, published: a.published ?? null }
    : change.article
      ? { id: change.article as string, title: null, outlet: null, published: null }
      : null;
  const lines = change.items.map(itemLine);
  const about = report ? [report.outlet, report.published].filter(Boolean).join(", ") : "";
  const by = report
    ? `after the report ${report.id}${about ? ` (${about})` : ""}`
    : "after an analyst's correction";
  return { ...change, report, summary: `${change.title}: ${lines.join("; ")} — ${by}`, lines };
}

const GROUP_WORDS: Record<WatchedGroup, string> = {
  all: "all groups",
  civilians: "civilians",
  hostages: "hostages",
  security_forces: "security forces",
  militants: "militants",
  people: "people",
};
const GRADE_WORDS: Record<Grade, string> = {
  confirmed: "confirmed",
  fair: "fair",
  single_source: "single source",
  contested: "contested",
  party_only: "parties only",
};

function row(outcome: Outcome, group: WatchedGroup): string {
  return `${outcome}, ${GROUP_WORDS[group]}`;
}

export function itemLine(item: ChangeItem): string {
  switch (item.kind) {
    case "new_incident":
      return "new incident";
    case "figure": {
      const range =
        item.low !== null && (item.low !== item.to || item.high !== item.to)
          ? ` (${item.low}–${item.high ?? "open"})`
          : "";
      const by = item.claimants?.length ? ` — ${item.claimants.join(", ")}` : "";
      return item.from === null
        ? `${row(item.outcome, item.group)}: ${item.to ?? "–"}${range}${by}`
        : `${row(item.outcome, item.group)}: ${item.from} → ${item.to ?? "–"}${range}${by}`;
    }
    case "grade":
      return `${row(item.outcome, item.group)} now ${GRADE_WORDS[item.to]}${item.from ? ` (was ${GRADE_WORDS[item.from]})` : ""}`;
    case "check":
      return `check ${item.code}: ${item.message}`;
    case "correction":
      return `correction ${item.seq}: ${item.text}`;
    case "version":
      return `report ${item.article} changed: its version ${item.version} replaces the earlier text (kept in its history)`;
  }
}

/**
 * A `since` value as an ISO time: a date (`2025-03-12`, from its start, UTC), a timestamp, or a
 * span back from `now` (`30m`, `24h`, `7d`). Null when it is none of these.
 */
export function parseSince(value: string, now: Date = new Date()): string | null {
  const rel = /^(\d+)([mhd])$/.exec(value.trim());
  if (rel) {
    const ms = Number(rel[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[rel[2] as "m" | "h" | "d"];
    return new Date(now.getTime() - ms).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const t = new Date(/T| /.test(value) ? value.trim() : `${value.trim()}T00:00:00Z`);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}
