// The means of an attack read from nouns in either number (plurals derived, not written out).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { weaponKinds } from "./weapons.js";

describe("weaponKinds", () => {
  it.each([
    ["Snipers on the rooftops pinned the patrol down.", ["firearm"]],
    ["Two land mines exploded under the convoy.", ["explosive"]],
    ["The attackers wore suicide vests.", ["explosive"]],
    ["A sniper and two grenades were involved.", ["explosive", "firearm"]],
    ["Villagers were attacked with knives and machetes.", ["blade"]],
  ])("%s", (text, kinds) => {
    expect(weaponKinds(text)).toEqual(kinds);
  });
});
