// The side a figure counts, from words that are not its head: a force's initials before "men"
// ("11 BSF men"), and the possessor of losses put at a figure ("put the army's losses at 10
// dead"). Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a force's men", () => {
  it("are its members", () => {
    expect(counts("Eleven BSF men were wounded in the firing.")).toMatchObject([
      { q: "Eleven", outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("Fighters ambushed and killed 14 RSF men.")).toMatchObject([
      { q: "14", outcome: "killed", group: "militants" },
    ]);
  });

  it("are civilians with no force named", () => {
    expect(counts("Eleven men were wounded in the firing.")).toMatchObject([{ group: "civilians" }]);
  });
});

describe("a side's losses put at a figure", () => {
  it("count the possessor's people", () => {
    expect(counts("The rebels put the army's losses at 25 dead.")).toMatchObject([
      { q: "25", outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("The army put the insurgents' losses at 60 dead.")).toMatchObject([
      { q: "60", outcome: "killed", group: "militants" },
    ]);
  });

  it("leave 'enemy losses' and losses of no one named as read", () => {
    expect(counts("The commander put the enemy's losses at 80 dead.")).toMatchObject([{ group: "people" }]);
    expect(counts("Officials put the losses at 12 dead.")).toMatchObject([{ group: "people" }]);
  });
});
