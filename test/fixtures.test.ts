// The project's own test articles (test/fixtures/articles/NN-slug.txt) and their expected claims
// (NN-slug.expected.json), checked against `extract` the way ../shared/eval/score.mjs scores
// claims: a prediction matches an expected claim when outcome, group, hedge and value agree and
// one of its evidence spans overlaps one of the expected spans. On top of that this test is
// strict about what the scorer leaves out: claimant type, scope, modality, partOf, the resolved
// day and min/max, offsets that slice back to their text, and figures the fixtures say are not
// claims. test/fixtures/must-not-match.txt holds sentences that must yield no claim at all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLAIMANT_TYPES, GROUPS, HEDGES, OUTCOMES } from "../src/core/model.js";
import type { Claim, ClaimantType, Group, Hedge, Modality, Outcome, Scope, Span } from "../src/core/model.js";
import { extract } from "../src/extract/pipeline.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const ARTICLES = join(FIXTURES, "articles");
const SCOPES: readonly Scope[] = ["single", "increment", "cumulative"];
const MODALITIES: readonly Modality[] = ["asserted", "denied", "threatened", "reported_unconfirmed"];
const MUST_NOT_MATCH_PUBLISHED = "2025-01-15";

// ---------------------------------------------------------------------------------------------
// The fixture format

type OneOrMany<T> = T | T[];

interface ExpectedEvidence {
  /** An exact substring of the article. */
  text: string;
  /** Which occurrence of `text` is meant, from 1 (default 1). */
  occurrence?: number;
}

interface ExpectedClaim {
  outcome: Outcome;
  group: OneOrMany<Group>;
  noun?: string;
  quantity: {
    value: number | null;
    hedge: OneOrMany<Hedge>;
    min?: number | null;
    max?: number | null;
    acled?: number;
    text?: string;
  };
  claimant: { type: OneOrMany<ClaimantType>; name?: string; party?: string };
  scope?: Scope;
  modality?: Modality;
  time?: { date?: string | null; text?: string };
  optional?: boolean;
  partOf?: boolean;
  otherIncident?: boolean;
  evidence: ExpectedEvidence[];
  note?: string;
}

interface NotClaim extends ExpectedEvidence {
  why: string;
}

/**
 * A problem `judge` reports that the extractor does not yet solve, with the mechanism it belongs to.
 * The test checks the list exactly: each entry must still be reported (a fixed gap fails the test
 * until its entry is removed), and nothing beyond the list may be.
 */
interface KnownGap {
  /** The start of the problem line `judge` gives, up to the claim it names ("MISSED #3 …"). */
  problem: string;
  /** The class of phrasing (a mechanism, not a wording) the gap belongs to. */
  class: string;
}

interface Fixture {
  article: { id: string; published: string; note: string };
  claims: ExpectedClaim[];
  not_claims: NotClaim[];
  known_gaps?: KnownGap[];
}

interface LoadedFixture {
  file: string;
  text: string;
  /** The parsed JSON, unchecked: `validate` says whether it is a `Fixture`. */
  raw: unknown;
}

const slugs = readdirSync(ARTICLES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .sort();

const fixtures: LoadedFixture[] = slugs.map((slug) => {
  const text = readFileSync(join(ARTICLES, `${slug}.txt`), "utf8");
  const jsonPath = join(ARTICLES, `${slug}.expected.json`);
  let raw: unknown = undefined;
  try {
    raw = JSON.parse(readFileSync(jsonPath, "utf8")) as unknown;
  } catch (error) {
    raw = { __unreadable: String(error) };
  }
  return { file: slug, text, raw };
});

/** Sentences with their line numbers in the file; blank lines and `#` comments are skipped. */
const mustNotMatch = readFileSync(join(FIXTURES, "must-not-match.txt"), "utf8")
  .split("\n")
  .map((line, i) => ({ line: i + 1, sentence: line.trim() }))
  .filter(({ sentence }) => sentence !== "" && !sentence.startsWith("#"));

// ---------------------------------------------------------------------------------------------
// Spans

/** The `[start, end)` of the `occurrence`-th `text` in `article`; throws when it is not there. */
function locate(file: string, article: string, ev: ExpectedEvidence): Span {
  const occurrence = ev.occurrence ?? 1;
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = article.indexOf(ev.text, start + 1);
    if (start < 0) {
      throw new Error(
        `${file}: evidence ${JSON.stringify(ev.text)} (occurrence ${occurrence}) is not in the article text — fix the fixture`,
      );
    }
  }
  return { start, end: start + ev.text.length };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const list = <T>(x: OneOrMany<T>): T[] => (Array.isArray(x) ? x : [x]);
const at = (s: Span): string => `@[${s.start},${s.end})`;

// ---------------------------------------------------------------------------------------------
// Validation of the fixture files against the codebook's enums

const CLAIM_KEYS = new Set([
  "outcome",
  "group",
  "noun",
  "quantity",
  "claimant",
  "scope",
  "modality",
  "time",
  "optional",
  "partOf",
  "otherIncident",
  "evidence",
  "note",
]);
const QUANTITY_KEYS = new Set(["value", "hedge", "min", "max", "acled", "text"]);
const CLAIMANT_KEYS = new Set(["type", "name", "party"]);
const TIME_KEYS = new Set(["date", "text"]);
const EVIDENCE_KEYS = new Set(["text", "occurrence"]);
const NOT_CLAIM_KEYS = new Set(["text", "occurrence", "why"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isNumberOrNull = (x: unknown): boolean => x === null || (typeof x === "number" && Number.isFinite(x));

function checkKeys(
  where: string,
  o: Record<string, unknown>,
  allowed: Set<string>,
  problems: string[],
): void {
  for (const k of Object.keys(o)) if (!allowed.has(k)) problems.push(`${where}: unknown key "${k}"`);
}

function checkEnum(
  where: string,
  value: unknown,
  allowed: readonly string[],
  problems: string[],
  many = true,
): void {
  const values = many && Array.isArray(value) ? (value as unknown[]) : [value];
  if (values.length === 0) problems.push(`${where}: empty list`);
  for (const v of values) {
    if (typeof v !== "string" || !allowed.includes(v)) {
      problems.push(`${where}: ${JSON.stringify(v)} is not one of ${allowed.join(", ")}`);
    }
  }
}

function checkEvidence(where: string, file: string, text: string, ev: unknown, problems: string[]): void {
  if (!isObject(ev)) return void problems.push(`${where}: not an object`);
  if (typeof ev.text !== "string" || ev.text === "")
    return void problems.push(`${where}: text must be a non-empty string`);
  if (ev.occurrence !== undefined && !(Number.isInteger(ev.occurrence) && (ev.occurrence as number) >= 1)) {
    problems.push(`${where}: occurrence must be an integer ≥ 1`);
  }
  try {
    locate(file, text, ev as unknown as ExpectedEvidence);
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message}`);
  }
}

/** Checks a hedge's min/max against the codebook (§1, §1c) where the hedge is a single value. */
function checkQuantity(where: string, q: Record<string, unknown>, problems: string[]): void {
  const { value, min, max } = q;
  if (!isNumberOrNull(value)) problems.push(`${where}.value: must be a number or null`);
  for (const k of ["min", "max", "acled"] as const) {
    if (q[k] !== undefined && !isNumberOrNull(q[k])) problems.push(`${where}.${k}: must be a number or null`);
  }
  checkEnum(`${where}.hedge`, q.hedge, HEDGES, problems);
  if (Array.isArray(q.hedge)) return;
  const v = value as number | null;
  const bad = (why: string): void => void problems.push(`${where}: hedge ${String(q.hedge)} ${why}`);
  switch (q.hedge as Hedge) {
    case "exact":
      if (v === null) bad("needs a value");
      if (min !== undefined && min !== v) bad("needs min = value");
      if (max !== undefined && max !== v) bad("needs max = value");
      break;
    case "more_than":
      if (v === null) bad("needs a value");
      else if (min !== undefined && min !== v + 1) bad("needs min = value + 1");
      if (max !== undefined && max !== null) bad("needs max null (open)");
      break;
    case "at_least":
      if (v === null) bad("needs a value");
      if (min !== undefined && min !== v) bad("needs min = value");
      if (max !== undefined && max !== null) bad("needs max null (open)");
      break;
    case "fewer_than":
    case "at_most":
    case "about":
      if (v === null) bad("needs a value");
      break;
    case "range":
      if (v === null || typeof min !== "number" || typeof max !== "number") bad("needs value, min and max");
      else if (!(min === v && max > min)) bad("needs value = min < max");
      break;
    case "vague":
      if (v !== null) bad("needs value null");
      if (typeof min !== "number") bad("needs the lexicon's min (several 3, multiple 2, dozens 24, …)");
      break;
    case "all":
      if (v !== null) bad("needs value null");
      break;
    case "none":
      if (v !== 0) bad("needs value 0");
      break;
  }
}

function validate(fx: LoadedFixture): string[] {
  const problems: string[] = [];
  const { file, text, raw } = fx;
  if (!isObject(raw)) return [`${file}.expected.json: not a JSON object`];
  if ("__unreadable" in raw) return [`${file}.expected.json: ${String(raw.__unreadable)}`];
  checkKeys(file, raw, new Set(["article", "claims", "not_claims", "known_gaps"]), problems);

  const article = raw.article;
  if (!isObject(article)) problems.push(`${file}: "article" must be an object`);
  else {
    if (article.id !== file)
      problems.push(`${file}: article.id ${JSON.stringify(article.id)} must be the file name`);
    if (typeof article.published !== "string" || !DATE.test(article.published)) {
      problems.push(`${file}: article.published must be YYYY-MM-DD`);
    }
    if (typeof article.note !== "string" || article.note === "")
      problems.push(`${file}: article.note is required`);
  }

  const evidenceSpans: Span[] = [];
  if (!Array.isArray(raw.claims)) problems.push(`${file}: "claims" must be an array`);
  else {
    const seen = new Map<string, number>();
    raw.claims.forEach((c: unknown, i: number) => {
      const where = `${file} claims[${i}]`;
      if (!isObject(c)) return void problems.push(`${where}: not an object`);
      checkKeys(where, c, CLAIM_KEYS, problems);
      checkEnum(`${where}.outcome`, c.outcome, OUTCOMES, problems, false);
      checkEnum(`${where}.group`, c.group, GROUPS, problems);
      if (!isObject(c.quantity)) problems.push(`${where}.quantity: must be an object`);
      else {
        checkKeys(`${where}.quantity`, c.quantity, QUANTITY_KEYS, problems);
        checkQuantity(`${where}.quantity`, c.quantity, problems);
      }
      if (!isObject(c.claimant)) problems.push(`${where}.claimant: must be an object`);
      else {
        checkKeys(`${where}.claimant`, c.claimant, CLAIMANT_KEYS, problems);
        checkEnum(`${where}.claimant.type`, c.claimant.type, CLAIMANT_TYPES, problems);
      }
      if (c.scope !== undefined) checkEnum(`${where}.scope`, c.scope, SCOPES, problems, false);
      if (c.modality !== undefined) checkEnum(`${where}.modality`, c.modality, MODALITIES, problems, false);
      if (c.time !== undefined) {
        if (!isObject(c.time)) problems.push(`${where}.time: must be an object`);
        else {
          checkKeys(`${where}.time`, c.time, TIME_KEYS, problems);
          if (c.time.date != null && (typeof c.time.date !== "string" || !DATE.test(c.time.date))) {
            problems.push(`${where}.time.date: must be YYYY-MM-DD`);
          }
        }
      }
      for (const k of ["optional", "partOf", "otherIncident"] as const) {
        if (c[k] !== undefined && typeof c[k] !== "boolean")
          problems.push(`${where}.${k}: must be true or false`);
      }
      if (!Array.isArray(c.evidence) || c.evidence.length === 0) {
        problems.push(`${where}.evidence: must be a non-empty array`);
      } else {
        c.evidence.forEach((ev: unknown, j: number) => {
          const w = `${where}.evidence[${j}]`;
          checkEvidence(w, file, text, ev, problems);
          if (isObject(ev)) {
            checkKeys(w, ev, EVIDENCE_KEYS, problems);
            if (typeof ev.text === "string" && text.includes(ev.text)) {
              evidenceSpans.push(locate(file, text, ev as unknown as ExpectedEvidence));
            }
          }
        });
      }
      // One claim per (claimant, outcome, group, figure): a repeated figure is one claim with more spans.
      if (isObject(c.quantity) && isObject(c.claimant)) {
        const key = JSON.stringify([
          c.claimant.name,
          c.claimant.type,
          c.outcome,
          c.group,
          c.quantity.value,
          c.quantity.hedge,
          c.modality,
        ]);
        const other = seen.get(key);
        if (other !== undefined)
          problems.push(`${where}: the same claim as claims[${other}]; merge their evidence`);
        else seen.set(key, i);
      }
    });
  }

  if (!Array.isArray(raw.not_claims)) problems.push(`${file}: "not_claims" must be an array (may be empty)`);
  else {
    raw.not_claims.forEach((n: unknown, i: number) => {
      const where = `${file} not_claims[${i}]`;
      checkEvidence(where, file, text, n, problems);
      if (!isObject(n)) return;
      checkKeys(where, n, NOT_CLAIM_KEYS, problems);
      if (typeof n.why !== "string" || n.why === "") problems.push(`${where}: "why" is required`);
      if (typeof n.text === "string" && text.includes(n.text)) {
        const span = locate(file, text, n as unknown as ExpectedEvidence);
        for (const e of evidenceSpans) {
          if (overlaps(span, e)) {
            problems.push(
              `${where}: ${JSON.stringify(n.text)} overlaps claim evidence ${JSON.stringify(text.slice(e.start, e.end))}`,
            );
          }
        }
      }
    });
  }
  if (raw.known_gaps !== undefined) {
    if (!Array.isArray(raw.known_gaps)) problems.push(`${file}: "known_gaps" must be an array`);
    else {
      raw.known_gaps.forEach((g: unknown, i: number) => {
        const where = `${file} known_gaps[${i}]`;
        if (!isObject(g)) return void problems.push(`${where}: not an object`);
        checkKeys(where, g, new Set(["problem", "class"]), problems);
        if (typeof g.problem !== "string" || !/^(MISSED|WRONG|SPURIOUS|NOT A CLAIM) /.test(g.problem)) {
          problems.push(
            `${where}: "problem" must start as judge's lines do (MISSED, WRONG, SPURIOUS, NOT A CLAIM)`,
          );
        }
        if (typeof g.class !== "string" || g.class === "") problems.push(`${where}: "class" is required`);
      });
    }
  }
  return problems;
}

/**
 * The problems left once the known gaps are taken out, and the known gaps no problem answers:
 * each gap takes one problem line that starts with its text.
 */
function beyondKnownGaps(problems: readonly string[], gaps: readonly KnownGap[]): string[] {
  const left = [...problems];
  const out: string[] = [];
  for (const g of gaps) {
    const i = left.findIndex((p) => p.startsWith(g.problem));
    if (i < 0) out.push(`KNOWN GAP NO LONGER SEEN (remove it from known_gaps): ${g.problem}`);
    else left.splice(i, 1);
  }
  return [...left, ...out];
}

// ---------------------------------------------------------------------------------------------
// Matching predictions to expected claims

interface Resolved extends ExpectedClaim {
  index: number;
  spans: Span[];
}

/** The scorer's rule: outcome, group, hedge, value (unless expected null) and overlapping evidence. */
function same(g: Resolved, p: Claim): boolean {
  const q = p.quantity;
  return (
    p.outcome === g.outcome &&
    list(g.group).includes(p.group) &&
    list(g.quantity.hedge).includes(q.hedge) &&
    (g.quantity.value === null || q.value === g.quantity.value) &&
    p.evidence.some((s) => g.spans.some((e) => overlaps(s, e)))
  );
}

/** What this test checks beyond the scorer, for a matched pair: an empty list when all agree. */
function attributeProblems(g: Resolved, p: Claim): string[] {
  const out: string[] = [];
  const types = list(g.claimant.type);
  if (!types.includes(p.claimant.type)) {
    out.push(`claimant.type is ${p.claimant.type} (${p.claimant.name}), expected ${types.join(" | ")}`);
  }
  if (g.scope !== undefined && p.scope !== g.scope) out.push(`scope is ${p.scope}, expected ${g.scope}`);
  if (g.modality !== undefined && p.modality !== g.modality) {
    out.push(`modality is ${p.modality}, expected ${g.modality}`);
  }
  if (g.partOf === true && p.partOf === null)
    out.push(`partOf is null, expected the id of the total it belongs to`);
  if (g.otherIncident === true && !p.otherIncident) out.push(`otherIncident is false, expected true`);
  const date = g.time?.date;
  if (date != null && p.time?.date !== date)
    out.push(`time.date is ${p.time?.date ?? "null"}, expected ${date}`);
  if (!Array.isArray(g.quantity.hedge)) {
    if (g.quantity.min !== undefined && p.quantity.min !== g.quantity.min) {
      out.push(`quantity.min is ${p.quantity.min}, expected ${g.quantity.min}`);
    }
    if (g.quantity.max !== undefined && p.quantity.max !== g.quantity.max) {
      out.push(`quantity.max is ${p.quantity.max}, expected ${g.quantity.max}`);
    }
  }
  return out;
}

const describeExpected = (g: Resolved, text: string): string =>
  `#${g.index} ${g.optional ? "(optional) " : ""}${g.outcome} ${list(g.group).join("|")} ` +
  `${list(g.quantity.hedge).join("|")} ${g.quantity.value ?? "-"} by ${list(g.claimant.type).join("|")}: ` +
  g.spans.map((s) => `${JSON.stringify(text.slice(s.start, s.end))} ${at(s)}`).join(", ");

const describePredicted = (p: Claim): string =>
  `${p.outcome} ${p.group} ${p.quantity.hedge} ${p.quantity.value ?? "-"} by ${p.claimant.type} (${p.claimant.name}) ` +
  `[${p.scope}, ${p.modality}]: ` +
  (p.evidence.length === 0
    ? "no evidence"
    : p.evidence.map((e) => `${JSON.stringify(e.text)} ${at(e)}`).join(", "));

/** Everything wrong with `claims` against the fixture, as readable lines; empty when all is well. */
function judge(file: string, text: string, fixture: Fixture, claims: Claim[]): string[] {
  const problems: string[] = [];

  // (a) Every evidence span is real: it lies in the text and slices back to its own text.
  for (const p of claims) {
    if (p.evidence.length === 0) problems.push(`NO EVIDENCE: ${describePredicted(p)}`);
    for (const e of p.evidence) {
      const inside =
        Number.isInteger(e.start) &&
        Number.isInteger(e.end) &&
        0 <= e.start &&
        e.start < e.end &&
        e.end <= text.length;
      if (!inside) problems.push(`BAD SPAN ${at(e)} (text length ${text.length}): ${describePredicted(p)}`);
      else if (text.slice(e.start, e.end) !== e.text) {
        problems.push(
          `SPAN TEXT MISMATCH ${at(e)}: evidence.text ${JSON.stringify(e.text)} but the article has ${JSON.stringify(text.slice(e.start, e.end))}`,
        );
      }
    }
  }

  const expected: Resolved[] = fixture.claims.map((c, index) => ({
    ...c,
    index,
    spans: c.evidence.map((ev) => locate(file, text, ev)),
  }));
  // Required claims choose first, so an optional reading cannot take the prediction a required one needs.
  const order = [...expected.filter((g) => !g.optional), ...expected.filter((g) => g.optional)];
  const used = new Set<number>();
  const matchOf = new Map<number, number>();
  // Pass 1 prefers a prediction that also agrees on claimant, scope, modality…; pass 2 takes any the scorer would.
  for (const strict of [true, false]) {
    for (const g of order) {
      if (matchOf.has(g.index)) continue;
      const i = claims.findIndex(
        (p, j) => !used.has(j) && same(g, p) && (!strict || attributeProblems(g, p).length === 0),
      );
      if (i >= 0) {
        used.add(i);
        matchOf.set(g.index, i);
      }
    }
  }

  // (b) every required claim is found; (d) matched claims agree on the attributes the fixture gives.
  for (const g of expected) {
    const i = matchOf.get(g.index);
    if (i === undefined) {
      if (!g.optional) problems.push(`MISSED ${describeExpected(g, text)}`);
      continue;
    }
    const p = claims[i];
    if (p === undefined) continue;
    for (const why of attributeProblems(g, p)) {
      problems.push(
        `WRONG ${why} — expected ${describeExpected(g, text)} — predicted ${describePredicted(p)}`,
      );
    }
  }

  // (c) a prediction left over that matches no optional reading is a false positive (as in the scorer).
  claims.forEach((p, j) => {
    if (used.has(j)) return;
    if (expected.some((g) => g.optional && same(g, p))) return;
    problems.push(`SPURIOUS ${describePredicted(p)}`);
  });

  // (e) nothing is read from a figure the fixture says is not a claim.
  for (const n of fixture.not_claims) {
    const span = locate(file, text, n);
    for (const p of claims) {
      if (p.evidence.some((e) => overlaps(e, span))) {
        problems.push(
          `NOT A CLAIM (${n.why}) ${JSON.stringify(n.text)} ${at(span)} was read as: ${describePredicted(p)}`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The tests

describe("test fixtures are well-formed", () => {
  it("there are at least 30 fixture articles", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it("every expected.json has its article and every article its expected.json", () => {
    const files = readdirSync(ARTICLES);
    const texts = new Set(files.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -".txt".length)));
    const golds = new Set(
      files.filter((f) => f.endsWith(".expected.json")).map((f) => f.slice(0, -".expected.json".length)),
    );
    expect(
      [...golds].filter((g) => !texts.has(g)),
      "expected.json files without an article",
    ).toEqual([]);
    expect(
      [...texts].filter((t) => !golds.has(t)),
      "articles without an expected.json",
    ).toEqual([]);
    expect(
      files.filter((f) => !f.endsWith(".txt") && !f.endsWith(".expected.json")),
      "other files in test/fixtures/articles",
    ).toEqual([]);
  });

  it("must-not-match.txt has at least 40 sentences", () => {
    expect(mustNotMatch.length).toBeGreaterThanOrEqual(40);
  });

  for (const fx of fixtures) {
    it(`${fx.file}.expected.json follows the codebook`, () => {
      expect(validate(fx)).toEqual([]);
    });
  }
});

describe("extraction matches the fixtures", () => {
  for (const fx of fixtures) {
    it(fx.file, () => {
      const problems = validate(fx);
      if (problems.length > 0) throw new Error(`the fixture itself is malformed:\n${problems.join("\n")}`);
      const fixture = fx.raw as Fixture;
      const article = { id: fixture.article.id, text: fx.text, published: fixture.article.published };
      const result = extract(article);
      expect(result.id).toBe(fixture.article.id);
      const found = judge(fx.file, fx.text, fixture, result.claims);
      expect(beyondKnownGaps(found, fixture.known_gaps ?? [])).toEqual([]);
    });
  }
});

describe("must-not-match sentences yield no claim", () => {
  for (const { line, sentence } of mustNotMatch) {
    it(`line ${line}: ${sentence}`, () => {
      const result = extract({
        id: `must-not-match-${line}`,
        text: sentence,
        published: MUST_NOT_MATCH_PUBLISHED,
      });
      expect(result.claims.map(describePredicted)).toEqual([]);
    });
  }
});
