// The extraction pipeline: one article in, attributed and hedged claims out. The stages, in order:
//   1. input checks       article → text to read (same length), messages; stops on fatal input
//   2. segmentation       text → lines wrapped mid-paragraph joined (same length), sentences
//                         (with tokens) and direct quotes
//   3. attribution        sentences, quotes → a claimant for any offset (speech cues, entities)
//   4. counts             each sentence's tokens → figures of people with their outcome and group
//   5. claims             counts + claimant + time + scope + modality → claims with evidence spans
//   6. merge              the same figure from the same claimant, said twice, becomes one claim;
//                         a figure that sums others of the same voice is marked a running total
//   7. tally, datasets    claims → per (outcome, group) low/best/high/grade and dataset fields
//   8. checks             claims → messages for figures that cannot all be true (core/checks),
//                         and for figures that cannot be a count of people at all (T019)
import { message } from "../core/errors.js";
import type { Article, Claim, ExtractionResult, Mention, Message } from "../core/model.js";
import { checkClaims } from "../core/checks/index.js";
import { datasets, sharedRowTotals, tally } from "../core/tally/index.js";
import { buildClaims } from "./claims/build-claims.js";
import { splitMentions } from "./claims/mentions.js";
import { mergeClaims } from "./claims/merge-claims.js";
import { markSummaries } from "./claims/summaries.js";
import { checkArticle, publicationDay } from "./input-checks.js";
import { impossibleFigures } from "./quantity/impossible-figures.js";
import { quotes, type Quote } from "./segment/quotes.js";
import { sentences } from "./segment/sentences.js";
import { unwrapLines } from "./segment/unwrap.js";
import { Attribution, type SentenceTokens } from "./speaker/attribute.js";
import { tokenize } from "./tokens.js";

export { ENGINE_VERSION } from "./claims/build-claims.js";

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, used when the article carries none. */
  published?: string | null;
  /**
   * Time an article's claims may take (ms, default DEFAULT_BUDGET_MS): past it the sentences
   * left are not read and warning T021 says where reading stopped, so that no input stalls a run.
   */
  budgetMs?: number;
}

/** Far above any article's time (5 MB, the largest accepted, takes about 3 s), below a stall. */
export const DEFAULT_BUDGET_MS = 60_000;

export function extract(article: Article, options: ExtractOptions = {}): ExtractionResult {
  const started = Date.now();
  const input: Article = { ...article, published: article.published ?? options.published ?? null };
  const checked = checkArticle(input);
  if (checked.fatal) return result(article.id, [], checked.messages);
  const text = unwrapLines(checked.text);
  const published = publicationDay(input.published);
  // (Field by field: a spread of each sentence costs a runtime call.)
  const sents: SentenceTokens[] = sentences(text).map((s) => ({
    start: s.start,
    end: s.end,
    index: s.index,
    paragraph: s.paragraph,
    tokens: tokenize(text, s),
  }));
  let speakers: { quotes: Quote[]; attribution: Attribution } | null = null;
  const lazySpeakers = () => {
    if (!speakers) {
      const quoteList = quotes(text);
      speakers = {
        quotes: quoteList,
        attribution: new Attribution(text, sents, quoteList, input.outlet ?? null, false, published),
      };
    }
    return speakers;
  };
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  let stopped: Message | null = null;
  const deadline = {
    at: started + budget,
    stopped: (s: SentenceTokens) => {
      const detail = `stopped after ${budget / 1000} s at character ${s.start} of ${text.length}, sentence ${s.index + 1} of ${sents.length}`;
      stopped = message("T021", detail, { start: s.start, end: s.end });
    },
  };
  const build = { article: input, text, sentences: sents, speakers: lazySpeakers, published, deadline };
  const { claims, mentions } = splitMentions(build, markSummaries(mergeClaims(buildClaims(build))));
  // Every span's text is cut here, once, from the untouched article, whatever the checks masked or
  // the unwrapping joined for reading: evidence, the claimant's mention, the time.
  const cut = (s: { start: number; end: number; text: string }) => {
    s.text = article.text.slice(s.start, s.end);
  };
  for (const c of [...claims, ...mentions]) {
    c.evidence.forEach(cut);
    if (c.claimant.mention) cut(c.claimant.mention);
  }
  for (const c of claims) if (c.time) cut(c.time);
  const impossible = sents.flatMap((s) => impossibleFigures(s.tokens, (a, b) => article.text.slice(a, b)));
  const messages = [...checked.messages, ...impossible, ...(stopped ? [stopped] : [])];
  return result(article.id, claims, messages, text, mentions);
}

function result(
  id: string,
  claims: Claim[],
  messages: ExtractionResult["messages"],
  text = "",
  mentions: Mention[] = [],
): ExtractionResult {
  // The tally and the dataset fields weigh the same rows: each is worked out once.
  const rowTotals = sharedRowTotals();
  return {
    id,
    claims,
    mentions,
    tally: tally(claims, undefined, rowTotals),
    datasets: datasets(claims, undefined, () => text, mentions, rowTotals),
    messages: claims.length ? [...messages, ...checkClaims(claims)] : messages,
  };
}
