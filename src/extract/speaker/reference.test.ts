import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { referent, referringDescription, type Referable } from "./reference.js";

const actor = (name: string, type: ClaimantType, since = 0, named = true): Referable & { name: string } => ({
  name,
  type,
  person: false,
  named,
  addressee: false,
  since,
  words: new Set(name.toLowerCase().split(" ")),
});
const desc = (text: string) => referringDescription(text.toLowerCase().split(" "), text.split(" "));
const refer = (text: string, recent: Array<ReturnType<typeof actor>>, at = 100) =>
  referent(desc(text)!, at, recent)?.name ?? null;

describe("definite descriptions that refer back (reference.ts)", () => {
  it("reads a definite description's head and adjectives, and nothing else", () => {
    expect(desc("the armed group")).toEqual({ head: "group", adjectives: ["armed"] });
    expect(desc("the Kivu group")).toBeNull();
    expect(desc("a militia")).toBeNull();
    expect(desc("the spokesman")).toBeNull();
  });

  it("refers a head of a class to the latest named actor of a type it holds", () => {
    const recent = [actor("Kivu Liberation Front", "armed_group"), actor("Ugandan army", "state_military")];
    expect(refer("the militia", recent)).toBe("Kivu Liberation Front");
    expect(refer("the paramilitary force", recent)).toBe("Ugandan army");
    expect(refer("the military", recent)).toBe("Ugandan army");
    expect(refer("the rebel group", recent)).toBe("Kivu Liberation Front");
  });

  it("refers by the head word of the actor's name, but not across the sides of the violence", () => {
    const recent = [
      actor("Ministry of Health", "government"),
      actor("Baloch Liberation Army", "armed_group"),
    ];
    expect(refer("the ministry", recent)).toBe("Ministry of Health");
    expect(refer("the army", recent)).toBeNull();
    expect(refer("the defence ministry", recent)).toBeNull();
  });

  it("refers a body's head noun to the body named before whose name holds it ('the centre', 'the institute')", () => {
    const recent = [
      actor("Benghazi Medical Centre", "official"),
      actor("Libyan Institute for Conflict Research", "official"),
    ];
    expect(refer("the centre", recent)).toBe("Benghazi Medical Centre");
    expect(refer("the institute", recent)).toBe("Libyan Institute for Conflict Research");
    expect(refer("the centre", [actor("Kivu Rights Network", "official")])).toBeNull();
  });

  it("reads 'the armed forces' as one noun, the state's military, never an armed group's forces", () => {
    expect(desc("the armed forces")).toEqual({ head: "armed forces", adjectives: [] });
    const recent = [actor("M23", "armed_group"), actor("Kivu Liberation Front", "armed_group")];
    expect(refer("the armed forces", recent)).toBeNull();
    expect(refer("the armed group", recent)).toBe("Kivu Liberation Front");
    expect(refer("the armed forces", [...recent, actor("Congolese army", "state_military")])).toBe(
      "Congolese army",
    );
  });

  it("refers 'the group' to the latest body named that is no state's, nor a public body's", () => {
    const aid = actor("Norwegian Refugee Council", "official");
    const rebels = actor("Kivu Liberation Front", "armed_group");
    expect(refer("the group", [rebels, aid])).toBe("Norwegian Refugee Council");
    expect(refer("the group", [aid, rebels])).toBe("Kivu Liberation Front");
    expect(refer("the rebel group", [rebels, aid])).toBe("Kivu Liberation Front");
    expect(refer("the group", [actor("Congolese army", "state_military")])).toBeNull();
    expect(refer("the group", [rebels, actor("National Emergency Management Agency", "official")])).toBe(
      "Kivu Liberation Front",
    );
  });

  it("does not call a police force the army, nor refer to an unnamed or later actor", () => {
    expect(refer("the army", [actor("Kasese police", "state_military")])).toBeNull();
    expect(refer("the police", [actor("Kasese police", "state_military")])).toBe("Kasese police");
    expect(refer("the militia", [actor("gunmen", "armed_group", 0, false)])).toBeNull();
    expect(refer("the militia", [actor("Kivu Liberation Front", "armed_group", 200)])).toBeNull();
  });
});
