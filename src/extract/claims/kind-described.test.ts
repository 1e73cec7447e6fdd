// A headline naming its source by a description ("…, rights network says", "…, locals say") is one
// more span of the body's claim of the source it describes (codebook §1c "Headlines, decks,
// ledes"), in reports written for this project; a description whose words are not the body's name, or kind nouns only,
// and another figure stay apart. Every span slices back to its text.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [claimant, value, evidence texts] of each claim of a headline and its lede. */
function read(text: string): Array<[string, number | null, string[]]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    return [c.claimant.name, c.quantity.value, c.evidence.map((e) => e.text)];
  });
}

const lede = (headline: string, body: string): string => `${headline}\n\n${body}`;
const RAID = "Gunmen killed 12 villagers in a raid on Kafin Dutse on Sunday,";
const CAMP = "At least 30 displaced people were killed when a militia attacked the Kalma camp on Friday,";

describe("a headline's source described by its kind", () => {
  it.each([
    [
      lede(
        "Gunmen kill 12 in Kafin Dutse raid, rights network says",
        `${RAID} the Northern Human Rights Network said.`,
      ),
      [["Northern Human Rights Network", 12, ["kill 12", "killed 12 villagers"]]],
    ],
    [
      lede(
        "Militia attack on camp kills at least 30, lawyers group says",
        `${CAMP} the Darfur Bar Lawyers said.`,
      ),
      [["Darfur Bar Lawyers", 30, ["kills at least 30", "At least 30 displaced people were killed"]]],
    ],
    [
      lede(
        "Drone strike on wedding kills at least 20, locals say",
        "A drone strike on a wedding killed at least 20 civilians on Tuesday, local officials and residents said.",
      ),
      [["locals", 20, ["kills at least 20", "killed at least 20 civilians"]]],
    ],
  ])("is the body's named source: %s", (text, claims) => {
    expect(read(text)).toEqual(claims);
  });

  it.each([
    // Words that are not the body's name.
    lede("Militia attack on camp kills at least 30, activists say", `${CAMP} the Darfur Bar Lawyers said.`),
    // Kind nouns only.
    lede("Gunmen kill 12 in Kafin Dutse raid, sources say", `${RAID} the Kano State Police Command said.`),
    // Another figure.
    lede(
      "Gunmen kill 12 in Kafin Dutse raid, rights network says",
      "Gunmen killed 40 villagers in a raid on Kafin Dutse on Sunday, the Northern Human Rights Network said.",
    ),
  ])("is not: %s", (text) => {
    expect(read(text)).toHaveLength(2);
  });
});
