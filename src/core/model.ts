// The domain model of ../shared/CODEBOOK.md §1: articles, spans, claims and an article's tally.
// No I/O here; every other layer imports from this file.

/** A half-open `[start, end)` range of UTF-16 offsets into the untouched article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Article {
  id: string;
  text: string;
  /** Publication date, `YYYY-MM-DD` (a longer ISO timestamp is accepted and cut to the day). */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  /** The place the input itself names (JSON fields); it wins over the place read from the text. */
  place?: InputPlace | null;
  /** The input's language tag as given ("en", "en-GB"). */
  language?: string | null;
  /**
   * False when the input named the article by no id, URL or file name (a JSON row without either,
   * stdin, a post without an id): `id` was made from its place in the input, so the text is its
   * identity, and another text there is another article, not a new version. Default true.
   */
  idGiven?: boolean;
}

/** A place as an input gives it: any of its parts; coordinates in decimal degrees (WGS 84). */
export interface InputPlace {
  location: string | null;
  admin2: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export const OUTCOMES = [
  "killed",
  "injured",
  "abducted",
  "held",
  "released",
  "missing",
  "arrested",
  "present",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GROUPS = ["civilians", "hostages", "security_forces", "militants", "people"] as const;
export type Group = (typeof GROUPS)[number];

export const HEDGES = [
  "exact",
  "more_than",
  "at_least",
  "fewer_than",
  "at_most",
  "about",
  "range",
  "vague",
  "all",
  "none",
] as const;
export type Hedge = (typeof HEDGES)[number];

export interface Quantity {
  /** The number as written (450 in "more than 450"); null for "dozens" or "all". */
  value: number | null;
  /** The least the wording allows. */
  min: number | null;
  /** The most the wording allows; null when open-ended. */
  max: number | null;
  hedge: Hedge;
  /** The quantity words as written ("more than 450", "dozens"). */
  text: string;
  /** ACLED's reading of vague words (dozens → 12, hundreds → 100, several → 10), when it differs. */
  acled?: number;
}

export const CLAIMANT_TYPES = [
  "state_military",
  "government",
  "armed_group",
  "official",
  "media",
  "witness",
  "unknown",
] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];
export type Party = "state" | "non_state" | "independent";

export interface Claimant {
  /** The resolved name ("Baloch Liberation Army (BLA)"); the outlet's own voice is "media". */
  name: string;
  /** The words that name the claimant where this claim is made ("he", "the group"), if any. */
  mention: (Span & { text: string }) | null;
  type: ClaimantType;
  party: Party;
  /**
   * The outer source of a nested attribution, present only when there is one: "Reuters quoted
   * police as saying", "state media, citing a hospital official, reported" — the claimant is the
   * innermost source (police, the official), the channel the one that passed the words on.
   */
  channel?: ClaimantChannel;
}

/** The source through which a claimant's words reached the outlet (a wire, state media). */
export interface ClaimantChannel {
  name: string;
  mention: Span & { text: string };
  type: ClaimantType;
}

export type DatePrecision = "day" | "week" | "month" | "year" | "span";

export interface ClaimTime {
  /** The time expression as written ("yesterday [Tuesday]", "over two days"). */
  text: string;
  start: number;
  end: number;
  /** The resolved day, `YYYY-MM-DD`, when the expression names one. */
  date: string | null;
  precision: DatePrecision;
}

export type Scope = "single" | "increment" | "cumulative";
export type Modality = "asserted" | "denied" | "threatened" | "reported_unconfirmed";

export interface Evidence extends Span {
  text: string;
  /** True when the span sits inside a direct quotation. */
  quoted: boolean;
}

export interface Claim {
  id: string;
  article: string;
  outcome: Outcome;
  group: Group;
  /** The counted noun phrase as written ("Frontier Corps personnel"), or null ("30 were killed"). */
  noun: string | null;
  quantity: Quantity;
  claimant: Claimant;
  time: ClaimTime | null;
  scope: Scope;
  modality: Modality;
  evidence: Evidence[];
  /** Id of the claim this one is a part of ("five women" within "11 people"); never added to it. */
  partOf: string | null;
  /** The claim concerns an earlier incident mentioned as background. */
  otherIncident: boolean;
  /**
   * The figure is a total over this many related incidents ("across both attacks"); datasets that
   * code one event each take an even share of it (GTD and ACLED split such totals). Null for one.
   */
  acrossIncidents: number | null;
  /**
   * The figure is spread over this many days or places ("killed over 24-26 June", "fatalities
   * spread over four locations"); a dataset that codes one event per day and place (ACLED) takes
   * an even share of it. Absent or null for one.
   */
  spreadOver?: number | null;
  /**
   * A running count: the figure as it stood when given, a count "so far" or one given while the
   * event went on ("27 killed so far", "in the firing that is still going on"). It is a lower bound
   * on the final figure, replaced by a larger one rather than weighed against it (ARCHITECTURE,
   * "Running counts"). Absent or false for a count of the whole event.
   */
  running?: boolean;
  rule: { extractor: string; rule: string; version: string };
}

/**
 * An outcome a report states with no figure: "an undisclosed number of soldiers were killed",
 * "the army suffered heavy losses", "casualties were reported" (issue 9, dataset fields). It is
 * no claim (there is no number to weigh, add or reconcile: the claims, tallies and totals never
 * read it) and is kept beside the claims, so that a dataset that codes such reports can: ACLED
 * codes an unknown number of fatalities as 10 (core/tally/datasets.ts).
 */
export interface Mention {
  /** `m1`, `m2`, … in the order of the text. */
  id: string;
  article: string;
  /**
   * `unknown_number`: a count said to be unknown ("an undisclosed number of soldiers were killed");
   * `noun`: an outcome noun with no figure ("heavy losses", "casualties were reported").
   */
  kind: "unknown_number" | "noun";
  outcome: Outcome;
  group: Group;
  /**
   * The counted words: the noun ("heavy losses"), or a count's noun as its claim would read it
   * ("of soldiers" after "an undisclosed number").
   */
  noun: string | null;
  claimant: Claimant;
  /** Asserted or reported unconfirmed; a denied, threatened or asked-about outcome is no mention. */
  modality: Modality;
  evidence: Evidence[];
  /** It concerns an earlier incident mentioned as background. */
  otherIncident: boolean;
  rule: { extractor: string; rule: string; version: string };
}

export interface TallyRow {
  outcome: Outcome;
  group: Group;
  low: number | null;
  best: number | null;
  high: number | null;
  grade: Grade;
  claims: string[];
}

export type Grade = "confirmed" | "fair" | "single_source" | "contested" | "party_only";

export interface Datasets {
  gtd: {
    nkill: number | null;
    nkillter: number | null;
    nwound: number | null;
    nhostkid: number | null;
    nreleased: number | null;
  };
  acled: { fatalities: number };
  ucdp: {
    deaths_a: number | null;
    deaths_b: number | null;
    deaths_civilians: number | null;
    deaths_unknown: number | null;
    best: number | null;
    low: number | null;
    high: number | null;
  };
}

export type Severity = "error" | "warning" | "info";

/** A problem with the input, kept with the result (STYLE §7). */
export interface Message {
  code: string;
  severity: Severity;
  message: string;
  span?: Span;
  /** The claims a check names (core/checks/): ids of the claims whose figures disagree. */
  claims?: string[];
}

export interface ExtractionResult {
  id: string;
  claims: Claim[];
  /** Outcomes stated with no figure, beside the claims (read only by the dataset fields). */
  mentions: Mention[];
  tally: TallyRow[];
  datasets: Datasets;
  messages: Message[];
}
