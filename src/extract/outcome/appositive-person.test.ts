// A description in apposition after a definite person is that person, not a second one, also
// where a postmodifier runs on to its closing comma ("The gunman, a 40-year-old man who had been
// fired from the depot, was arrested"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("an appositive description of one person", () => {
  it.each([
    "The gunman, a 40-year-old man who had been fired from the depot, was arrested at his home.",
    "The attacker, a 22-year-old student known to the intelligence services, was detained.",
    "The assailant, a local man wanted for two robberies, was arrested on Monday.",
  ])("%s", (text) => {
    expect(counts(text)).toMatchObject([{ value: 1, outcome: "arrested", group: "militants" }]);
    expect(counts(text)).toHaveLength(1);
  });

  it("is the same person after an indefinite one ('a fifth man, the driver of a second car, was hurt')", () => {
    expect(counts("A shepherd, the owner of the flock, was wounded by the blast.")).toMatchObject([
      { value: 1, outcome: "injured" },
    ]);
    expect(counts("A shepherd, the owner of the flock, was wounded by the blast.")).toHaveLength(1);
    expect(counts("The blast killed a soldier, the driver and two passengers.")).toHaveLength(3);
  });

  it("still counts a second person where the list goes on", () => {
    expect(counts("The blast wounded the driver, a passenger, and two soldiers.")).toHaveLength(3);
  });
});
