// The JSON API client: relative URLs (`api/...`) resolved against the page, so the dashboard works
// under whatever base path it is served from; errors become ApiError with the server's message.
import type {
  ApiErrorBody,
  ArticleMeta,
  ArticleView,
  ChangeList,
  ExtractResponse,
  Health,
  IncidentSummary,
  IncidentView,
  Page,
  SplitResponse,
  StoredResponse,
} from "./api-types.js";
import { getToken } from "./token.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Params = Record<string, string | number | null | undefined>;

export function apiUrl(path: string, params: Params = {}): string {
  const url = new URL(`api/${path}`, document.baseURI);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v));
  }
  return url.href;
}

function isErrorBody(x: unknown): x is ApiErrorBody {
  if (typeof x !== "object" || x === null || !("error" in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string";
}

/** A fetch with the tab's token; a network failure (not an abort) as an ApiError. */
async function send(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      ...init,
      signal: signal ?? null,
      headers: { ...authHeaders(), ...init.headers },
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, "NETWORK", "The server could not be reached. Is `tally serve` still running?");
  }
}

async function request<T>(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  const res = await send(url, { ...init, headers: { Accept: "application/json", ...init.headers } }, signal);
  const body = parseJson(await res.text());
  if (!res.ok) throw failure(res, body);
  if (body === null) throw new ApiError(res.status, "BAD_RESPONSE", "The server's answer was not JSON.");
  return body as T;
}

function parseJson(raw: string): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** The error of an answer that is not ok: the server's own message where it gave one. */
function failure(res: Response, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const issues = body.error.issues?.map((i) => `${i.path ? `${i.path}: ` : ""}${i.message}`) ?? [];
    const message = [body.error.message, ...issues].join(" ");
    return new ApiError(res.status, body.error.code, message);
  }
  return new ApiError(
    res.status,
    `HTTP_${res.status}`,
    `The server answered ${res.status} ${res.statusText}.`,
  );
}

export type IncidentQuery = {
  q?: string;
  from?: string;
  to?: string;
  country?: string;
  type?: string;
  actor?: string;
  grade?: string;
  min?: number;
  sort?: string;
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
  strategy?: string;
};

/** What is sent to read or store: pasted text (JSON) or an HTML page as uploaded (its bytes). */
export type Upload = ({ kind: "text"; body: string } | { kind: "html"; file: File }) & {
  published?: string;
  title?: string;
  outlet?: string;
  url?: string;
};

/** Headers every request carries: the tab's token, when one was given. */
function authHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

function jsonInit(body: unknown): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** Pasted text goes as JSON; a chosen page as the file itself (multipart), read by the server. */
function uploadInit(upload: Upload): RequestInit {
  const meta = { published: upload.published, title: upload.title, outlet: upload.outlet, url: upload.url };
  if (upload.kind === "html") {
    const form = new FormData();
    form.set("file", upload.file);
    for (const [k, v] of Object.entries(meta)) if (v) form.set(k, v);
    return { method: "POST", body: form };
  }
  const json: Record<string, string> = { text: upload.body };
  for (const [k, v] of Object.entries(meta)) if (v) json[k] = v;
  return jsonInit(json);
}

/** A file the server offers for download: its name (Content-Disposition) and its contents. */
export interface Download {
  name: string;
  blob: Blob;
}

/** A file from the API (an export), with the tab's token; errors as `request` gives them. */
async function download(url: string, signal?: AbortSignal): Promise<Download> {
  const res = await send(url, {}, signal);
  if (!res.ok) throw failure(res, parseJson(await res.text()));
  const name = /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "")?.[1] ?? "tally-export";
  return { name, blob: await res.blob() };
}

export const api = {
  /** The incidents of a list's view (its filters, sort and strategy, unpaged) in an export format. */
  exportView: (q: IncidentQuery, format: string, signal?: AbortSignal) => {
    const { limit: _l, offset: _o, ...view } = q;
    return download(apiUrl("export", { ...view, format }), signal);
  },
  /** The change log since a time (oldest first, at most 500), and the server's time now. */
  changes: (params: { since?: string | null; after?: number | null }, signal?: AbortSignal) =>
    request<ChangeList>(apiUrl("changes", { ...params, limit: 500 }), {}, signal),
  incidents: (q: IncidentQuery, signal?: AbortSignal) =>
    request<Page<IncidentSummary>>(apiUrl("incidents", q), {}, signal),
  incident: (id: string, strategy: string, signal?: AbortSignal) =>
    request<IncidentView>(apiUrl(`incidents/${encodeURIComponent(id)}`, { strategy }), {}, signal),
  /** Moves `articles` out of incident `id` into a new incident. */
  split: (id: string, articles: readonly string[], signal?: AbortSignal) =>
    request<SplitResponse>(
      apiUrl(`incidents/${encodeURIComponent(id)}/split`),
      jsonInit({ articles }),
      signal,
    ),
  /** Moves the reports of incident `from` into `into` and deletes `from`; answers the merged view. */
  merge: (into: string, from: string, signal?: AbortSignal) =>
    request<IncidentView>(apiUrl("incidents/merge"), jsonInit({ into, from }), signal),
  /** Rejects claim `claim` (report#claim) of incident `id` as misread; answers the corrected view. */
  reject: (id: string, claim: string, reason: string, signal?: AbortSignal) =>
    request<IncidentView>(
      apiUrl(`incidents/${encodeURIComponent(id)}/claims/reject`),
      jsonInit({ claim, reason }),
      signal,
    ),
  restore: (id: string, claim: string, signal?: AbortSignal) =>
    request<IncidentView>(
      apiUrl(`incidents/${encodeURIComponent(id)}/claims/restore`),
      jsonInit({ claim }),
      signal,
    ),
  /** Undoes merge or split `seq`. */
  undo: (seq: number, signal?: AbortSignal) =>
    request<{ incidents: { id: string; title: string }[] }>(
      apiUrl(`corrections/${seq}/undo`),
      jsonInit({}),
      signal,
    ),
  articles: (limit: number, offset: number, signal?: AbortSignal) =>
    request<Page<ArticleMeta>>(apiUrl("articles", { limit, offset }), {}, signal),
  article: (id: string, signal?: AbortSignal) =>
    request<ArticleView>(apiUrl(`articles/${encodeURIComponent(id)}`), {}, signal),
  health: (signal?: AbortSignal) => request<Health>(apiUrl("health"), {}, signal),
  extract: (upload: Upload, signal?: AbortSignal) =>
    request<ExtractResponse>(apiUrl("extract"), uploadInit(upload), signal),
  store: (upload: Upload, signal?: AbortSignal) =>
    request<StoredResponse>(apiUrl("articles"), uploadInit(upload), signal),
};
