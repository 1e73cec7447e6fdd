// One person, one voice (codebook §1c): a role that speaks with no name in the lede and the same
// person later by title and name, or by name with a relative clause of that role, are one claimant,
// so a figure restated in the quote is one claim. And a possessive description before a name in
// apposition ("Its spokesman for …, Captain X") is no name. Reports of our own words; spans checked.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** Every claim as "name: outcome value", each claimant mention's span checked against the text. */
function voices(text: string): string[] {
  return extract({ id: "a", text, published: "2025-03-12" }).claims.map((c) => {
    const m = c.claimant.mention;
    if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${c.claimant.name} [${c.claimant.type}]: ${c.outcome} ${c.quantity.value}`;
  });
}

describe("a role named later by title or by office (entities.ts roleNamed)", () => {
  it("reads the role in the lede and the titled name after it as one voice", () => {
    expect(
      voices(
        "At least 14 herders were killed in the raid on Sunday, the county commissioner said.\n\n" +
          'Commissioner Deng Akech Mabior told the radio station: "We have buried 14 people so far."',
      ),
    ).toEqual(["Deng Akech Mabior, county commissioner [official]: killed 14"]);
  });

  it("reads a name with a relative clause of the role as the role named", () => {
    expect(
      voices(
        "Gunmen killed at least 21 villagers overnight, a civil society coordinator said.\n\n" +
          '"We have counted 21 bodies," said Paluku Mbusa, who coordinates civil society groups in the area.',
      ),
    ).toEqual(["Paluku Mbusa, civil society coordinator [official]: killed 21"]);
  });

  it("keeps two roles of other nouns two voices", () => {
    expect(
      voices(
        "At least 9 people were killed, the county commissioner said.\n\n" +
          'Governor Mary Atong told reporters: "We have lost 9 people."',
      ),
    ).toEqual(["county commissioner [official]: killed 9", "Governor Mary Atong [government]: killed 9"]);
  });
});

describe("a possessive description in apposition to a name", () => {
  it("takes the name after it, not a word of the description, as the person's", () => {
    expect(
      voices(
        "Paluku Mbusa, who coordinates civil society groups, said 30 people were killed. The army gave a lower figure. Its spokesman for the Sakola operations, Captain Marc Ilunga, said 22 civilians had been killed.",
      ),
    ).toEqual(["Paluku Mbusa [official]: killed 30", "Captain Marc Ilunga [state_military]: killed 22"]);
  });
});
