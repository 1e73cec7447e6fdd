import { describe, expect, it } from "vitest";
import type { ClaimantType, Party } from "../../core/model.js";
import { quotes } from "../segment/quotes.js";
import { sentences } from "../segment/sentences.js";
import { tokenize } from "../tokens.js";
import { Attribution, type SentenceTokens } from "./attribute.js";

interface Who {
  name: string;
  type: ClaimantType;
  party: Party;
  /** The words naming the claimant where the claim is made, checked with slice. */
  mention: string | null;
  unconfirmed: boolean;
}

/** The claimant of a claim whose evidence starts at the first occurrence of `needle` in `text`. */
function who(text: string, needle: string, outlet: string | null = null): Who {
  const sents: SentenceTokens[] = sentences(text).map((s) => ({ ...s, tokens: tokenize(text, s) }));
  const attribution = new Attribution(text, sents, quotes(text), outlet);
  const offset = text.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  const s = sents.find((x) => x.start <= offset && offset < x.end)!;
  const { claimant, unconfirmed } = attribution.claimantAt(s, offset);
  const m = claimant.mention;
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return {
    name: claimant.name,
    type: claimant.type,
    party: claimant.party,
    mention: m?.text ?? null,
    unconfirmed,
  };
}

describe("Attribution: organisations by their initials", () => {
  it("reads 'the WHO said' as the World Health Organization, not the relative 'who'", () => {
    expect(who("At least 41 people have died of cholera in the camps, the WHO said.", "41")).toMatchObject({
      name: "WHO",
      type: "official",
      mention: "the WHO",
    });
    expect(who("The WHO said 41 people had died of cholera in the camps.", "41")).toMatchObject({
      name: "WHO",
      type: "official",
    });
  });

  it("types initials with no definition in the article by the organisation they stand for", () => {
    expect(who("Nineteen migrants drowned when their boat capsized, IOM said.", "Nineteen")).toMatchObject({
      name: "IOM",
      type: "official",
    });
    expect(who("ONLF claimed to have killed 35 soldiers in three days of fighting.", "35")).toMatchObject({
      name: "ONLF",
      type: "armed_group",
    });
  });
});

describe("Attribution: the outlet's own voice", () => {
  it("gives a sentence with no source to the media", () => {
    expect(who("Two people were injured in the blast.", "Two")).toEqual({
      name: "media",
      type: "media",
      party: "independent",
      mention: null,
      unconfirmed: false,
    });
  });

  it("takes 'claims' and 'reports' after 'trade', 'rejected', 'the' as nouns, not speech", () => {
    expect(who("Clashes leave 14 dead as the sides trade claims", "14 dead")).toMatchObject({
      type: "media",
    });
    expect(who("Gunmen killed 40 soldiers, the group claims.", "40 soldiers")).toMatchObject({
      type: "armed_group",
    });
  });

  it("names the outlet when it is known", () => {
    expect(who("Two people were injured in the blast.", "Two", "The Frontier Post")).toMatchObject({
      name: "The Frontier Post",
      type: "media",
      mention: null,
    });
  });
});

describe("Attribution: speech cues in the sentence", () => {
  it("reads 'X said' before the figure", () => {
    expect(who("The army said 18 soldiers were killed.", "18")).toEqual({
      name: "army",
      type: "state_military",
      party: "state",
      mention: "The army",
      unconfirmed: false,
    });
  });

  it("reads ', police said.' after the figure", () => {
    expect(who("Eighteen people were killed, police said.", "Eighteen")).toMatchObject({
      name: "police",
      type: "state_military",
      party: "state",
      mention: "police",
    });
  });

  it("reads an inverted cue with the speaker's appositive", () => {
    expect(
      who("Eighteen soldiers died, said Major Saad Rind, a military spokesman.", "Eighteen"),
    ).toMatchObject({
      name: "Major Saad Rind",
      type: "state_military",
      mention: "Major Saad Rind, a military spokesman",
    });
  });

  it("reads a name with its appositive before 'said'", () => {
    expect(who("Farid Chaudhry, the military spokesman, said 18 soldiers died.", "18")).toMatchObject({
      type: "state_military",
      party: "state",
      mention: "Farid Chaudhry, the military spokesman",
    });
  });

  it("names a described speaker by the name in apposition", () => {
    expect(
      who("A little-known armed group, the Hill Front, said its fighters killed 25 soldiers.", "25"),
    ).toMatchObject({
      name: "Hill Front",
      type: "armed_group",
      mention: "A little-known armed group, the Hill Front",
    });
  });

  it("reads 'according to X'", () => {
    expect(who("According to the district hospital, 31 people were treated.", "31")).toMatchObject({
      name: "district hospital",
      type: "official",
      party: "independent",
      mention: "the district hospital",
    });
  });

  it("reads 'X told AFP that'", () => {
    expect(who("A survivor told AFP that 30 passengers were killed.", "30")).toMatchObject({
      name: "survivor",
      type: "witness",
      party: "independent",
      mention: "A survivor",
    });
  });

  it("gives each figure the cue of its own clause", () => {
    const text =
      "The army said 18 soldiers died, while the Baloch Liberation Army (BLA) claimed 100 were killed.";
    expect(who(text, "18")).toMatchObject({ name: "army", type: "state_military" });
    expect(who(text, "100")).toMatchObject({
      name: "Baloch Liberation Army (BLA)",
      type: "armed_group",
      party: "non_state",
      mention: "the Baloch Liberation Army (BLA)",
    });
  });

  it("marks reports as unconfirmed", () => {
    expect(who("Reports said 9 people were killed.", "9")).toMatchObject({
      type: "media",
      mention: "Reports",
      unconfirmed: true,
    });
  });

  it("reads 'according to local media reports' as the media, unconfirmed", () => {
    expect(who("Four people were killed, according to local media reports.", "Four")).toMatchObject({
      type: "media",
      party: "independent",
      mention: "local media reports",
      unconfirmed: true,
    });
  });

  it("types officials, ministers and railway staff", () => {
    expect(who("Railway officials said 400 passengers were aboard.", "400")).toMatchObject({
      type: "official",
      party: "independent",
      mention: "Railway officials",
    });
    expect(who("The interior minister said 26 hostages died.", "26")).toMatchObject({
      type: "government",
      party: "state",
      mention: "The interior minister",
    });
  });
});

describe("Attribution: speakers across sentences", () => {
  it("resolves an acronym to the organisation named in full before", () => {
    const text =
      "According to the Baloch Liberation Army (BLA), 50 soldiers were killed. The BLA later said 100 had died.";
    expect(who(text, "100")).toMatchObject({
      name: "Baloch Liberation Army (BLA)",
      type: "armed_group",
      mention: "The BLA",
    });
  });

  it("resolves 'the group' to the last armed group that spoke", () => {
    const text =
      "The Baloch Liberation Army (BLA) said it attacked the train. The army said it killed 33 militants. The group said 20 hostages were freed.";
    expect(who(text, "20")).toMatchObject({
      name: "Baloch Liberation Army (BLA)",
      type: "armed_group",
      mention: "The group",
    });
  });

  it("resolves 'he' to the last person who spoke", () => {
    const text = "Lt. Gen. Ahmed Chaudhry said 18 soldiers died. He added that 33 militants were killed.";
    expect(who(text, "33")).toEqual({
      name: "Lt. Gen. Ahmed Chaudhry",
      type: "state_military",
      party: "state",
      mention: "He",
      unconfirmed: false,
    });
  });

  it("resolves 'he' to a speaker introduced by title and appositive name", () => {
    const text =
      "Maj. Gen. Ahmed Chaudhry said 18 soldiers died. The police chief, Ali Raza, said 4 policemen died. He said 3 more were hurt.";
    const he = who(text, "3 more");
    expect(he).toMatchObject({ type: "state_military", mention: "He" });
    expect(he.name).toContain("Ali Raza");
  });

  it("merges a later spelling of the same surname", () => {
    const text = "Lt. Gen. Ahmed Chaudhry said 18 soldiers died. Chaudhary said 33 militants were killed.";
    expect(who(text, "33")).toMatchObject({ name: "Lt. Gen. Ahmed Chaudhry", mention: "Chaudhary" });
  });

  it("resolves 'he' to the latest of two speakers", () => {
    const text =
      "Maj. Gen. Ahmed Chaudhry said 18 soldiers died. Police chief Ali Raza said 4 policemen died. He said 3 more were hurt.";
    expect(who(text, "3 more")).toMatchObject({ name: "Ali Raza", mention: "He" });
  });
});

describe("Attribution: 'it' and 'they' refer back to the nearest body that spoke", () => {
  it("reads 'It claimed' as the organisation that issued a statement, not a person named since", () => {
    const text =
      "The Communist Party of India (Maoist) issued a press note on Friday. Superintendent of Police Ravi Menon visited the site. It claimed that 14 policemen were killed.";
    expect(who(text, "14")).toMatchObject({
      name: "Communist Party of India (Maoist)",
      type: "armed_group",
      mention: "It",
    });
  });

  it("reads 'It said' past an outlet the speaker told", () => {
    const text =
      "A spokesman for the Hill Front told Radio Kivu by telephone that its fighters had attacked the camp. It said 22 soldiers were killed.";
    expect(who(text, "22")).toMatchObject({ type: "armed_group", mention: "It" });
    expect(who(text, "22").name).toContain("Hill Front");
  });

  it("reads an opening 'It said' as the body the sentence before opened with, over one that spoke earlier", () => {
    const text =
      "The Lakes Peace Council said 7 people were killed.\n\nThe Red Crescent sent ambulances to the town. It said 8 bodies were recovered.";
    expect(who(text, "8 bodies")).toMatchObject({ name: "Red Crescent", type: "official", mention: "It" });
    const claimed =
      "The army said 14 soldiers died. The Sahel Ansar Front (SAF), a jihadist group, claimed the attack. It said 30 soldiers died.";
    expect(who(claimed, "30")).toMatchObject({ type: "armed_group", mention: "It" });
  });

  it("reads 'it' inside a sentence as that sentence's speaker, not the subject of the sentence before", () => {
    const text =
      "The regional police did not respond to a request for comment. The Coast Rights Network (CRN) said it had counted 15 deaths.";
    expect(who(text, "15")).toMatchObject({ name: "Coast Rights Network (CRN)" });
  });

  it("reads 'They' as the group that spoke, past a body only mentioned, across paragraphs", () => {
    const text =
      "The Eastern Army of Liberation (EAL) said in a message on its channel that it shot down a helicopter.\n\nThe Northern Railway Authority (NRA) suspended trains on the line.\n\nThey also said 6 of their fighters died.";
    expect(who(text, "6 of")).toMatchObject({ name: "Eastern Army of Liberation (EAL)", mention: "They" });
  });

  it("reads a speech verb inside its own quote marks as its subject's: the group “acknowledged”", () => {
    const text =
      "The Sahel Liberation Movement (SLM) blamed the army for the deaths.\n\nThe movement in turn “acknowledged” the loss of 7 of its fighters in the clashes.";
    expect(who(text, "7 of")).toMatchObject({ name: "Sahel Liberation Movement (SLM)", type: "armed_group" });
    const straight =
      'The Sahel Liberation Movement (SLM) likewise "confirmed" the deaths of 7 of its members.';
    expect(who(straight, "7 of")).toMatchObject({ type: "armed_group" });
  });

  it("keeps a dateline out of the speaker's name", () => {
    const text = "KINDU (AFP) - A spokesman for the Hill Front said 9 soldiers were killed.";
    expect(who(text, "9").mention).toBe("A spokesman for the Hill Front");
  });
});

describe("Attribution: direct quotes", () => {
  it("gives a quote the speaker named after it", () => {
    const text =
      "“We killed 20 soldiers. We also hold 30 hostages on the train,” the Baloch Liberation Army (BLA) said.";
    for (const n of ["20", "30"])
      expect(who(text, n)).toMatchObject({
        name: "Baloch Liberation Army (BLA)",
        type: "armed_group",
        mention: "the Baloch Liberation Army (BLA)",
      });
  });

  it("gives a quote the speaker named before it", () => {
    const text = "The BLA said in a statement: “We killed 20 soldiers. We also hold 30 hostages.”";
    expect(who(text, "30")).toMatchObject({ name: "BLA", type: "armed_group", mention: "The BLA" });
  });

  it("gives every sentence of a quote its speaker, even one with no cue of its own", () => {
    const text =
      "Lt. Gen. Ahmed Chaudhry spoke on Wednesday. “Ten of them were from the Frontier Corps and they fought bravely until the end,” he said.";
    expect(who(text, "Ten")).toMatchObject({ type: "state_military", mention: "he" });
  });

  it("gives a short quote ending in a comma the speaker of its sentence", () => {
    const text = "The BLA said it attacked the train. “We killed 20 soldiers,” the group said.";
    expect(who(text, "20")).toMatchObject({ name: "BLA", mention: "the group" });
  });

  it("gives a quote the speaker after it rather than one from an earlier paragraph", () => {
    const text =
      "The army said the operation was over. Photos showed the scene.\n“Nine of us were shot near the engine,” a passenger recalled later in the afternoon.";
    expect(who(text, "Nine")).toMatchObject({ name: "passenger", type: "witness", mention: "a passenger" });
  });

  it("leaves a quote with no speaker anywhere near it to the media", () => {
    const text =
      "The station was quiet.\n“Twelve people died here in the first hour of the attack.”\nThe trains run again.";
    expect(who(text, "Twelve")).toMatchObject({ type: "media", mention: null });
  });
});

describe("Attribution: a reported passage", () => {
  it("carries the speaker to a sentence of the same paragraph with no cue", () => {
    const text =
      "Police spokesman Karl Weber said two of the stabbed people died. Three were severely injured.\nThe station reopened on Friday. Nine trains were cancelled.";
    expect(who(text, "Three")).toMatchObject({
      name: "Karl Weber",
      mention: "Police spokesman Karl Weber",
    });
    // A new paragraph with no cue is the outlet's.
    expect(who(text, "Nine")).toMatchObject({ type: "media", mention: null });
  });

  it("carries the speaker across a paragraph to hearsay in the passive, which names no speaker", () => {
    const text =
      "Residents told the newspaper that gunmen killed nine farmers.\nThe attackers were said to have returned and killed three others.";
    expect(who(text, "three others")).toMatchObject({ name: "Residents", type: "witness" });
  });

  it("carries the speaker across a paragraph to indirect speech in a backshifted tense", () => {
    const text =
      "The provincial police command said gunmen attacked the market at dawn.\n\nSeven traders had been killed and the attackers had fled on motorcycles.\n\nThe market reopened on Friday. Four stalls were burned.";
    expect(who(text, "Seven")).toMatchObject({ name: "provincial police command", type: "state_military" });
    // A paragraph in the simple past, with no cue, is the outlet's.
    expect(who(text, "Four")).toMatchObject({ type: "media", mention: null });
  });

  it("stops the passage at a sentence of background in the outlet's voice", () => {
    const text =
      "The army said 4 soldiers were killed in the ambush. Last year, 27 soldiers were killed in the province. Since 2021, 90 more have died there.";
    expect(who(text, "4 soldiers")).toMatchObject({ type: "state_military" });
    expect(who(text, "27")).toMatchObject({ type: "media", mention: null });
    expect(who(text, "90")).toMatchObject({ type: "media", mention: null });
    const month = "Police said 6 died on Friday. In January, 4 people were killed in a similar attack.";
    expect(who(month, "4 people")).toMatchObject({ type: "media" });
    // "In January 12 …" with a day is the account's own date, not background.
    const dated = "Police said 6 died. On Friday 3 more were found dead.";
    expect(who(dated, "3 more")).toMatchObject({ name: "Police" });
  });

  it("reads no speaker in a participle: 'described as', 'several reported injured'", () => {
    expect(
      who("A man described as a stateless refugee stabbed two people, officials said.", "two"),
    ).toMatchObject({ name: "officials", type: "official" });
    expect(
      who("Kelly Moss, a guard, spoke.\nThe driver was among several reported injured.", "several"),
    ).toMatchObject({
      type: "media",
    });
  });

  it("gives a lede the source named by the next sentence's 'announced this', across a line break", () => {
    const text =
      "Five people were injured in a missile strike on the city.\nIvan Petrenko, head of the regional military administration, announced this on Telegram.";
    expect(who(text, "Five")).toMatchObject({ type: "government", name: "Ivan Petrenko" });
  });

  it("reads 'X gave a provisional toll at N' as X's claim", () => {
    const text = "Town Mayor Colonel Paul Ndeze gave a provisional death toll at more than ten civilians.";
    expect(who(text, "more than")).toMatchObject({ mention: "Town Mayor Colonel Paul Ndeze" });
  });
});

describe("Attribution: speakers' names", () => {
  it("leaves a sentence adverb between commas out of the speaker", () => {
    const text = "The spokesman of the state police command, Ali Musa, however, said only five were killed.";
    expect(who(text, "five")).toMatchObject({
      mention: "The spokesman of the state police command, Ali Musa",
      type: "state_military",
    });
  });

  it("reads a clause before an inverted cue as no speaker ('…, where one of them died, said Ruiz')", () => {
    const text =
      "Army Maj. Lina Ruiz spoke. Two wounded rebels were brought to hospital, where one of them died, said Ruiz, an officer of the brigade.";
    expect(who(text, "one of them")).toMatchObject({
      name: "Army Maj. Lina Ruiz",
      mention: "Ruiz, an officer of the brigade",
    });
  });

  it("names a speaker with a description in apposition by the name, typed by the description", () => {
    const text =
      "Jean Mbala, an official in the town of Beni, told AFP the market was hit. Mbala said 14 civilians were killed.";
    expect(who(text, "14")).toMatchObject({ name: "Jean Mbala", type: "official", mention: "Mbala" });
  });

  it("types as the media a name that a speaker told ('a resident told Daily Sun')", () => {
    const text =
      "Gunmen killed at least 25 people, according to Daily Sun.\n“They shot nine persons there,” a resident, Musa Bello, told Daily Sun.";
    expect(who(text, "25")).toMatchObject({ name: "Daily Sun", type: "media", party: "independent" });
  });

  it("does not take the outlet spoken to for the speaker ('An army official, speaking to AFP')", () => {
    const text =
      "“Twenty died,” a guard told AFP. An army official, speaking to AFP on condition of anonymity, put the toll at 28.";
    expect(who(text, "28")).toMatchObject({ type: "state_military" });
  });
});

describe("Attribution: quotes over paragraphs", () => {
  it("gives every part of a quote over paragraphs the speaker named after its last part", () => {
    const text = [
      "“They shot nine persons there,” a resident, Musa Bello, told reporters.",
      "The police spokesman, Ali Musa, said only five were killed.",
      "“On receipt of the report, teams were sent to the village.",
      "“On getting to the scene, five corpses were recovered with one other person injured.",
      "“The area has been combed,” he said.",
    ].join("\n");
    expect(who(text, "one other")).toMatchObject({ name: "Ali Musa", type: "state_military" });
  });
});

/** The claimant with its channel, for nested attributions. */
function via(text: string, needle: string) {
  const sents: SentenceTokens[] = sentences(text).map((s) => ({ ...s, tokens: tokenize(text, s) }));
  const attribution = new Attribution(text, sents, quotes(text), null);
  const offset = text.indexOf(needle);
  const s = sents.find((x) => x.start <= offset && offset < x.end)!;
  const { claimant } = attribution.claimantAt(s, offset);
  const ch = claimant.channel;
  if (ch) expect(text.slice(ch.mention.start, ch.mention.end)).toBe(ch.mention.text);
  return { name: claimant.name, type: claimant.type, channel: ch ? [ch.name, ch.type] : null };
}

describe("Attribution: nested attributions", () => {
  it("reads 'A quoted B as saying' as B's claim via A", () => {
    expect(via("Reuters quoted police as saying 7 people were killed.", "7")).toEqual({
      name: "police",
      type: "state_military",
      channel: ["Reuters", "media"],
    });
  });

  it("reads 'B was quoted by A as saying' as B's claim via A", () => {
    expect(via("The army was quoted by the agency as saying 4 soldiers died.", "4")).toEqual({
      name: "army",
      type: "state_military",
      channel: ["agency", "media"],
    });
  });

  it("reads 'A, citing B, reported', 'Citing B, A said' and 'A said, citing B' as B's claims via A", () => {
    expect(via("State media, citing a hospital official, reported that 9 people were wounded.", "9")).toEqual(
      {
        name: "hospital official",
        type: "official",
        channel: ["State media", "media"],
      },
    );
    expect(via("Citing local officials, the news agency said 11 villagers were killed.", "11")).toMatchObject(
      {
        name: "local officials",
        channel: ["news agency", "media"],
      },
    );
    expect(via("The agency said 12 villagers were killed, citing district officials.", "12")).toMatchObject({
      name: "district officials",
      type: "official",
      channel: ["agency", "media"],
    });
  });

  it("gives a claim with one source no channel", () => {
    expect(via("Police said 3 people died.", "3").channel).toBeNull();
  });
});

describe("Attribution: one claimant under its title's initials, its description and its claim", () => {
  it("reads 'The CP' and 'The IGP' as the person whose title they abbreviate", () => {
    const text =
      "The Commissioner of Police, Musa Danladi, said the officers were on patrol. The CP added that 2 others were wounded.";
    expect(who(text, "2 others")).toMatchObject({ mention: "The CP" });
    expect(who(text, "2 others").name).toContain("Musa Danladi");
    const igp =
      "Inspector General of Police Bala Sani visited the scene on Monday. The IGP said 12 suspects had been killed.";
    expect(who(igp, "12")).toMatchObject({
      name: "Inspector General of Police Bala Sani",
      type: "state_military",
    });
  });

  it("reads 'the source', with its aside, as the source named before", () => {
    const text =
      "A military source told the newspaper that 4 soldiers were killed. The source, who asked not to be named because he was not authorised to speak, said 7 insurgents died.";
    expect(who(text, "7")).toMatchObject({ name: "military source", type: "state_military" });
  });

  it("keeps a new description that no one had before a new claimant", () => {
    const text = "The governor said 5 died. The commander said 9 were hurt.";
    expect(who(text, "9")).toMatchObject({ name: "commander" });
  });

  it("types a body that claimed the attack as an armed group", () => {
    const text =
      "Jamaat-ul-Furqan, which claimed responsibility for the bombing, said 2 of its members died in the blast.";
    expect(who(text, "2")).toMatchObject({ name: "Jamaat-ul-Furqan", type: "armed_group" });
  });

  it("reads a name described as a body as no person, so that 'It' finds it", () => {
    const text =
      "The Emergency Jurists, a network documenting abuses, said the toll could be higher. It said 15 women were among the dead.";
    expect(who(text, "15")).toMatchObject({ name: "Emergency Jurists", mention: "It" });
  });
});

describe("Attribution: statement frames", () => {
  it("reads the source of a statement, not the statement, as the claimant", () => {
    expect(
      who("A statement released by the Ministry of Health said 12 people were killed.", "12"),
    ).toMatchObject({
      name: "Ministry of Health",
      type: "government",
    });
    expect(
      who("In a statement, the Hill Front claimed its fighters killed 30 soldiers.", "30"),
    ).toMatchObject({
      name: "Hill Front",
      type: "armed_group",
    });
    expect(
      who(
        "The Western Liberation Army said in a statement on Telegram that 15 soldiers had been killed.",
        "15",
      ),
    ).toMatchObject({ name: "Western Liberation Army", type: "armed_group" });
    expect(
      who("The Hill Front, which claimed responsibility, said 20 police officers were killed.", "20"),
    ).toMatchObject({ name: "Hill Front", type: "armed_group" });
  });

  it("carries the speaker through 'It added' and 'According to the statement'", () => {
    const text =
      "The military said 3 soldiers were killed. It added that 40 militants died. According to the statement, 6 more were wounded.";
    expect(who(text, "40")).toMatchObject({ name: "military", mention: "It" });
    expect(who(text, "6 more")).toMatchObject({ name: "military", mention: "the statement" });
  });
});

describe("Attribution: one name per claimant", () => {
  it("resolves 'the military's media wing' to the military named before by its acronym", () => {
    const text =
      "Inter-Services Public Relations (ISPR) said 18 soldiers died. The military's media wing said 5 hostages were killed.";
    expect(who(text, "5 hostages")).toMatchObject({ name: "Inter-Services Public Relations (ISPR)" });
  });

  it("resolves 'the army' to an army, never to the police named before", () => {
    const text = "Police said 2 officers died. The army said 4 soldiers died.";
    expect(who(text, "4")).toMatchObject({ name: "army", type: "state_military", mention: "The army" });
  });
});

describe("Attribution: people named in passing", () => {
  it("types a later 'X said' by the description given when X was first named", () => {
    const text =
      "Willem Drost, chief of the district administration, was at the scene. Drost said 6 people died.";
    expect(who(text, "6")).toMatchObject({ type: "official", mention: "Drost" });
  });
});

describe("Attribution: a name is never a clause", () => {
  it("ends 'according to X,' before the main clause that follows it", () => {
    const text =
      "According to army spokesman Lt Col Omar Diallo, the militants used 12 passengers as shields.";
    expect(who(text, "12")).toMatchObject({
      mention: "army spokesman Lt Col Omar Diallo",
      type: "state_military",
    });
    const text2 = "According to the army, the missing soldier was taken prisoner with 3 others.";
    expect(who(text2, "3")).toMatchObject({ mention: "the army", name: "army" });
  });

  it("registers a titled name in passing without the clause after its comma", () => {
    const text =
      "According to military spokesperson Lt Gen Omar Diallo, the militants initially used passengers, including children, as shields. He said 21 hostages were killed.";
    expect(who(text, "21")).toMatchObject({
      name: "military spokesperson Lt Gen Omar Diallo",
      mention: "He",
    });
  });

  it("keeps a description after 'according to X' at the sentence's end", () => {
    expect(who("Five people died, according to Omar Diallo, the village chief.", "Five")).toMatchObject({
      mention: "Omar Diallo, the village chief",
      name: "Omar Diallo",
    });
  });

  it("leaves a participial aside out of the speaker's name", () => {
    const text = "An army official, speaking to reporters on condition of anonymity, put the toll at 28.";
    expect(who(text, "28")).toMatchObject({ name: "army official", type: "state_military" });
  });
});

describe("Attribution: people described anywhere in the article", () => {
  it("types a later bare surname by role words before the name", () => {
    const text =
      "Kasese district commissioner John Okello visited the site.\n\nOkello said 14 people had been killed.";
    expect(who(text, "14")).toMatchObject({ name: "John Okello", type: "official", mention: "Okello" });
  });

  it("types a speaker by a capitalised description, a relative clause of office or a later copula", () => {
    const apposed =
      "John Okello, North Kivu's military governor, visited.\n\nOkello said 14 people had been killed.";
    expect(who(apposed, "14")).toMatchObject({ name: "John Okello", type: "government" });
    const relative = "Okello, who heads the county disaster office, said 20 were injured.";
    expect(who(relative, "20")).toMatchObject({ name: "Okello", type: "official", mention: "Okello" });
    const copula = "Okello said 14 people had been killed. Okello is the district commissioner for Kasese.";
    expect(who(copula, "14")).toMatchObject({ name: "Okello", type: "official" });
  });

  it("keeps an abbreviated title in a name after an inverted cue, and reads a description there", () => {
    expect(who("Five rebels were killed, said Lt. Col. Olivier Hamuli.", "Five")).toMatchObject({
      name: "Lt. Col. Olivier Hamuli",
      type: "state_military",
      mention: "Lt. Col. Olivier Hamuli",
    });
    expect(
      who("Twenty were injured, said John Okello, head of the provincial police.", "Twenty"),
    ).toMatchObject({
      name: "John Okello",
      type: "state_military",
      mention: "John Okello",
    });
  });

  it("resolves a surname to a name given after a capitalised role word", () => {
    const text = "Eleven people were killed, Mayor Maria Lopez said. Lopez said 4 more were wounded.";
    expect(who(text, "4 more")).toMatchObject({
      name: "Mayor Maria Lopez",
      type: "government",
      mention: "Lopez",
    });
  });
});

describe("Attribution: anonymous sources", () => {
  it("reads the noun phrase before a restrictive relative clause as the speaker", () => {
    expect(who("A resident who asked not to be named said 18 people were killed.", "18")).toMatchObject({
      name: "resident",
      type: "witness",
      mention: "A resident",
    });
    expect(
      who(
        "Eighteen soldiers were killed, an army officer who did not want to be named told Reuters.",
        "Eighteen",
      ),
    ).toMatchObject({ type: "state_military", mention: "an army officer" });
  });

  it("reads the speaker before a long relative clause between commas", () => {
    const text =
      "An official, who spoke on condition of anonymity because he was not authorised to speak to the media, said 30 people had died.";
    expect(who(text, "30")).toMatchObject({ name: "official", type: "official", mention: "An official" });
  });

  it("reads 'the official' with no one named before as an official, and a lone 'he' as no one", () => {
    const text = "Eighteen soldiers were killed, the official, who asked not to be identified, said.";
    expect(who(text, "Eighteen")).toMatchObject({ type: "official", mention: "the official" });
    expect(who("Eighteen soldiers were killed, he said.", "Eighteen")).toMatchObject({ type: "media" });
  });
});

describe("Attribution: reports, passives and object pronouns", () => {
  it("reads 'a report by X said' and 'according to a report by X' as X's", () => {
    expect(who("Eighteen people were killed, a report by the UN said.", "Eighteen")).toMatchObject({
      name: "UN",
      type: "official",
      mention: "the UN",
    });
    expect(
      who("Eighteen people were killed, according to a report by the state news agency.", "Eighteen"),
    ).toMatchObject({ type: "media", mention: "the state news agency" });
  });

  it("reads 'was cited as saying' as the subject's claim", () => {
    expect(who("Eleven people were killed, a local official was cited as saying.", "Eleven")).toMatchObject({
      type: "official",
      mention: "a local official",
    });
  });

  it("resolves 'according to him' to the person who spoke before", () => {
    const text =
      "Regional governor Oleh Syniehubov said 3 people died. According to him, 8 more were wounded.";
    expect(who(text, "8 more")).toMatchObject({
      name: "Oleh Syniehubov",
      type: "government",
      mention: "him",
    });
  });
});

describe("Attribution: passive and figure frames", () => {
  it("reads the agent of a passive report as the claimant", () => {
    expect(who("Five deaths were confirmed by the health ministry.", "Five")).toMatchObject({
      name: "health ministry",
      type: "government",
      mention: "the health ministry",
    });
    expect(who("Twelve people were killed, as reported by the Associated Press.", "Twelve")).toMatchObject({
      type: "media",
      mention: "the Associated Press",
    });
    expect(who("The toll of 12 dead was given by the civil defence agency.", "12")).toMatchObject({
      type: "official",
    });
    // Responsibility claimed is no report of the figure.
    expect(who("The attack, which killed 5, was claimed by the Hill Front.", "5")).toMatchObject({
      type: "media",
    });
  });

  it("reads figures that show a toll as their source's", () => {
    expect(
      who("Figures released by the health ministry showed that 27 people had died.", "27"),
    ).toMatchObject({
      type: "government",
      mention: "the health ministry",
    });
    expect(who("Health ministry figures showed 27 people had died.", "27")).toMatchObject({
      type: "government",
      mention: "Health ministry",
    });
    expect(who("Video footage showed 27 bodies.", "27")).toMatchObject({ type: "media" });
  });

  it("reads no source in an adjective of figures ('Preliminary figures show', 'The latest data show')", () => {
    expect(who("Preliminary figures show 14 people were killed.", "14")).toMatchObject({
      type: "media",
      mention: null,
    });
    expect(who("The latest data show 9 people were wounded.", "9")).toMatchObject({
      type: "media",
      mention: null,
    });
    expect(who("Official figures showed 22 soldiers died.", "22")).toMatchObject({
      type: "media",
      mention: null,
    });
    expect(who("Preliminary police figures show 14 people were killed.", "14")).toMatchObject({
      type: "state_military",
      mention: "police",
    });
  });

  it("reads a headline's source before a colon", () => {
    expect(who("Police: 5 killed in attack on market", "5")).toMatchObject({
      type: "state_military",
      mention: "Police",
    });
    expect(who("Update: 5 killed in attack on market", "5")).toMatchObject({ type: "media" });
  });
});

describe("Attribution: one name per claimant, never a title or a sentence's capital", () => {
  it("reads a title's acronym as no body: 'DG ISPR' is the ISPR named before", () => {
    const text =
      "The Inter-Services Public Relations (ISPR) said 33 militants were killed.\n\nDG ISPR said 21 passengers died.";
    expect(who(text, "21")).toMatchObject({
      name: "Inter-Services Public Relations (ISPR)",
      mention: "DG ISPR",
    });
  });

  it("does not take a description opening a sentence for a name ('Security forces said' is not 'the military')", () => {
    const text =
      "The Pakistan Army said 21 hostages were killed.\n\nSecurity forces said they freed 340 passengers.\n\nThe military said 4 soldiers died.";
    expect(who(text, "4 soldiers")).toMatchObject({ name: "Pakistan Army", mention: "The military" });
  });
});

describe("Attribution: claimants are names or descriptions, never clause fragments", () => {
  it("gives a count reported with no speaker to the outlet", () => {
    expect(who("One death, three injuries reported.", "three")).toMatchObject({
      type: "media",
      mention: null,
    });
    expect(who("Five police officers reported dead after the raid.", "Five")).toMatchObject({
      type: "media",
      mention: null,
    });
    expect(who("There were no reported casualties in the blast.", "casualties")).toMatchObject({
      type: "media",
      mention: null,
    });
  });

  it("gives a participle going on from a clause that clause's subject", () => {
    expect(
      who("The Hill Front has claimed the raid claiming its fighters killed 20 soldiers.", "20 soldiers"),
    ).toMatchObject({ name: "Hill Front", mention: "The Hill Front" });
  });

  it("takes the source after 'what' and no clause as a speaker", () => {
    expect(who("He shot three people in what police said was a hate crime.", "three")).toMatchObject({
      name: "police",
      type: "state_military",
    });
    expect(
      who("Gunmen attacked the village in a place called Lomelo, killing 4 herders.", "4 herders"),
    ).toMatchObject({ type: "media", mention: null });
  });

  it("reads 'reports indicate' as unconfirmed reports", () => {
    expect(who("Some reports indicate that 6 people were killed.", "6 people")).toMatchObject({
      name: "Some reports",
      type: "media",
      unconfirmed: true,
    });
  });

  it("types a country that speaks as its government, a newspaper by its name's noun as media", () => {
    expect(
      who("Kenya acknowledged the attack and said one soldier was killed.", "one soldier"),
    ).toMatchObject({
      name: "Kenya",
      type: "government",
    });
    expect(who("The Daily Clarion reported that 3 people died.", "3 people")).toMatchObject({
      name: "Daily Clarion",
      type: "media",
    });
  });
});

describe("Attribution: subjects around commas, conjunctions and possessives", () => {
  it("reads 'X, however, said' as X, with or without an apposition before", () => {
    const text =
      "The army said 30 militants were killed. The Hill Front, however, said only 12 of its fighters died.";
    expect(who(text, "12 of")).toMatchObject({ name: "Hill Front", type: "armed_group" });
    expect(
      who("The spokesman of the state police, Ali Garba, however, said five people died.", "five"),
    ).toMatchObject({ name: "Ali Garba", type: "state_military" });
  });

  it("reads a coordinated subject opening its clause as one claimant typed by its first conjunct", () => {
    expect(who("Gunmen killed 30 villagers in a raid, residents and police said.", "30")).toMatchObject({
      name: "residents and police",
      type: "witness",
    });
  });

  it("reads 'A reported B as saying' as B via A", () => {
    expect(
      who("The Daily Clarion reported the group as saying 12 of its fighters died.", "12"),
    ).toMatchObject({
      name: "group",
      type: "armed_group",
    });
  });

  it("names the owner of a possessive claim or statement", () => {
    const text =
      "The Hill Front (HF) attacked the convoy. The group's claim that 12 of its fighters died could not be verified.";
    expect(who(text, "12 of")).toMatchObject({ name: "Hill Front (HF)", type: "armed_group" });
    expect(who("According to the HF's statement, 12 of its fighters died.", "12")).toMatchObject({
      name: "HF",
      mention: "the HF's",
    });
  });
});

describe("a text opening with a conjunction", () => {
  it("reads 'and' before a speech verb with nothing before it as no coordinated speaker", () => {
    const text = "and told two killed";
    const sents: SentenceTokens[] = sentences(text).map((s) => ({ ...s, tokens: tokenize(text, s) }));
    expect(() => new Attribution(text, sents, quotes(text), null)).not.toThrow();
  });
});

describe("Attribution: frames and names of many outlets' copy", () => {
  const cases: Array<[string, string, Partial<Who>]> = [
    // reporting verbs of translated copy, before "that"
    [
      "In a statement, the prosecutor's office detailed that 10 men died at the scene.",
      "10 men",
      { type: "official", mention: "the prosecutor's office" },
    ],
    [
      "The president of civil society, Jean Bahati, indicated that 7 people were wounded.",
      "7 people",
      { type: "official" },
    ],
    // "In the words of X"; a free relative inside "according to"
    ["In the words of the district head, 12 people died in the raid.", "12", { type: "official" }],
    [
      "According to what the mayor told local radio, 16 people were wounded.",
      "16",
      { name: "mayor", type: "government", mention: "the mayor" },
    ],
    // a document's noun followed by what it rests on
    [
      "Eleven people died, according to an AFP count based on hospital sources.",
      "Eleven",
      { name: "AFP", type: "media" },
    ],
    // names holding "and"; "Office" in a body's own name
    [
      "Figures compiled by the Armed Conflict Location and Event Data Project show 230 civilians were killed.",
      "230",
      { name: "Armed Conflict Location and Event Data Project", type: "official" },
    ],
    [
      "The Office for the Coordination of Humanitarian Affairs said 13 were injured.",
      "13",
      { name: "Office for the Coordination of Humanitarian Affairs", type: "official" },
    ],
    // a closing ", X reported."
    [
      "Russian forces shelled the town, killing 4 civilians, Governor Oleh Syniehubov reported.",
      "4 civilians",
      { type: "government", mention: "Governor Oleh Syniehubov" },
    ],
    // asides and clauses between the speaker and its verb
    [
      "A police official in Miranshah, speaking to Dawn.com on condition of anonymity, said 2 civilians were injured.",
      "2 civilians",
      { type: "state_military", mention: "A police official in Miranshah" },
    ],
    [
      "The outlawed CPI (Maoist) in a press note claimed that 5 security personnel had died.",
      "5 security",
      { type: "armed_group", mention: "The outlawed CPI (Maoist)" },
    ],
    [
      "The army's Third Division blamed dissidents for the massacre and said 2 suspects were held.",
      "2 suspects",
      { type: "state_military", mention: "The army's Third Division" },
    ],
    [
      "A 45-year-old farmer who survived said he counted 23 bodies.",
      "23",
      { type: "witness", name: "45-year-old farmer" },
    ],
    [
      "The Chairman of the council, Hon. Daniel Gogwim, who confirmed the attack, said 6 others were injured.",
      "6 others",
      { type: "official" },
    ],
    // the role before a name, across a relative clause, types the name ("A resident, Name, who …, said")
    [
      "A resident, Amina Bello, who spoke to our reporter by phone on Tuesday, said 14 people were killed.",
      "14",
      { type: "witness", name: "Amina Bello" },
    ],
    // a coordinated subject typed by its first conjunct as a phrase
    [
      "The strike killed 11 civilians, local resistance forces and residents said.",
      "11",
      { type: "armed_group" },
    ],
  ];
  for (const [text, needle, want] of cases)
    it(text, () => {
      expect(who(text, needle)).toMatchObject(want);
    });
});

describe("Attribution: a bare role after the people of one side", () => {
  it("speaks for the side the report names as acting when no party spoke or was named", () => {
    const text = "Fighters stormed the village at dawn. A commander told AFP that 12 soldiers were killed.";
    expect(who(text, "12")).toMatchObject({ name: "commander", type: "armed_group", mention: "A commander" });
    const army = "Army troops repelled an attack on the base. A commander said 12 insurgents were killed.";
    expect(who(army, "12")).toMatchObject({ type: "state_military" });
  });
});

describe("Attribution: claims and reports as nouns after adjectives of worth", () => {
  it("reads 'make unverifiable claims' as a noun: the figure is the outlet's", () => {
    const text = "Both sides make unverifiable claims about casualties; at least 7 were killed.";
    expect(who(text, "7")).toMatchObject({ name: "media", type: "media" });
  });
});

describe("Attribution: speakers named by what they do besides saying", () => {
  it("reads 'the commission' as the body defined by its acronym across a lower-case 'on'", () => {
    const text =
      "The National Commission on Civil Liberties (NCCL) now says 12 people have died. At least 40 were hurt, the commission said.";
    expect(who(text, "12 people")).toMatchObject({ name: "National Commission on Civil Liberties (NCCL)" });
    expect(who(text, "At least 40")).toMatchObject({
      name: "National Commission on Civil Liberties (NCCL)",
      mention: "the commission",
    });
  });

  it("reads 'He said' as the one who disputed the account, not the speaker before", () => {
    const text =
      "District Commissioner John Deng said 20 herders were killed. A clan chief, who asked not to be named, rejected the account. He said 4 of his men died.";
    expect(who(text, "20 herders")).toMatchObject({ name: "John Deng" });
    expect(who(text, "4 of his")).toMatchObject({ mention: "He", name: "clan chief" });
  });

  it("reads 'According to information,' as no source, neither here nor in the next sentence", () => {
    const text =
      "Police have launched a manhunt. According to information, two gunmen shot 6 patrons. Three men died at the scene.";
    expect(who(text, "6 patrons")).toMatchObject({ type: "media", mention: null });
    expect(who(text, "Three men")).toMatchObject({ type: "media", mention: null });
  });

  it("reads a body that recorded, documented or registered a count as its claimant", () => {
    expect(who("In 2024 the UN mission recorded 310 civilians killed in the province.", "310")).toMatchObject(
      {
        mention: "the UN mission",
      },
    );
    expect(who("Amnesty International documented 17 deaths in custody.", "17")).toMatchObject({
      name: "Amnesty International",
      type: "official",
    });
    expect(who("A phone camera recorded the attack, in which 5 people died.", "5 people")).toMatchObject({
      type: "media",
    });
  });

  it("reads 'The official, who …,' as an official, not the joint source or the private person before", () => {
    const pair =
      "Relatives and a district official said the bus was stopped at dusk. The official, who asked not to be named, said 9 passengers were taken.";
    expect(who(pair, "9 passengers")).toMatchObject({ type: "official", mention: "The official" });
    const after =
      "A resident said the gunmen came at night. The official, speaking by phone, said 6 people were killed.";
    expect(who(after, "6 people")).toMatchObject({ type: "official" });
  });

  it("reads the subject of '… blamed X, which it calls \"Y\", and said' past the quoted name", () => {
    const text =
      'The regional government\'s press office blamed the rebels, which it calls "Khawarij", and said in a statement that 9 soldiers were killed.';
    expect(who(text, "9 soldiers")).toMatchObject({ type: "government" });
  });

  it("reads the name and age after a quote as a witness, whatever the occupation's word", () => {
    const text = '"Four of my neighbours died," said Ana Lopes, a 41-year-old cleaner who lives nearby.';
    expect(who(text, "Four")).toMatchObject({ type: "witness", name: "Ana Lopes" });
  });

  it("reads a list's numbered items after a cue that ends its paragraph with a colon as that cue's", () => {
    const text =
      "The army issued a statement on Monday. It said:\n\n1. The attack was repelled.\n\n2. Our forces killed 12 assailants.\n\nResidents said the market reopened.";
    expect(who(text, "12 assailants")).toMatchObject({ type: "state_military", mention: "It" });
    const notList = "The army issued a statement on Monday. It said:\n\nOur forces killed 12 assailants.";
    expect(who(notList, "12 assailants").type).not.toBe("state_military");
  });

  it("reads a quote a colon announces as the cue's before it, however long its complements", () => {
    const text =
      'The army said in a communique read on state television, translated from French: "A convoy was attacked. Our forces killed 30 assailants."';
    expect(who(text, "30 assailants")).toMatchObject({ type: "state_military" });
  });

  it("reads a speaker whose apposition holds a relative clause, without the clause", () => {
    const text =
      "A Telegram channel close to the militia, the armed group that took the town, said 80 soldiers had been killed.";
    expect(who(text, "80 soldiers")).toMatchObject({
      type: "media",
      mention: "A Telegram channel close to the militia, the armed group",
    });
  });
});
