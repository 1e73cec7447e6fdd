import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { paragraphs, sentences } from "./sentences.js";
import { unwrapLines } from "./unwrap.js";

/** The paragraphs of the unwrapped text, read back from the untouched one (spaces squeezed). */
function paras(text: string): string[] {
  const out = unwrapLines(text);
  expect(out).toHaveLength(text.length);
  return paragraphs(out).map((p) => text.slice(p.start, p.end).replace(/\s+/g, " "));
}

// Wire copy wrapped at 60 columns, paragraphs indented, a headline above.
const WIRE = [
  "GUNMEN KILL VILLAGERS IN RAID",
  "   Gunmen on motorcycles attacked a farming village before",
  "dawn on Sunday, killing at least nine people and wounding",
  "14 others, a local official said.",
  "   The attackers also burned granaries and drove off cattle,",
  "the official said. Two of the wounded were in a critical",
  "condition.",
].join("\n");

// A page from a PDF: proportional text, lines of uneven length, paragraphs after a short line.
const PDF = [
  "Security forces said the convoy was ambushed on the main road",
  "north of the town. Eleven soldiers were killed and seven",
  "were wounded in the exchange of fire that lasted an hour.",
  "The army sent reinforcements.",
  "Residents reported that the road remained closed on Monday",
  "evening, and that the bodies of the dead had been taken to",
  "the district hospital.",
].join("\r\n");

describe("unwrapLines", () => {
  it("joins wire copy wrapped at a width, keeping headline and indented paragraphs apart", () => {
    expect(paras(WIRE)).toEqual([
      "GUNMEN KILL VILLAGERS IN RAID",
      "Gunmen on motorcycles attacked a farming village before dawn on Sunday, killing at least nine people and wounding 14 others, a local official said.",
      "The attackers also burned granaries and drove off cattle, the official said. Two of the wounded were in a critical condition.",
    ]);
  });

  it("joins PDF lines with \\r\\n breaks; a line that stops short ends its paragraph", () => {
    expect(paras(PDF)).toEqual([
      "Security forces said the convoy was ambushed on the main road north of the town. Eleven soldiers were killed and seven were wounded in the exchange of fire that lasted an hour.",
      "The army sent reinforcements.",
      "Residents reported that the road remained closed on Monday evening, and that the bodies of the dead had been taken to the district hospital.",
    ]);
  });

  it("joins a line that stops mid-sentence to one going on in lower case, in any text", () => {
    expect(
      paras("Police said seven people were\nkilled in the attack.\nA second paragraph follows."),
    ).toEqual(["Police said seven people were killed in the attack.", "A second paragraph follows."]);
  });

  it("leaves one paragraph a line as it is: headlines, datelines, blank lines", () => {
    const text =
      "Blast kills 12 at market\nBy Staff Reporter\n\nPESHAWAR: A bomb killed 12 people on Friday, police said.\nThe wounded were taken to hospital.";
    expect(unwrapLines(text)).toBe(text);
    const long = "A paragraph written on one line that runs on well past any wrapping width. "
      .repeat(3)
      .trim();
    expect(unwrapLines(`${long}\n${long}\n${long}`)).toBe(`${long}\n${long}\n${long}`);
  });

  it("keeps offsets: claims from wrapped copy point into the untouched text", () => {
    const r = extract({ id: "w", text: WIRE, published: "2024-03-04" });
    const figures = r.claims.map((c) => [c.outcome, c.quantity.value, c.evidence.map((e) => e.text)]);
    expect(figures).toContainEqual(["killed", 9, [expect.stringContaining("at least nine people")]]);
    // The evidence runs across the line break, as the untouched text has it.
    expect(figures).toContainEqual(["injured", 14, ["wounding\n14 others"]]);
    for (const c of r.claims) for (const e of c.evidence) expect(WIRE.slice(e.start, e.end)).toBe(e.text);
    // The sentence with the figures is one sentence, across three lines.
    const s = sentences(unwrapLines(WIRE)).find((x) => WIRE.slice(x.start, x.end).includes("nine"))!;
    expect(WIRE.slice(s.start, s.end)).toMatch(/^Gunmen on motorcycles[\s\S]*official said\.$/);
  });

  it("keeps the untouched text in a claimant's mention and a time that run across a break", () => {
    const text = "A senior police\nofficial said 12 people were killed on\nTuesday in the market. ";
    const [c] = extract({ id: "w", text, published: "2024-03-05" }).claims;
    expect(c?.claimant.mention).toMatchObject({ text: "A senior police\nofficial" });
    expect(c?.time).toMatchObject({ text: "on\nTuesday" });
    expect(text.slice(c!.claimant.mention!.start, c!.claimant.mention!.end)).toBe(c!.claimant.mention!.text);
    expect(text.slice(c!.time!.start, c!.time!.end)).toBe(c!.time!.text);
  });
});
