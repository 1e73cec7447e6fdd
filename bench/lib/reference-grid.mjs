// The reference grid (bench/reference-grid.mjs and test/reference-grid.test.ts): two-sentence
// reports of our own words in which the first sentence names an actor without giving a figure or
// speaking ("The Kivu Liberation Front attacked the town on Sunday.") and the second gives a figure
// through a description that refers back to it ("The militia said 40 people were killed.").
// actor × description × frame: a careful coder gives the figure to the actor named before, with
// the actor's type (codebook §1 `claimant.mention` "the group", `name` the resolved name), when the
// description's head fits the actor's class; when it does not ("the ministry" after an armed group)
// the description names a claimant of its own kind. Every sentence is written here.

/** Actors by class; `types` are the codebook types a coder accepts, `key` a word of the resolved name. */
export const ACTORS = [
  { text: "the Kivu Liberation Front", cls: "armed", types: ["armed_group"], key: "Kivu" },
  { text: "the Northern Frontier Militia", cls: "armed", types: ["armed_group"], key: "Frontier" },
  { text: "Al-Shabaab", cls: "armed", types: ["armed_group"], key: "Shabaab" },
  { text: "the Rapid Support Forces (RSF)", cls: "armed", types: ["armed_group"], key: "Rapid Support" },
  { text: "the Ugandan army", cls: "army", types: ["state_military"], key: "Ugandan" },
  { text: "the Sahel Defence Forces", cls: "army", types: ["state_military"], key: "Sahel" },
  { text: "Kasese police", cls: "police", types: ["official", "state_military"], key: "Kasese" },
  { text: "Lebanon's health ministry", cls: "ministry", types: ["official", "government"], key: "health" },
  {
    text: "the National Emergency Management Agency (NEMA)",
    cls: "agency",
    types: ["official", "government"],
    key: "Emergency",
  },
  { text: "Amnesty International", cls: "rights", types: ["official", "unknown"], key: "Amnesty" },
];

/**
 * Descriptions that refer back, with the actor classes each may refer to, and the types a coder
 * accepts when nothing named before fits (the description's own kind).
 */
export const DESCRIPTIONS = [
  { text: "the group", refers: ["armed", "rights"], own: ["armed_group", "unknown", "official"] },
  { text: "the armed group", refers: ["armed"], own: ["armed_group"] },
  { text: "the militia", refers: ["armed"], own: ["armed_group"] },
  { text: "the rebels", refers: ["armed"], own: ["armed_group"] },
  { text: "the militants", refers: ["armed"], own: ["armed_group"] },
  { text: "the paramilitary force", refers: ["armed", "army"], own: ["armed_group", "state_military"] },
  { text: "the army", refers: ["army"], own: ["state_military"] },
  { text: "the military", refers: ["army"], own: ["state_military"] },
  { text: "the police", refers: ["police"], own: ["official", "state_military"] },
  { text: "the ministry", refers: ["ministry"], own: ["government", "official"] },
  { text: "the agency", refers: ["agency"], own: ["media", "official", "unknown"] },
  {
    text: "the organisation",
    refers: ["armed", "rights", "agency"],
    own: ["armed_group", "unknown", "official"],
  },
  { text: "it", refers: ["armed", "army", "police", "ministry", "agency", "rights"], own: [] },
];

/** How the first sentence names the actor: as the subject of a deed, as an object, in a phrase. */
export const INTROS = [
  { name: "A acted", make: (a) => `${a} moved into the town of Beni on Sunday.` },
  { name: "blamed on A", make: (a) => `The attack on the market was blamed on ${a}.` },
  { name: "A, then another sentence", make: (a) => `${a} moved into Beni on Sunday. Shops stayed shut.` },
];

/** How the second sentence gives the figure through the description. */
export const FRAMES = [
  { name: "D said C", make: (d, c) => `${d} said ${c}.` },
  { name: "C, D said", make: (d, c) => `${c}, ${d} said.` },
  { name: "According to D, C", make: (d, c) => `According to ${d}, ${c}.` },
  { name: "D said in a statement that C", make: (d, c) => `${d} said in a statement that ${c}.` },
];

/** The clause of the figure. */
export const CLAUSES = [
  { text: "40 people were killed in the attack", outcome: "killed", value: 40 },
  { text: "12 fighters were wounded", outcome: "injured", value: 12 },
];

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const sentences = (s) => s.replace(/(^|[.!?] +)([a-z])/g, (_, a, c) => a + c.toUpperCase());

/**
 * The grid's rows `{ id, actor, description, intro, frame, clause, text, fits }`: `fits` when the
 * description may refer back to the actor (else the figure is the description's own kind's).
 */
export function gridRows({ clauses = CLAUSES, frames = FRAMES, intros = INTROS } = {}) {
  const rows = [];
  for (const actor of ACTORS)
    for (const description of DESCRIPTIONS) {
      const fits = description.refers.includes(actor.cls);
      if (!fits && description.own.length === 0) continue;
      for (const intro of intros)
        for (const frame of frames)
          for (const clause of clauses) {
            const text = sentences(
              `${capital(intro.make(actor.text))} ${frame.make(description.text, clause.text)}`,
            );
            rows.push({ id: `r${rows.length}`, actor, description, intro, frame, clause, text, fits });
          }
    }
  return rows;
}

/** Whether a row's claims give the figure to the actor (when the description fits) or to the description's own kind. */
export function judge(row, claims) {
  const claim = claims.find((c) => c.outcome === row.clause.outcome && c.quantity.value === row.clause.value);
  if (!claim) return { ok: false, why: "no claim", got: "-" };
  const got = `${claim.claimant.type} "${claim.claimant.name ?? ""}"`;
  const name = (claim.claimant.name ?? "").toLowerCase();
  if (row.fits) {
    if (!row.actor.types.includes(claim.claimant.type)) return { ok: false, why: "type", got };
    if (!name.includes(row.actor.key.toLowerCase())) return { ok: false, why: "name", got };
    return { ok: true, got };
  }
  if (name.includes(row.actor.key.toLowerCase())) return { ok: false, why: "wrong referent", got };
  if (!row.description.own.includes(claim.claimant.type)) return { ok: false, why: "own type", got };
  return { ok: true, got };
}
