import { describe, expect, it } from "vitest";
import { plural, verbForms } from "./morphology.js";

describe("verbForms", () => {
  it("inflects regular verbs", () => {
    expect(verbForms("kill")).toEqual({
      base: "kill",
      third: "kills",
      past: ["killed"],
      participle: ["killed"],
      ing: "killing",
    });
    expect(verbForms("rescue")).toMatchObject({ third: "rescues", past: ["rescued"], ing: "rescuing" });
    expect(verbForms("carry")).toMatchObject({ third: "carries", past: ["carried"], ing: "carrying" });
    expect(verbForms("deploy")).toMatchObject({ third: "deploys", past: ["deployed"] });
    expect(verbForms("detach")).toMatchObject({ third: "detaches" });
  });

  it("doubles the last consonant of a stressed closed syllable only", () => {
    expect(verbForms("stab")).toMatchObject({ past: ["stabbed"], ing: "stabbing" });
    expect(verbForms("gun")).toMatchObject({ past: ["gunned"], ing: "gunning" });
    expect(verbForms("kidnap")).toMatchObject({ past: ["kidnapped"], ing: "kidnapping" });
    expect(verbForms("murder")).toMatchObject({ past: ["murdered"], ing: "murdering" });
    expect(verbForms("suffer")).toMatchObject({ past: ["suffered"] });
    expect(verbForms("detain")).toMatchObject({ past: ["detained"] });
  });

  it("takes irregular forms from the table, with their variants", () => {
    expect(verbForms("slay")).toMatchObject({
      past: ["slew", "slayed"],
      participle: ["slain", "slayed"],
      ing: "slaying",
    });
    expect(verbForms("die")).toMatchObject({ past: ["died"], ing: "dying" });
    expect(verbForms("free")).toMatchObject({ past: ["freed"], ing: "freeing" });
    expect(verbForms("burn").past).toEqual(["burned", "burnt"]);
    expect(verbForms("take")).toMatchObject({ past: ["took"], participle: ["taken"], ing: "taking" });
  });
});

describe("plural", () => {
  it("forms plurals of person nouns", () => {
    expect(plural("soldier")).toBe("soldiers");
    expect(plural("policeman")).toBe("policemen");
    expect(plural("militiaman")).toBe("militiamen");
    expect(plural("policewoman")).toBe("policewomen");
    expect(plural("human")).toBe("humans");
    expect(plural("child")).toBe("children");
    expect(plural("deputy")).toBe("deputies");
    expect(plural("boss")).toBe("bosses");
    expect(plural("attorney")).toBe("attorneys");
  });
});
