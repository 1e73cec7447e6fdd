// The human-readable listing of `tally extract --format table`: per article a header, each
// sentence that has claims with its claims under it, the article's tally, then its messages.
import type { Article, Claim, ExtractionResult, TallyRow } from "../core/model.js";

export interface TableOptions {
  /** Line width to wrap sentences at (default 100). */
  width?: number;
}

const MAX_SENTENCE = 600;

export function formatTable(article: Article, result: ExtractionResult, opts: TableOptions = {}): string {
  const width = Math.max(40, opts.width ?? 100);
  const out: string[] = [];
  const facts = [
    article.published ? `published ${article.published}` : "no date",
    article.outlet,
    plural(result.claims.length, "claim"),
  ].filter(Boolean);
  out.push(`== ${result.id} (${facts.join(", ")}) ==`);
  if (article.title) out.push(...wrap(article.title.trim(), width, ""));

  for (const { sentence, claims } of bySentence(article.text, result.claims)) {
    out.push("");
    if (sentence !== null) out.push(...wrap(shorten(sentence), width, "  "));
    else out.push("  (claims without an evidence span)");
    for (const c of claims) out.push(`    ${claimLine(c)}`);
  }

  if (result.tally.length) {
    out.push("", "Tally", ...tallyTable(result.tally).map((l) => `  ${l}`));
  }
  if (result.messages.length) {
    out.push("", "Messages");
    for (const m of result.messages) {
      const [first, ...rest] = wrap(`${m.code} ${m.severity}: ${m.message}`, width - 2, "");
      out.push(`  ${first ?? ""}`, ...rest.map((l) => `    ${l}`));
    }
  }
  return out.join("\n") + "\n";
}

/** `claimant → outcome, group, quantity (hedge), time`, then scope/modality when unusual. */
export function claimLine(c: Claim): string {
  const q = c.quantity;
  const amount = q.text?.trim() || (q.value === null ? q.hedge : String(q.value));
  const parts = [`${c.outcome}`, c.group, `${amount} (${q.hedge})`];
  if (c.time) parts.push(c.time.date ?? c.time.text);
  if (c.scope !== "single") parts.push(c.scope);
  if (c.modality !== "asserted") parts.push(c.modality.replace("_", " "));
  if (c.otherIncident) parts.push("other incident");
  return `${c.claimant.name} [${c.claimant.type}] → ${parts.join(", ")}`;
}

interface SentenceClaims {
  /** The sentence text, or null for claims with no evidence span in the text. */
  sentence: string | null;
  claims: Claim[];
}

/** The claims grouped under the sentence holding their first evidence span, in text order. */
function bySentence(text: string, claims: Claim[]): SentenceClaims[] {
  const located = claims.map((c) => ({ c, at: c.evidence[0]?.start ?? -1 }));
  const inText = located.filter((x) => x.at >= 0 && x.at < text.length).sort((a, b) => a.at - b.at);
  const lone = located.filter((x) => !(x.at >= 0 && x.at < text.length)).map((x) => x.c);
  const groups: SentenceClaims[] = [];
  let k = 0;
  if (inText.length) {
    for (const seg of new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)) {
      const end = seg.index + seg.segment.length;
      let group: SentenceClaims | null = null;
      for (; k < inText.length && inText[k]!.at < end; k++) {
        group ??= { sentence: seg.segment, claims: [] };
        group.claims.push(inText[k]!.c);
      }
      if (group) groups.push(group);
      if (k >= inText.length) break;
    }
  }
  if (lone.length) groups.push({ sentence: null, claims: lone });
  return groups;
}

function tallyTable(rows: TallyRow[]): string[] {
  const head = ["outcome", "group", "low", "best", "high", "grade", "claims"];
  const body = rows.map((r) => [
    r.outcome,
    r.group,
    n(r.low),
    n(r.best),
    n(r.high),
    r.grade,
    String(r.claims.length),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const numeric = new Set([2, 3, 4, 6]);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), ...body.map(line)];
}

function n(v: number | null): string {
  return v === null ? "—" : String(v);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Markup (of HTML input) and runs of white space made single spaces, cut at MAX_SENTENCE characters. */
function shorten(sentence: string): string {
  const s = sentence
    .replace(/<[^<>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s;
}

/** Greedy word wrap to `width` columns, each line prefixed with `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}
