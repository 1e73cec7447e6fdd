// A share of a total whose group is its subject's, before a verb of sharing (copula-group.ts
// groupOfShareSubject): "Children made up five of the dead". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a subject of person nouns before 'made up' or 'accounted for' a share of a total", () => {
  it("gives the share the subject's group", () => {
    expect(counts("Children made up seven of the dead.")).toMatchObject([
      { q: "seven", outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Police officers accounted for 11 of the injured.")).toMatchObject([
      { q: "11", outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("Women and children make up 40 of the wounded, the hospital said.")).toMatchObject([
      { q: "40", outcome: "injured", group: "civilians" },
    ]);
  });

  it("gives people for a subject of two groups, and nothing for a subject that names no one", () => {
    expect(counts("Soldiers and farmers made up nine of the dead.")).toMatchObject([
      { q: "nine", group: "people" },
    ]);
    expect(counts("Gunshot wounds accounted for nine of the dead.")).toMatchObject([
      { q: "nine", group: "people" },
    ]);
  });
});
