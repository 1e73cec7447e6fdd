import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { extract } from "../pipeline.js";
import { tokenize } from "../tokens.js";
import { governingType } from "./de-facto.js";

/** The claimant of the figure `value`, its mention's span checked against the text. */
function claimant(text: string, value: number, published = "2025-06-02") {
  const c = extract({ id: "a", text, published }).claims.find((x) => x.quantity.value === value);
  const m = c?.claimant.mention;
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return c ? { type: c.claimant.type, party: c.claimant.party, mention: m?.text ?? null } : null;
}

const typed = (mention: string, type: ClaimantType, day: string | null) =>
  governingType(
    type,
    tokenize(mention, { start: 0, end: mention.length }).map((t) => t.norm),
    day,
  );

describe("an office of a de facto government (de-facto.ts)", () => {
  it("types a governing movement's official, spokesman or ministry as the government", () => {
    expect(claimant("Eleven worshippers were killed in the blast, a Taliban official said.", 11)).toEqual({
      type: "government",
      party: "state",
      mention: "a Taliban official",
    });
    expect(claimant("A Taliban spokesman said 9 people were wounded in Herat.", 9)).toMatchObject({
      type: "government",
      mention: "A Taliban spokesman",
    });
    expect(claimant("Taliban officials said four guards were killed at the checkpoint.", 4)).toMatchObject({
      type: "government",
      mention: "Taliban officials",
    });
    expect(
      claimant("Zabihullah Amin, a spokesman for the Taliban administration, said 7 people died.", 7),
    ).toMatchObject({ type: "government" });
  });

  it("keeps the office of one who speaks for the movement, by any of its names", () => {
    expect(claimant("Twelve worshippers were killed, a spokesman for the Taliban said.", 12)).toEqual({
      type: "government",
      party: "state",
      mention: "a spokesman for the Taliban",
    });
    expect(
      claimant("Zabihullah Nuri, the chief spokesman of the Islamic Emirate, said 4 children died.", 4),
    ).toMatchObject({ type: "government" });
    expect(
      claimant("A spokesman for the Taliban said 5 soldiers were killed.", 5, "2017-05-04"),
    ).toMatchObject({
      type: "armed_group",
    });
  });

  it("keeps the movement's fighters and commanders an armed group", () => {
    expect(claimant("A Taliban commander said 6 of his men were killed in the clash.", 6)?.type).toBe(
      "armed_group",
    );
    expect(claimant("The Taliban said 12 attackers were killed.", 12)?.type).toBe("armed_group");
  });

  it("reads the same office before the movement governed, and another movement of its name, as armed", () => {
    expect(
      claimant("A Taliban official said 14 Afghan soldiers were killed.", 14, "2017-05-04"),
    ).toMatchObject({
      type: "armed_group",
      mention: "A Taliban official",
    });
    expect(claimant("A Pakistani Taliban spokesman said 8 soldiers were killed.", 8)?.type).toBe(
      "armed_group",
    );
  });

  it("leaves any other type, and governs within its periods only", () => {
    expect(typed("a Taliban official", "armed_group", "1998-03-01")).toBe("government");
    expect(typed("a Taliban official", "armed_group", "2005-03-01")).toBe("armed_group");
    expect(typed("a Taliban official", "armed_group", null)).toBe("government");
    expect(typed("a Taliban official", "witness", "2025-03-01")).toBe("witness");
    expect(typed("a Houthi official", "armed_group", "2025-03-01")).toBe("armed_group");
  });
});
