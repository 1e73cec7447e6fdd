// What the HTTP API takes and gives, as zod schemas: requests are checked against them at the edge
// (./validate.ts), and the OpenAPI document (./openapi.ts) is made from them, so the two cannot
// drift apart. Response schemas name the fields clients rely on and let the rest through
// (`looseObject`): claims and incidents are the model's (src/core/model.ts, src/store/store.ts).
import { z } from "zod";
import { GROUPS, OUTCOMES } from "../core/model.js";
import { STRATEGY_NAMES } from "../core/tally/index.js";
import { EXPORT_FORMATS } from "../incidents/export.js";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "a real calendar date");
const strategy = z.enum(STRATEGY_NAMES).default("ucdp").describe("reconciliation strategy (CODEBOOK §3)");
const GRADES = ["confirmed", "fair", "single_source", "contested", "party_only"] as const;

export const MAX_PAGE = 500;
const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).describe("page size"),
  offset: z.coerce.number().int().min(0).default(0).describe("rows to skip"),
};

/** The filters incidents are listed and exported by. */
const incidentFilters = {
  q: z.string().max(200).optional().describe("words in the title, place, type, actors or id"),
  from: day.optional().describe("incidents ending on or after this day"),
  to: day.optional().describe("incidents starting on or before this day"),
  country: z.string().max(100).optional().describe("country name or ISO code"),
  outcome: z.enum(OUTCOMES).optional(),
  group: z.enum(GROUPS).optional(),
  min: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe("at least this figure: the total across groups of `outcome` (default killed), or of `group`"),
  grade: z.enum(GRADES).optional().describe("a tally row of this grade (for `outcome` when given)"),
  strategy,
};

export const INCIDENT_SORTS = ["start", "title", "place", "type", "reports", "killed", "injured"] as const;

/** What the incidents list (and an export of its view) adds: event type, actor or claimant, sort. */
const viewFilters = {
  type: z
    .string()
    .max(100)
    .optional()
    .describe("words of the event type (GTD attack type, ACLED event or sub-event type)"),
  actor: z
    .string()
    .max(200)
    .optional()
    .describe("words in the name of an actor or of a claimant (who gave a figure)"),
  sort: z.enum(INCIDENT_SORTS).default("start"),
  order: z.enum(["asc", "desc"]).default("desc"),
};

export const incidentListQuery = z.object({
  ...incidentFilters,
  ...viewFilters,
  ...page,
});
export type IncidentListQuery = z.infer<typeof incidentListQuery>;
/** The incidents of a view, before its page is cut. */
export type IncidentViewQuery = Omit<IncidentListQuery, "limit" | "offset">;

function changeLimit(order: string) {
  return z.coerce.number().int().min(1).max(MAX_PAGE).default(100).describe(`at most this many, ${order}`);
}

const sinceDate = (v: string) => new Date(/T/.test(v) ? v : `${v}T00:00:00Z`);

/** The change log's feed (`/feed.atom`): the incidents list's filters, a time and a count. */
export const feedQuery = z.object({
  ...incidentFilters,
  since: z
    .string()
    .max(40)
    // (the date as it will be read: "0" parses alone, as 2000, but not with a time after it)
    .refine((v) => !Number.isNaN(sinceDate(v).getTime()), "a date or an ISO timestamp")
    .transform((v) => sinceDate(v).toISOString())
    .optional()
    .describe("changes recorded at or after this time (YYYY-MM-DD or an ISO timestamp)"),
  incident: z.string().max(200).optional().describe("one incident's changes"),
  limit: changeLimit("newest first"),
});
export type FeedQuery = z.infer<typeof feedQuery>;

/** `/api/changes`: as the feed, oldest first, and `after` a sequence number for polling. */
export const changesQuery = feedQuery.extend({
  after: z.coerce.number().int().min(0).optional().describe("changes after this sequence number"),
  limit: changeLimit("oldest first"),
});

export const strategyQuery = z.object({ strategy });
export const pageQuery = z.object(page);

export const exportQuery = z.object({
  ...incidentFilters,
  ...viewFilters,
  strategy: z
    .enum(STRATEGY_NAMES)
    .optional()
    .describe(
      "reconciliation strategy; by default the format's own (ACLED conservative, GTD gtd, else ucdp)",
    ),
  format: z
    .enum(EXPORT_FORMATS)
    .describe("ACLED, UCDP GED or GTD CSV, GeoJSON, JSON, or claims as JSON Lines"),
});

/** Where a posted text or page came from, for bodies that cannot say it themselves. */
export const uploadQuery = z.object({
  published: day.optional().describe("publication day, for text and pages that carry none"),
  title: z.string().max(500).optional(),
  outlet: z.string().max(200).optional(),
  url: z.url().max(2000).optional(),
});

export const articleBody = z.strictObject({
  text: z.string().min(1, "the article's text is empty"),
  published: day.nullish(),
  title: z.string().max(500).nullish(),
  outlet: z.string().max(200).nullish(),
  url: z.url().max(2000).nullish(),
  id: z.string().min(1).max(200).nullish().describe("your id for it (kept unless another article has it)"),
  // The input's own place (it wins over the place read from the text) and language.
  location: z.string().max(200).nullish(),
  admin2: z.string().max(200).nullish(),
  admin1: z.string().max(200).nullish(),
  country: z.string().max(100).nullish().describe("country name or ISO code"),
  latitude: z.number().min(-90).max(90).nullish().describe("decimal degrees, with longitude"),
  longitude: z.number().min(-180).max(180).nullish().describe("decimal degrees, with latitude"),
  language: z.string().max(35).nullish(),
});

export const mergeBody = z.strictObject({
  into: z.string().min(1).describe("the incident that stays"),
  from: z.string().min(1).describe("the incident whose reports move into it; it is deleted"),
});
export const splitBody = z.strictObject({
  articles: z.array(z.string().min(1)).min(1, "name at least one article to split off"),
});
export const rejectBody = z.strictObject({
  claim: z.string().min(1).describe("the claim, as report#claim (the incident view's claim ids)"),
  reason: z.string().trim().min(1, "say why the claim is misread").max(2000).describe("why it is misread"),
});
export const restoreBody = z.strictObject({
  claim: z.string().min(1).describe("a rejected claim of the incident, as report#claim"),
  reason: z.string().max(2000).nullable().optional(),
});
export const undoBody = z.strictObject({ reason: z.string().max(2000).nullable().optional() });

// --- responses ----------------------------------------------------------------------------------

export const errorResponse = z.object({
  error: z.object({
    code: z
      .string()
      .describe(
        "stable: BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, TOO_LARGE, UNSUPPORTED_MEDIA, or a T0xx catalogue code",
      ),
    message: z.string().describe("what was wrong and what to do"),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

const location = z
  .looseObject({
    name: z.string(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    country: z.string().nullable(),
    iso: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    wherePrec: z.number().int().describe("UCDP where_prec, 1 exact place … 7 country or wider"),
  })
  .nullable();
const figure = z.object({
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  contested: z.boolean(),
});

const unknownDeaths = z
  .enum(["alone", "beside"])
  .nullable()
  .describe(
    'deaths its reports state with no figure, as ACLED fatalities count them (10): "alone" where no figure is given (the list shows ?), "beside" the killed figure (shown as +?)',
  );

export const incidentSummary = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  location,
  eventType: z.string().nullable().describe("GTD attack type"),
  acled: z.object({ eventType: z.string().nullable(), subEventType: z.string().nullable() }),
  actors: z.array(z.object({ name: z.string(), inter: z.number().int() })),
  reports: z.number().int(),
  figures: z
    .record(z.string(), figure)
    .describe("per outcome, the total across groups under the strategy (CODEBOOK §3b)"),
  unknownDeaths,
});
export type IncidentSummary = z.infer<typeof incidentSummary>;

export const incidentList = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(incidentSummary),
});

export const articleMeta = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  ingestedAt: z.string(),
  claims: z.number().int(),
  version: z
    .number()
    .int()
    .describe(
      "which text of the article this is: 1 for its first, one more for each changed text stored under its id",
    ),
  duplicates: z
    .array(z.string())
    .describe("other articles with the same text (kept, counted once in an incident's tallies)"),
});
export type ArticleMeta = z.infer<typeof articleMeta>;

export const articleList = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(articleMeta),
});

const evidence = z.looseObject({ start: z.number().int(), end: z.number().int(), text: z.string() });
const claim = z.looseObject({
  id: z.string(),
  article: z.string(),
  outcome: z.string(),
  group: z.string(),
  quantity: z.looseObject({ text: z.string() }),
  claimant: z.looseObject({ name: z.string(), party: z.string() }),
  evidence: z.array(evidence),
});
const mention = z
  .looseObject({
    id: z.string(),
    article: z.string(),
    kind: z.enum(["unknown_number", "noun"]),
    outcome: z.string(),
    group: z.string(),
    noun: z.string().nullable(),
    claimant: z.looseObject({ name: z.string(), party: z.string() }),
    evidence: z.array(evidence),
  })
  .describe(
    "an outcome stated with no figure ('an undisclosed number of soldiers were killed', 'heavy losses'): no claim, in no tally; ACLED's fatalities read it",
  );
const tallyRow = z.looseObject({
  outcome: z.string(),
  group: z.string(),
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  grade: z.enum(GRADES),
  claims: z.array(z.string()),
});
const incidentRef = z.object({ id: z.string(), title: z.string() });
const message = z.looseObject({ code: z.string(), severity: z.string(), message: z.string() });

export const correctionView = z.object({
  seq: z.number().int().describe("its number in the history (POST /api/corrections/{seq}/undo names it)"),
  at: z.string(),
  incident: z.string().describe("the incident it was made on"),
  action: z.looseObject({ kind: z.enum(["reject", "restore", "merge", "split", "undo"]) }),
  text: z.string().describe("the correction in words"),
  undone: z.boolean().describe("a merge or split undone since"),
});

export const incidentView = z.object({
  incident: z.looseObject({ id: z.string(), title: z.string(), articles: z.array(z.string()) }),
  links: z.array(z.looseObject({ article: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  articles: z.array(articleMeta),
  claims: z.array(claim.extend({ sentence: z.string() })),
  mentions: z
    .array(mention.extend({ sentence: z.string() }))
    .describe("the outcomes its reports state with no figure, report by report"),
  tally: z.array(tallyRow),
  datasets: z.looseObject({}),
  unknownDeaths,
  timeline: z.array(z.looseObject({ claimant: z.string(), points: z.array(z.looseObject({})) })),
  sideTimeline: z.array(z.looseObject({ party: z.string(), points: z.array(z.looseObject({})) })),
  checks: z
    .array(message.extend({ claims: z.array(z.string()) }))
    .describe("figures that cannot all be true (README, Messages: C001–C007), naming the claims"),
  changes: z.array(z.looseObject({ seq: z.number(), at: z.string(), lines: z.array(z.string()) })),
  corrections: z
    .array(correctionView)
    .describe("the analyst's corrections concerning this incident, oldest first"),
  rejected: z
    .array(
      z.object({
        claim: claim.extend({ sentence: z.string() }),
        reason: z.string(),
        correction: z.number().int(),
      }),
    )
    .describe("claims of its reports rejected as misread: counted nowhere until restored"),
  staleRejections: z
    .array(z.object({ claim: z.string(), reason: z.string(), correction: z.number().int() }))
    .describe(
      "rejections that no claim of its reports matches any longer: the report changed there, or is read otherwise now; they reject nothing",
    ),
});

export const articleVersion = z.object({
  version: z.number().int(),
  hash: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  ingestedAt: z.string(),
  replacedAt: z.string().describe("when the next version replaced this text"),
  engineVersion: z.string().nullable(),
  claims: z.array(claim).describe("the claims read from this text, as they were when it was replaced"),
  mentions: z
    .array(mention)
    .describe("the outcomes that reading stated with no figure (empty where none were kept)"),
});

export const articleView = z.object({
  article: articleMeta.extend({ text: z.string(), hash: z.string() }),
  claims: z.array(claim),
  mentions: z.array(mention),
  incidents: z.array(incidentRef),
  history: z
    .array(articleVersion)
    .describe("the article's earlier texts, oldest first (same id, changed text)"),
});

export const storedResponse = z.object({
  article: articleMeta,
  created: z.boolean().describe("false when the same text was stored before under this id"),
  status: z
    .enum(["new", "unchanged", "version", "reextracted"])
    .describe(
      "new; unchanged; a new version of the article (its earlier text kept in its history); re-extracted",
    ),
  claims: z.array(claim),
  incidents: z.array(incidentRef),
  messages: z.array(message),
});

export const extractResponse = z.object({
  text: z.string().describe("the text the claims' offsets refer to (a page's main text for HTML)"),
  title: z.string().nullable(),
  published: z.string().nullable(),
  claims: z.array(claim),
  tally: z.array(tallyRow),
  messages: z.array(message),
});

export const health = z.object({
  ok: z.literal(true),
  engine: z.string(),
  counts: z.object({ articles: z.number(), claims: z.number(), incidents: z.number() }),
  writable: z.boolean(),
  tokenRequired: z.boolean(),
});

export const changeList = z.object({
  now: z.string().describe("the server's time: ask `since` it next"),
  items: z.array(
    z.looseObject({
      seq: z.number().int(),
      at: z.string(),
      incident: z.string(),
      title: z.string(),
      article: z.string().nullable(),
      items: z.array(z.looseObject({ kind: z.enum(["new_incident", "figure", "grade", "check"]) })),
      lines: z.array(z.string()),
      summary: z.string(),
    }),
  ),
});
