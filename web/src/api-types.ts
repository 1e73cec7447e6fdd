// The shapes the JSON API answers with (src/server/schemas.ts is the server's side of the
// contract). Domain types come from the project itself, as types only (labels.ts alone takes two
// lists of codes from src/core/model.ts).
import type {
  Claim,
  ClaimantType,
  Datasets,
  Grade,
  Group,
  Hedge,
  Mention,
  Message,
  Modality,
  Outcome,
  Party,
  Scope,
  TallyRow,
} from "../../src/core/model.js";
import type { Actor, Incident, Link, Location, StoredArticle } from "../../src/store/store.js";
import type { IncidentTallyRow } from "../../src/incidents/incident-tally.js";
import type { OutcomeTotal } from "../../src/core/tally/totals.js";
import type { SideSeries, TimelinePoint, TimelineSeries } from "../../src/incidents/timeline.js";

export type {
  Actor,
  Claim,
  ClaimantType,
  Datasets,
  Grade,
  Group,
  Hedge,
  Incident,
  IncidentTallyRow,
  OutcomeTotal,
  Link,
  Location,
  Message,
  Modality,
  Outcome,
  Party,
  Scope,
  SideSeries,
  StoredArticle,
  TallyRow,
  TimelinePoint,
  TimelineSeries,
};

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface SummaryFigure {
  low: number | null;
  best: number | null;
  high: number | null;
  contested: boolean;
}

export interface IncidentSummary {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  location: Location | null;
  eventType: string | null;
  acled: { eventType: string | null; subEventType: string | null };
  actors?: Actor[];
  reports: number;
  /** Per outcome, summed over groups. */
  figures: Partial<Record<string, SummaryFigure>>;
  /** Deaths stated with no figure, as ACLED counts them: "alone" (shown "?"), "beside" the killed figure ("+?"). */
  unknownDeaths: UnknownDeaths;
}

export type UnknownDeaths = "alone" | "beside" | null;

export interface ArticleMeta {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  ingestedAt: string;
  claims: number;
  /** Which text of the article this is (1 for its first; one more per changed text under its id). */
  version: number;
  /** Other articles with the same text: kept, counted once in tallies. */
  duplicates: string[];
}

/** An earlier text of an article (same id, changed text), with the claims read from it. */
export interface ArticleVersion {
  version: number;
  hash: string;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  ingestedAt: string;
  replacedAt: string;
  engineVersion: string | null;
  claims: Claim[];
}

export type ClaimWithSentence = Claim & { sentence: string };

export interface IncidentView {
  incident: Incident;
  links: Link[];
  articles: ArticleMeta[];
  claims: ClaimWithSentence[];
  /** Outcomes its reports state with no figure (in no total), each with its sentence. */
  mentions: (Mention & { sentence: string })[];
  /** The strategy every figure of the view is reconciled under. */
  strategy: string;
  /** Per outcome, across groups (CODEBOOK §3b): the figure the list and every export show. */
  totals: OutcomeTotal[];
  tally: IncidentTallyRow[];
  datasets: Datasets;
  unknownDeaths: UnknownDeaths;
  timeline: TimelineSeries[];
  sideTimeline: SideSeries[];
  /** Figures that cannot all be true (C001–C007), each naming its claims. */
  checks: (Message & { claims: string[] })[];
  /** The incident's change log, oldest first. */
  changes: ChangeView[];
  /** The analyst's corrections concerning it, oldest first. */
  corrections: CorrectionView[];
  /** Claims of its reports rejected as misread (counted nowhere until restored). */
  rejected: { claim: ClaimWithSentence; reason: string; correction: number }[];
  /** Rejections no claim matches any longer (the report changed there, or is read otherwise now). */
  staleRejections: { claim: string; reason: string; correction: number }[];
}

/** A correction as the API gives it. */
export interface CorrectionView {
  seq: number;
  at: string;
  incident: string;
  action: { kind: "reject" | "restore" | "merge" | "split" | "undo" };
  text: string;
  undone: boolean;
}

/** A change of the change log as the API gives it (src/app/changes.ts). */
export interface ChangeView {
  seq: number;
  at: string;
  incident: string;
  title: string;
  article: string | null;
  report: { id: string; title: string | null; outlet: string | null; published: string | null } | null;
  items: { kind: "new_incident" | "figure" | "grade" | "check" | "version" | "correction" }[];
  lines: string[];
  summary: string;
}

export interface ChangeList {
  now: string;
  items: ChangeView[];
}

export interface IncidentRef {
  id: string;
  title: string;
}

/** POST api/incidents/<id>/split: what is left of the incident (null when all moved) and the new one. */
export interface SplitResponse {
  left: IncidentRef | null;
  created: IncidentRef;
}

export interface ArticleView {
  article: StoredArticle & ArticleMeta;
  claims: Claim[];
  incidents: IncidentRef[];
  /** The article's earlier texts, oldest first. */
  history: ArticleVersion[];
}

export interface StoredResponse {
  article: ArticleMeta;
  created: boolean;
  status: "new" | "unchanged" | "version" | "reextracted";
  claims: Claim[];
  incidents: IncidentRef[];
  messages: Message[];
}

export interface ExtractResponse {
  /** The text the claims' offsets refer to (a page's main text for HTML). */
  text: string;
  title?: string | null;
  published?: string | null;
  claims: Claim[];
  tally: TallyRow[];
  messages: Message[];
}

export interface Health {
  ok: boolean;
  tokenRequired?: boolean;
  writable?: boolean;
}
