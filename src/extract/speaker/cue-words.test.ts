// The cue-word gate of findCues is sound: over every text of the project's tests, fixtures and
// examples, the claimant at every token of every sentence is the same when findCues reads only
// the tokens in CUE_WORDS as when it reads every token. A reader added to findCues's token loop
// that opens on a word not in CUE_WORDS fails here on its own test sentences.
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { quotes } from "../segment/quotes.js";
import { sentences } from "../segment/sentences.js";
import { tokenize } from "../tokens.js";
import { Attribution, CUE_WORDS, type SentenceTokens } from "./attribute.js";

/** Every claimant of a text, token by token, as findCues with or without the gate gives them. */
function claimants(text: string, everyToken: boolean): string[] {
  const sents: SentenceTokens[] = sentences(text).map((s) => ({ ...s, tokens: tokenize(text, s) }));
  const attribution = new Attribution(text, sents, quotes(text), "Outlet", everyToken);
  return sents.flatMap((s) => s.tokens.map((t) => JSON.stringify(attribution.claimantAt(s, t.start))));
}

describe("the cue-word gate of the speakers", () => {
  const texts = projectTexts();

  it("skips most tokens", () => {
    expect(CUE_WORDS.has("said")).toBe(true);
    expect(CUE_WORDS.has("according")).toBe(true);
    expect(CUE_WORDS.has("the")).toBe(false);
    expect(CUE_WORDS.has("killed")).toBe(false);
  });

  it("gives every token the same claimant with the gate as without it", () => {
    const differ: string[] = [];
    for (const text of texts)
      if (JSON.stringify(claimants(text, false)) !== JSON.stringify(claimants(text, true)))
        differ.push(text.slice(0, 120));
    expect(texts.length).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  }, 60_000);
});
