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

async function request<T>(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      signal: signal ?? null,
      headers: { Accept: "application/json", ...authHeaders(), ...init.headers },
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, "NETWORK", "The server could not be reached. Is `tally serve` still running?");
  }
  const raw = await res.text();
  let body: unknown = null;
  try {
    body = raw ? JSON.parse(raw) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    if (isErrorBody(body)) {
      const issues = body.error.issues?.map((i) => `${i.path ? `${i.path}: ` : ""}${i.message}`) ?? [];
      const message = [body.error.message, ...issues].join(" ");
      throw new ApiError(res.status, body.error.code, message);
    }
    throw new ApiError(
      res.status,
      `HTTP_${res.status}`,
      `The server answered ${res.status} ${res.statusText}.`,
    );
  }
  if (body === null) throw new ApiError(res.status, "BAD_RESPONSE", "The server's answer was not JSON.");
  return body as T;
}

export type IncidentQuery = {
  q?: string;
  from?: string;
  to?: string;
  country?: string;
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

export const api = {
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
