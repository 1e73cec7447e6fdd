// `tally show ID [--strategy S] [--db PATH]`: one incident — its place, dates, type and actors;
// the tally table (low/best/high, grade, and each side's figure apart) with contested figures
// marked; under each figure its claims with the sentence each was read from; and the timeline
// of each claimant's figures by report date.
import { Option, type Command } from "../commander.js";
import { TallyError } from "../../core/errors.js";
import type { Claim, Mention } from "../../core/model.js";
import { STRATEGY_NAMES, type StrategyName } from "../../core/tally/index.js";
import { correctionsOf, correctionText } from "../../incidents/corrections.js";
import { incidentRecord, type IncidentRecord } from "../../incidents/export.js";
import { Rejections, staleRejections } from "../../incidents/rejections.js";
import { sentenceAt } from "../../app/sentence-at.js";
import type { ArticleId, ArticleVersion, IncidentId, Store, StoredArticle } from "../../store/store.js";
import { withStore, write, type SetStatus } from "./store-action.js";
import { figureText, pointText, withUnknownDeaths } from "../figure-text.js";
import { dbOption } from "./db-option.js";

export function register(program: Command, setStatus: SetStatus = () => {}): void {
  program
    .command("show")
    .description(
      "Show an incident: its tally with contested figures marked, the claims behind each, the timeline.",
    )
    .argument("<ID>", "the incident id (see `tally incidents`)")
    .addOption(
      new Option("--strategy <S>", "reconciliation strategy").choices(STRATEGY_NAMES).default("ucdp"),
    )
    .addOption(dbOption())
    .addOption(new Option("--format <F>", "output format").choices(["text", "json"]).default("text"))
    .action(async (id: string, flags: { strategy: StrategyName; db: string; format: "text" | "json" }) =>
      withStore(flags.db, setStatus, async (store) => {
        const inc = store.getIncident(id as IncidentId);
        if (!inc) throw new TallyError("USAGE", `No incident ${id}; see \`tally incidents\`.`);
        const record = incidentRecord(store, inc, flags.strategy);
        const ids = reportIdentities(store, record);
        const all = store.listCorrections();
        const corrections = correctionsOf(store, inc.id, inc.articles);
        const undone = new Set(all.flatMap((c) => (c.action.kind === "undo" ? [c.action.undoes] : [])));
        const history = corrections.map(
          (c) => `  ${c.seq}  ${c.at}  ${correctionText(c, all)}${undone.has(c.seq) ? " (undone)" : ""}`,
        );
        const stale = staleRejections(store, inc.articles, new Rejections(all)).map((r) => ({
          claim: r.key,
          reason: r.reason,
          correction: r.correction.seq,
        }));
        await write(
          flags.format === "json"
            ? `${JSON.stringify({ ...showJson(record, flags.strategy, ids), corrections, staleRejections: stale }, null, 2)}\n`
            : formatIncident(record, flags.strategy, ids) +
                (history.length
                  ? `\nCorrections (an analyst's; rejected claims count nowhere; tally incidents undo N)\n${history.join("\n")}\n`
                  : "") +
                (stale.length
                  ? `\nRejections that no longer apply (the report changed there, or is read otherwise now; they reject nothing)\n${stale.map((r) => `  ${r.correction}  ${r.claim}: ${r.reason}`).join("\n")}\n`
                  : ""),
        );
      }),
    );
}

const fig = (n: number | null) => (n === null ? "-" : String(n));
const point = pointText;
const SIDE_LABELS = { state: "state", non_state: "armed group", independent: "independent" } as const;

/** Each report's duplicates (same text, other ids) and earlier versions (same id, other text). */
export type ReportIdentities = Map<string, { duplicates: ArticleId[]; history: ArticleVersion[] }>;

export function reportIdentities(store: Store, r: IncidentRecord): ReportIdentities {
  return new Map(
    r.articles.map((a) => [
      a.id as string,
      { duplicates: store.duplicatesOf(a.id), history: store.articleHistory(a.id) },
    ]),
  );
}

/** "a1 (Dawn, 2025-03-11; version 2; the same text as b, counted once)". */
function reportText(a: StoredArticle, ids: ReportIdentities): string {
  const id = ids.get(a.id);
  const notes = [
    `${a.outlet ?? "?"}, ${a.published ?? "undated"}`,
    a.version > 1 ? `version ${a.version}` : "",
    id?.duplicates.length ? `the same text as ${id.duplicates.join(", ")}, counted once` : "",
  ].filter(Boolean);
  return `${a.id} (${notes.join("; ")})`;
}

/** The earlier texts of the incident's reports: what each was, and when it was replaced. */
function historyLines(r: IncidentRecord, ids: ReportIdentities): string[] {
  const out: string[] = [];
  for (const a of r.articles) {
    for (const v of ids.get(a.id)?.history ?? []) {
      const figures = v.claims.map((c) => `${c.quantity.text} ${c.outcome} (${c.claimant.name})`).join("; ");
      const said = v.mentions
        .map((m) => `${m.evidence[0]?.text ?? m.outcome} (${m.claimant.name})`)
        .join("; ");
      out.push(
        `  ${a.id} version ${v.version}${v.title ? ` "${v.title}"` : ""}: ingested ${v.ingestedAt}, replaced ${v.replacedAt}; ${v.claims.length} claims${figures ? `: ${figures}` : ""}` +
          (said ? `; stated with no figure: ${said}` : ""),
      );
    }
  }
  return out.length
    ? ["", "Earlier versions of reports (same id, changed text; tallies read the current text)", ...out]
    : [];
}

/** The text `tally show` prints for an incident record. */
export function formatIncident(
  r: IncidentRecord,
  strategy: StrategyName,
  ids: ReportIdentities = new Map(),
): string {
  const i = r.incident;
  const loc = i.location;
  const out: string[] = [];
  out.push(`${i.id}  ${i.title}`);
  out.push(
    `  dates   ${i.start ?? "?"}${i.end && i.end !== i.start ? `..${i.end}` : ""} (date_prec ${i.datePrec})`,
  );
  out.push(
    `  place   ${loc ? `${[loc.name, loc.admin2, loc.admin1, loc.country].filter((x, k, a) => x && a.indexOf(x) === k).join(", ")} (${fig(loc.lat)}, ${fig(loc.lon)}; where_prec ${loc.wherePrec})` : "unknown"}`,
  );
  out.push(
    `  type    ${i.eventType ?? "unknown"}; ACLED ${i.acled.eventType ?? "?"} / ${i.acled.subEventType ?? "?"}`,
  );
  out.push(`  actors  ${i.actors.map((a) => `${a.name} (inter ${a.inter})`).join("; ") || "none found"}`);
  out.push(`  reports ${r.articles.length}: ${r.articles.map((a) => reportText(a, ids)).join("; ")}`);
  out.push(...historyLines(r, ids));
  out.push("", `Totals across groups (strategy ${strategy}; CODEBOOK §3b: each death counted once)`);
  out.push(...totalsTable(r));
  out.push("", `Tally by group (strategy ${strategy}; ! = contested)`);
  const head = ["outcome", "group", "low", "best", "high", "grade", "state", "armed group", "independent"];
  const rows = r.tally.map((t) => [
    t.outcome,
    t.group,
    fig(t.low),
    fig(t.best),
    fig(t.high),
    t.grade === "contested" ? "! contested" : t.grade,
    side(t.sides.state),
    side(t.sides.non_state),
    side(t.sides.independent),
  ]);
  out.push(...table(head, rows));
  const byId = new Map(r.claims.map((c) => [c.id, c]));
  const articles = new Map(r.articles.map((a) => [a.id as string, a]));
  out.push("", "Claims behind each figure");
  for (const t of r.tally) {
    out.push(`  ${t.outcome} ${t.group}${t.grade === "contested" ? " (! contested)" : ""}`);
    for (const id of t.claims) {
      const c = byId.get(id);
      if (c) out.push(`    ${claimLine(c, articles.get(c.article))}`);
    }
  }
  if (r.mentions.length) {
    out.push(
      "",
      "Stated with no figure (no claim, in no tally; ACLED's fatalities code an unknown number as 10, a noun where no figure is given)",
    );
    for (const m of r.mentions) out.push(`    ${mentionLine(m, articles.get(m.article))}`);
  }
  if (r.checks.length) {
    out.push("", "Checks (figures that cannot all be true; every figure is kept as stated)");
    for (const c of r.checks) out.push(`  ${c.code} ${c.message}`);
  }
  out.push("", "Timeline by side (each side's figure by report date)");
  for (const s of r.sideTimeline) {
    const steps = s.points.map((p) => `${p.date ?? "undated"} ${point(p)}`).join(" → ");
    out.push(`  ${s.outcome} ${s.group} · ${SIDE_LABELS[s.party]}: ${steps}`);
  }
  out.push("", "Timeline (each claimant's figure by report date)");
  for (const s of r.timeline) {
    const steps = s.points.map((p) => `${p.date ?? "undated"} ${point(p)}`).join(" → ");
    out.push(`  ${s.outcome} ${s.group} · ${s.claimant} (${SIDE_LABELS[s.party]}): ${steps}`);
  }
  return `${out.join("\n")}\n`;
}

/** `tally show --format json`: the record without the articles' texts. */
function showJson(r: IncidentRecord, strategy: StrategyName, ids: ReportIdentities) {
  return {
    strategy,
    incident: r.incident,
    articles: r.articles.map(({ text: _text, ...meta }) => ({
      ...meta,
      duplicates: ids.get(meta.id)?.duplicates ?? [],
      history: ids.get(meta.id)?.history.map(({ article: _a, ...v }) => v) ?? [],
    })),
    totals: r.totals,
    unknownDeaths: r.unknownDeaths,
    tally: r.tally,
    datasets: r.datasets,
    checks: r.checks,
    claims: r.claims,
    mentions: r.mentions,
    links: r.links,
    timeline: r.timeline,
    sideTimeline: r.sideTimeline,
  };
}

/** Per outcome: the total, its grade and parts, and each claimant's all-group figure. */
function totalsTable(r: IncidentRecord): string[] {
  if (r.totals.length === 0) return ["  no figures", ...unknownDeathsLines(r)];
  const head = ["outcome", "low", "best", "high", "grade", "parts of best"];
  const rows = r.totals.map((t) => [
    t.outcome,
    fig(t.low),
    fig(t.best),
    t.high === null && t.low !== null ? "open" : fig(t.high),
    t.grade === "contested" ? "! contested" : t.grade,
    partsText(t.parts),
  ]);
  const out = table(head, rows);
  for (const t of r.totals) {
    const each = t.claimants.map(
      (c) =>
        `${c.name} (${SIDE_LABELS[c.party]}) ${figureText(c)}${c.completed.length ? ` [with others' ${c.completed.join(", ")}]` : ""}`,
    );
    out.push(`  ${t.outcome} by claimant: ${each.join("; ")}`);
  }
  return [...out, ...unknownDeathsLines(r)];
}

/** Deaths stated with no figure where they count beside the killed total, as on the incidents list. */
function unknownDeathsLines(r: IncidentRecord): string[] {
  if (r.unknownDeaths === null) return [];
  const t = r.totals.find((x) => x.outcome === "killed");
  const shown = withUnknownDeaths(t ? figureText(t) : "-", r.unknownDeaths);
  return [
    `  killed as listed: ${shown} (deaths stated with no figure, below; ACLED fatalities ${r.datasets.acled.fatalities})`,
  ];
}

function partsText(p: IncidentRecord["totals"][number]["parts"]): string {
  const named: [string, number | null][] = [
    ["security forces", p.security_forces],
    ["militants", p.militants],
    ["civilians", p.civilians],
    ["unknown", p.unknown],
  ];
  return (
    named
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k} ${v}`)
      .join(" + ") || "-"
  );
}

function side(s: { best: number | null; low: number | null; high: number | null } | null): string {
  return s ? figureText(s) : "-";
}

function mentionLine(m: Mention, article: StoredArticle | undefined): string {
  const ev = m.evidence[0];
  const sentence = article && ev ? sentenceAt(article.text, ev.start, ev.end) : (ev?.text ?? "");
  const other = m.otherIncident ? ", another incident" : "";
  return `${m.id} ${m.outcome} ${m.group}, ${m.claimant.name} (${SIDE_LABELS[m.claimant.party]}${other}): ${ev?.text ?? ""} — “${sentence}” (${article?.outlet ?? "?"}, ${article?.published ?? "undated"})`;
}

function claimLine(c: Claim, article: StoredArticle | undefined): string {
  const who = `${c.claimant.name} (${SIDE_LABELS[c.claimant.party]})`;
  const ev = c.evidence[0];
  const sentence = article && ev ? sentenceAt(article.text, ev.start, ev.end) : (ev?.text ?? "");
  return `${c.id} ${who}: ${c.quantity.text} — “${sentence}” (${article?.outlet ?? "?"}, ${article?.published ?? "undated"})`;
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, k) => c.padEnd(widths[k]!))
      .join("  ")
      .trimEnd()}`;
  return [line(head), ...rows.map(line)];
}
