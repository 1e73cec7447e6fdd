import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { isBareRole, ownSideIn } from "./party-role.js";

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
