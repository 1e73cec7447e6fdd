// The time of a claim: the mention of its own sentence that dates it best (../time/pickTime), else
// the last dated point of the sentence right before it in its paragraph ("On 29 November 2024,
// two militias clashed … Dozens were reportedly killed"). Each sentence's times are read once.
// A day its sentence gives only to the saying ("…, the United Nations said Friday") or to the
// report (a wire's dateline, "BOGOTÁ, May 21 (EFE) —") yields to the sentence before, or to the
// next sentence where it tells when the event happened ("The attack began early Thursday"): the
// codebook's claim time is when the counted thing happened (§1 `time`).
import type { ClaimTime, Span } from "../../core/model.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import { EVENT_NOUNS } from "../lexicon/context.js";
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
    const own = pickTime(this.of(s), span);
    // The day of a saying or of a wire's dateline dates the report, not the counted thing.
    const reported = own?.speech === true || own?.dateline === true;
    const t = reported ? (this.earlier(s) ?? this.eventNext(s) ?? own) : (own ?? this.earlier(s));
    return t ? { text: t.text, start: t.start, end: t.end, date: t.date, precision: t.precision } : null;
  }

  private of(s: SentenceTokens): TimeMention[] {
    let t = this.cache.get(s.index);
    if (!t) this.cache.set(s.index, (t = findTimes(this.text, s, this.published)));
    return t;
  }

  /**
   * The first dated day of the next sentence when it opens on the event ("The attack began early
   * Thursday, when …", "The raid happened on Monday"): "The" and an event noun.
   */
  private eventNext(s: SentenceTokens): TimeMention | null {
    const next = this.sentences[s.index + 1];
    if (!next || next.tokens[0]?.norm !== "the" || !EVENT_NOUNS.has(next.tokens[1]?.norm ?? "")) return null;
    return (
      this.of(next).find(
        (m) => m.kind === "point" && m.precision === "day" && m.date !== null && !m.speech,
      ) ?? null
    );
  }

  /** The last dated point of the sentence right before, in the same paragraph. */
  private earlier(s: SentenceTokens): TimeMention | null {
    const prev = this.sentences[s.index - 1];
    if (!prev || prev.paragraph !== s.paragraph) return null;
    const dated = this.of(prev).filter((m) => m.kind === "point" && m.date !== null);
    return dated[dated.length - 1] ?? null;
  }
}
