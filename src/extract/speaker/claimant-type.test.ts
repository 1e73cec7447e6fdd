import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { tokenize } from "../tokens.js";
import { typeOf } from "./claimant-type.js";

const typeOfText = (mention: string) =>
  typeOf(tokenize(mention, { start: 0, end: mention.length }).map((t) => t.norm));

/** The type of a mention read with its written forms (descriptions told from names by their case). */
const written = (mention: string) => {
  const tk = tokenize(mention, { start: 0, end: mention.length });
  return typeOf(
    tk.map((t) => t.norm),
    tk.map((t) => t.text),
  );
};

describe("typeOf: the head noun decides", () => {
  const cases: Array<[string, ClaimantType | null]> = [
    // A collective of people is of its members' kind, never an armed group by "group".
    ["a group of local activists", "unknown"],
    ["a group of residents", "witness"],
    ["a team of doctors", "official"],
    ["a rebel group of 50 fighters", "armed_group"],
    // A two-word noun of the armed forces in WordNet is one noun, not a "group" or a civilian.
    ["Group Captain Tariq Mahmood", "state_military"],
    ["a storm trooper", "state_military"],
    // A compound of WordNet's roles is one noun of its own class, not its head's ("officer").
    ["a probation officer", "official"],
    ["the returning officer", "official"],
    ["a police officer", "state_military"],
    // A chain of dependent heads is typed by its first ("Army spokesman", not "spokesman").
    ["Army spokesman Ali Khan", "state_military"],
    ["Army spokesman Major Ali Khan", "state_military"],
    ["group spokesman Abu Omar", "armed_group"],
    // A rank before a name says the state's forces, unless a modifier says whose.
    ["Sgt. Ann Justus", "state_military"],
    ["Captain Ali Musa", "state_military"],
    ["Trooper Dan Reyes", "state_military"],
    ["SP Yazid Abubakar", "state_military"],
    // Offices by their own countries' words: Spanish names, South Asia's district collector, a headman.
    ["the Defensoría del Pueblo", "official"],
    ["the state Fiscalía", "official"],
    ["the Alcaldía of San Rafael", "government"],
    ["the district collector", "official"],
    ["the village headman", "official"],
    ["DIG Ravi Menon", "state_military"],
    ["spokesman Major Ali Khan", "state_military"],
    ["Fire Capt. Todd Keller", "official"],
    ["a rebel Major, Ali Musa", "armed_group"],
    ["Chief Ali Musa", "official"],
    ["a freedom fighter", "armed_group"],
    // Organisations that are no party, by name or initials (lexicon/organisations.ts).
    ["IOM", "official"],
    ["the World Health Organization", "official"],
    ["a World Food Programme official", "official"],
    ["HRW researchers", "official"],
    ["VOA", "media"],
    ["the Ethiopian News Agency", "media"],
    // Armed groups of the Horn and elsewhere reports name by initials alone (lexicon/forces.ts).
    ["ONLF", "armed_group"],
    ["OLF fighters", "armed_group"],
    ["FRUD", "armed_group"],
    // A participle's object is no modifier of the head: the head before it decides.
    ["forces of the Ogaden National Liberation Front fighting the regime", "armed_group"],
    ["rebels fighting the government", "armed_group"],
    ["soldiers guarding the rebel camp", "state_military"],
    // A medical-legal examination speaks for its examiners; newspapers by the nouns of their names.
    ["a post-mortem examination", "official"],
    ["the Standard", "media"],
    // An armed party's own outlet speaks for the party; a ministry it runs stays a ministry.
    ["the Islamic State group's Amaq news agency", "armed_group"],
    ["the Houthi-run Saba news agency", "armed_group"],
    ["Amaq", "armed_group"],
    // (The outlet's own name after its medium's noun: "X's Radio Y", "the group's Voice of Z radio".)
    ["al-Shabaab's Radio Andalus", "armed_group"],
    ["the Taliban's Radio Shariat", "armed_group"],
    ["Kenya's Radio Citizen", "media"],
    ["the Hamas-run health ministry", "government"],
    ["Israeli army radio", "media"],
    ["the state-run Global New Light of Myanmar", "media"],
    ["the state-run hospital", "official"],
    // A coalition led by a country is of states' forces; one a rebel word names is an armed group's.
    ["the Saudi-led coalition", "state_military"],
    ["the US-led coalition", "state_military"],
    ["a rebel coalition", "armed_group"],
    ["US-backed forces", "armed_group"],
    ["the Kurdish-led SDF", "armed_group"],
    ["The Star", "media"],
    // A force the lexicon names has its side; an armed party's modifier makes a force its own.
    ["the Tigray Defense Forces", "armed_group"],
    ["the Ambazonia Defence Forces", "armed_group"],
    ["the Kenya Defence Forces", "state_military"],
    ["Houthi forces", "armed_group"],
    ["a CJTF member", "armed_group"],
    ["members of the Civilian Joint Task Force", "armed_group"],
    // The regime, as exile outlets name a junta; rights groups whose names hold "Defense".
    ["the regime's information team", "state_military"],
    ["the National Human Rights Defense Network", "official"],
    // The president of a body is of that body's kind.
    ["the president of civil society in the chiefdom", "official"],
    ["President Volodymyr Zelensky", "government"],
    // Offices of any body take the body's type: police superintendents and commissioners.
    ["the Superintendent of Police (SP) of Churachandpur", "state_military"],
    ["the medical superintendent of the district hospital", "official"],
    ["the Commissioner of Police", "state_military"],
    ["the Kasese district commissioner", "official"],
    ["the Secretariat of Security and Citizen Protection", "government"],
    ["the UN Secretariat", "official"],
    // (claimant grid, session 15) a federal member state's forces and a country's army by its name
    // are the state's; an armed party's word makes "military" its own; a union of an occupation is
    // civil society; "-men" plurals and civilians' "people" speak as witnesses; a reduced relative
    // clause after the head names someone else; "DR" before "Congo" is no doctor.
    ["Jubaland forces", "state_military"],
    ["Puntland forces", "state_military"],
    ["the DRC army", "state_military"],
    ["the Kenya army", "state_military"],
    ["DR Congo's army", "state_military"],
    ["Houthi military spokesman Yahya Saree", "armed_group"],
    ["the Nigeria Union of Teachers", "official"],
    ["Fishermen", "witness"],
    ["displaced people", "witness"],
    ["the commission", "official"],
    ["Voz do Norte", "media"],
    ["Le Monde", "media"],
    ["the Karen National Union", "armed_group"],
    // A union named by its members' word is civil society, not the police; defending is an activity
    // typed by what is defended ("the Defence of Human Rights"), not the state's defence.
    ["the national police union", "official"],
    ["a soldiers' association", "official"],
    ["the National Network for the Defence of Human Rights", "official"],
    ["the Ministry of Defence", "government"],
    ["defence officials", "state_military"],
    // Traditional rulers and Syria's civil defence by their own names.
    ["the Emir of Kauru", "official"],
    ["the White Helmets", "official"],
    // A head's own keyword.
    ["residents", "witness"],
    ["the soldiers", "state_military"],
    ["the health ministry", "government"],
    // A dependent head takes the type of its nearest typed modifier.
    ["a medical group", "official"],
    ["a relief charity", "official"],
    ["the Western Liberation Army", "armed_group"],
    ["the Pakistan Army", "state_military"],
    ["Germany's Federal Police force", "state_military"],
    ["District hospital authorities", "official"],
    ["national authorities", "government"],
    ["the UN children's agency", "official"],
    ["a BLA spokesman", "armed_group"],
    // Titles before a person's name: the one nearest the name.
    ["Defense Minister Ana Ruiz", "government"],
    // A dependent head with no typed modifier: its complement.
    ["the spokesman of the state police command", "state_military"],
    ["the head of the regional military administration", "government"],
    // An administration run by soldiers still governs; the soldiers' own authorities are the forces.
    ["the regional military administration", "government"],
    ["a military administration", "government"],
    ["military authorities", "state_military"],
    ["the district administration", "official"],
    ["a source close to the Hill Front", "armed_group"],
    ["members of the militia", "armed_group"],
    ["a group of medical professionals tracking the war", "official"],
    // An apposition: the first typed part; a coordination: the first typed conjunct.
    ["Jean Mbala, an official in the Kasika district", "official"],
    ["the Kivu Doctors Network, a group of medical professionals", "official"],
    ["villagers and the head of a local pro-democracy group", "witness"],
    // Named forces by their short forms and names (lexicon/forces.ts): the state's or not.
    ["the IDF", "state_military"],
    ["SAF", "state_military"],
    ["the FARDC spokesman", "state_military"],
    ["the RSF", "armed_group"],
    ["the paramilitary Rapid Support Forces", "armed_group"],
    ["the Syrian Democratic Forces", "armed_group"],
    // Armed groups and independent bodies by meaning, in any region.
    ["Maoists", "armed_group"],
    ["the bandits", "armed_group"],
    ["cartel gunmen", "armed_group"],
    ["the guerrillas", "armed_group"],
    ["a human rights observatory", "official"],
    ["the rescue service", "official"],
    ["Ali Hamdan", null],
  ];
  it.each(cases)("%s", (mention, type) => {
    expect(typeOfText(mention)).toBe(type);
  });

  it("reads a description up to a reduced relative clause, not by the one named in it", () => {
    expect(written("A trooper interviewed by the BBC")).toBe("state_military");
    expect(written("A nurse reached by AFP")).toBe("official");
  });

  it("reads a common noun a newspaper is named by as an outlet only bare, and a prison as its service", () => {
    // "The Star", "the Standard": the noun alone is the paper's name; with a modifier or a
    // complement it is the noun ("a football star", "a rising star of the opposition").
    for (const m of ["The Star", "the Standard", "Vanguard", "the Inquirer"])
      expect(typeOfText(m)).toBe("media");
    for (const m of ["a football star", "a rising star of the opposition", "a standard bearer"])
      expect(typeOfText(m)).not.toBe("media");
    // A prison's agency, service or authorities are officials; an inmate is not.
    for (const m of [
      "the SNAI prison agency",
      "prison authorities",
      "the prison service",
      "the correctional service",
    ])
      expect(typeOfText(m)).toBe("official");
    expect(typeOfText("a former prison inmate")).not.toBe("official");
  });

  it("reads a description in apposition before the name it describes", () => {
    expect(written("The Unity Defence Forces, the rebel group accused of the raid")).toBe("armed_group");
  });

  it("passes over a dependent title to the modifier before it", () => {
    expect(typeOfText("ministry spokesman Ibrahim Sani")).toBe("government");
    expect(typeOfText("Rebel spokesman Adel Mahdi")).toBe("armed_group");
    expect(typeOfText("Energy minister Dr. Lina Haddad")).toBe("government");
    expect(typeOfText("Dr. Yasmin Kakar")).toBe("official");
  });

  it("passes over a rank that is a dependent head itself ('chief') to the complement", () => {
    expect(typeOfText("the chief spokesman of the army")).toBe("state_military");
    expect(typeOfText("the chief spokesman of the rebels")).toBe("armed_group");
    expect(typeOfText("the chief spokesman of the government")).toBe("government");
    expect(typeOfText("the chief spokesman")).toBe("official");
    expect(typeOfText("the army spokesman")).toBe("state_military");
  });

  it("reads a bracketed acronym only when nothing else types the mention", () => {
    expect(typeOfText("the Hill Front (HF)")).toBe("armed_group");
    expect(typeOfText("Inter-Services Public Relations (ISPR)")).toBe("state_military");
  });
});

describe("typeOf: named armies and forces of any country", () => {
  const cases: Array<[string, ClaimantType | null]> = [
    // A country or nationality, or a word of the state's forces: the state's.
    ["the Sudanese Armed Forces", "state_military"],
    ["the Kenya Defence Forces", "state_military"],
    ["Israeli forces", "state_military"],
    ["the Afghan National Army", "state_military"],
    ["government forces", "state_military"],
    ["regime forces", "state_military"],
    // Other words name an armed group, known or not.
    ["the Rapid Support Forces", "armed_group"],
    ["the Arakan Army", "armed_group"],
    ["the Allied Democratic Forces", "armed_group"],
    ["the Free Northern Army", "armed_group"],
    ["the Syrian Democratic Forces", "armed_group"],
    ["rebel forces", "armed_group"],
    // Alone, the army is the state's; "the forces" says nothing.
    ["the army", "state_military"],
    ["the forces", null],
  ];
  for (const [mention, type] of cases)
    it(`types '${mention}' as ${type}`, () => expect(typeOfText(mention)).toBe(type));
});

describe("typeOf: bodies of any country by their nouns", () => {
  const cases: Array<[string, ClaimantType | null]> = [
    ["Ukraine's General Staff", "state_military"],
    ["the garrison commander", "state_military"],
    ["the municipality", "official"],
    ["the town hall", "official"],
    ["the Kremlin", "government"],
    ["the State Department", "government"],
    ["the International Organization for Migration", "official"],
    ["the Norwegian Refugee Council", "official"],
    ["a local journalist", "media"],
    ["the vigilantes", "armed_group"],
    ["al-Shabaab", "armed_group"],
    ["a community leader", "witness"],
    ["the traditional ruler", "official"],
    // a compound title, no general's rank; its organisation decides ("Hezbollah Secretary-General")
    ["Assistant Secretary-General Mara Olsen", "official"],
    ["UN Under-Secretary-General for Humanitarian Affairs", "official"],
    ["Hezbollah Secretary-General Naim Qassem", "armed_group"],
    ["General Ali Khan", "state_military"],
    // a community's own bodies speak as its people, as a residents' committee does
    ["a community committee in the village", "witness"],
    ["the Kibera Residents' Committee", "witness"],
    ["community police", "state_military"],
    ["community health workers", "official"],
  ];
  for (const [mention, type] of cases)
    it(`types '${mention}' as ${type}`, () => expect(typeOfText(mention)).toBe(type));
});

describe("typeOf: keywords in either number, and occupations as witnesses", () => {
  it("reads a keyword's derived plural as the keyword", () => {
    expect(typeOfText("monitors")).toBe("official");
    expect(typeOfText("local rights groups")).toBe("official");
    expect(typeOfText("paramedics")).toBe("official");
  });

  it("types a description by an occupation, no office, as a witness", () => {
    expect(written("a fisherman on the Euphrates")).toBe("witness");
    expect(written("Issa Sawadogo, a trader who fled")).toBe("witness");
    expect(written("Gravediggers")).toBe("witness");
  });

  it("leaves names, and those who speak from expertise or advocacy, untyped", () => {
    expect(written("John Baker")).toBeNull();
    expect(written("Baker")).toBeNull();
    expect(written("a diplomat in the capital")).toBeNull();
    expect(written("Activists")).toBeNull();
  });
});

describe("typeOf: a description in apposition with an indefinite article", () => {
  it("reads 'an FDLR commander' as the description of the name before it", () => {
    expect(written("Col. Emile Habimana, an FDLR commander")).toBe("armed_group");
  });
});

describe("typeOf: an occupation after the noun of an outlet's name", () => {
  it("types the person by the occupation, not by the outlet's noun before it", () => {
    expect(typeOfText("a daily wage labourer")).toBe("witness");
    expect(typeOfText("a news vendor")).toBe("witness");
    // An outlet's name, its own staff, and a body before the person still type it.
    expect(written("the Daily Trust")).toBe("media");
    expect(typeOfText("a Daily Trust reporter")).toBe("media");
    expect(typeOfText("a radio presenter")).toBe("media");
    expect(typeOfText("a hospital cleaner")).toBe("official");
  });
});

describe("typeOf: a collective named by its members, and a description of a kind only", () => {
  it("reads 'a lawyers' group' as a group of lawyers, no armed group", () => {
    expect(typeOfText("a lawyers' group")).toBe("unknown");
    expect(typeOfText("a women's group")).toBe("unknown");
    expect(typeOfText("a farmers group")).toBe("witness");
    // A typed modifier still decides, and a group named by no one's kind stays armed.
    expect(typeOfText("a rebel group")).toBe("armed_group");
    expect(typeOfText("a little-known group")).toBe("armed_group");
  });

  it("lets a name of a specific type outweigh a description of its kind only", () => {
    expect(written("the Kibera Resistance Committee, a neighbourhood group that documents abuses")).toBe(
      "official",
    );
    expect(written("the Hill Front, a group fighting the regime")).toBe("armed_group");
    // With nothing else typed, the kind still types the mention.
    expect(written("Ali Musa, a spokesman")).toBe("official");
    expect(written("the Kibera Committee, a neighbourhood group")).toBe("armed_group");
  });
});

describe("typeOf: the head of state's office, not every word 'presidential'", () => {
  it.each([
    ["the presidential office", "government"],
    ["the president's office", "government"],
  ])("types '%s' as %s", (mention, type) => expect(typeOfText(mention)).toBe(type));

  it("leaves a candidate or hopeful for the presidency out of the government", () => {
    expect(typeOfText("a presidential candidate")).not.toBe("government");
    expect(typeOfText("an opposition presidential hopeful")).not.toBe("government");
  });
});

describe("typeOf: a role noun typed by its class in WordNet (lexicon/generated/wordnet-claimant-roles.ts)", () => {
  it.each([
    ["an anaesthetist at the clinic", "official"],
    ["a midwife", "official"],
    ["paramedics", "official"],
    ["firefighters", "official"],
    ["a congressman", "government"],
    ["legislators", "government"],
    ["constables", "state_military"],
    ["a detective", "state_military"],
    ["a militiaman", "armed_group"],
    ["a newsman", "media"],
    ["photojournalists", "media"],
    ["a civil servant", "official"],
    ["prison guards", "official"],
  ] as Array<[string, ClaimantType]>)("types '%s' as %s", (mention, type) =>
    expect(written(mention)).toBe(type),
  );

  it("keeps occupations with no office witnesses, and WordNet's rejected senses out", () => {
    expect(written("a trader")).toBe("witness");
    expect(written("a veteran")).not.toBe("state_military");
    expect(written("a deputy")).not.toBe("state_military");
    expect(written("a caregiver")).not.toBe("official");
  });
});

describe("typeOf: where the codebook is silent (ARCHITECTURE.md)", () => {
  it.each([
    // elected representatives of a local unit, as local councils: official
    ["a ward representative", "official"],
    ["local representatives", "official"],
    ["a village representative", "official"],
    // those who represent a community without office, as community leaders: witness
    ["a community representative", "witness"],
    // rights activists, as rights groups and monitors: official
    ["rights activists", "official"],
  ] as Array<[string, ClaimantType]>)("types '%s' as %s", (mention, type) =>
    expect(written(mention)).toBe(type),
  );

  it("leaves bare sources, activists and political parties untyped", () => {
    for (const mention of ["local sources", "Activists", "the opposition party", "the ruling party"])
      expect([null, "unknown"], mention).toContain(written(mention));
  });
});

describe("typeOf: a mention typed again is typed as written this time", () => {
  it("reads the same words as a name or a description by their case, in any order of asking", () => {
    // Types are kept by the mention's words (claimant-type.ts PHRASE_TYPES): the written case is of the key.
    const named = "The Rapid Support Forces, a government body";
    const lower = named.toLowerCase();
    for (let round = 0; round < 2; round++) {
      expect(written(named)).toBe("government");
      expect(written(lower)).toBe("armed_group");
      expect(typeOfText(named)).toBe("armed_group");
      expect(written(named)).toBe("government");
    }
  });
});
