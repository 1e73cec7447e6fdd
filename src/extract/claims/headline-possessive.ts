// A headline may name the source of its figure as the owner of the toll ("Syria coastal killings:
// monitor's toll rises to 38 as interior ministry announces arrests", "Health ministry's count of
// dead passes 40"): the owner speaks for that figure (codebook §1c "Headlines, decks, ledes": one
// more span of its claim), not the subject of a later clause with a verb of saying of its own.
import type { Built } from "./build-claims.js";
import { namedInBody, typedSource } from "./headline.js";

/** The owner's words before "'s toll", "'s death toll", "'s count", "'s tally" (one to five words). */
const OWNER_OF_TOLL =
  /(?:^|[:;,—–]\s*|\s-\s)((?:[\p{L}][\p{L}\p{N}-]*\s+){0,4}[\p{L}][\p{L}\p{N}-]*)['’]s\s+(?:(?:death|casualty)\s+)?(?:toll|count|tally)\b[^,;:]*$/u;

/** Gives a head line's figure that follows "X's toll" the claimant the body or X's own words give X. */
export function possessiveSources(built: readonly Built[], text: string, head: number): void {
  for (const { claim } of built) {
    const ev = claim.evidence[0]!;
    // The figure speaks in no voice of its own, or in that of a clause after it ("as X announces").
    const m0 = claim.claimant.mention;
    if (ev.start >= head || (claim.claimant.type !== "media" && (!m0 || m0.start < ev.end))) continue;
    const lineStart = text.lastIndexOf("\n", ev.start) + 1;
    const before = text.slice(lineStart, Math.min(ev.end, ev.start + 12));
    const m = OWNER_OF_TOLL.exec(before);
    if (!m) continue;
    const start = lineStart + m.index + m[0].indexOf(m[1]!);
    const source = { start, end: start + m[1]!.length, text: m[1]! };
    const lineEnd = text.indexOf("\n", ev.start);
    const voice = namedInBody(built, source.text, lineEnd < 0 ? text.length : lineEnd) ?? typedSource(source);
    if (voice) claim.claimant = { ...voice, mention: { ...source } };
  }
}
