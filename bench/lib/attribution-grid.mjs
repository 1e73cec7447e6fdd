// The attribution grid (bench/attribution-grid.mjs and test/attribution-grid.test.ts):
// attribution frames × claimant heads × outcome clauses, all our own words. A head lists the
// codebook types a careful coder accepts for it (codebook §1 `claimant.type`, §1c "Who speaks",
// and ARCHITECTURE.md "Where the codebook is silent"), the word its resolved name must hold, and
// the pronoun that refers back to it.

/** Outcome clauses: tenses and voices of killing, injuring and abducting, each with its figure. */
export const CLAUSES = [
  { text: "12 people were killed in the attack", outcome: "killed", value: 12 },
  { text: "at least 14 civilians have been killed since Friday", outcome: "killed", value: 14 },
  { text: "gunmen killed 11 farmers overnight", outcome: "killed", value: 11 },
  { text: "17 soldiers died in the ambush", outcome: "killed", value: 17 },
  { text: "23 people had been wounded", outcome: "injured", value: 23 },
  { text: "the attackers abducted 30 passengers", outcome: "abducted", value: 30 },
];

const sentence = (c) => c.text;

/** Frames: how a report ties a clause to its speaker. `pro` is the head's pronoun ("he", "it", "they"). */
export const FRAMES = [
  { name: "X said C", make: (h, c) => `${h} said ${sentence(c)}.` },
  { name: "X said that C", make: (h, c) => `${h} said that ${sentence(c)}.` },
  { name: "C, X said", make: (h, c) => `${sentence(c)}, ${h} said.` },
  { name: "C, said X", make: (h, c) => `${sentence(c)}, said ${h}.` },
  { name: "According to X, C", make: (h, c) => `According to ${h}, ${sentence(c)}.` },
  { name: "C, according to X", make: (h, c) => `${sentence(c)}, according to ${h}.` },
  { name: "X told AFP that C", make: (h, c) => `${h} told AFP that ${sentence(c)}.` },
  { name: "C, X told Reuters", make: (h, c) => `${sentence(c)}, ${h} told Reuters.` },
  { name: "X told reporters C", make: (h, c) => `${h} told reporters ${sentence(c)}.` },
  { name: "X said on Monday C", make: (h, c) => `${h} said on Monday ${sentence(c)}.` },
  { name: "X confirmed that C", make: (h, c) => `${h} confirmed that ${sentence(c)}.` },
  { name: "X claimed C", make: (h, c) => `${h} claimed ${sentence(c)}.` },
  { name: "X reported that C", make: (h, c) => `${h} reported that ${sentence(c)}.` },
  { name: "In a statement, X said C", make: (h, c) => `In a statement, ${h} said ${sentence(c)}.` },
  {
    name: "X said in a statement that C",
    make: (h, c) => `${h} said in a statement on Sunday that ${sentence(c)}.`,
  },
  { name: "In a post on X, X said C", make: (h, c) => `In a post on Telegram, ${h} said ${sentence(c)}.` },
  {
    name: "X, quoted by Y, said C",
    make: (h, c) => `${h}, quoted by the state news agency, said ${sentence(c)}.`,
  },
  { name: "X was quoted as saying C", make: (h, c) => `${h} was quoted as saying ${sentence(c)}.` },
  { name: "Reuters quoted X as saying C", make: (h, c) => `Reuters quoted ${h} as saying ${sentence(c)}.` },
  {
    name: "Y, citing X, reported C",
    make: (h, c) => `State television, citing ${h}, reported that ${sentence(c)}.`,
  },
  {
    name: "X, speaking on condition of anonymity, said C",
    make: (h, c) => `${h}, speaking on condition of anonymity, said ${sentence(c)}.`,
  },
  {
    name: "X said …, adding that C",
    make: (h, c) => `${h} said the attack began at dawn, adding that ${sentence(c)}.`,
  },
  { name: '"C," X said', make: (h, c) => `"${sentence(c)}," ${h} said.` },
  { name: '"C," said X', make: (h, c) => `"${sentence(c)}," said ${h}.` },
  {
    name: 'long quote "… C," X told AFP',
    make: (h, c) =>
      `"We heard gunfire before dawn and by the time it stopped the market was burning. ` +
      `${sentence(c)}," ${h} told AFP.`,
  },
  {
    name: "X said … . Pronoun added that C",
    make: (h, c, pro) => `${h} said the attack began at dawn. ${pro} added that ${sentence(c)}.`,
  },
  {
    name: "X denied …, but said C",
    make: (h, c) => `${h} denied any part in the attack, but said ${sentence(c)}.`,
  },
  // (Only for heads that name a group of people: "one of them" is a member of it.)
  {
    name: "X said … . One of them said C",
    plural: true,
    make: (h, c) => `${h} said the attack began at dawn. One of them said ${sentence(c)}.`,
  },
  {
    name: "Another spoke. X did not respond … . Pronoun later said C",
    make: (h, c, pro) =>
      `Officials in the capital blamed rebels for the attack. ${h} did not respond to a request for comment. ` +
      `${pro} later said ${sentence(c)}.`,
  },
];

/**
 * Claimant heads, each with the types a coder accepts, the key word of its name, and its pronoun.
 * Classes: the state's forces, governments, officials and independent bodies, armed groups,
 * witnesses, media; bare nouns, compound heads, titled names, appositions, "a spokesman for X".
 */
export const HEADS = [
  // the state's forces
  { text: "the army", types: ["state_military"], key: "army", pro: "it" },
  { text: "the military", types: ["state_military"], key: "military", pro: "it" },
  { text: "police", types: ["official", "state_military"], key: "police", pro: "they" },
  { text: "a police spokesman", types: ["official", "state_military"], key: "police", pro: "he" },
  { text: "the provincial police chief", types: ["official", "state_military"], key: "police", pro: "he" },
  { text: "an army spokesman", types: ["state_military"], key: "army", pro: "he" },
  { text: "Colonel Ahmed Musa, an army spokesman", types: ["state_military"], key: "Musa", pro: "he" },
  { text: "security sources", types: ["state_military", "official"], key: "security", pro: "they" },
  { text: "a security official", types: ["state_military", "official"], key: "security", pro: "he" },
  // governments
  { text: "the interior minister", types: ["government"], key: "minister", pro: "he" },
  { text: "the regional governor", types: ["government"], key: "governor", pro: "he" },
  { text: "Governor John Okafor", types: ["government"], key: "Okafor", pro: "he" },
  { text: "the defence ministry", types: ["government", "state_military"], key: "ministry", pro: "it" },
  // an administration run by soldiers still governs (ARCHITECTURE.md "Where the codebook is silent")
  {
    text: "the regional military administration",
    types: ["government", "state_military"],
    key: "administration",
    pro: "it",
  },
  // officials and independent bodies
  { text: "the mayor", types: ["government", "official"], key: "mayor", pro: "he" },
  { text: "the district health officer", types: ["official"], key: "health", pro: "he" },
  { text: "a hospital director", types: ["official"], key: "hospital", pro: "he" },
  { text: "a doctor at the district hospital", types: ["official"], key: "doctor", pro: "he" },
  { text: "Maria Lopez, a nurse at the clinic", types: ["official", "witness"], key: "Lopez", pro: "she" },
  { text: "the district commissioner", types: ["official"], key: "commissioner", pro: "he" },
  { text: "a village head", types: ["official"], key: "village head", pro: "he" },
  { text: "local officials", types: ["official", "government"], key: "officials", pro: "they" },
  { text: "the health ministry", types: ["official", "government"], key: "health ministry", pro: "it" },
  { text: "the Red Cross", types: ["official"], key: "Red Cross", pro: "it" },
  { text: "rescue workers", types: ["official"], key: "rescue", pro: "they" },
  { text: "the state emergency agency", types: ["official"], key: "emergency", pro: "it" },
  { text: "a paramedic", types: ["official"], key: "paramedic", pro: "he" },
  { text: "the coroner", types: ["official"], key: "coroner", pro: "he" },
  { text: "a monitoring group", types: ["official", "unknown"], key: "monitoring", pro: "it" },
  // armed groups
  { text: "the rebel group", types: ["armed_group"], key: "rebel", pro: "it" },
  { text: "a militia commander", types: ["armed_group"], key: "militia", pro: "he" },
  { text: "the insurgents", types: ["armed_group"], key: "insurgents", pro: "they" },
  { text: "a spokesman for the rebels", types: ["armed_group"], key: "rebels", pro: "he" },
  // witnesses
  { text: "residents", types: ["witness"], key: "residents", pro: "they" },
  { text: "a survivor", types: ["witness"], key: "survivor", pro: "he" },
  { text: "villagers", types: ["witness"], key: "villagers", pro: "they" },
  { text: "a local farmer", types: ["witness"], key: "farmer", pro: "he" },
  { text: "John Banda, a resident", types: ["witness"], key: "Banda", pro: "he" },
  { text: "a tribal elder", types: ["witness"], key: "elder", pro: "he" },
  // media
  { text: "state media", types: ["media"], key: "state media", pro: "it" },
  { text: "local media", types: ["media"], key: "local media", pro: "it" },
  // heads by the class of their role noun, not by a keyword (WordNet's offices and professions)
  { text: "an anaesthetist at the clinic", types: ["official"], key: "anaesthetist", pro: "she" },
  { text: "a congressman", types: ["government"], key: "congressman", pro: "he" },
  { text: "constables", types: ["state_military", "official"], key: "constables", pro: "they" },
  { text: "a newsman", types: ["media"], key: "newsman", pro: "he" },
  { text: "paramedics", types: ["official"], key: "paramedics", pro: "they" },
  { text: "a civil servant", types: ["official", "government"], key: "civil servant", pro: "he" },
  { text: "a prison guard", types: ["official", "state_military"], key: "prison guard", pro: "he" },
  { text: "a militiaman", types: ["armed_group"], key: "militiaman", pro: "he" },
  { text: "a local councillor", types: ["official"], key: "councillor", pro: "she" },
  // occupations after the noun of an outlet's name: the occupation types them, not the outlet
  { text: "a daily wage labourer", types: ["witness"], key: "labourer", pro: "he" },
  { text: "a news vendor", types: ["witness"], key: "vendor", pro: "he" },
  // where the codebook is silent (ARCHITECTURE.md): local representatives, activists, sources, parties
  { text: "a ward representative", types: ["official"], key: "ward representative", pro: "he" },
  { text: "rights activists", types: ["official", "unknown"], key: "activists", pro: "they" },
  { text: "activists", types: ["unknown"], key: "activists", pro: "they" },
  { text: "local sources", types: ["unknown", "official", "witness"], key: "sources", pro: "they" },
  { text: "the opposition party", types: ["unknown"], key: "party", pro: "it" },
  // a collective named by its members is a group of them, no armed group by the word "group"
  { text: "a lawyers' group", types: ["unknown", "official"], key: "lawyers", pro: "it" },
  { text: "a women's group", types: ["unknown", "witness", "official"], key: "women", pro: "it" },
];

/** Upper-cases the first letter of a sentence-initial head ("the army said" → "The army said"). */
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The grid's sentences, filtered by frame name and head text when given: each row is
 * `{ id, frame, head, clause, text }`.
 */
export function gridRows({ frame: onlyFrame = null, head: onlyHead = null, clauses = CLAUSES } = {}) {
  const rows = [];
  for (const frame of FRAMES) {
    if (onlyFrame && frame.name !== onlyFrame) continue;
    for (const head of HEADS) {
      if (onlyHead && !head.text.includes(onlyHead)) continue;
      if (frame.plural && head.pro !== "they") continue;
      for (const clause of clauses) {
        // (An apposition before its verb closes with a comma: "Ali Musa, an army spokesman, said".)
        const text = frame
          .make(head.text, clause, capital(head.pro))
          .replaceAll(head.text.includes(",") ? `${head.text} ` : "\u0000", `${head.text}, `)
          .replace(/(^|[.!?]["”]? +)([a-z])/g, (_, a, c) => a + c.toUpperCase())
          .replace(/^(["“])([a-z])/, (_, q, c) => q + c.toUpperCase());
        rows.push({ id: `g${rows.length}`, frame: frame.name, head, clause, text });
      }
    }
  }
  return rows;
}

/**
 * Whether a row's claims give its clause's figure with one of the head's types and a name that
 * holds the head's key word: `{ ok, why, got }`.
 */
export function judge(row, claims) {
  const claim = claims.find((c) => c.outcome === row.clause.outcome && c.quantity.value === row.clause.value);
  if (!claim) return { ok: false, why: "no claim", got: "-" };
  const got = `${claim.claimant.type} "${claim.claimant.name ?? ""}"`;
  if (!row.head.types.includes(claim.claimant.type)) return { ok: false, why: "type", got };
  const name = (claim.claimant.name ?? "").toLowerCase();
  if (row.head.key && !name.includes(row.head.key.toLowerCase())) return { ok: false, why: "name", got };
  return { ok: true, got };
}
