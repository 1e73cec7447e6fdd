import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

const dated = (text: string, published: string) =>
  extract({ id: "ld", text, published }).claims.map((c) => [
    c.outcome,
    c.quantity.value,
    c.time?.date ?? null,
  ]);

describe("lede-day: a lede with no day takes the day a later paragraph gives the attack", () => {
  it("dates the lede's figure by the day the attackers struck", () => {
    const text = [
      "Gunmen kill nine in Plateau village",
      "",
      "Gunmen have killed nine people in Kwall village in Bassa Local Government Area of Plateau State, a community leader has said.",
      "",
      "Residents said the attackers invaded the village at about 11pm on Tuesday and shot at people in their homes.",
    ].join("\n");
    expect(dated(text, "2026-05-14")).toContainEqual(["killed", 9, "2026-05-12"]);
  });

  it("leaves the lede undated where the later day is of an earlier attack or only a saying", () => {
    const earlier = [
      "Gunmen have killed nine people in Kwall village in Bassa Local Government Area, a community leader has said.",
      "",
      "A previous attack on the village on Tuesday left two farmers dead, residents said.",
    ].join("\n");
    expect(dated(earlier, "2026-05-14")).toContainEqual(["killed", 9, null]);
    const saying = [
      "Gunmen have killed nine people in Kwall village in Bassa Local Government Area, a community leader has said.",
      "",
      "The police spokesman said on Wednesday that officers had been deployed to the area.",
    ].join("\n");
    expect(dated(saying, "2026-05-14")).toContainEqual(["killed", 9, null]);
  });
});

describe("lede-day: a lede dated only by its saying takes the attack's day", () => {
  it("replaces the day the command spoke by the day a later paragraph gives the ambush", () => {
    const text = [
      "Three soldiers were killed when rebels ambushed a convoy near Kirumba, the army said on Friday.",
      "",
      "Residents said the convoy was ambushed on Tuesday evening on the road to Butembo.",
    ].join("\n");
    expect(dated(text, "2026-06-13")).toContainEqual(["killed", 3, "2026-06-09"]);
  });
});
