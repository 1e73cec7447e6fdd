// A death told by a verb of mourning before its object (outcome/parsers/mourned.ts), its subject the
// one who says it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";
import { extract } from "../../pipeline.js";

describe("a verb of mourning before a figure of people", () => {
  it("reads the mourned as dead, in any form of the verb", () => {
    expect(counts("The movement mourned one of its members, Sami Haddad.")).toMatchObject([
      { q: "one", outcome: "killed", trigger: "mourned" },
    ]);
    expect(counts("Villagers are mourning 12 fishermen.")).toMatchObject([
      { value: 12, outcome: "killed", group: "civilians", trigger: "mourning" },
    ]);
  });

  it("counts no mourners, and nothing mourned for a time", () => {
    expect(counts("Thousands mourned in the capital.")).toEqual([]);
    expect(counts("Two thousand people mourned the victims.")).toEqual([]);
    expect(counts("The nation mourned for three days.")).toEqual([]);
  });

  it("gives the claim to the party that mourns, its own member on its side", () => {
    const text =
      "Rockets hit the border. The movement mourned one of its members, Sami Haddad, in a statement.";
    const [c] = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(c).toMatchObject({ outcome: "killed", quantity: { value: 1 }, claimant: { name: "movement" } });
  });
});
