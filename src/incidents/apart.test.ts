import { describe, expect, it } from "vitest";
import { apart, fragmentsApart, TARGETS_APART, VICTIMS_APART, WEAPONS_APART } from "./apart.js";
import type { ArticleFeatures } from "./features.js";
import { namedVictims, sameVictim } from "./victims.js";
import { weaponKinds } from "./weapons.js";

// Sentences written for these tests: persons named as attacked, the means, and what a report and
// an incident that name other ones take off a link's score.
describe("persons named as attacked", () => {
  it("reads a name after an attack's words, with or without a title", () => {
    expect(namedVictims("Two men opened fire on Judge Albert Ngoma outside his home.", [])).toEqual([
      "albert ngoma",
    ]);
    expect(
      namedVictims("Attackers threw a grenade at the car of Mayor Celestin Dambo on Friday.", []),
    ).toEqual(["celestin dambo"]);
    expect(namedVictims("Gunmen abducted Pastor Okoro near the river.", [])).toEqual(["okoro"]);
  });

  it("reads no person in a single word without a title, a place, a group or a unit", () => {
    expect(namedVictims("Militants attacked Kolwezi on Monday.", [])).toEqual([]);
    const text = "Militants attacked Port Harcourt overnight.";
    expect(namedVictims(text, [{ start: 19, end: 32 }])).toEqual([]);
    expect(namedVictims("Soldiers killed Boko Haram fighters near the lake.", [])).toEqual([]);
    expect(namedVictims("Rebels attacked Kamba Forest Station at dawn.", [])).toEqual([]);
  });

  it("takes two spellings of one name for one person", () => {
    expect(sameVictim("albert ngoma", "albert ngomah")).toBe(true);
    expect(sameVictim("didier muhimpundu", "muhimpund")).toBe(true);
    expect(sameVictim("albert ngoma", "celestin dambo")).toBe(false);
  });
});

describe("means of attack", () => {
  it("reads kinds of weapon from the words for them", () => {
    expect(weaponKinds("Gunmen opened fire on the convoy before a roadside bomb went off.")).toEqual([
      "explosive",
      "firearm",
    ]);
    expect(weaponKinds("Attackers armed with machetes set fire to the houses.")).toEqual([
      "blade",
      "incendiary",
    ]);
    expect(weaponKinds("Police said the attack left three dead.")).toEqual([]);
  });
});

const features = (over: Partial<ArticleFeatures>): ArticleFeatures =>
  ({ victims: [], targets: [], weapons: [], ...over }) as ArticleFeatures;
const marks = (victims: string[], targets: string[], weapons: string[], days: string[] = []) => ({
  victims: new Set(victims),
  targets: new Set(targets),
  weapons: new Set(weapons),
  days: new Set(days),
});

describe("signs of another attack", () => {
  it("weighs other victims, other kinds of target on the same day and other means", () => {
    const f = features({ victims: ["albert ngoma"], targets: ["school"], weapons: ["firearm"] });
    const signs = apart(f, marks(["celestin dambo"], ["police"], ["explosive"]), true);
    expect(signs.map((s) => s.weight)).toEqual([VICTIMS_APART, TARGETS_APART, WEAPONS_APART]);
    // Another day: targets are another-event.ts's to read.
    expect(
      apart(f, marks(["celestin dambo"], ["police"], ["explosive"]), false).map((s) => s.weight),
    ).toEqual([VICTIMS_APART, WEAPONS_APART]);
  });

  it("takes nothing where one side names none or one is shared", () => {
    const f = features({ victims: ["albert ngoma"], targets: ["school", "police"], weapons: ["firearm"] });
    expect(apart(f, marks(["judge albert ngomah"], ["police"], ["firearm", "explosive"]), true)).toEqual([]);
    expect(apart(features({}), marks(["celestin dambo"], ["police"], ["explosive"]), true)).toEqual([]);
  });

  it("tells two incidents apart where the report that would bridge them names no victim", () => {
    const by = features({ weapons: ["firearm"] });
    const signs = fragmentsApart(
      by,
      marks(["albert ngoma"], [], ["firearm"], ["2026-06-11"]),
      marks(["celestin dambo"], [], ["firearm"], ["2026-06-11"]),
    );
    expect(signs.map((s) => s.weight)).toEqual([VICTIMS_APART]);
    const naming = features({ victims: ["celestin dambo"], weapons: ["firearm"] });
    expect(
      fragmentsApart(naming, marks(["albert ngoma"], [], []), marks(["celestin dambo"], [], [])),
    ).toEqual([]);
  });
});
