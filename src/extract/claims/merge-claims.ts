// One claimant giving the same figure again is one claim with several evidence spans
// (codebook §1c, "One claim, several spans"): "the militants killed 21 hostages … The terrorists
// martyred 21 train passengers" is one claim; so are "all the hostages" and "all passengers" freed.
// Increments are never merged: "another 10" is new, and so is "Another man was found dead".
import type { Claim, Group, Quantity } from "../../core/model.js";
import type { Built } from "./build-claims.js";
import { wordsOf } from "./headline.js";
import { describedByKind } from "./kind-described.js";
import { hasUpper, startsUpper } from "../letters.js";
import { takeRunningScope } from "./merged-scope.js";
import { otherServices } from "./service-voice.js";
import { countryForState, countryNamed } from "./country-source.js";

/** Groups that may name the same people: captives who were passengers, anyone as "people". */
function compatible(a: Group, b: Group): boolean {
  if (a === b || a === "people" || b === "people") return true;
  return (a === "hostages" && b === "civilians") || (a === "civilians" && b === "hostages");
}

/**
 * The same voice: one name, or one party's institutional voice (the army, its spokesperson and
 * its director general are one claimant for a figure they all repeat), not two services of it
 * (a police officer and the army's statement).
 */
function sameVoice(a: Claim, b: Claim): boolean {
  if (a.claimant.name === b.claimant.name) return true;
  if (otherServices(a.claimant.name, b.claimant.name)) return false;
  return a.claimant.type === b.claimant.type && a.claimant.party !== "independent";
}

/**
 * A headline names its source short ("…, civil defence says", "… – monitor"): one of the two names
 * holds every word of the other, and both are of one type ("the civil defence agency"); or the
 * headline describes it by its kind ("…, says medical group" of the Sudan Doctors Network). A
 * short proper name held whole in the body's name is that claimant whatever the types its words
 * gave each ("Taliban say …" of "The Taliban government said …").
 */
function sameVoiceShort(a: Claim, b: Claim): boolean {
  const silent = (c: Claim) => c.claimant.type === "media" || c.claimant.type === "unknown";
  if (silent(a) || silent(b)) return false;
  const wa = wordsOf(a.claimant.name);
  const wb = wordsOf(b.claimant.name);
  const within = (x: string[], y: string[]) => x.length > 0 && x.every((w) => y.includes(w));
  if (a.claimant.type !== b.claimant.type) {
    const named = (c: Claim, words: string[], other: string[]) =>
      startsUpper(c.claimant.name) && within(words, other);
    return named(a, wa, wb) || named(b, wb, wa);
  }
  if (described(a) || described(b)) return true;
  return within(wa, wb) || within(wb, wa);
}

/** A claimant named by a description of its kind only ("medical group", "officials"), no name. */
function described(c: Claim): boolean {
  return !hasUpper(c.claimant.name);
}

/**
 * Whether two claims are dated to different days: a day that is only when the figure was said ("the
 * rebels said Thursday they had killed 11") is not apart from the event's day before it ("executed
 * 11 … from Sunday to Tuesday" in their statement), which it reports.
 */
function daysApart(a: Claim, b: Claim, said: ReadonlySet<Claim>): boolean {
  const da = a.time?.date;
  const db = b.time?.date;
  if (!da || !db || da === db) return false;
  if (said.has(a) && !said.has(b)) return db > da;
  if (said.has(b) && !said.has(a)) return da > db;
  return true;
}

function same(a: Claim, b: Claim, head = false, said: ReadonlySet<Claim> = new Set()): boolean {
  const qa = a.quantity;
  const qb = b.quantity;
  const voice =
    sameVoice(a, b) || (head && (sameVoiceShort(a, b) || describedByKind(a, b) || countryForState(a, b)));
  if (!voice || a.outcome !== b.outcome || a.modality !== b.modality) return false;
  // A part restated on its own ("eight civilians and three assailants" … "killed the three
  // assailants") is the same claim; the part's link is kept.
  if (a.scope === "increment" || b.scope === "increment") return false;
  if (qa.value !== qb.value || (qa.value === null && qa.hedge !== qb.hedge) || qa.min !== qb.min)
    return false;
  if (daysApart(a, b, said)) return false;
  // A figure restated with another group word is the same claim only for a number, not for "all".
  return a.group === b.group || ((qa.value === null || qa.value > 1) && compatible(a.group, b.group));
}

const OPEN_HEDGES: readonly Quantity["hedge"][] = ["more_than", "at_least", "vague"];

/**
 * A headline's or deck's rounded figure that the body gives exactly, in the same voice: "over 20
 * wounded" in the deck, "22 sustained injuries" in the body (codebook §1c "Headlines, decks,
 * ledes"; one claim, the body's figure).
 */
function restates(h: Claim, b: Claim): boolean {
  const v = b.quantity.value;
  const { min, max, hedge } = h.quantity;
  // The body's figure is exact and near the rounded one ("over 20" is not "at least 25 bodies" later).
  if (!OPEN_HEDGES.includes(hedge) || b.quantity.hedge !== "exact" || v === null || min === null)
    return false;
  if (v < min || v > Math.max(min + 2, min * 1.5) || (max !== null && v > max)) return false;
  if (!sameVoice(h, b) || h.outcome !== b.outcome || h.modality !== b.modality) return false;
  if (h.scope === "increment" || b.scope === "increment") return false;
  return compatible(h.group, b.group);
}

/**
 * A headline that gives the body's hedged figure bare, in the same voice: '60 "terrorists
 * neutralised"' in the headline, "neutralise more than 60 terrorists" in the body (codebook §1c:
 * one claim whose hedges differ; the body's figure).
 */
function bareInHeadline(h: Claim, b: Claim): boolean {
  const v = h.quantity.value;
  if (h.quantity.hedge !== "exact" || v === null || b.quantity.value !== v) return false;
  if (b.quantity.hedge !== "more_than" && b.quantity.hedge !== "at_least") return false;
  if (!sameVoice(h, b) || h.outcome !== b.outcome || h.modality !== b.modality) return false;
  if (h.scope === "increment" || b.scope === "increment") return false;
  return compatible(h.group, b.group);
}

/**
 * "Of the nine wounded, two …" after "wounded nine others": a definite figure names again a set
 * counted before, whoever speaks now; it is the earlier claim, latest first.
 */
function namedAgain(c: Claim, earlier: readonly Claim[]): Claim | undefined {
  const q = c.quantity;
  if (q.value === null || q.hedge !== "exact" || c.scope === "increment" || c.modality !== "asserted") return;
  return [...earlier]
    .reverse()
    .find(
      (o) =>
        o.outcome === c.outcome &&
        o.quantity.value === q.value &&
        o.scope !== "increment" &&
        o.modality === "asserted" &&
        o.partOf === null &&
        compatible(o.group, c.group),
    );
}

/** Merges restatements; figures within one sentence are distinct people ("a police officer and a soldier"). */
export function mergeClaims(built: readonly Built[]): Claim[] {
  const renamed = new Map<string, string>();
  const out: Claim[] = [];
  const sentences = new Map<Claim, Set<number>>();
  const heads = new Set<Claim>();
  const sections = new Map<Claim, string | undefined>();
  const said = new Set(built.filter((b) => b.saidDay).map((b) => b.claim));
  for (const { claim: c, sentence, head, definite, another, section } of built) {
    // Another sentence, and not a paragraph labelled by another place ("Kharkiv Oblast:" … "Donetsk Oblast:").
    const other = (o: Claim) =>
      !sentences.get(o)!.has(sentence) &&
      !(section !== undefined && sections.get(o) !== undefined && sections.get(o) !== section);
    const first = another
      ? undefined
      : (out.find((o) => other(o) && same(o, c, heads.has(o), said)) ??
        (head
          ? undefined
          : out.find((o) => other(o) && heads.has(o) && (restates(o, c) || bareInHeadline(o, c)))) ??
        (definite ? namedAgain(c, out.filter(other)) : undefined));
    // The body's figure replaces the headline's rounded one, with what the body says of it: a
    // running count ("34 bodies so far") stays one.
    if (first && heads.has(first) && !same(first, c, true)) {
      first.quantity = c.quantity;
      first.scope = c.scope;
      if (c.running) first.running = true;
      heads.delete(first);
    }
    // The body names the source a headline only described ("says medical group"): one name.
    // So does the body's state body a headline named by its country ("Benin says …").
    if (first && heads.has(first) && (described(first) || countryNamed(first)) && !described(c))
      first.claimant = c.claimant;
    if (first) {
      // A headline the body has restated is that body claim from now on: a later voice of the
      // same kind ("two health workers … One of them said") is no longer the headline's.
      if (!head) heads.delete(first);
      first.evidence.push(...c.evidence);
      takeRunningScope(first, c);
      // The event's day replaces the day the figure was said on.
      if (!first.time || (said.has(first) && !said.has(c) && c.time)) {
        first.time = c.time;
        if (said.has(c)) said.add(first);
        else said.delete(first);
      }
      if (first.group === "people") first.group = c.group;
      first.partOf ??= c.partOf;
      renamed.set(c.id, first.id);
      sentences.get(first)!.add(sentence);
      continue;
    }
    out.push(c);
    sections.set(c, section);
    if (head) heads.add(c);
    sentences.set(c, new Set([sentence]));
  }
  for (const c of out) if (c.partOf !== null) c.partOf = renamed.get(c.partOf) ?? c.partOf;
  return out;
}
