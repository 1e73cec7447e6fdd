import { describe, expect, it } from "vitest";
import { namesEvent } from "./event-place.js";
import { findPlaces, locate } from "./places.js";

/** The span of the first `name` in `text`. */
const at = (text: string, name: string) => ({
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
});

describe("a place that names the event (sentences written for these tests)", () => {
  it("reads a place before an event noun, with up to two nouns between, as naming the event", () => {
    for (const [text, name] of [
      ["Mourners recalled the Tillaberi ambush.", "Tillaberi"],
      ["Survivors of the Kano market bombing spoke.", "Kano"],
      ["After Tuesday's Kabul army post attacks, roads closed.", "Kabul"],
    ] as const)
      expect(namesEvent(text, at(text, name)), text).toBe(true);
    for (const [text, name] of [
      ["Gunmen reached Kano on foot and the attack began.", "Kano"],
      ["Police in Kano said an attack was foiled.", "Kano"],
      ["Kano residents fled; an attackers' camp was found.", "Kano"],
    ] as const)
      expect(namesEvent(text, at(text, name)), text).toBe(false);
  });

  it("sets aside sites of other provinces where the report names its event by a place", () => {
    const text = "Relatives gathered in Ouagadougou to bury soldiers killed in the Dori convoy ambush.";
    const found = findPlaces(text);
    expect(found.map((m) => [m.text, m.role])).toEqual([
      ["Ouagadougou", "aside"],
      ["Dori", "site"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(locate(found)).toMatchObject({ name: "Dori", admin1: "Sahel" });
  });

  it("keeps every site where the place it names its event by is in their province, or none names it", () => {
    // Dori and Djibo are both in Burkina Faso's Sahel region.
    expect(
      findPlaces("Soldiers in Dori, Burkina Faso, buried those killed in the Djibo attack.").map(
        (m) => m.role,
      ),
    ).toEqual(["site", "site", "site"]);
    expect(
      findPlaces("Relatives gathered in Ouagadougou to bury soldiers killed near Dori.").map((m) => m.role),
    ).toEqual(["site", "near"]);
  });
});
