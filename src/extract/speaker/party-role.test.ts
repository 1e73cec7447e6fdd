import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { isBareRole, ownSideIn, sideNamedBefore } from "./party-role.js";

const norms = (s: string) => tokenize(s, { start: 0, end: s.length }).map((t) => t.norm);
const side = (s: string) => ownSideIn(tokenize(s, { start: 0, end: s.length }));

describe("a party's role named with no body", () => {
  it("is bare with adjectives of rank or reach, or a postmodifier that names no body", () => {
    expect(isBareRole(norms("a local commander"))).toBe(true);
    expect(isBareRole(norms("The spokesman"))).toBe(true);
    expect(isBareRole(norms("a commander reached by telephone"))).toBe(true);
    expect(isBareRole(norms("a senior commander in the area"))).toBe(true);
  });

  it("is not bare where a modifier or complement names the body or the kind", () => {
    expect(isBareRole(norms("a rebel commander"))).toBe(false);
    expect(isBareRole(norms("a commander of the militia"))).toBe(false);
    expect(isBareRole(norms("a police spokesman"))).toBe(false);
    expect(isBareRole(norms("a senior official"))).toBe(false);
  });

  it("takes the side of the people it calls its own", () => {
    expect(side("A commander said 12 of his fighters had died")).toBe("armed_group");
    expect(side("“Our brave soldiers held the line,” he said")).toBe("state_military");
    expect(side("“We lost 22 fighters,” the commander said")).toBe("armed_group");
    expect(side("“We have lost two soldiers,” she said")).toBe("state_military");
  });

  it("takes no side from others' people, from civilians, or from both sides at once", () => {
    expect(side("A commander said 30 soldiers were killed")).toBeNull();
    expect(side("“They killed my two sons,” he said")).toBeNull();
    expect(side("He said his fighters killed 9 of our soldiers")).toBeNull();
  });
});

describe("a bare role with no party spoken of before it", () => {
  const read = (text: string, role: string) => {
    let paragraph = 0;
    const sents = text.split(/(?<=\.) /).map((s, i, all) => {
      const start = all.slice(0, i).reduce((n, x) => n + x.length + 1, 0);
      if (s.startsWith("\n")) paragraph++;
      return { paragraph, tokens: tokenize(text, { start, end: start + s.length }) };
    });
    const at = text.indexOf(role);
    const i = sents.findIndex((s) => s.tokens.some((t) => t.start >= at));
    return sideNamedBefore(sents, i, at);
  };

  it("takes the side of the people the report names first as acting", () => {
    // A Sahel wire, a Myanmar resistance report, a Colombian local: fighters, then their commander.
    expect(
      read(
        "Fighters stormed the village at dawn. A commander told AFP that 12 soldiers were killed.",
        "A commander",
      ),
    ).toBe("armed_group");
    expect(
      read(
        "Resistance militia members overran the outpost. A local commander said 9 troops died.",
        "A local",
      ),
    ).toBe("armed_group");
    expect(
      read(
        "Army troops repelled an attack by insurgents on the base. A commander said 12 were killed.",
        "A commander",
      ),
    ).toBe("state_military");
    expect(
      read(
        "The fighters seized the town on Sunday, and a commander said 20 troops were killed.",
        "a commander",
      ),
    ).toBe("armed_group");
  });

  it("reads past quotations and attackers named by their act, and finds nothing where no side is named", () => {
    expect(read('Fighters overran the base. "We killed 30 soldiers," a commander said.', "a commander")).toBe(
      "armed_group",
    );
    expect(
      read("Gunmen attacked the camp overnight. A commander said 7 civilians died.", "A commander"),
    ).toBeNull();
    expect(read("A commander said 12 insurgents were killed.", "A commander")).toBeNull();
  });
});
