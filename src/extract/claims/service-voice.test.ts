import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { otherServices, serviceOf } from "./service-voice.js";

describe("service-voice: two services of the state are two voices", () => {
  it("reads the service a name shows, a named force by the words of its name", () => {
    expect(serviceOf("a senior police officer")).toBe("police");
    expect(serviceOf("KDF")).toBe("military");
    expect(serviceOf("Army spokesman Brig. Tariq Mahmood")).toBe("military");
    expect(serviceOf("Inspector Grace Wanjiru")).toBeNull();
    expect(serviceOf("security sources")).toBeNull();
  });

  it("keeps apart a police voice and an army's, not a force and a named person", () => {
    expect(otherServices("district police commander", "UPDF")).toBe(true);
    expect(otherServices("army", "army spokesman")).toBe(false);
    expect(otherServices("police", "Moses Kiprono")).toBe(false);
  });

  it("keeps apart a numbered formation's voice and the army command's", () => {
    expect(serviceOf("58th Motorized Brigade")).toBe("formation");
    expect(otherServices("58th Motorized Brigade", "army")).toBe(true);
    const text = [
      "The 58th Motorized Brigade said its troops killed 9 attackers near the bridge on Tuesday.",
      "",
      "The army's general staff later said 9 attackers had been killed in the area.",
    ].join("\n");
    const { claims } = extract({ id: "sv3", text, published: "2026-03-14" });
    const killed = claims.filter((c) => c.outcome === "killed" && c.quantity.value === 9);
    expect(killed.map((c) => c.claimant.type)).toEqual(["state_military", "state_military"]);
  });

  it("gives the army's statement its own claim beside the police officer's equal figure", () => {
    const text = [
      "Three Uganda People's Defence Force soldiers were killed when gunmen ambushed a patrol near Kotido on Friday, a district police commander said.",
      "",
      "In a statement, the UPDF said it had lost three soldiers in the ambush.",
    ].join("\n");
    const { claims } = extract({ id: "sv1", text, published: "2026-03-14" });
    const killed = claims.filter((c) => c.outcome === "killed" && c.quantity.value === 3);
    expect(killed.map((c) => c.claimant.name).sort()).toEqual(["UPDF", "district police commander"]);
  });

  it("still joins the army's figure repeated by its spokesman", () => {
    const text = [
      "Four soldiers were killed in the attack on the base, the army said on Monday.",
      "",
      "An army spokesman, Major Peter Odongo, said the four soldiers were killed while repelling the raid.",
    ].join("\n");
    const { claims } = extract({ id: "sv2", text, published: "2026-03-14" });
    expect(claims.filter((c) => c.outcome === "killed" && c.quantity.value === 4)).toHaveLength(1);
  });
});
