// An earlier event named in passing (issue 11): "…, killing eight, a day after a suicide attack on
// a mosque in the city killed five", "hours after a car bomb hit a checkpoint near the capital".
// From the time phrase "<so long> after" to the end of its sentence the report tells of another
// event, so the kinds of target and the figures written there are that event's, not its own: read
// as the report's, they make two attacks in one city on consecutive days look like one (the second
// report "names a mosque" and "counts five dead" as the first's reports do).
//
// Only a report that counts people outside its asides has its own event to tell apart: a follow-up
// whose only figures stand in the aside ("stalls reopened two days after a bombing at the market
// killed 12") reports on that very event, and keeps them.
import type { Claim, Span } from "../core/model.js";
import { AFTER_AMOUNTS, AFTER_UNITS } from "./lexicon/earlier-aside.js";

const AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:just|only|barely|less than|more than|about)\s+)?(?:(?:${AFTER_AMOUNTS.join("|")})\s+)?(?:${AFTER_UNITS.join("|")})\s+after(?![\p{L}])`,
  "giu",
);
/** A sentence's end: a full stop, question or exclamation mark before a space, a line's end. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/gu;

/** The asides of a text: each "<so long> after" to the end of its sentence, in text order. */
export function earlierAsides(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(AFTER)) {
    SENTENCE_END.lastIndex = m.index + m[0].length;
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    if (out.length > 0 && out[out.length - 1]!.end >= m.index) continue;
    out.push({ start: m.index, end });
  }
  return out;
}

/** Whether every evidence span of the claim lies in one of the asides. */
function inAside(c: Claim, asides: readonly Span[]): boolean {
  return (
    c.evidence.length > 0 && c.evidence.every((e) => asides.some((a) => a.start <= e.start && e.end <= a.end))
  );
}

/**
 * The report's own part: its claims less those told in an aside and its text with the asides
 * blanked (spaces, so offsets hold), when it counts people outside them; else all of both.
 */
export function ownPart(
  text: string,
  claims: readonly Claim[],
  counts: (claims: readonly Claim[]) => readonly string[],
): { text: string; claims: readonly Claim[] } {
  const asides = earlierAsides(text);
  if (asides.length === 0) return { text, claims };
  const own = claims.filter((c) => !inAside(c, asides));
  if (counts(own).length === 0) return { text, claims };
  let blanked = "";
  let at = 0;
  for (const a of asides) {
    blanked += text.slice(at, a.start) + " ".repeat(a.end - a.start);
    at = a.end;
  }
  return { text: blanked + text.slice(at), claims: own };
}
