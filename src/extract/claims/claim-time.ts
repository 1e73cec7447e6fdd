// The time of a claim: the mention of its own sentence that dates it best (../time/pickTime), else
// the last dated point of the sentence right before it in its paragraph ("On 29 November 2024,
// two militias clashed … Dozens were reportedly killed"). Each sentence's times are read once.
// A day its sentence gives only to the saying ("…, the United Nations said Friday") or to the
// report (a wire's dateline, "BOGOTÁ, May 21 (EFE) —") yields to the sentence before, or to the
// next sentence where it tells when the event happened ("The attack began early Thursday"): the
// codebook's claim time is when the counted thing happened (§1 `time`).
import type { ClaimTime, Span } from "../../core/model.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import { BURIAL_WORDS, EVENT_NOUNS } from "../lexicon/context.js";
import { findTimes, pickTime, type TimeMention } from "../time/index.js";

export class ClaimTimes {
  private readonly cache = new Map<number, TimeMention[]>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly SentenceTokens[],
    private readonly published: string | null,
  ) {}

  /** The first day an earlier claim was dated by as its event's, not a saying's or a dateline's. */
  private eventDay: TimeMention | null = null;

  /** The time of a claim whose evidence is `span` in sentence `s`, or null. */
  at(s: SentenceTokens, span: Span): ClaimTime | null {
    const own = pickTime(this.of(s), span);
    // The day of a saying or of a wire's dateline dates the report, not the counted thing; the day
    // of a burial ("We buried 34 people this morning") is after the deaths.
    const reported = own?.speech === true || own?.dateline === true || burialDay(s, span, own);
    let t = reported
      ? (this.earlier(s) ?? this.eventNext(s) ?? this.reportsDay(own) ?? own)
      : (own ?? this.earlier(s));
    if (!t) return null;
    // A day taken from the sentence before that only dated its saying or its notice ("Correction,
    // Nov 3: …. The governor gave the toll as five") is no more the event's here than there.
    const inherited = !own && (t.speech === true || t.dateline === true);
    if (inherited) t = this.reportsDay(t) ?? t;
    const eventDated = !t.speech && !t.dateline && !(reported && t === own);
    if (eventDated && t.kind === "point" && t.precision === "day") this.eventDay ??= t;
    const time = { text: t.text, start: t.start, end: t.end, date: t.date, precision: t.precision };
    if ((reported && t === own) || (inherited && (t.speech === true || t.dateline === true)))
      this.said.add(time);
    return time;
  }

  /** Times that are only the day of a saying or of a dateline: the counted thing's day is not known. */
  private readonly said = new WeakSet<ClaimTime>();

  /** Whether `time`, given by `at`, is only the day the figure was said or reported on. */
  saidOnly(time: ClaimTime | null): boolean {
    return time !== null && this.said.has(time);
  }

  /**
   * The report's own event day, the first day a claim before was dated by, for a figure dated only
   * by its saying on that day or later ("Acting Mayor X said on Monday that 19 people had been killed"
   * after a lede's strike "on Sunday morning").
   */
  private reportsDay(said: TimeMention | null): TimeMention | null {
    const day = this.eventDay;
    return day?.date && said?.date && day.date <= said.date ? day : null;
  }

  /** The times of sentence `s`, read once. */
  of(s: SentenceTokens): TimeMention[] {
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

/** Whether a word of burial stands between the figure and its time ("buried 34 people this morning"). */
function burialDay(s: SentenceTokens, span: Span, own: TimeMention | null): boolean {
  if (!own) return false;
  const from = Math.min(span.start, own.start);
  const to = Math.max(span.end, own.end);
  return s.tokens.some((t) => t.start >= from && t.end <= to && BURIAL_WORDS.has(t.norm));
}
