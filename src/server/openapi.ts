// The OpenAPI 3.1 document served at /openapi.json, made from the same zod schemas that check the
// requests (./schemas.ts), through zod's own JSON Schema output.
import { z } from "zod";
import { ENGINE_VERSION } from "../extract/pipeline.js";
import * as s from "./schemas.js";

type Schema = z.ZodType;

const json = (schema: Schema, io: "input" | "output" = "output") => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
};

/** Query parameters, one per property of an object schema. */
function parameters(schema: z.ZodObject) {
  const doc = json(schema, "input") as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(doc.properties ?? {}).map(([name, prop]) => ({
    name,
    in: "query",
    required: doc.required?.includes(name) ?? false,
    ...(prop.description ? { description: prop.description } : {}),
    schema: prop,
  }));
}

const pathId = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: what,
});

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: ERROR_TEXT[code] ?? "error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: "the request is not valid (see error.issues)",
  401: "the server's token is needed",
  403: "refused: another origin, or a Host that does not name the server",
  404: "no such thing",
  413: "the body is too large",
  415: "unsupported Content-Type",
  422: "no article could be read from the body",
};

const ok = (description: string, schema: Schema) => ({
  description,
  content: { "application/json": { schema: json(schema) } },
});

const upload = {
  required: true,
  content: {
    "application/json": { schema: json(s.articleBody, "input") },
    "multipart/form-data": {
      schema: {
        type: "object",
        required: ["file"],
        properties: {
          file: {
            type: "string",
            contentMediaType: "application/octet-stream",
            description: "an HTML page, text or JSON file",
          },
          published: { type: "string", format: "date" },
          title: { type: "string" },
          outlet: { type: "string" },
          url: { type: "string" },
        },
      },
    },
  },
};

/** A write: it needs the token (beyond loopback) and takes a JSON body of this schema. */
const post = (summary: string, body: Schema, responses: object, parameters?: unknown[]) => ({
  post: {
    summary,
    security: [{ token: [] }],
    ...(parameters ? { parameters } : {}),
    requestBody: { required: true, content: { "application/json": { schema: json(body, "input") } } },
    responses,
  },
});

let cached: unknown = null;

export function openApiDocument(): unknown {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Tally",
      version: ENGINE_VERSION,
      description:
        "Casualty claims from news reports, attributed to who made them, reconciled per incident. " +
        "Errors are JSON `{ error: { code, message } }`. Writes are JSON or multipart/form-data, from a program or " +
        "the server's own pages (not another origin); the Host must name the server. Beyond loopback, " +
        "`Authorization: Bearer <token>` is needed for writes, and for reads unless the server reads publicly.",
    },
    components: {
      schemas: { Error: json(s.errorResponse) },
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
    },
    paths: { ...readPaths(), ...correctionPaths(), ...articlePaths(), ...exportPaths() },
  };
  return cached;
}

/** Health, the incidents list and one incident, the change log and its feed. */
function readPaths() {
  return {
    "/api/health": {
      get: { summary: "Counts and the engine version", responses: { 200: ok("health", s.health) } },
    },
    "/api/incidents": {
      get: {
        summary: "Incidents, filtered, sorted and paged, with their figures",
        parameters: parameters(s.incidentListQuery),
        responses: { 200: ok("a page of incidents", s.incidentList), ...errors(400) },
      },
    },
    "/api/incidents/{id}": {
      get: {
        summary: "One incident: tally, claims with their sentences, timeline, reports",
        parameters: [pathId("incident id"), ...parameters(s.strategyQuery)],
        responses: { 200: ok("the incident", s.incidentView), ...errors(400, 404) },
      },
    },
    "/api/changes": {
      get: {
        summary: "The change log: new incidents, figures that moved, grades, checks (oldest first)",
        parameters: parameters(s.changesQuery),
        responses: {
          200: ok("changes, and the server's time to ask `since` next", s.changeList),
          ...errors(400),
        },
      },
    },
    "/feed.atom": {
      get: {
        summary: "The change log as an Atom feed (newest first), filtered like the incidents list",
        parameters: parameters(s.feedQuery),
        responses: {
          200: { description: "an Atom feed (RFC 4287)", content: { "application/atom+xml": {} } },
          ...errors(400),
        },
      },
    },
  };
}

/** An analyst's corrections: merge, split, reject and restore a claim, the history, undo. */
function correctionPaths() {
  const incident = [pathId("incident id")];
  return {
    "/api/incidents/merge": post(
      "Move one incident's reports into another (an analyst's correction)",
      s.mergeBody,
      { 200: ok("the merged incident", s.incidentView), ...errors(400, 401, 404) },
    ),
    "/api/incidents/{id}/split": post(
      "Move some reports out of an incident into a new one",
      s.splitBody,
      { 200: { description: "what is left and the new incident" }, ...errors(400, 401, 404, 422) },
      incident,
    ),
    "/api/incidents/{id}/claims/reject": post(
      "Reject a claim as misread, with the reason: no figure counts it until it is restored",
      s.rejectBody,
      { 200: ok("the incident as corrected", s.incidentView), ...errors(400, 401, 404, 409, 422) },
      incident,
    ),
    "/api/incidents/{id}/claims/restore": post(
      "Restore a claim rejected as misread",
      s.restoreBody,
      { 200: ok("the incident as corrected", s.incidentView), ...errors(400, 401, 404, 409) },
      incident,
    ),
    "/api/corrections": {
      get: {
        summary: "The corrections' history, oldest first (rejections, restorations, merges, splits, undos)",
        responses: { 200: { description: "{ items: correction[] }" } },
      },
    },
    "/api/corrections/{seq}/undo": post(
      "Undo a merge or a split while its reports are where it put them",
      s.undoBody,
      {
        200: { description: "the undo as recorded, and the incidents it made again" },
        ...errors(400, 401, 404, 409, 422),
      },
      [pathId("the correction's number")],
    ),
  };
}

/** Stored articles, posting one, and extracting one without storing it. */
function articlePaths() {
  return {
    "/api/articles": {
      get: {
        summary: "Stored articles, oldest first",
        parameters: parameters(s.pageQuery),
        responses: { 200: ok("a page of articles", s.articleList), ...errors(400) },
      },
      post: {
        summary: "Store an article, extract its claims and link it into an incident",
        security: [{ token: [] }],
        parameters: parameters(s.uploadQuery),
        requestBody: upload,
        responses: {
          201: ok("stored", s.storedResponse),
          200: ok("the same text was stored before", s.storedResponse),
          ...errors(400, 401, 413, 415, 422),
        },
      },
    },
    "/api/articles/{id}": {
      get: {
        summary: "One article with its text, claims and incidents",
        parameters: [pathId("article id")],
        responses: { 200: ok("the article", s.articleView), ...errors(404) },
      },
    },
    "/api/extract": {
      post: {
        summary: "Extract a text's claims without storing it",
        security: [{ token: [] }],
        parameters: parameters(s.uploadQuery),
        requestBody: upload,
        responses: { 200: ok("the claims", s.extractResponse), ...errors(400, 401, 413, 415, 422) },
      },
    },
  };
}

function exportPaths() {
  return {
    "/api/export": {
      get: {
        summary: "Incidents as ACLED, UCDP or GTD CSV, GeoJSON, JSON, or claims as JSON Lines",
        parameters: parameters(s.exportQuery),
        responses: {
          200: {
            description: "the export, as an attachment",
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/geo+json": { schema: { type: "object" } },
              "application/json": { schema: { type: "array" } },
              "application/x-ndjson": { schema: { type: "string" } },
            },
          },
          ...errors(400),
        },
      },
    },
  };
}
