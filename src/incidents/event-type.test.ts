import { describe, expect, it } from "vitest";
import { findActors } from "./actors.js";
import { typeEvent } from "./event-type.js";
import { BUS_2, ZHOB, claimsOf } from "./test-helpers.js";

describe("typeEvent", () => {
  it("codes a hijacking above the hostage taking it involves", () => {
    const t = typeEvent(BUS_2.text, claimsOf("bus-2"));
    expect(t.gtd).toBe("Hijacking");
    expect(t.acled).toEqual({
      eventType: "Violence against civilians",
      subEventType: "Abduction/forced disappearance",
    });
  });

  it("codes bombings by their kind", () => {
    expect(typeEvent(ZHOB.text).acled.subEventType).toBe("Remote explosive/landmine/IED");
    const suicide = typeEvent("A suicide bomber blew himself up outside a police station, killing four.");
    expect(suicide.gtd).toBe("Bombing/Explosion");
    expect(suicide.acled).toEqual({ eventType: "Explosions/Remote violence", subEventType: "Suicide bomb" });
  });

  it("codes an armed assault as an attack on civilians or a clash with forces", () => {
    const text = "Gunmen opened fire on a van, witnesses said.";
    expect(typeEvent(text).gtd).toBe("Armed Assault");
    expect(typeEvent(text).acled.subEventType).toBe("Attack");
    expect(typeEvent("Nothing happened today.").gtd).toBe("Unknown");
  });
});

describe("findActors", () => {
  it("gives named groups, state forces and civilians their inter codes, perpetrator first", () => {
    const actors = findActors(BUS_2.text, claimsOf("bus-2"), "Pakistan");
    expect(actors.map((a) => [a.name, a.inter])).toEqual([
      ["BLF: Baloch Liberation Front", 2],
      ["Military Forces of Pakistan", 1],
      ["Civilians (Pakistan)", 7],
    ]);
  });

  it("names an unidentified armed group only when no group is named, and capitals match as written", () => {
    expect(findActors("Militants attacked a checkpoint.", [], "Kenya")[0]).toMatchObject({
      name: "Unidentified Armed Group (Kenya)",
      inter: 2,
    });
    expect(findActors("The bla bla of it.", [], null)).toEqual([]);
  });
});
