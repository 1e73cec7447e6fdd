// Single victims and small numbers (issue 9 §4): one person named by a role noun, "another",
// "both", "a pair of", "a couple", "twin", "a family of five", and participles before the noun.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("single victims", () => {
  it("counts one person named by a role noun, with the noun's group", () => {
    expect(counts("A policeman was shot dead near the market.")).toMatchObject([
      { value: 1, outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("The driver died on the way to hospital.")).toMatchObject([
      { value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("A shopkeeper was killed.")).toMatchObject([
      { value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("His brother was among the dead.")).toMatchObject([{ value: 1, outcome: "killed" }]);
  });

  it("gives 'another' the group of the figure before it, as subject or object", () => {
    expect(counts("Fourteen rebels were killed and another was wounded.")).toMatchObject([
      { value: 14, outcome: "killed", group: "militants" },
      { q: "another", value: 1, outcome: "injured", group: "militants" },
    ]);
    expect(counts("Gunmen killed two soldiers and wounded another, police said.")).toMatchObject([
      { value: 2, outcome: "killed", group: "security_forces" },
      { q: "another", value: 1, outcome: "injured", group: "security_forces" },
    ]);
  });

  it("gives a figure with no noun after figures of two groups under one verb people, not the last group", () => {
    expect(counts("Sixteen soldiers and three civilians were killed; 22 were wounded.")).toMatchObject([
      { value: 16, group: "security_forces" },
      { value: 3, group: "civilians" },
      { value: 22, outcome: "injured", group: "people" },
    ]);
    expect(counts("Gunmen killed five soldiers and two civilians and wounded 10.")).toMatchObject([
      { value: 5 },
      { value: 2 },
      { value: 10, outcome: "injured", group: "people" },
    ]);
    expect(counts("Fourteen rebels were killed and 3 were wounded.")).toMatchObject([
      { value: 14, group: "militants" },
      { value: 3, group: "militants" },
    ]);
  });

  it("reads 'another' or an ordinal with no verb of its own as one more of the same", () => {
    expect(counts("One soldier was killed and another wounded when their vehicle hit a mine.")).toMatchObject(
      [
        { value: 1, outcome: "killed", group: "security_forces" },
        { q: "another", value: 1, outcome: "injured", group: "security_forces" },
      ],
    );
    expect(counts("Two soldiers died and a third was wounded in the ambush.")).toMatchObject([
      { value: 2, outcome: "killed", group: "security_forces" },
      { q: "a third", value: 1, outcome: "injured", group: "security_forces" },
    ]);
    expect(
      counts("Two victims were pronounced dead at the scene and a third died at a hospital."),
    ).toMatchObject([
      { value: 2, outcome: "killed" },
      { q: "a third", value: 1, outcome: "killed" },
    ]);
    expect(counts("The strike killed two people and injured a third.")).toMatchObject([
      { value: 2, outcome: "killed" },
      { q: "a third", value: 1, outcome: "injured" },
    ]);
    // A fraction is no person.
    expect(counts("A third of the victims were children.")).toEqual([]);
  });

  it("reads a possessive before a figure as its determiner, not a person ('killed her two sons')", () => {
    expect(counts("They killed her two sons, a farmer said.")).toMatchObject([
      { q: "two", value: 2, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("They killed my two sons and burned our granary.")).toMatchObject([
      { q: "two", value: 2, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Gunmen killed our son, the mother said.")).toMatchObject([
      { value: 1, outcome: "killed", group: "civilians" },
    ]);
    // The pronoun object stays one person.
    expect(counts("The gunman killed her and fled.")).toMatchObject([
      { q: "her", value: 1, outcome: "killed" },
    ]);
  });

  it("counts a second person under the same determiner ('his wife and daughter', 'a father and son')", () => {
    expect(counts("His wife and daughter were also killed.")).toMatchObject([
      { q: "His", value: 1, outcome: "killed", group: "civilians" },
      { q: "daughter", value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Gunmen abducted a farmer and son.")).toMatchObject([
      { value: 1, outcome: "abducted" },
      { q: "son", value: 1, outcome: "abducted" },
    ]);
    expect(counts("A soldier and policeman died.")).toMatchObject([
      { value: 1, group: "security_forces" },
      { q: "policeman", value: 1, group: "security_forces" },
    ]);
    // A noun that modifies another is no second person.
    expect(counts("A teacher and student leaders were arrested.")).toEqual([]);
  });

  it("does not count a role noun that only modifies a place, or a speaker", () => {
    expect(counts("Three guards deployed at a railway picket were martyred.")).toMatchObject([
      { value: 3, outcome: "killed", group: "security_forces" },
    ]);
    expect(
      counts(
        "Gunmen killed 38 people and wounded 29, the chief secretary of the province, Nadeem Aslam, said.",
      ),
    ).toHaveLength(2);
    expect(
      counts("Gunmen shot and killed two sons of Semh Mbinglo, a traditional ruler, in Kumbo."),
    ).toMatchObject([{ value: 2, outcome: "killed" }]);
  });

  it("reads an attacker described again in apposition as the same person, not one more", () => {
    // Wikipedia and Mother Jones count the victims apart from the attacker they name.
    expect(
      counts("The gunman, a 29-year-old former security guard, was later shot dead by police."),
    ).toMatchObject([{ q: "The", value: 1, outcome: "killed", group: "militants" }]);
    expect(
      counts("The attacker, a 25-year-old man, blew himself up at the checkpoint in Mogadishu."),
    ).toMatchObject([{ value: 1, group: "militants" }]);
    expect(counts("The lone assailant, a local shopkeeper, was killed by soldiers in Bamako.")).toHaveLength(
      1,
    );
    // A list that goes on after the comma is more people.
    expect(counts("Gunmen killed the bomber, a policeman, and a farmer in Zamfara.")).toHaveLength(3);
  });
});

describe("single victims named by a word that names a person only at the end of its phrase", () => {
  it("reads an adjective heading its phrase as one person ('a Chinese national', 'a local')", () => {
    expect(counts("Gunmen abducted a Chinese national at a mining site in Kebbi on Sunday.")).toMatchObject([
      { q: "a", value: 1, outcome: "abducted", group: "civilians" },
    ]);
    expect(counts("A British national was among those kidnapped near Cúcuta.")).toMatchObject([
      { q: "A", value: 1, group: "civilians" },
    ]);
    expect(counts("A local was shot dead by soldiers at a checkpoint in Tamu.")).toMatchObject([
      { q: "A", value: 1, outcome: "killed", group: "civilians" },
    ]);
  });

  it("reads 'head' after a community's name as one person ('a village head', 'the ward head')", () => {
    expect(counts("Suspected herders shot dead a village head in Bokkos late on Friday.")).toMatchObject([
      { q: "a", value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("The ward head was abducted from his home in Tsafe.")).toMatchObject([
      { q: "The", value: 1, outcome: "abducted", group: "civilians" },
    ]);
  });

  it("reads no person where the adjective or 'head' modifies a noun, or counts livestock", () => {
    expect(counts("Fighters burned a national newspaper's office in Goma.")).toEqual([]);
    expect(counts("A local market was shelled in Kherson.")).toEqual([]);
    expect(counts("Raiders drove away 300 head of cattle and killed a herder.")).toMatchObject([
      { q: "a", value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("The village head office was burned down.")).toEqual([]);
  });
});

describe("figures of injuries", () => {
  it("reads 'N injuries' as N people injured", () => {
    expect(counts("The blast in Quetta caused 14 injuries, a hospital official said.")).toMatchObject([
      { q: "14", value: 14, outcome: "injured", group: "people" },
    ]);
    expect(counts("Three deaths and seven injuries were recorded in Bunia.")).toMatchObject([
      { q: "Three", value: 3, outcome: "killed" },
      { q: "seven", value: 7, outcome: "injured" },
    ]);
  });

  it("reads no people in one person's wounds ('sustained two gunshot injuries', 'with multiple injuries')", () => {
    expect(counts("The driver sustained two gunshot injuries.").map((c) => c.q)).not.toContain("two");
    expect(counts("A man with multiple injuries was taken to hospital.")).toEqual([]);
    // A body that has the wounds, or a death they caused, counts no one injured.
    expect(counts("The victim had two gunshot injuries to the chest.")).toEqual([]);
    expect(counts("The guard has three injuries to his legs.")).toEqual([]);
    expect(counts("The farmer died of multiple injuries in hospital.").map((c) => c.outcome)).not.toContain(
      "injured",
    );
    expect(counts("The pilot succumbed to two head injuries.").map((c) => c.outcome)).not.toContain(
      "injured",
    );
    expect(counts("The trader died from three stab injuries.").map((c) => c.outcome)).not.toContain(
      "injured",
    );
    // A count of people's injuries after a preposition of place or cause still counts them.
    expect(counts("Doctors reported 12 deaths and 30 injuries from the blast.")).toMatchObject([
      { value: 12, outcome: "killed" },
      { value: 30, outcome: "injured" },
    ]);
  });
});

describe("small numbers stated by a word", () => {
  it("reads 'a pair of', 'a couple of', 'a couple', 'twin' and 'twins' as two", () => {
    expect(counts("A pair of policemen were wounded.")).toMatchObject([
      { q: "A pair of", value: 2, outcome: "injured", group: "security_forces" },
    ]);
    expect(counts("A couple of villagers were injured.")).toMatchObject([{ value: 2, group: "civilians" }]);
    expect(counts("A couple was killed in the strike.")).toMatchObject([
      { q: "A couple", value: 2, outcome: "killed" },
    ]);
    expect(counts("Twin brothers were abducted.")).toMatchObject([
      { q: "Twin", value: 2, outcome: "abducted" },
    ]);
    expect(counts("The twins were abducted.")).toMatchObject([{ q: "twins", value: 2 }]);
    // Twin blasts are two events, not two people.
    expect(counts("Twin blasts killed 5 people.")).toMatchObject([{ value: 5 }]);
    expect(counts("A couple of days later, 3 died.")).toMatchObject([{ value: 3 }]);
  });

  it("reads 'a trio of', 'the pair', 'the couple', 'the trio' by the group's size, when the noun is the subject", () => {
    expect(counts("A trio of gunmen were killed.")).toMatchObject([
      { q: "A trio of", value: 3, outcome: "killed", group: "militants" },
    ]);
    expect(counts("The pair were arrested on Sunday.")).toMatchObject([
      { q: "pair", value: 2, outcome: "arrested" },
    ]);
    expect(counts("The trio, who had been kidnapped in May, were freed.")).toMatchObject([
      { q: "trio", value: 3, outcome: "released" },
    ]);
    // A modifier or an "of" phrase is no group of people.
    expect(counts("The couple's home was burned and 3 people were killed.")).toMatchObject([{ value: 3 }]);
    expect(counts("The pair of shoes was found; 2 people died.")).toMatchObject([{ value: 2, q: "2" }]);
  });

  it("reads 'a score of' as twenty, 'scores of' as vague", () => {
    expect(counts("A score of villagers were killed.")).toMatchObject([
      { q: "A score of", value: 20, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Scores of villagers were killed.")).toMatchObject([{ value: null }]);
  });

  it("reads 'a family of five' by its number, as subject or object", () => {
    expect(counts("A family of five was killed in the strike.")).toMatchObject([
      { q: "A family of five", value: 5, outcome: "killed" },
    ]);
    expect(counts("Gunmen killed a family of six.")).toMatchObject([{ value: 6, outcome: "killed" }]);
  });

  it("reads a crew or household by the number after 'of' where an outcome applies to it", () => {
    expect(counts("Rebels seized the barge and are holding its crew of 7.")).toMatchObject([
      { q: "crew of 7", value: 7, outcome: "held" },
    ]);
    expect(counts("The trawler's crew of eight was rescued at dawn.")).toMatchObject([
      { value: 8, outcome: "released" },
    ]);
  });

  it("reads no count in a headcount that modifies another noun", () => {
    expect(counts("A farmer from a family of five was shot dead.")).toMatchObject([
      { value: 1, outcome: "killed" },
    ]);
    expect(counts("The mother of a household of nine was killed by a stray bullet.")).toMatchObject([
      { value: 1, outcome: "killed" },
    ]);
  });
});

describe("participles before the noun", () => {
  it("take the outcome when no verb gives one", () => {
    expect(counts("Two wounded rebels were brought to hospital.")).toMatchObject([
      { value: 2, outcome: "injured", group: "militants" },
    ]);
    expect(counts("The 5 slain officers were buried on Friday.")).toMatchObject([
      { value: 5, outcome: "killed" },
    ]);
    expect(counts("17 injured passengers were taken to hospital.")).toMatchObject([
      { value: 17, outcome: "injured" },
    ]);
  });

  it("yield to the verb, and say nothing of missing people later found", () => {
    expect(counts("Two abducted girls were freed.")).toMatchObject([{ value: 2, outcome: "released" }]);
    expect(counts("Two missing children were found.")).toEqual([]);
  });
});
