// An article's (or an incident's) figures in the datasets' own terms (CODEBOOK §1b, §3b), for
// comparison with hand-coded GTD, ACLED and UCDP rows, and for the exports.
//
// Every all-group field is an all-group total of totals.ts under the dataset's own strategy (or
// the one asked for): GTD's `nkill`, `nwound`, `nhostkid`, `nreleased` under `gtd`, ACLED's
// `fatalities` under `conservative`, UCDP's `best`/`low`/`high` under `ucdp`, whose four death
// fields are that total's parts, so that deaths_a + deaths_b + deaths_civilians + deaths_unknown
// = best. Nothing here adds groups up itself.
//
// Choices:
// - A field is null when no claim gives a figure; ACLED's `fatalities` is 0 then.
// - Under `range`, which gives no best, GTD's and ACLED's fields take the total's low; UCDP's
//   best stays null (its parts with it) and low/high are the range.
// - UCDP's low and high are estimates, never open: an open high counts at the best.
// - GTD's `nkillter` is an "of which" field of `nkill`: the militants of the total, or where the
//   total names none, the militants' own row, where a part may stand ("10 killed, including two
//   attackers" → 2).
// - ACLED's `fatalities` counts a figure spread over several days or places ("over 24-26 June",
//   "fatalities spread over four locations") at one event's even share, as ACLED codes one event
//   per day and place; GTD's incident may last days and keeps the whole.
// - ACLED's `fatalities` reads the deaths a report states with no figure (`Mention`s), as ACLED
//   codes an unknown number of fatalities (ACLED_UNKNOWN): a count said to be unknown ("killed an
//   unknown number of villagers") is a figure of ACLED_UNKNOWN in its group beside the claims'; an
//   outcome noun with no figure ("suffered heavy losses") gives ACLED_UNKNOWN only where no claim
//   gives a death. No other field reads mentions.
// - `nhostkid` is the abducted total, failing that the largest `held` figure of any group (a
//   stock at one time, so the largest, not a sum).
import { GROUPS, type Claim, type Datasets, type Mention } from "../model.js";
import { rowBasis, type RowTotals } from "./row-totals.js";
import { STRATEGIES, type StrategyName } from "./strategies.js";
import {
  dayPlaceShare,
  FIGURES_ONLY,
  incidentShare,
  totalsOf,
  type OutcomeTotal,
  type TextOf,
} from "./totals.js";

/**
 * Deaths the reports state with no figure, as every surface shows them beside the killed total
 * (CODEBOOK §3b.4; mentions are in no total): `alone` where no claim gives a death figure ("heavy
 * casualties"), shown as "?" and coded ACLED_UNKNOWN by ACLED; `beside` where they add to the
 * stated figures ("killed four and an unknown number of soldiers"; "no soldier was killed" … "the
 * insurgents suffered heavy losses"), shown as "4 +?" and added by ACLED; null where ACLED's
 * fatalities do not count them (a stated none covers them, or they are about another incident).
 */
export type UnknownDeaths = "alone" | "beside" | null;

/** Each dataset's own strategy (CODEBOOK §1b): what its exports use unless told otherwise. */
export const DATASET_STRATEGY = { gtd: "gtd", acled: "conservative", ucdp: "ucdp" } as const satisfies Record<
  string,
  StrategyName
>;
export type Dataset = keyof typeof DATASET_STRATEGY;

/**
 * ACLED's figure for deaths reported with no number ("unknown fatalities coded 10", as its notes
 * say; its codebook's vague words: "several", "many" 10, "dozens" 12, "hundreds" 100).
 */
export const ACLED_UNKNOWN = 10;

/**
 * ACLED's fatalities from deaths stated with no figure in this event: ACLED_UNKNOWN, or 0. A stated
 * none covers a mention of its own group or of anyone ("no one was killed" … "casualties were
 * reported" is 0: ACLED takes the most conservative report, and casualties may be the wounded);
 * a none of one side leaves the other side's deaths ("no soldier was killed; the insurgents
 * suffered heavy losses" is ACLED_UNKNOWN).
 */
function unknownFatalities(mentions: readonly Mention[], claims: readonly Claim[]): number {
  // Called where the claims' deaths add up to 0: any of them is a none.
  const none = claims.filter((c) => c.outcome === "killed" && !c.otherIncident);
  const covered = (m: Mention) => none.some((c) => c.group === "people" || c.group === m.group);
  return mentions.some((m) => m.outcome === "killed" && !m.otherIncident && !covered(m)) ? ACLED_UNKNOWN : 0;
}

/**
 * A count said to be unknown as ACLED reads it: a vague figure coded ACLED_UNKNOWN, its least
 * too, so that every strategy's best reads it so (the `acled` reading alone is conservative's).
 */
function asAcledFigure(m: Mention): Claim {
  const quantity = {
    value: null,
    min: ACLED_UNKNOWN,
    max: null,
    hedge: "vague" as const,
    text: m.noun ?? "",
    acled: ACLED_UNKNOWN,
  };
  return { ...m, quantity, time: null, scope: "single", partOf: null, acrossIncidents: null };
}

/** A total's figure as a field: its best, or under `range` its low. */
const point = (t: OutcomeTotal | null): number | null => (t === null ? null : (t.best ?? t.low));

/** The figure of one group's row under a strategy (parts allowed), or null. */
function rowBest(
  claims: readonly Claim[],
  outcome: Claim["outcome"],
  group: Claim["group"],
  s: StrategyName,
  rowTotals: RowTotals,
) {
  const mine = claims.filter((c) => c.outcome === outcome && c.group === group).map(incidentShare);
  if (mine.length === 0) return null;
  const r = STRATEGIES[s].bounds(rowTotals(mine));
  return r.best ?? r.low;
}

/**
 * The dataset fields of some claims; each dataset under its own strategy, or all under `strategy`
 * when one is given (`tally export --strategy`). `textOf` gives the articles' texts, by which
 * totals.ts tells figures of one sentence apart; `mentions` the outcomes stated with no figure.
 * `rowTotals` works out each row's claimant totals; a caller that also tallies the same claims
 * passes one `sharedRowTotals()` to both (./row-totals.ts).
 */
export function datasets(
  claims: readonly Claim[],
  strategy?: StrategyName,
  textOf?: TextOf,
  mentions: readonly Mention[] = [],
  rowTotals: RowTotals = rowBasis,
): Datasets {
  // Each outcome's basis once, whichever strategies read it (killed: GTD's, ACLED's and UCDP's).
  const total = totalsOf(claims, textOf, rowTotals, FIGURES_ONLY);
  const sGtd = strategy ?? DATASET_STRATEGY.gtd;
  const sAcled = strategy ?? DATASET_STRATEGY.acled;
  const sUcdp = strategy ?? DATASET_STRATEGY.ucdp;
  const killedGtd = total("killed", sGtd);
  const held = GROUPS.map((g) => rowBest(claims, "held", g, sGtd, rowTotals)).filter(
    (x): x is number => x !== null,
  );
  // ACLED codes one event per day and place: figures spread over several take their share.
  const spread = claims.some((c) => (c.spreadOver ?? 1) > 1);
  // An unknown number adds ACLED's figure for it to a best; it never lowers a bound: under `range`,
  // which gives no best, the low stands as the claims give it, as on every other surface.
  const unknown =
    sAcled === "range" ? [] : mentions.filter((m) => m.kind === "unknown_number").map(asAcledFigure);
  const acledTotal =
    spread || unknown.length
      ? totalsOf([...claims, ...unknown].map(dayPlaceShare), textOf, rowTotals, FIGURES_ONLY)
      : total;
  const u = total("killed", sUcdp);
  const best = u?.best ?? null;
  return {
    gtd: {
      nkill: point(killedGtd),
      nkillter: killedGtd?.parts.militants ?? rowBest(claims, "killed", "militants", sGtd, rowTotals),
      nwound: point(total("injured", sGtd)),
      nhostkid: point(total("abducted", sGtd)) ?? (held.length ? Math.max(...held) : null),
      nreleased: point(total("released", sGtd)),
    },
    acled: { fatalities: point(acledTotal("killed", sAcled)) || unknownFatalities(mentions, claims) },
    ucdp: {
      deaths_a: u?.parts.security_forces ?? null,
      deaths_b: u?.parts.militants ?? null,
      deaths_civilians: u?.parts.civilians ?? null,
      deaths_unknown: u?.parts.unknown ?? null,
      best,
      low: u === null ? null : (u.low ?? best),
      high: u === null ? null : (u.high ?? best),
    },
  };
}

/**
 * Whether deaths stated with no figure count beside the killed `total` of the same claims under
 * `strategy`: exactly where ACLED's `fatalities` (given, as datasets() made it with the mentions)
 * differ from what the claims alone give, so that every surface and the ACLED export agree.
 */
export function unknownDeaths(
  claims: readonly Claim[],
  strategy: StrategyName,
  textOf: TextOf | undefined,
  mentions: readonly Mention[],
  fatalities: number,
  total: OutcomeTotal | null,
  rowTotals: RowTotals = rowBasis,
): UnknownDeaths {
  if (!mentions.some((m) => m.outcome === "killed" && !m.otherIncident)) return null;
  if (datasets(claims, strategy, textOf, [], rowTotals).acled.fatalities === fatalities) return null;
  return point(total) === null ? "alone" : "beside";
}
