// Hash routes: #/ the incidents, #/incidents/<id>, #/articles (the reports), #/articles/<id>, #/add. Ids are URI-encoded;
// each route may carry a query after "?" (the list's search and sort, a claim to show).
export type Route =
  | { page: "incidents"; query: URLSearchParams }
  | { page: "incident"; id: string; query: URLSearchParams }
  | { page: "articles"; query: URLSearchParams }
  | { page: "article"; id: string; query: URLSearchParams }
  | { page: "add"; query: URLSearchParams }
  | { page: "not-found"; path: string; query: URLSearchParams };

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const parts = path.split("/").filter(Boolean);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "incidents"))
    return { page: "incidents", query };
  if (parts.length === 2 && parts[0] === "incidents")
    return { page: "incident", id: decode(parts[1]!), query };
  if (parts.length === 1 && parts[0] === "articles") return { page: "articles", query };
  if (parts.length === 2 && parts[0] === "articles") return { page: "article", id: decode(parts[1]!), query };
  if (parts.length === 1 && parts[0] === "add") return { page: "add", query };
  return { page: "not-found", path, query };
}

function withQuery(path: string, query?: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const href = {
  incidents: (query?: Record<string, string | number | null | undefined>) => withQuery("#/", query),
  incident: (id: string, query?: Record<string, string | number | null | undefined>) =>
    withQuery(`#/incidents/${encodeURIComponent(id)}`, query),
  articles: (query?: Record<string, string | number | null | undefined>) => withQuery("#/articles", query),
  article: (id: string, claim?: string) =>
    withQuery(`#/articles/${encodeURIComponent(id)}`, claim ? { claim } : undefined),
  add: () => "#/add",
};

/** Replaces the current hash without a navigation (keeps list state in the address). */
export function replaceHash(hash: string): void {
  if (location.hash === hash) return;
  history.replaceState(history.state, "", hash);
}
