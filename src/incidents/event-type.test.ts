import { describe, expect, it } from "vitest";
import { claim } from "../core/tally/test-helpers.js";
import { findActors } from "./actors.js";
import { typeEvent } from "./event-type.js";
import { prominentTarget } from "./prominent-target.js";
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
    // An armed drone's strike.
    expect(typeEvent("A drone struck a market on Sunday, killing five traders.").gtd).toBe(
      "Bombing/Explosion",
    );
    expect(typeEvent("Five traders died in the drone attack on the market.").gtd).toBe("Bombing/Explosion");
  });

  it("codes an armed assault as an attack on civilians or a clash with forces", () => {
    const text = "Gunmen opened fire on a van, witnesses said.";
    expect(typeEvent(text).gtd).toBe("Armed Assault");
    expect(typeEvent(text).acled.subEventType).toBe("Attack");
    expect(typeEvent("Nothing happened today.").gtd).toBe("Unknown");
  });

  it("codes an attack on a prominent person as an assassination, whatever the weapon", () => {
    // The role phrase is the attack's object, or a title before a name.
    expect(
      typeEvent("Gunmen shot and killed the deputy mayor of a northern town outside his home.").gtd,
    ).toBe("Assassination");
    expect(typeEvent("Rebels ambushed the convoy of General Tomas Reyes on the coast road.").gtd).toBe(
      "Assassination",
    );
    expect(typeEvent("Attackers fired on a senior tribal elder as he left the market.").gtd).toBe(
      "Assassination",
    );
    // A name the text describes by a role elsewhere.
    const named = typeEvent(
      "Two men opened fire on Marta Kovacs near a cafe. Kovacs, a city councillor, was wounded.",
    );
    expect(named.gtd).toBe("Assassination");
    expect(named.acled.subEventType).toBe("Attack");
    // "<Name>, the <role>, was killed", here by a bomb: ACLED codes it by the means.
    const bombed = typeEvent(
      "A roadside bomb struck a car on the ring road. Omar Haddad, the provincial education director, " +
        "was killed in the blast.",
    );
    expect(bombed.gtd).toBe("Assassination");
    expect(bombed.acled.subEventType).toBe("Remote explosive/landmine/IED");
    // Abducted, and later killed.
    expect(
      typeEvent("Kidnappers abducted a village chief from his farm. He was later shot dead, relatives said.")
        .gtd,
    ).toBe("Assassination");
  });

  it("does not code an assassination when the prominent person is not the one attacked", () => {
    expect(prominentTarget("Gunmen opened fire on a police checkpoint, killing two officers.")).toBeNull();
    expect(
      typeEvent("A car bomb exploded near a market. The mayor later visited the wounded in hospital.").gtd,
    ).toBe("Bombing/Explosion");
    // The role is in a phrase after "of"; an institution named after a title; a rank as a common word.
    expect(typeEvent("Gunmen killed the two sons of a village chief at a wedding.").gtd).toBe(
      "Armed Assault",
    );
    expect(typeEvent("Gunmen stormed the Imam Reza Hospital and shot a guard.").gtd).toBe("Armed Assault");
    expect(typeEvent("Insurgents fired rockets at a major road junction.").gtd).toBe("Bombing/Explosion");
    // Background, not the event.
    expect(
      typeEvent(
        "A suicide bomber killed nine people at a rally. The group has previously targeted party leaders.",
      ).gtd,
    ).toBe("Bombing/Explosion");
    // Abducted and released: a kidnapping.
    expect(
      typeEvent("Rebels abducted a district governor on the highway. He was released unharmed a week later.")
        .gtd,
    ).toBe("Hostage Taking (Kidnapping)");
    // A spokesman described in an appositive is no target.
    expect(
      typeEvent(
        "Gunmen attacked an army post overnight. Karim Said, a police spokesman, said two soldiers were hurt.",
      ).gtd,
    ).toBe("Armed Assault");
  });

  it("codes hostages held at the site a barricade incident, and captives killed a kidnapping", () => {
    expect(
      typeEvent(
        "Gunmen stormed a hotel and held about 40 guests hostage for hours before soldiers rescued them.",
      ).gtd,
    ).toBe("Hostage Taking (Barricade Incident)");
    expect(typeEvent("Bandits abducted three aid workers and took them hostage in the hills.").gtd).toBe(
      "Hostage Taking (Kidnapping)",
    );
    expect(typeEvent("Militants beheaded a captured soldier in a remote village.").gtd).toBe(
      "Hostage Taking (Kidnapping)",
    );
  });

  it("codes firearms, blades and clashes as armed assault, a vehicle driven into people as unarmed", () => {
    expect(typeEvent("Attackers shot two farmers near the river.").gtd).toBe("Armed Assault");
    expect(typeEvent("Fighters attacked an army post and a clash followed.").gtd).toBe("Armed Assault");
    expect(typeEvent("A man stabbed three people at a train station.").gtd).toBe("Armed Assault");
    expect(typeEvent("A driver rammed a van into pedestrians on a busy street.").gtd).toBe("Unarmed Assault");
    expect(typeEvent("Fighters attacked a village; no details were given.").gtd).toBe("Unknown");
  });

  it("codes rockets and mortars as bombings, but not explosives listed among an assault's guns", () => {
    const shelled = typeEvent("Insurgents fired mortars at the airport overnight.");
    expect(shelled.gtd).toBe("Bombing/Explosion");
    expect(shelled.acled.subEventType).toBe("Shelling/artillery/missile attack");
    expect(typeEvent("Gunmen armed with rifles and grenades attacked a police post.").gtd).toBe(
      "Armed Assault",
    );
    expect(typeEvent("Militants armed with grenades attacked a bus depot.").gtd).toBe("Bombing/Explosion");
  });

  it("codes incendiary attacks on property as facility attacks, and as armed assaults when they hurt people", () => {
    const text = "Youths threw petrol bombs at a tax office overnight.";
    expect(typeEvent(text).gtd).toBe("Facility/Infrastructure Attack");
    expect(typeEvent("An incendiary device was thrown at a newspaper's offices.").gtd).toBe(
      "Facility/Infrastructure Attack",
    );
    const hurt = [claim({ outcome: "injured", group: "civilians" })];
    expect(typeEvent(text, hurt).gtd).toBe("Armed Assault");
    const attackers = [claim({ outcome: "killed", group: "militants" })];
    expect(typeEvent(text, attackers).gtd).toBe("Facility/Infrastructure Attack");
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

describe("verbs of violence in every inflection, where no type's words are found (our own sentences)", () => {
  it("type an attack told by its verb alone", () => {
    for (const text of [
      "Fighters overran an army outpost before dawn, killing 12 soldiers.",
      "Insurgents overrun outposts in the north most weeks.",
      "Militiamen storming the village killed 9 people.",
      "Rebels raids on farms left 6 dead.",
      "Eleven villagers were killed in an overnight raid.",
      "Herders ambushing farmers killed four.",
    ])
      expect(typeEvent(text).gtd, text).toBe("Armed Assault");
    expect(typeEvent("Youths torching shops left the market in ruins.").gtd).toBe(
      "Facility/Infrastructure Attack",
    );
  });

  it("leave a type the words give as it is, and an attack of no stated means unknown", () => {
    expect(typeEvent("Fighters overran the base after a car bomb exploded at its gate.").gtd).toBe(
      "Bombing/Explosion",
    );
    expect(typeEvent("Assailants attacked a checkpoint. No one was hurt.").gtd).toBe("Unknown");
  });
});
