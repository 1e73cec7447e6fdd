// A death told by its adverb alone, after a verb of harm that counted more people (written for
// these tests in the styles of US police releases and German and British wire copy).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("a share of those harmed, told by 'fatally'", () => {
  it("reads 'one fatally' and 'two of them fatally' as deaths, with the adverb as trigger", () => {
    expect(counts("Six people were shot, one fatally, at a house party early Sunday.")).toMatchObject([
      { q: "one", value: 1, outcome: "killed", trigger: "fatally" },
    ]);
    expect(counts("Four people were stabbed, two of them fatally, at a festival.")).toMatchObject([
      { value: 2, outcome: "killed", trigger: "fatally" },
    ]);
    expect(counts("Nine were injured, three of them mortally.")).toMatchObject([
      { value: 9, outcome: "injured" },
      { value: 3, outcome: "killed", trigger: "mortally" },
    ]);
  });

  it("gives the death to the share only, not to the figure of those harmed before it", () => {
    expect(counts("The gunman shot five people, two fatally.")).toMatchObject([
      { value: 2, outcome: "killed" },
    ]);
  });

  it("leaves a participle after the adverb to the verb parsers", () => {
    expect(counts("One was fatally wounded.")).toMatchObject([
      { value: 1, outcome: "killed", trigger: "fatally wounded" },
    ]);
  });

  it.each([
    ["Three men were stabbed, one fatally early Sunday in Leeds.", "one", 1],
    ["Five people were shot, two fatally a hospital spokeswoman told AFP.", "two", 2],
    ["Five people were shot, two fatally the county sheriff said.", "two", 2],
  ])(
    "reads the adverb before a time adjunct or a closing speaker, with no comma between (%s)",
    (text, q, value) => {
      expect(counts(text)).toMatchObject([{ q, value, outcome: "killed", trigger: "fatally" }]);
    },
  );
});
