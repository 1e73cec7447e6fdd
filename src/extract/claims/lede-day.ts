// A lede that gives the figure with no day ("Bandits have abducted more than 100 people from …,
// residents have said"), or only the day it was said or filed ("…, the command said on Friday",
// a dateline's day), and a later paragraph that tells when the attackers struck ("the gunmen
// stormed the community … at about 1am on Thursday"): that day is the event's, and the lede's
// claim is of that event (codebook §1 `time`: when the counted thing happened). Only the lede's
// claims of this event without a day of their own take it, not a running toll ("At least 148
// people have been killed … since the start of the year" before "The latest attack came on
// Friday"); only from the first such sentence in the paragraphs right after the lede; and only a
// day (not a saying's or a dateline's) on or before publication and not after the day the lede's
// figure was said.
import type { Claim } from "../../core/model.js";
import { ASSAULT_VERB_LEMMAS, EARLIER_CUES, EVENT_NOUNS } from "../lexicon/context.js";
import { verbForms } from "../lexicon/morphology.js";
import type { SentenceTokens } from "../speaker/attribute.js";
import type { TimeMention } from "../time/index.js";
import type { Built } from "./build-claims.js";

/** Paragraphs after the lede's that may tell the event's day. */
const REACH = 3;

const ASSAULT_FORMS: ReadonlySet<string> = new Set(
  ASSAULT_VERB_LEMMAS.flatMap((l) => {
    const f = verbForms(l);
    return [f.base, f.third, ...f.past, ...f.participle, f.ing];
  }),
);

export function ledeTakesEventDay(
  built: readonly Built[],
  sentences: readonly SentenceTokens[],
  timesOf: (s: SentenceTokens) => readonly TimeMention[],
  bodyStart: number,
  published: string | null,
): void {
  const lede = sentences.find((s) => s.start >= bodyStart)?.paragraph;
  if (lede === undefined) return;
  const undated = built.filter(({ claim: c, sentence, saidDay }) => {
    const running = c.scope === "cumulative" || c.running === true;
    const dayless = c.time === null || saidDay === true;
    return sentences[sentence]!.paragraph === lede && dayless && !c.otherIncident && !running;
  });
  if (undated.length === 0) return;
  const day = eventDay(sentences, lede, timesOf, published);
  if (!day) return;
  for (const b of undated) {
    if (b.claim.time !== null && b.claim.time.date !== null && day.date! > b.claim.time.date) continue;
    b.claim.time = timeOf(day);
    b.saidDay = false;
  }
}

/** The first day of the event told in the paragraphs after the lede, or null. */
function eventDay(
  sentences: readonly SentenceTokens[],
  lede: number,
  timesOf: (s: SentenceTokens) => readonly TimeMention[],
  published: string | null,
): TimeMention | null {
  for (const s of sentences) {
    if (s.paragraph <= lede) continue;
    if (s.paragraph > lede + REACH) break;
    if (EARLIER_CUES.anyIn(s.tokens, 0, s.tokens.length)) continue;
    if (!s.tokens.some((t) => ASSAULT_FORMS.has(t.norm) || EVENT_NOUNS.has(t.norm))) continue;
    const day = timesOf(s).find(
      (m) =>
        m.kind === "point" &&
        m.precision === "day" &&
        m.date !== null &&
        !m.speech &&
        !m.dateline &&
        (published === null || m.date <= published),
    );
    if (day) return day;
  }
  return null;
}

const timeOf = (t: TimeMention): NonNullable<Claim["time"]> => ({
  text: t.text,
  start: t.start,
  end: t.end,
  date: t.date,
  precision: t.precision,
});
