// Modality of report phrasings written for these tests in the styles of several outlets: an
// implicative verb states that the infinitive happened ("managed to rescue"), and a question about
// whether anyone was hurt is no statement of none.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

function read(text: string) {
  const r = extractChecked(text);
  return r.claims.map((c) => [
    c.outcome,
    c.quantity.value,
    c.quantity.hedge,
    c.modality,
    c.evidence[0]!.text,
  ]);
}

describe("implicative verbs: what was managed happened", () => {
  it("reads 'managed to rescue', 'were able to free', 'went on to kill' as asserted", () => {
    expect(
      read("Troops managed to rescue 80 passengers after a gunfight near Kaduna, the army said."),
    ).toEqual([["released", 80, "exact", "asserted", "rescue 80 passengers"]]);
    expect(
      read("Soldiers were able to free 23 hostages from the camp in Zamfara, the military said."),
    ).toEqual([["released", 23, "exact", "asserted", "free 23 hostages"]]);
    expect(
      read("The gunman shot a guard and went on to kill 4 worshippers, police in Lagos said."),
    ).toContainEqual(["killed", 4, "exact", "asserted", "kill 4 worshippers"]);
  });

  it("reads 'helped to bury', 'helped to rescue' as asserted: what was helped along happened", () => {
    expect(read("A villager said he had helped to bury 14 people after the raid.")).toEqual([
      ["killed", 14, "exact", "asserted", "bury 14 people"],
    ]);
    expect(
      read("Fishermen helped to rescue 35 passengers when the ferry capsized, the coast guard said."),
    ).toEqual([["released", 35, "exact", "asserted", "rescue 35 passengers"]]);
    // A help still to come stays a plan.
    expect(
      read("Troops will help to rescue 35 passengers still on the ferry, the coast guard said.")[0]?.[3],
    ).toBe("threatened");
  });

  it("reads a communiqué's 'made it possible to neutralise' as asserted", () => {
    expect(
      read(
        "A reaction by our forces, supported by the air force, made it possible to neutralise more than 40 terrorists, the army said.",
      ),
    ).toEqual([["killed", 40, "more_than", "asserted", "neutralise more than 40 terrorists"]]);
    // A possibility still to come stays a plan.
    expect(
      read(
        "The reinforcements will make it possible to rescue 30 hostages held in the forest, the army said.",
      )[0]?.[3],
    ).toBe("threatened");
  });

  it("keeps a plan, a purpose and a negated ability as they were", () => {
    expect(read("The militants planned to kill 20 hostages, the Philippine army said.")[0]?.[3]).toBe(
      "threatened",
    );
    expect(read("Gunmen stormed the jail to free 40 inmates, AFP reported.")[0]?.[3]).toBe("threatened");
    expect(
      read(
        "Police were not able to rescue 12 hostages held in the forest, officials in Kaduna said.",
      )[0]?.[3],
    ).toBe("threatened");
  });
});

describe("questions are not statements of none", () => {
  it("reads no none from 'not clear if there were any casualties' or 'not known whether anyone was hurt'", () => {
    expect(read("It was not immediately clear if there were any casualties.")).toEqual([]);
    expect(
      read("It was not known whether anyone was hurt in the blast in Kharkiv, Reuters reported."),
    ).toEqual([]);
    expect(
      read("Officials could not say whether any civilians were killed in the strike on Khan Younis."),
    ).toEqual([]);
  });

  it("still reads a negated 'any' as none", () => {
    expect(read("The drone did not kill or injure anyone, the regional governor of Kharkiv said.")).toEqual([
      ["injured", 0, "none", "asserted", "injure anyone"],
      ["killed", 0, "none", "asserted", "kill or injure anyone"],
    ]);
    const denied = read("The army denied that its soldiers had killed any civilians in Tabasco.");
    expect(denied.map((c) => c.slice(0, 3))).toEqual([["killed", 0, "none"]]);
  });
});

describe("a possibility: 'may have been' past, 'may be' to come", () => {
  it("reads 'may have been killed' as an unconfirmed claim (Sahel, Congolese officials' estimates)", () => {
    expect(read("Up to 50 people may have been killed in the raid, a local official said.")).toEqual([
      ["killed", 50, "at_most", "reported_unconfirmed", "Up to 50 people may have been killed"],
    ]);
  });

  it("reads 'may be killed' as no outcome yet (threatened)", () => {
    expect(read("Up to 50 people may be killed if the dam breaks, engineers warned.")[0]?.[3]).toBe(
      "threatened",
    );
  });
});
