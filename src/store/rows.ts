// The shapes of rows read back from the database, checked at the edge (STYLE §9: zod only at the
// edges). A row that fails its check means the file was changed behind Tally's back: the store
// reports it as T014 rather than handing on a malformed value. Objects are `looseObject`s so a
// field added to the model later passes through unchanged.
import { z } from "zod";
import { CLAIMANT_TYPES, GROUPS, HEDGES, OUTCOMES, type Claim, type Mention } from "../core/model.js";

const nullableString = z.string().nullable();
const span = { start: z.number().int(), end: z.number().int() };

export const articleRow = z.object({
  id: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
  published: nullableString,
  outlet: nullableString,
  url: nullableString,
  title: nullableString,
  source: nullableString,
  ingested_at: z.string(),
  /** The input's own facts (place, language) as JSON; absent in rows of schema 3 and before. */
  facts: nullableString.optional(),
  /** The article's version (1 for its first text); absent in rows of schema 4 and before. */
  version: z.number().int().positive().optional(),
});
export type ArticleRow = z.infer<typeof articleRow>;

/** A text an article had before its current one (migration 5), with the claims read from it. */
export const articleVersionRow = articleRow.omit({ id: true, version: true }).extend({
  article: z.string(),
  version: z.number().int().positive(),
  facts: nullableString,
  engine_version: nullableString,
  claims: z.string(),
  replaced_at: z.string(),
  /** The reading's mentions as JSON (migration 10); null or absent in rows kept before. */
  mentions: nullableString.optional(),
});
export type ArticleVersionRow = z.infer<typeof articleVersionRow>;

const claimant = z.looseObject({
  name: z.string(),
  mention: z.looseObject({ ...span, text: z.string() }).nullable(),
  type: z.enum(CLAIMANT_TYPES),
  party: z.enum(["state", "non_state", "independent"]),
});

export const claimBody: z.ZodType<Claim> = z.looseObject({
  id: z.string(),
  article: z.string(),
  outcome: z.enum(OUTCOMES),
  group: z.enum(GROUPS),
  noun: nullableString,
  quantity: z.looseObject({
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    hedge: z.enum(HEDGES),
    text: z.string(),
    acled: z.number().optional(),
  }),
  claimant,
  time: z
    .looseObject({
      text: z.string(),
      ...span,
      date: nullableString,
      precision: z.enum(["day", "week", "month", "year", "span"]),
    })
    .nullable(),
  scope: z.enum(["single", "increment", "cumulative"]),
  modality: z.enum(["asserted", "denied", "threatened", "reported_unconfirmed"]),
  evidence: z.array(z.looseObject({ ...span, text: z.string(), quoted: z.boolean() })),
  partOf: nullableString,
  otherIncident: z.boolean(),
  acrossIncidents: z.number().nullable(),
  spreadOver: z.number().nullable().optional(),
  running: z.boolean().optional(),
  rule: z.looseObject({ extractor: z.string(), rule: z.string(), version: z.string() }),
});

/** A mention's JSON (model.ts `Mention`): what a reader of the dataset fields relies on. */
const mentionBody: z.ZodType<Mention> = z.looseObject({
  id: z.string(),
  article: z.string(),
  kind: z.enum(["unknown_number", "noun"]),
  outcome: z.enum(OUTCOMES),
  group: z.enum(GROUPS),
  noun: nullableString,
  claimant,
  modality: z.enum(["asserted", "denied", "threatened", "reported_unconfirmed"]),
  evidence: z.array(z.looseObject({ ...span, text: z.string(), quoted: z.boolean() })),
  otherIncident: z.boolean(),
  rule: z.looseObject({ extractor: z.string(), rule: z.string(), version: z.string() }),
});
export const mentionsJson = z.array(mentionBody);

const location = z.looseObject({
  name: z.string(),
  admin1: nullableString,
  admin2: nullableString,
  country: nullableString,
  iso: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  wherePrec: z.number(),
});

/** The incident JSON; `id` and `articles` are branded by the store after the check. */
export const incidentBody = z.looseObject({
  id: z.string(),
  title: z.string(),
  start: nullableString,
  end: nullableString,
  datePrec: z.number(),
  location: location.nullable(),
  actors: z.array(z.looseObject({ name: z.string(), inter: z.number() })),
  eventType: nullableString,
  acled: z.looseObject({ eventType: nullableString, subEventType: nullableString }),
  articles: z.array(z.string()),
});

export const linkRow = z.object({
  incident: z.string(),
  article: z.string(),
  score: z.number(),
  reasons: z.string(),
  linked_by: z.enum(["auto", "analyst"]),
});

export const reasonsJson = z.array(z.string());

export const featuresRow = z.object({
  article: z.string(),
  key: z.string(),
  body: z.string(),
  iso: z.string().nullable(),
  day: z.string().nullable(),
});
export const linkKeyRow = z.object({
  article: z.string(),
  iso: z.string().nullable(),
  day: z.string().nullable(),
});

const grade = z.enum(["confirmed", "fair", "single_source", "contested", "party_only"]);
const outcome = z.enum(OUTCOMES);
const watchedGroup = z.enum([...GROUPS, "all"]);
const figure = z.number().nullable();

export const changeRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  incident: z.string(),
  article: nullableString,
  body: z.string(),
});

/** A change's JSON body: the incident's title and the items (store.ts `ChangeItem`). */
export const changeBody = z.object({
  title: z.string(),
  items: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("new_incident") }),
      z.object({
        kind: z.literal("figure"),
        outcome,
        group: watchedGroup,
        from: figure,
        to: figure,
        low: figure,
        high: figure,
        claimants: z.array(z.string()).optional(),
      }),
      z.object({ kind: z.literal("grade"), outcome, group: watchedGroup, from: grade.nullable(), to: grade }),
      z.object({
        kind: z.literal("check"),
        code: z.string(),
        message: z.string(),
        claims: z.array(z.string()),
      }),
      z.object({ kind: z.literal("version"), article: z.string(), version: z.number().int() }),
      z.object({ kind: z.literal("correction"), seq: z.number().int(), text: z.string() }),
    ]),
  ),
});

export const watchSnapshot = z.object({
  rows: z.array(z.object({ outcome, group: watchedGroup, best: figure, low: figure, high: figure, grade })),
  checks: z.array(z.string()),
  versions: z.array(z.string()).optional(),
});

export const correctionRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  incident: z.string(),
  kind: z.string(),
  body: z.string(),
});

const ids = z.array(z.string());
export const correctionAction = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("reject"),
    claim: z.string(),
    reason: z.string(),
    reading: z.string().optional(),
  }),
  z.object({
    kind: z.literal("restore"),
    claim: z.string(),
    reason: nullableString,
    reading: z.string().optional(),
  }),
  z.object({ kind: z.literal("merge"), from: z.string(), fromTitle: z.string(), moved: ids }),
  z.object({ kind: z.literal("split"), created: z.string(), moved: ids, emptied: z.boolean() }),
  z.object({ kind: z.literal("undo"), undoes: z.number().int(), reason: nullableString }),
]);
