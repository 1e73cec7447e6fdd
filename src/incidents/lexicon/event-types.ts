// Words that mark each GTD attack type and ACLED sub-event type. Patterns are lower-case word
// stems matched at word starts ("hijack" matches "hijacked", "hijackers"). A type's score is
// how many of its patterns' matches the text has; the ordered lists below decide ties and
// follow the datasets' own precedence (GTD codes the highest type in its hierarchy).

export const GTD_ATTACK_TYPES = [
  "Assassination",
  "Hijacking",
  "Hostage Taking (Kidnapping)",
  "Hostage Taking (Barricade Incident)",
  "Bombing/Explosion",
  "Armed Assault",
  "Unarmed Assault",
  "Facility/Infrastructure Attack",
  "Unknown",
] as const;
export type GtdAttackType = (typeof GTD_ATTACK_TYPES)[number];

export const GTD_LEXICON: Record<Exclude<GtdAttackType, "Unknown">, readonly string[]> = {
  Assassination: [
    "assassinat",
    "targeted killing",
    "gunned down the",
    "killed the governor",
    "killed the mayor",
  ],
  Hijacking: [
    "hijack",
    "commandeer",
    "seized the train",
    "seized the plane",
    "seized the bus",
    "took over the train",
  ],
  "Hostage Taking (Kidnapping)": [
    "kidnap",
    "abduct",
    "taken hostage",
    "took hostage",
    "held hostage",
    "hostage",
  ],
  "Hostage Taking (Barricade Incident)": ["barricad", "siege", "standoff", "stand-off", "holed up"],
  "Bombing/Explosion": [
    "bomb",
    "blast",
    "explosi",
    "explod",
    "ied",
    "suicide attack",
    "suicide bomber",
    "grenade",
    "detonat",
    "explosive",
  ],
  "Armed Assault": [
    "gunmen",
    "opened fire",
    "shot dead",
    "firing",
    "gunfire",
    "shooting",
    "stormed",
    "ambush",
  ],
  "Unarmed Assault": ["stabb", "knife attack", "beaten to death", "lynch", "acid attack"],
  "Facility/Infrastructure Attack": [
    "set fire",
    "torched",
    "arson",
    "burned down",
    "blew up the railway",
    "sabotage",
  ],
};

/** ACLED event types and the sub-event types used here, with their lexicons. */
export const ACLED_SUB_EVENTS = [
  {
    eventType: "Explosions/Remote violence",
    subEventType: "Suicide bomb",
    words: ["suicide bomb", "suicide attack", "suicide blast", "suicide bomber"],
  },
  {
    eventType: "Explosions/Remote violence",
    subEventType: "Air/drone strike",
    words: ["air strike", "airstrike", "drone strike", "drone attack"],
  },
  {
    eventType: "Explosions/Remote violence",
    subEventType: "Shelling/artillery/missile attack",
    words: ["shelling", "artillery", "mortar", "missile", "rocket"],
  },
  { eventType: "Explosions/Remote violence", subEventType: "Grenade", words: ["grenade"] },
  {
    eventType: "Explosions/Remote violence",
    subEventType: "Remote explosive/landmine/IED",
    words: [
      "ied",
      "roadside bomb",
      "landmine",
      "remote-controlled",
      "improvised explosive",
      "bomb",
      "blast",
      "explosi",
    ],
  },
  {
    eventType: "Violence against civilians",
    subEventType: "Abduction/forced disappearance",
    words: ["kidnap", "abduct", "hostage", "hijack"],
  },
  {
    eventType: "Battles",
    subEventType: "Armed clash",
    words: [
      "clash",
      "exchange of fire",
      "gun battle",
      "gunfight",
      "firefight",
      "operation",
      "security forces killed",
      "neutralised",
      "neutralized",
    ],
  },
  {
    eventType: "Battles",
    subEventType: "Government regains territory",
    words: ["regained control", "recaptured", "retook"],
  },
  {
    eventType: "Violence against civilians",
    subEventType: "Attack",
    words: ["gunmen", "opened fire", "shot dead", "attack on passengers", "killed civilians", "massacre"],
  },
] as const;
