// A none told by an adjective of no harm after its copula, of the plural or collective people
// named before it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("an adjective of no harm said of the people named", () => {
  it.each([
    ["The passengers were unhurt, the airline said.", "civilians"],
    ["Its crew, six sailors from Kerala, were unharmed.", "civilians"],
    ["The guards were all uninjured.", "security_forces"],
  ])("%s", (text, group) => {
    expect(counts(text)).toMatchObject([{ outcome: "injured", value: 0, hedge: "none", group }]);
  });

  it("reads the harm of others in the same sentence apart", () => {
    expect(counts("The soldiers were unharmed but four villagers were wounded.")).toMatchObject([
      { outcome: "injured", value: 0, group: "security_forces" },
      { outcome: "injured", value: 4, group: "civilians" },
    ]);
  });

  it("reads no none of one person, a pronoun, or the manner of a release", () => {
    expect(counts("The driver was unhurt.")).toEqual([]);
    expect(counts("They were unharmed, police said.")).toEqual([]);
    expect(counts("Nine abducted farmers were freed unharmed.")).toMatchObject([
      { outcome: "released", value: 9 },
    ]);
  });
});
