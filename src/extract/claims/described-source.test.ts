// A headline's role after a dash that the body's description of a person holds ("— Reps member"):
// the headline speaks in that person's voice (described-source.ts, headline.ts describedRole).
// Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const BODY =
  "Gunmen attacked Tungar Kudu village in Anka on Sunday night, killing at least nine people.\n\n" +
  "The member representing Anka Federal Constituency in the House of Representatives, Hon. Musa Bello, " +
  "who spoke to reporters on Monday, said nine villagers had been buried.";

/** [claimant name, value, evidence texts] of each claim. */
const rows = (text: string) =>
  extractChecked(text, "2026-05-04").claims.map((c) => [
    c.claimant.name,
    c.quantity.value,
    c.evidence.map((e) => e.text),
  ]);

describe("a headline's role that the body's description of a person holds", () => {
  it("gives the headline's figure to the person described", () => {
    const text = `Gunmen kill 9 in Zamfara village — Reps member\n\n${BODY}`;
    expect(rows(text)).toContainEqual(["Hon. Musa Bello", 9, ["kill 9", "nine villagers had been buried"]]);
  });

  it("leaves the headline's figure alone where the description lacks a word of the role", () => {
    const text = `Gunmen kill 9 in Zamfara village — Senate member\n\n${BODY}`;
    const head = rows(text).find(([, , ev]) => (ev as string[]).includes("kill 9"));
    expect(head?.[0]).not.toBe("Hon. Musa Bello");
  });
});
