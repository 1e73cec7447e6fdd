// Running counts in report-style sentences written for this project (several conflicts and
// outlets): a count "so far", one given while the fighting or the operation still goes on, and a
// toll expected to rise are running (Claim.running); stocks, comparisons of periods and counts of
// a finished event are not. Every claim's span slices back to its text.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [evidence, running] of each claim of a one-sentence report. */
function read(text: string): Array<[string, boolean]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    const e = c.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, c.running === true];
  });
}

describe("running counts", () => {
  it.each([
    ["Police said 27 militants had been killed so far in the operation.", "27 militants had been killed"],
    [
      "So far, rescuers have recovered 12 bodies from the rubble, a civil defence official said.",
      "recovered 12 bodies",
    ],
    [
      "At least 40 people have been killed in the fighting, which is still going on, a hospital source said.",
      "At least 40 people have been killed",
    ],
    ["Troops have killed 18 insurgents and the operation continues, the army said.", "killed 18 insurgents"],
    ["Rescuers freed 80 passengers during the ongoing rescue, officials said.", "freed 80 passengers"],
    [
      "Fourteen people were killed and the toll is expected to rise, the governor said.",
      "Fourteen people were killed",
    ],
    [
      "The health ministry said 230 people had been killed to date in the clashes.",
      "230 people had been killed",
    ],
    // A toll said not to be final is the count as it stands.
    ["The provisional toll was put at 19 dead by local officials.", "toll was put at 19 dead"],
    ["According to preliminary figures, 42 people were injured in the blast.", "42 people were injured"],
    // Counted from an onset up to now.
    [
      "The rights commission said 23 people had been killed since the strike began on Monday.",
      "23 people had been killed",
    ],
    [
      "At least 90 people have been killed in raids in the province since the start of the year, a monitor said.",
      "At least 90 people have been killed",
    ],
    ["Militants have abducted 41 traders on the road since January, police said.", "abducted 41 traders"],
    // A count in the perfect, from any "since" clause on.
    [
      "The junta has killed more than 900 civilians in the region since it took control of the towns, a monitor said.",
      "killed more than 900 civilians",
    ],
    [
      "Some 60 fishermen have been abducted on the lake since the navy withdrew its patrols, the union said.",
      "Some 60 fishermen have been abducted",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, true]]);
    // Codebook §1c "Scope": running counts are cumulative.
    expect(extract({ id: "t", text, published: "2025-03-10" }).claims[0]!.scope).toBe("cumulative");
  });

  it.each([
    "Troops have killed 18 insurgents and the operation continues, the army said. The army later said 25 insurgents had been killed in the operation.",
    "Rescuers freed 18 passengers during the ongoing rescue, officials said. Officials later said 25 passengers had been freed.",
    "Eighteen people were killed, the governor said, and the toll is expected to rise. The governor later said 25 people were killed.",
  ])("a voice's running count is revised by its later figure, not added to it: %s", (text) => {
    const { tally } = extract({ id: "t", text, published: "2025-03-10" });
    expect(tally.map((t) => t.best)).toEqual([25]);
  });

  it.each([
    "A hospital official said 35 people were killed in the market attack. Police said 20 people had been killed so far as the operation continues.",
    "Doctors at the district hospital said 35 people had died. The army said 20 people had been killed to date in the clashes.",
  ])("another voice's running count, stated last, is no revision below a larger figure: %s", (text) => {
    // Codebook §1c: a running count is cumulative, the toll so far: a lower bound that agrees with
    // the hospital's larger figure (ARCHITECTURE "Running counts"), not a revised toll below it.
    const { claims, datasets } = extract({ id: "t", text, published: "2025-03-10" });
    expect(claims.map((c) => [c.quantity.value, c.running === true, c.scope])).toEqual([
      [35, false, "single"],
      [20, true, "cumulative"],
    ]);
    expect([datasets.gtd.nkill, datasets.acled.fatalities, datasets.ucdp.best]).toEqual([35, 35, 35]);
  });

  it.each([
    ["It was the deadliest attack so far this year, with 31 people killed.", "31 people killed"],
    ["Officials said 33 militants were killed and the operation had ended.", "33 militants were killed"],
    ["He continues to say that 12 people were killed.", "12 people were killed"],
    [
      "Security officials said 150 hostages are still held as the standoff continues.",
      "150 hostages are still held",
    ],
    // A "since" of cause opens no period.
    ["Since police did not come, 9 villagers were killed in the raid.", "9 villagers were killed"],
    // Nor one the perfect count's own clause does not hold, or one before it.
    ["Gunmen have killed 7 farmers, since the herders were blamed for the theft.", "killed 7 farmers"],
    ["Since the soldiers left, gunmen have killed 7 farmers in the village.", "killed 7 farmers"],
    // A past-tense count is not told up to now.
    ["Gunmen killed 7 farmers since the soldiers had left the village.", "killed 7 farmers"],
  ])("not: %s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, false]]);
  });

  it("leaves a figure alone whose next clause counts another figure since an onset", () => {
    const text =
      "The ministry said 41 bodies had reached hospitals, along with 97 wounded, raising the toll since the start of the war to 9,100.";
    expect(read(text)).toEqual([
      ["41 bodies", false],
      ["97 wounded", false],
      ["toll since the start of the war to 9,100", true],
    ]);
  });
});
