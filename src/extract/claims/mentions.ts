// Outcomes stated with no figure, beside the claims (model.ts `Mention`; issue 9, dataset fields).
// Two kinds:
// - a count said to be unknown ("an undisclosed number of soldiers were killed", "killed an
//   unknown number of villagers"): outcome/ reads it as a count like any other (its noun, group,
//   claimant), with a quantity of no number and no minimum; it is moved here from the claims,
//   since there is nothing to weigh or add (the claims gold codes no claim there either);
// - an outcome noun with no figure ("suffered heavy losses", "casualties were reported"):
//   outcome/numberless-nouns.ts, kept where it is stated (not asked about, denied or threatened).
// The claims, tallies and totals never read mentions; only the dataset fields do (datasets.ts).
import type { Claim, Mention } from "../../core/model.js";
import { NUMBERLESS_NOUNS, QUESTION_WORDS } from "../lexicon/numberless.js";
import { numberlessNouns, type NumberlessNoun } from "../outcome/numberless-nouns.js";
import { quoteAt } from "../segment/quotes.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import type { Token } from "../tokens.js";
import { isBackground } from "./background.js";
import type { BuildInput } from "./build-claims.js";
import { ENGINE_VERSION } from "./build-claims.js";
import { modalityOf } from "./context.js";

/** A claim whose quantity says only that the number is not known ("an undisclosed number of"). */
function isUnknownNumber(c: Claim): boolean {
  return c.quantity.hedge === "vague" && c.quantity.value === null && c.quantity.min === 0;
}

/**
 * The claims without those of an unknown number, and the article's mentions: those claims, and
 * the outcome nouns with no figure of every sentence, in text order, numbered m1, m2, ….
 */
export function splitMentions(
  input: BuildInput,
  claims: readonly Claim[],
): { claims: Claim[]; mentions: Mention[] } {
  const unknown = claims.filter(isUnknownNumber);
  const gone = new Set(unknown.map((c) => c.id));
  const kept = claims
    .filter((c) => !gone.has(c.id))
    .map((c) => (c.partOf !== null && gone.has(c.partOf) ? { ...c, partOf: null } : c));
  const found = [...unknown.map(mentionOfClaim), ...nounMentions(input, claims)];
  found.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return { claims: kept, mentions: found.map((m, i) => ({ ...m, id: `m${i + 1}` })) };
}

function mentionOfClaim(c: Claim): Mention {
  return {
    id: "",
    article: c.article,
    kind: "unknown_number",
    outcome: c.outcome,
    group: c.group,
    noun: c.noun,
    claimant: c.claimant,
    modality: c.modality,
    evidence: c.evidence,
    otherIncident: c.otherIncident,
    rule: { ...c.rule, rule: "mention.unknown-number" },
  };
}

/** The outcome nouns with no figure that no claim's evidence already covers. */
function nounMentions(input: BuildInput, claims: readonly Claim[]): Mention[] {
  const out: Mention[] = [];
  for (const s of input.sentences) {
    if (!s.tokens.some((t) => NUMBERLESS_NOUNS.has(t.norm))) continue;
    for (const n of numberlessNouns(s.tokens)) {
      const start = s.tokens[n.first]!.start;
      const end = s.tokens[n.last - 1]!.end;
      if (claims.some((c) => c.evidence.some((e) => e.start < end && start < e.end))) continue;
      const m = nounMention(input, s, n, { start, end });
      if (m) out.push(m);
    }
  }
  return out;
}

function nounMention(
  input: BuildInput,
  s: SentenceTokens,
  n: NumberlessNoun,
  span: { start: number; end: number },
): Mention | null {
  if (asked(s.tokens, n.first)) return null;
  const { quotes, attribution } = input.speakers();
  const { claimant, unconfirmed } = attribution.claimantAt(s, span.start);
  const modality = modalityOf(s.tokens, n.first, n.last, unconfirmed);
  if (modality !== "asserted" && modality !== "reported_unconfirmed") return null;
  return {
    id: "",
    article: input.article.id,
    kind: "noun",
    outcome: n.outcome,
    group: "people",
    noun: input.text.slice(span.start, span.end),
    claimant,
    modality,
    evidence: [{ start: span.start, end: span.end, text: "", quoted: quoteAt(quotes, span.start) !== null }],
    otherIncident: isBackground(s.tokens, n.first, n.last),
    rule: { extractor: "tally-rules", rule: "mention.noun", version: ENGINE_VERSION },
  };
}

/** "it was unclear whether there were casualties": a question in the clause before the noun. */
function asked(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    const w = tokens[k]!.norm;
    if (w === ";" || w === ".") return false;
    if (QUESTION_WORDS.has(w)) return true;
  }
  return false;
}
