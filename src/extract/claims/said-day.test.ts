// A day that only dates the saying of a figure, or a burial, is not the day of the counted thing (codebook §1
// `time`): it yields to the report's own event day told before (claims/claim-time.ts), and it does
// not keep apart two spans of one claim (claims/merge-claims.ts). Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string, published: string) =>
  extractChecked(text, published).claims.map((c) => [
    c.quantity.value,
    c.claimant.name,
    c.time?.date ?? null,
    c.evidence.length,
  ]);

describe("a day that only dates the saying", () => {
  it("yields to the day of the event a claim before was dated by", () => {
    expect(
      read(
        "A missile strike on the centre of Kessa on Sunday morning killed 12 people, officials said.\n\n" +
          "Mayor Ivan Petrenko said on Monday that 12 people had been killed and 30 wounded.",
        "2026-08-10",
      ),
    ).toEqual([
      [12, "officials", "2026-08-09", 1],
      [12, "Mayor Ivan Petrenko", "2026-08-09", 1],
      [30, "Mayor Ivan Petrenko", "2026-08-09", 1],
    ]);
  });

  it("is one claim with the same voice's figure dated by the event, which dates it", () => {
    expect(
      read(
        "Rebels in Kessa said Thursday they had killed 9 miners.\n\n" +
          'In a statement, the Kessa Liberation Front said its fighters had "executed 9 miners" from Sunday to Tuesday.',
        "2025-04-10",
      ).map((c) => [c[0], c[2], c[3]]),
    ).toEqual([[9, "2025-04-06", 2]]);
  });

  it("takes a burial's day for no day of the deaths ('We buried 20 people this morning')", () => {
    expect(
      read(
        "Gunmen killed 20 villagers in a raid on Kessa on Sunday, the mayor said on Monday.\n\n" +
          '"We buried 20 people this morning," the mayor told reporters.',
        "2026-03-16",
      ).map((c) => [c[0], c[2], c[3]]),
    ).toEqual([[20, "2026-03-15", 2]]);
  });

  it("keeps apart the same figure given for two event days", () => {
    expect(
      read(
        "Troops killed 9 militants near Kessa on Sunday, the army said.\n\n" +
          "On Tuesday, troops killed 9 militants in a raid on a camp in the hills, the army said.",
        "2025-04-10",
      ).map((c) => [c[0], c[2], c[3]]),
    ).toEqual([
      [9, "2025-04-06", 1],
      [9, "2025-04-08", 1],
    ]);
  });
});

describe("a day taken from the sentence before that only dated a saying or a notice", () => {
  it("yields to the report's event day, and keeps no one voice's figure apart", () => {
    expect(
      read(
        "Gunmen killed five people at a bus station on Sunday, Governor Paul Mbah said.\n\n" +
          "Correction, Nov 3: An earlier version of this story said seven people were killed. " +
          "Governor Paul Mbah gave the toll as five.",
        "2026-11-03",
      ),
    ).toEqual([[5, "Governor Paul Mbah", "2026-11-01", 2]]);
  });

  it("stays the saying's day where no event day was told before", () => {
    expect(
      read(
        "The army said on Monday that 14 soldiers were wounded. The army added that 3 of them died.",
        "2026-11-03",
      ).map((c) => [c[0], c[2]]),
    ).toEqual([
      [14, "2026-11-02"],
      [3, "2026-11-02"],
    ]);
  });
});
