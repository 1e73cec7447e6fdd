// The opener gate of findSingulars is sound: over every text of the project's tests, fixtures and
// examples, the single persons of every sentence are the same when findSingulars reads only the
// capitalised tokens and those in SINGULAR_OPENERS as when it reads every token. A reader added to
// readSingularAt that opens on another word fails here on its own test sentences.
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { sentences } from "../segment/sentences.js";
import { tokenize } from "../tokens.js";
import { outcomeBefore } from "./outcome-before.js";
import { phraseAt } from "./phrases.js";
import { findSingulars, SINGULAR_OPENERS } from "./singulars.js";

/** The single persons of every sentence of a text, as findSingulars with or without the gate reads them. */
function singulars(text: string, everyToken: boolean): string {
  return JSON.stringify(
    sentences(text).map((s) => {
      const tokens = tokenize(text, s);
      const isOutcomeEnd = (k: number) => outcomeBefore(tokens, k + 1) !== null;
      const isOutcomeStart = (k: number) => phraseAt(tokens, k, "after") !== null;
      return findSingulars(tokens, isOutcomeEnd, isOutcomeStart, everyToken);
    }),
  );
}

describe("the opener gate of the single persons", () => {
  const texts = projectTexts();

  it("skips most tokens", () => {
    expect(SINGULAR_OPENERS.has("a")).toBe(true);
    expect(SINGULAR_OPENERS.has("himself")).toBe(true);
    expect(SINGULAR_OPENERS.has("killed")).toBe(false);
    expect(SINGULAR_OPENERS.has("driver")).toBe(false);
  });

  it("reads the same persons with the gate as without it", () => {
    const differ: string[] = [];
    let persons = 0;
    for (const text of texts) {
      const gated = singulars(text, false);
      if (gated !== singulars(text, true)) differ.push(text.slice(0, 120));
      persons += (gated.match(/"np":/g) ?? []).length;
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(persons).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  }, 60_000);
});
