// Candidates with an outcome become counts: the group of a figure with no noun of its own, then
// the class rules that correct a group or outcome (or drop a figure) by what the phrase means.
import type { Group, Outcome } from "../../core/model.js";
import { HEALTH_STATES } from "../lexicon/care.js";
import { HABITUAL_PRESENCE } from "../lexicon/presence.js";
import { REMOVALS } from "../lexicon/outcome-lemmas.js";
import { CAPTIVE_NOUNS, OUTCOME_NOUNS } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";
import { arresteesAreNoVictims } from "./arrestees.js";
import { LOSE_FORMS, isOwn, isOwnMen, ownSideGroup } from "./own-losses.js";
import type { Candidate, Count, TokenRange, Via } from "./candidate.js";
import type { PhraseMatch } from "./outcome-before.js";
import { earlierInChain, laterDeath, nextForThem, nextInCaptivity } from "./chains.js";
import { hasWord, phraseAt, phraseEndingAt } from "./phrases.js";
import { noneNounAt } from "./parsers/none-noun.js";
import { isHealthState, statesOfTheCounted } from "./health-states.js";
import { possessedLossesGroup } from "./possessed-losses.js";
import { huntedSuspects, remainingStock, STOCK_OF } from "./stock-phrases.js";

/** A candidate whose outcome is decided. */
type Decided = Candidate & { outcome: Outcome; trigger: TokenRange; via: Via };

/** A count's group and outcome while the class rules read it. */
interface Reading {
  group: Group;
  outcome: Outcome;
}

/** A class rule: the reading corrected, or null to drop the figure. */
type CountRule = (tokens: readonly Token[], c: Decided, r: Reading) => Reading | null;

/** In this order; each sees what the ones before it decided. */
const COUNT_RULES: readonly CountRule[] = [
  remainingAreStock,
  executedAreCaptives,
  conditionsAreNotHeld,
  heldAreHostages,
  bodiesAreKilled,
  lossesOfASide,
  escapesAreNotReleases,
  selfKillersAreAttackers,
  arresteesAreNoVictims,
  noPresenceIsNoCount,
  lossesOfAPossessor,
  habitualPresenceIsNoCount,
  huntedAreNotMissing,
  statesOfTheCounted,
  allOfAWholeIsItsGroup,
];

export function emitCounts(tokens: readonly Token[], cands: readonly Candidate[]): Count[] {
  const out: Count[] = [];
  const index = new Map<Candidate, number>();
  // A part may come before its whole ("Nine of the 13 people killed"): parents are resolved last.
  const parents: [Count, Candidate][] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]! as Decided;
    if (!c.outcome || !c.trigger || !c.via) continue;
    // "was wounded in the clash and later succumbed": injured, then dead; the death is the claim.
    const death = c.outcome === "injured" && c.via === "after" ? laterDeath(tokens, c.trigger) : null;
    const trigger = death ?? c.trigger;
    let r: Reading | null = {
      group: c.group ?? groupFromBefore(cands, i),
      outcome: death ? "killed" : c.outcome,
    };
    for (const rule of COUNT_RULES) if (r) r = rule(tokens, c, r);
    if (!r) continue;
    index.set(c, out.length);
    const parent = c.partOf === null ? null : cands[c.partOf]!;
    const count: Count = {
      quantity: c.q.quantity,
      qFirst: c.q.first,
      qLast: c.q.last,
      np: c.np,
      group: r.group,
      outcome: r.outcome,
      trigger,
      via: c.via,
      partOf: null,
      cumulative: c.cumulative,
      anaphor: c.anaphor,
      // ("three others are in critical condition": among the injured counted before, if any.)
      ofTotal: c.ofTotal || isHealthState(tokens, trigger),
    };
    out.push(count);
    if (parent) parents.push([count, parent]);
    // "freed all nine foreign engineers abducted from a construction site": a participle right
    // after the noun says what happened to them before: a second claim about the same people.
    const before = c.via === "before" && c.np ? reducedRelative(tokens, c.np.last) : null;
    if (before && before.p.outcome !== r.outcome)
      out.push({ ...count, outcome: before.p.outcome, trigger: before, via: "after", partOf: null });
    // "Seven people were abducted and later released", "abducted three engineers and later killed
    // them": what befell the captives next, a second claim.
    const then =
      c.via === "after"
        ? nextInCaptivity(tokens, trigger, r.outcome)
        : c.via === "before"
          ? nextForThem(tokens, c.end, r.outcome)
          : null;
    // (Before the figure, the second verb takes the captives as a pronoun, "and later killed them":
    // that pronoun is the second claim's figure, so its evidence is "killed them", not the words
    // from the first figure on.)
    const them = then && c.via === "before" ? { qFirst: then.last, qLast: then.last + 1 } : null;
    if (then) out.push({ ...count, ...them, outcome: then.p.outcome, trigger: then, partOf: null });
    // "were kidnapped and killed", "Gunmen abducted and later killed a priest": what befell them first.
    const first =
      c.via === "after" || c.via === "before" ? earlierInChain(tokens, trigger.first, r.outcome) : null;
    if (first) out.push({ ...count, outcome: first.p.outcome, trigger: first, partOf: null });
    // "No one was killed or injured", "did not kill or injure anyone": none of either.
    const other = c.q.quantity.hedge === "none" ? otherVerbOfNone(tokens, c) : null;
    if (other && other.p.outcome !== r.outcome) {
      const second = { ...count, outcome: other.p.outcome, trigger: other };
      out.push(second);
      if (parent) parents.push([second, parent]);
    }
  }
  for (const [count, parent] of parents) count.partOf = index.get(parent) ?? null;
  return out;
}

/**
 * A figure with no noun of its own takes its group only from a counted figure with an outcome of
 * its own ("another 10 soldiers were eliminated, while 30 were killed"); "A gunman opened fire,
 * killing 11" does not make the 11 gunmen. Parts of a whole lend nothing: in "11 people — five
 * women and four children — died and 22 were injured" the 22 are people. One person counted lends
 * the group of their role to "others" and to a figure that is the subject of its own outcome ("A
 * peacekeeper was killed and two others were wounded", "Peacekeeper killed, two wounded"), not
 * an attacker's to those his attack harmed ("The bomber died and 12 were wounded", "two people and
 * the assailant were killed and 12 others were injured").
 */
function groupFromBefore(cands: readonly Candidate[], i: number): Group {
  const c = cands[i]!;
  const others = c.np?.head === "others";
  for (let j = i - 1; j >= 0; j--) {
    const o = cands[j]!;
    if (!o.group || !o.np || !o.outcome || o.partOf !== null) continue;
    if (o.singular && (o.group === "militants" || !(others || c.via !== "before"))) continue;
    return mixedWith(cands, i, o) ? "people" : o.group;
  }
  return "people";
}

/**
 * "Sixteen soldiers and three civilians were killed; 22 were wounded": figures of different groups
 * under one verb before the figure; the figure after them counts people of either.
 */
function mixedWith(cands: readonly Candidate[], i: number, o: Candidate): boolean {
  const t = o.trigger;
  return cands.some(
    (x, j) =>
      j < i &&
      x !== o &&
      x.partOf === null &&
      x.group !== null &&
      x.group !== o.group &&
      x.trigger !== null &&
      t !== null &&
      x.trigger.first === t.first,
  );
}

const EXECUTION = /^(executed|executing|execute|executes|beheaded|beheading)$/;
/** The nouns of a share of those counted dead already ("four of the dead"). */
const SHARE_OF_DEAD: ReadonlySet<string> = new Set(["dead", "killed"]);

/**
 * An execution is of captives, whoever they were ("10 enemy personnel were executed", "executed 12
 * prisoners"); civilians the noun names stay civilians ("executed 30 civilians", "executed 11
 * fishermen": codebook §1 groups by who was counted). (A single person executed keeps their group:
 * "beheaded Mahamat, a soldier".)
 */
function executedAreCaptives(tokens: readonly Token[], c: Decided, r: Reading): Reading {
  if (r.outcome !== "killed" || r.group === "militants" || (c.q.quantity.value ?? 2) <= 1) return r;
  // ("killed six people, beheading four of them": a share of those its sentence counted killed.)
  if (c.partOf !== null) return r;
  // ("Four of the dead had been beheaded": the verb tells how those counted dead died, not that
  // they were captives.)
  if (c.ofTotal && c.np && SHARE_OF_DEAD.has(c.np.head)) return r;
  if (r.group === "civilians" && c.np && !CAPTIVE_NOUNS.has(c.np.head)) return r;
  for (let k = c.trigger.first; k < c.trigger.last; k++)
    if (EXECUTION.test(tokens[k]!.norm)) return { ...r, group: "hostages" };
  return r;
}

/**
 * "Three of the wounded remain in critical condition", "five remained hospitalised": a state of
 * health of people counted as injured already, not people held (a part of the injured, which the
 * codebook makes optional): no count.
 */
function conditionsAreNotHeld(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  if (r.outcome !== "held" || !/^remain(s|ed)?$/.test(tokens[c.trigger.last - 1]!.norm)) return r;
  for (let k = c.trigger.last; k < tokens.length && k < c.trigger.last + 4; k++) {
    const w = tokens[k]!.norm;
    if (HEALTH_STATES.has(w)) return null;
    if (!/^(in|a|an|under|at|the|still|critically|seriously|in|intensive)$/.test(w)) return r;
  }
  return r;
}

/**
 * People held are held captive: "holding 214 individuals" counts hostages.
 * (Those who "remain in custody" after arrests are prisoners, not hostages.)
 */
function heldAreHostages(tokens: readonly Token[], c: Decided, r: Reading): Reading {
  if (
    r.outcome === "held" &&
    (r.group === "people" || r.group === "civilians") &&
    !hasWord(tokens, c.trigger.first, c.trigger.last, "custody")
  )
    return { ...r, group: "hostages" };
  return r;
}

/**
 * Bodies recovered, found or taken to hospital count as killed (codebook §1c), whatever verb moved them; the wounded
 * carried or taken away are moved, not abducted ("the 23 wounded had been carried away to a
 * clinic"): a casualty noun keeps its own outcome.
 */
function bodiesAreKilled(tokens: readonly Token[], c: Decided, r: Reading): Reading {
  const own = c.np ? OUTCOME_NOUNS.get(c.np.head) : undefined;
  if (own === "killed" && /^(released|present|abducted|missing|injured)$/.test(r.outcome))
    return { ...r, outcome: "killed" };
  if (own === "injured" && r.outcome === "abducted" && isRemoval(tokens, c.trigger))
    return { ...r, outcome: "injured" };
  return r;
}

/** The phrase at the trigger is a verb of taking away (REMOVALS, any inflection). */
function isRemoval(tokens: readonly Token[], t: TokenRange): boolean {
  const particle = tokens[t.last - 1]!.norm;
  return REMOVAL_PARTICLES.has(particle);
}
const REMOVAL_PARTICLES: ReadonlySet<string> = new Set(REMOVALS.map((l) => l.split(" ").at(-1)!));

/**
 * "lost 12 soldiers", "lost no men", "…, losing two soldiers" count a side's losses, and so does a
 * party speaking for itself in the first person plural ("“We lost 22 people,” the commander
 * said"); "a resident who lost two cousins" is a bereavement, not a toll the speaker gives.
 */
function lossesOfASide(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  if (
    c.via !== "before" ||
    !LOSE_FORMS.has(tokens[c.trigger.first]!.norm) ||
    c.trigger.last - c.trigger.first !== 1
  )
    return r;
  // "lost two of their own", "losing ten of their men": the subject's side (people when the
  // subject names none, for the claimant's party to decide).
  if (isOwn(c.np) || isOwnMen(tokens, c.np)) return { ...r, group: ownSideGroup(tokens, c.trigger.first) };
  const head = c.np?.head ?? "";
  if (r.group !== "security_forces" && r.group !== "militants" && !/^(men|man|lives)$/.test(head))
    return weLost(tokens, c.trigger.first) ? r : null;
  return r;
}

/** "we lost", "We have lost", "we had already lost": the first person plural is the subject of "lost". */
function weLost(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(have|had|has|also|already|now|just|so|far|sadly|again)$/.test(tokens[j]!.norm)) j--;
  return tokens[j]?.norm === "we";
}

/**
 * Whoever blew himself up or killed herself in a report of violence is its attacker, whatever the
 * noun ("A man blew himself up near the consulate", "a woman detonated herself"): a person of no
 * named side so killed is counted with the militants.
 */
function selfKillersAreAttackers(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  if (r.outcome !== "killed" || c.via !== "after" || (r.group !== "civilians" && r.group !== "people"))
    return r;
  for (let k = c.trigger.first; k < c.trigger.last; k++)
    if (REFLEXIVES.has(tokens[k]!.norm)) return { ...r, group: "militants" };
  return r;
}
const REFLEXIVES: ReadonlySet<string> = new Set(["himself", "herself", "themselves"]);

/** Attackers who escaped or fled were never freed from anything. */
function escapesAreNotReleases(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  return r.outcome === "released" &&
    r.group === "militants" &&
    /^(escaped|fled|managed)$/.test(tokens[c.trigger.first]!.norm)
    ? null
    : r;
}

/**
 * The other verb of "killed or injured" (after the figure) or "kill or injure" (before it), or the
 * other noun of "no deaths or injuries".
 */
function otherVerbOfNone(tokens: readonly Token[], c: Decided): PhraseMatch | null {
  const { first, last } = c.trigger;
  const noun =
    c.via === "noun" && /^(or|and|nor)$/.test(tokens[last]?.norm ?? "") ? noneNounAt(tokens, last + 1) : null;
  if (noun) return { p: { words: [], outcome: noun.outcome, after: false, before: false }, ...noun.range };
  if (c.via === "after" && /^(or|and|nor)$/.test(tokens[last]?.norm ?? "")) {
    const p = phraseAt(tokens, last + 1, "after");
    if (p) return { p, first: last + 1, last: last + 1 + p.words.length };
  }
  if (c.via === "before" && /^(or|and|nor)$/.test(tokens[first - 1]?.norm ?? "")) {
    const p = phraseEndingAt(tokens, first - 2);
    if (p) return { p, first: first - 1 - p.words.length, last: first - 1 };
  }
  return null;
}

/** A past participle with no auxiliary right after a noun, followed by its complement ("abducted from"). */
function reducedRelative(tokens: readonly Token[], k: number): PhraseMatch | null {
  const p = phraseAt(tokens, k, "after");
  if (!p || p.outcome === "present" || !p.words[0]!.endsWith("ed") || p.words.length > 2) return null;
  const next = tokens[k + p.words.length]?.norm ?? "";
  return /^(from|in|at|during|by|on|last|earlier|near|outside|inside|while)$/.test(next)
    ? { p, first: k, last: k + p.words.length }
    : null;
}

/**
 * "There were no soldiers in the village": a none of presence is no count of people (presence
 * figures are context, codebook §1 `present`; there is none to give).
 */
function noPresenceIsNoCount(_tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  return r.outcome === "present" && c.q.quantity.hedge === "none" ? null : r;
}

/** "put the army's losses at 10 dead": the figure counts the possessor's people. */
function lossesOfAPossessor(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  if (r.group !== "people") return r;
  const group = possessedLossesGroup(tokens, c.q.first);
  return group ? { ...r, group } : r;
}

/**
 * "About 1,100 students attend the school": presence told in the simple present is a population
 * as it habitually is, no count of those at the event (codebook §1: a population is no claim).
 */
function habitualPresenceIsNoCount(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  const one = c.trigger.last - c.trigger.first === 1;
  return r.outcome === "present" && one && HABITUAL_PRESENCE.has(tokens[c.trigger.first]!.norm) ? null : r;
}

/**
 * "killed 30 people, all of them men and boys", "… 21 wounded. All of the victims were civilians":
 * "all" of a whole counted before, with no verb of its own, says who the whole's people were; it
 * counts no one the whole did not.
 */
function allOfAWholeIsItsGroup(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  const q = c.q.quantity;
  // (Not "including a guard and all terrorists were killed": "all" of no whole is a count; nor "All
  // of the 148 people killed were civilians", the whole restated with its figure: claims/parts-by-copula.)
  const k = c.q.last + 1;
  const ofWhole =
    tokens[c.q.last]?.norm === "of" &&
    (tokens[k]?.norm === "them" || (tokens[k]?.norm === "the" && tokens[k + 1]?.kind !== "num"));
  return q.hedge === "all" && q.value === null && ofWhole && (c.via === "part" || c.via === "subset")
    ? null
    : r;
}

/** "to rescue the remaining 25 victims": those still held, whom the purpose clause would free. */
function remainingAreStock(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  const stock = STOCK_OF[r.outcome];
  return stock && remainingStock(tokens, c.q.first, c.trigger.first) ? { ...r, outcome: stock } : r;
}

/** "police are still searching for two suspects": a hunt for attackers, no people missing. */
function huntedAreNotMissing(tokens: readonly Token[], c: Decided, r: Reading): Reading | null {
  return r.outcome === "missing" && r.group === "militants" && huntedSuspects(tokens, c.trigger.first)
    ? null
    : r;
}
