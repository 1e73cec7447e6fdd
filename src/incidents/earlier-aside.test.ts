import { describe, expect, it } from "vitest";
import { claim, q } from "../core/tally/test-helpers.js";
import type { Claim } from "../core/model.js";
import { earlierAsides, ownPart } from "./earlier-aside.js";
import { keyFigures } from "./features.js";
import { targetKinds } from "./targets.js";

// Sentences written for these tests.
const BUS =
  "Two bombers struck a crowded bus station in the city on Saturday, killing nine travellers, " +
  "a day after a suicide attack on a church in the city killed six. Police closed the roads.";
const REOPEN = "Traders reopened their stalls two days after a bombing at the market killed 12.";

/** A killed claim whose evidence is the first occurrence of `words` in `text`. */
function killed(text: string, words: string, value: number): Claim {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return claim({
    id: words,
    outcome: "killed",
    quantity: q.exact(value),
    evidence: [{ start, end: start + words.length, text: words, quoted: false }],
  });
}

describe("an earlier event named in passing", () => {
  it("spans '<so long> after' to its sentence's end", () => {
    const [a] = earlierAsides(BUS);
    expect(BUS.slice(a!.start, a!.end)).toBe(
      "a day after a suicide attack on a church in the city killed six",
    );
    expect(earlierAsides("Hours after gunmen stormed a hotel, a bomb hit a bus.").length).toBe(1);
    expect(earlierAsides("Police arrived after the attack.")).toEqual([]);
  });

  it("leaves the aside's figures and targets out of a report that counts its own dead", () => {
    const claims = [killed(BUS, "killing nine travellers", 9), killed(BUS, "killed six", 6)];
    const own = ownPart(BUS, claims, keyFigures);
    expect(keyFigures(own.claims)).toEqual(["killed:9"]);
    expect(targetKinds(own.text)).toEqual(["road"]);
    expect(targetKinds(BUS)).toEqual(["road", "worship"]);
    expect(own.text.length).toBe(BUS.length);
  });

  it("keeps them in a follow-up whose only figures stand in the aside", () => {
    const claims = [killed(REOPEN, "killed 12", 12)];
    const own = ownPart(REOPEN, claims, keyFigures);
    expect(own.text).toBe(REOPEN);
    expect(keyFigures(own.claims)).toEqual(["killed:12"]);
  });
});
