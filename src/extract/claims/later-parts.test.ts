// Parts said after their total, tied to it by the claim layer: a voice's dead told one by one
// before its toll (toll-parts.ts), a definite figure below a total (definite-parts.ts), a share's
// parenthetical breakdown (paren-parts.ts), persons in apposition after a plain total
// (apposed-parts.ts). Our own sentences, each class with a case that must stay apart.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../core/model.js";
import { extract } from "../pipeline.js";

const claimsOf = (text: string) => extract({ id: "lp", text, published: "2026-04-20" }).claims;
const find = (claims: Claim[], words: string) =>
  claims.find((c) => c.evidence.some((e) => e.text.includes(words)));
const partOf = (claims: Claim[], words: string) => {
  const c = find(claims, words);
  expect(c, words).toBeDefined();
  return c!.partOf === null ? null : claims.find((w) => w.id === c!.partOf)!.quantity.value;
};

describe("parts said after their total", () => {
  it("a voice's dead told one by one, then its toll", () => {
    const claims = claimsOf(
      [
        "Seven policemen were killed when rebels attacked a checkpoint near Kibati on Sunday, the governor said.",
        "",
        '"Five officers died at the checkpoint. Two wounded officers died in the clinic at Goma, bringing the toll to seven," police commander Jean Mutombo said.',
      ].join("\n"),
    );
    expect(partOf(claims, "Five officers died")).toBe(7);
    expect(partOf(claims, "Two wounded officers died")).toBe(7);
  });

  it("leaves figures that do not add up to the toll", () => {
    const claims = claimsOf(
      '"Five officers died at the checkpoint. Four civilians died in the market, bringing the toll to seven," police commander Jean Mutombo said.',
    );
    expect(partOf(claims, "Five officers died")).toBeNull();
  });

  it("a definite figure below a total said before", () => {
    const claims = claimsOf(
      [
        "Rebels released nine people they had held for a month, the Red Cross said on Monday.",
        "",
        "The four teachers freed were flown to the capital, a ministry official said.",
      ].join("\n"),
    );
    expect(partOf(claims, "four teachers")).toBe(9);
  });

  it("a share's parenthetical breakdown", () => {
    const claims = claimsOf(
      [
        "The monitor recorded 40 civilian casualties in the province in March: 12 killed and 28 injured.",
        "",
        "Women made up ten of the casualties (three killed, seven injured).",
      ].join("\n"),
    );
    expect(partOf(claims, "three killed")).toBe(12);
    expect(partOf(claims, "seven injured")).toBe(28);
  });

  it("persons in apposition after a plain total, not a person told apart from it", () => {
    const apposed = claimsOf(
      "Firefighters found two bodies, a man in his sixties and his elderly neighbour, in the ashes.",
    );
    expect(partOf(apposed, "a man")).toBe(2);
    const apart = claimsOf(
      "Firefighters found two bodies in the ashes on Monday, and a man was found dead in a car nearby.",
    );
    expect(partOf(apart, "a man")).toBeNull();
  });
});
