// A toll in one clause and a figure in a clause contrasted with it ("… declined to give a toll, but
// said …"): the toll's outcome does not lend itself across the contrast to a figure whose own
// clause tells its outcome; a figure that tells none takes the toll's, as evidence the figure
// alone. And a toll that is not given ("no death toll") is no statement of none. Sentences written
// for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure in a clause contrasted with a toll", () => {
  it("keeps the outcome its own clause tells", () => {
    expect(counts("The police declined to give a toll but said 14 suspects were arrested.")).toMatchObject([
      { q: "14", outcome: "arrested", group: "militants", trigger: "arrested" },
    ]);
    expect(counts("Medics would not confirm a death toll, but 23 people were wounded.")).toMatchObject([
      { q: "23", outcome: "injured", trigger: "wounded" },
    ]);
    expect(counts("The governor gave no tally, while 60 villagers were reported missing.")).toMatchObject([
      { q: "60", outcome: "missing", group: "civilians" },
    ]);
  });

  it("lends the toll's outcome to a figure that tells none, its trigger the figure alone", () => {
    expect(counts("The toll may climb, but rescuers said 18.")).toMatchObject([
      { q: "18", outcome: "killed", trigger: "18" },
    ]);
  });

  it("still reads a toll reached across a speaker's aside or its own clause", () => {
    expect(counts("The toll, medics said, had climbed to 31.")).toMatchObject([
      { q: "31", outcome: "killed", trigger: "toll, medics said, had climbed to", cumulative: true },
    ]);
    expect(counts("The death toll rose to 27 on Monday.")).toMatchObject([
      { q: "27", outcome: "killed", trigger: "death toll rose to" },
    ]);
  });
});

describe("a second figure after a toll's own", () => {
  it("is read by its own clause, not as the toll's (the toll's figure is the first after its words)", () => {
    expect(counts("The death toll rose to six after another fighter died in hospital.")).toMatchObject([
      { q: "six", outcome: "killed", trigger: "death toll rose to", cumulative: true },
      { q: "another", outcome: "killed", group: "militants", trigger: "died" },
    ]);
    expect(counts("The toll climbed to 14 when three wounded soldiers succumbed.")).toMatchObject([
      { q: "14", outcome: "killed", trigger: "toll climbed to" },
      { q: "three", outcome: "killed", group: "security_forces", trigger: "succumbed" },
    ]);
  });

  it("leaves one change ('rose from 11 to 19') to the later figure", () => {
    expect(counts("The death toll rose from 11 to 19 overnight.")).toMatchObject([
      { q: "19", outcome: "killed", cumulative: true },
    ]);
  });
});

describe("an outcome noun that modifies a figure's noun", () => {
  it("is no statement of none ('gave no death toll') and no count", () => {
    expect(counts("The ministry gave no death toll for the raid.")).toEqual([]);
    expect(counts("No casualty figures were released by the army.")).toEqual([]);
  });

  it("still reads the outcome noun as its own head ('no deaths', 'five deaths')", () => {
    expect(counts("No deaths were reported in the raid.")).toMatchObject([{ q: "No", outcome: "killed" }]);
    expect(counts("Seven deaths were recorded at the clinic.")).toMatchObject([
      { q: "Seven", outcome: "killed" },
    ]);
  });
});
