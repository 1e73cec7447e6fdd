import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { PhraseSet } from "./phrase-set.js";

const set = new PhraseSet([
  ["the"],
  ["the", "story"],
  ["the", "story", "wrongly"],
  ["the", "report"],
  ["we"],
]);
const tokens = (text: string) => tokenize(text, { start: 0, end: text.length });

describe("PhraseSet.at", () => {
  it("finds the longest phrase that starts at a token, whatever its second word", () => {
    const cases: [string, number, string | null][] = [
      ["the story wrongly said", 0, "the story wrongly"],
      ["the story said", 0, "the story"],
      ["the report said", 0, "the report"],
      ["the police said", 0, "the"],
      ["as the", 1, "the"],
      ["we said", 0, "we"],
      ["they said", 0, null],
      ["said the story", 1, "the story"],
    ];
    for (const [text, k, want] of cases) expect(set.at(tokens(text), k)?.join(" ") ?? null, text).toBe(want);
  });

  it("answers null past the last token, and anyIn over a range", () => {
    const t = tokens("said the story");
    expect(set.at(t, 3)).toBeNull();
    expect(set.anyIn(t, 0, 1)).toBe(false);
    expect(set.anyIn(t, 0, 2)).toBe(true);
  });
});
