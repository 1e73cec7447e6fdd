// The time of a claim: the mention of its own sentence that dates it best (../time/pickTime), else
// the last dated point of the sentence right before it in its paragraph ("On 29 November 2024,
// two militias clashed … Dozens were reportedly killed"). Each sentence's times are read once.
import type { ClaimTime, Span } from "../../core/model.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import { findTimes, pickTime, type TimeMention } from "../time/index.js";

export class ClaimTimes {
  private readonly cache = new Map<number, TimeMention[]>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly SentenceTokens[],
    private readonly published: string | null,
  ) {}

  /** The time of a claim whose evidence is `span` in sentence `s`, or null. */
  at(s: SentenceTokens, span: Span): ClaimTime | null {
    const t = pickTime(this.of(s), span) ?? this.earlier(s);
    return t ? { text: t.text, start: t.start, end: t.end, date: t.date, precision: t.precision } : null;
  }

  private of(s: SentenceTokens): TimeMention[] {
    let t = this.cache.get(s.index);
    if (!t) this.cache.set(s.index, (t = findTimes(this.text, s, this.published)));
    return t;
  }

  /** The last dated point of the sentence right before, in the same paragraph. */
  private earlier(s: SentenceTokens): TimeMention | null {
    const prev = this.sentences[s.index - 1];
    if (!prev || prev.paragraph !== s.paragraph) return null;
    const dated = this.of(prev).filter((m) => m.kind === "point" && m.date !== null);
    return dated[dated.length - 1] ?? null;
  }
}
