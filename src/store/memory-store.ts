// An in-memory Store (./store.ts) for tests and benches: the same contract as the SQLite store,
// kept in maps. An article is its id (./identity.ts); claims are append-only by engine version.
// `transaction` snapshots the maps and restores them when `fn` throws, or when a link it leaves
// names an unknown incident or article (the SQL stores' foreign keys, checked at commit).
import type { Article, Claim, Mention } from "../core/model.js";
import type {
  ArticleId,
  Change,
  ChangeFilter,
  Correction,
  CorrectionAction,
  Incident,
  IncidentFilter,
  IncidentId,
  Link,
  Store,
  WatchSnapshot,
  StoreCounts,
  StoredArticle,
  StoredFeatures,
  LinkKey,
  LinkKeyQuery,
} from "./store.js";
import { placeArticle, type ArticleVersion, type PutArticleResult } from "./identity.js";
import { compareVersions, contentHash } from "./versions.js";

/** The newest engine version's claims of an article. */
function newestOf<T extends { engineVersion: string }>(versions: readonly T[]): T {
  return versions.reduce((a, b) => (compareVersions(b.engineVersion, a.engineVersion) >= 0 ? b : a));
}

interface State {
  articles: Map<ArticleId, StoredArticle>;
  history: Map<ArticleId, ArticleVersion[]>;
  claims: Map<ArticleId, { engineVersion: string; claims: Claim[]; mentions: Mention[] }[]>;
  incidents: Map<IncidentId, Incident>;
  links: Link[];
  changes: Change[];
  corrections: Correction[];
  watch: Map<IncidentId, WatchSnapshot>;
  features: Map<ArticleId, StoredFeatures>;
  /** Every linked report is in the linker's index (a memory store starts so: it has no past). */
  linkIndexComplete: boolean;
}

export interface MemoryStoreOptions {
  /** The clock the store reads for `ingestedAt` (fixed in tests). */
  now?: () => string;
}

export class MemoryStore implements Store {
  private writes = 0;
  /** How many transactions are open (a link is checked when the outermost ends). */
  private depth = 0;
  private state: State = {
    articles: new Map(),
    history: new Map(),
    claims: new Map(),
    incidents: new Map(),
    links: [],
    changes: [],
    corrections: [],
    watch: new Map(),
    features: new Map(),
    linkIndexComplete: true,
  };
  private readonly now: () => string;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  putArticle(article: Article, source: string | null): PutArticleResult {
    this.writes++;
    const hash = contentHash(article.text);
    const placed = placeArticle(article, hash, {
      byId: (c) => this.state.articles.get(c as ArticleId) ?? null,
      byHash: (h) => [...this.state.articles.values()].find((a) => a.hash === h) ?? null,
    });
    const { known, status } = placed;
    const id = placed.id as ArticleId;
    if (known && status === "unchanged") return { article: known, created: false, status };
    if (known) {
      const versions = this.state.claims.get(id) ?? [];
      const last = versions.length ? this.getClaims(id) : [];
      const engineVersion = versions.length ? newestOf(versions).engineVersion : null;
      const history = this.state.history.get(id) ?? [];
      history.push({
        article: id,
        version: known.version,
        hash: known.hash,
        text: known.text,
        published: known.published ?? null,
        outlet: known.outlet ?? null,
        url: known.url ?? null,
        title: known.title ?? null,
        source: known.source,
        ingestedAt: known.ingestedAt,
        replacedAt: this.now(),
        engineVersion,
        claims: last,
        mentions: versions.length ? this.getMentions(id) : [],
      });
      this.state.history.set(id, history);
      this.state.claims.delete(id);
    }
    const { idGiven: _, ...fields } = article;
    const stored: StoredArticle = {
      ...fields,
      id,
      hash,
      ingestedAt: this.now(),
      source,
      version: (known?.version ?? 0) + 1,
    };
    this.state.articles.set(id, stored);
    return { article: stored, created: true, status };
  }

  articleHistory(id: ArticleId): ArticleVersion[] {
    return structuredClone(this.state.history.get(id) ?? []);
  }

  duplicatesOf(id: ArticleId): ArticleId[] {
    const hash = this.state.articles.get(id)?.hash;
    return [...this.state.articles.values()].filter((a) => a.hash === hash && a.id !== id).map((a) => a.id);
  }

  getArticle(id: ArticleId): StoredArticle | null {
    return this.state.articles.get(id) ?? null;
  }

  getArticles(ids: readonly ArticleId[]): (StoredArticle | null)[] {
    return ids.map((id) => this.getArticle(id));
  }

  listArticles(opts: { limit?: number; offset?: number } = {}): StoredArticle[] {
    return page([...this.state.articles.values()], opts.limit, opts.offset);
  }

  putClaims(article: ArticleId, engineVersion: string, claims: Claim[], mentions: Mention[] = []): void {
    this.writes++;
    const versions = this.state.claims.get(article) ?? [];
    // Append-only, as in the SQL stores: a version's claims are written once.
    if (versions.some((v) => v.engineVersion === engineVersion)) return;
    versions.push({ engineVersion, claims: structuredClone(claims), mentions: structuredClone(mentions) });
    this.state.claims.set(article, versions);
  }

  getMentions(article: ArticleId, engineVersion?: string): Mention[] {
    const versions = this.state.claims.get(article);
    if (!versions || versions.length === 0) return [];
    const found =
      engineVersion === undefined
        ? newestOf(versions)
        : [...versions].reverse().find((v) => v.engineVersion === engineVersion);
    return found ? structuredClone(found.mentions) : [];
  }

  getClaims(article: ArticleId, engineVersion?: string): Claim[] {
    const versions = this.state.claims.get(article);
    if (!versions || versions.length === 0) return [];
    if (engineVersion !== undefined) {
      const found = [...versions].reverse().find((v) => v.engineVersion === engineVersion);
      return found ? structuredClone(found.claims) : [];
    }
    return structuredClone(newestOf(versions).claims);
  }

  claimVersions(article: ArticleId): string[] {
    return [...new Set((this.state.claims.get(article) ?? []).map((v) => v.engineVersion))];
  }

  counts(): StoreCounts {
    const versions = [...this.state.claims.values()];
    return {
      articles: this.state.articles.size,
      extractions: versions.reduce((n, v) => n + v.length, 0),
      claims: versions.reduce((n, v) => n + v.reduce((m, x) => m + x.claims.length, 0), 0),
      incidents: this.state.incidents.size,
      links: this.state.links.length,
    };
  }

  putIncident(incident: Incident): void {
    this.writes++;
    this.state.incidents.set(incident.id, structuredClone(incident));
  }

  getIncident(id: IncidentId): Incident | null {
    const found = this.state.incidents.get(id);
    return found ? structuredClone(found) : null;
  }

  getIncidents(ids: readonly IncidentId[]): (Incident | null)[] {
    return ids.map((id) => this.getIncident(id));
  }

  listIncidents(filter: IncidentFilter = {}): Incident[] {
    const matches = [...this.state.incidents.values()].filter((inc) => {
      // An incident matches a date window when its [start, end] overlaps [from, to].
      const start = inc.start ?? inc.end;
      const end = inc.end ?? inc.start;
      if (filter.from && end !== null && end < filter.from) return false;
      if (filter.to && start !== null && start > filter.to) return false;
      if (filter.country) {
        const want = filter.country.toLowerCase();
        const loc = inc.location;
        if (!loc || (loc.country?.toLowerCase() !== want && loc.iso?.toLowerCase() !== want)) return false;
      }
      return true;
    });
    matches.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? "") || a.id.localeCompare(b.id));
    return page(matches, filter.limit, filter.offset).map((i) => structuredClone(i));
  }

  deleteIncident(id: IncidentId): void {
    this.writes++;
    this.state.incidents.delete(id);
    this.state.links = this.state.links.filter((l) => l.incident !== id);
  }

  putLink(link: Link): void {
    this.writes++;
    // Linking it again replaces the earlier score, as in SQLite.
    this.state.links = this.state.links.filter(
      (l) => l.incident !== link.incident || l.article !== link.article,
    );
    this.state.links.push({ ...link, reasons: [...link.reasons] });
    if (this.depth === 0) this.checkLinks();
  }

  /**
   * Every link names a stored incident and article, as the SQL stores' foreign keys have it at
   * commit (so a transaction may link an article it stores later); throws naming the first that
   * does not.
   */
  private checkLinks(): void {
    const bad = this.state.links.find(
      (l) => !this.state.incidents.has(l.incident) || !this.state.articles.has(l.article),
    );
    if (!bad) return;
    const what = this.state.incidents.has(bad.incident) ? "article" : "incident";
    // (outside a transaction, the link just put is undone, as a refused statement is)
    if (this.depth === 0) this.state.links = this.state.links.filter((l) => l !== bad);
    throw new Error(
      `memory store: a link of incident ${bad.incident} to article ${bad.article} names an unknown ${what}; store it first`,
    );
  }

  deleteLink(incident: IncidentId, article: ArticleId): void {
    this.writes++;
    this.state.links = this.state.links.filter((l) => l.incident !== incident || l.article !== article);
  }

  incidentsOf(article: ArticleId): IncidentId[] {
    return [...this.state.incidents.values()].filter((i) => i.articles.includes(article)).map((i) => i.id);
  }

  revision(): string {
    return String(this.writes);
  }

  linksOf(incident: IncidentId): Link[] {
    return this.state.links.filter((l) => l.incident === incident).map((l) => ({ ...l }));
  }

  /** Nothing to lock: the maps belong to this process alone. */
  lockBlocks(): void {}

  transaction<T>(fn: () => T): T {
    const saved: State = {
      articles: new Map(this.state.articles),
      history: new Map([...this.state.history].map(([k, v]) => [k, [...v]])),
      claims: new Map([...this.state.claims].map(([k, v]) => [k, [...v]])),
      incidents: new Map(this.state.incidents),
      links: [...this.state.links],
      changes: [...this.state.changes],
      corrections: [...this.state.corrections],
      watch: new Map(this.state.watch),
      features: new Map(this.state.features),
      linkIndexComplete: this.state.linkIndexComplete,
    };
    this.depth++;
    try {
      const out = fn();
      if (this.depth === 1) this.checkLinks();
      return out;
    } catch (e) {
      this.state = saved;
      throw e;
    } finally {
      this.depth--;
    }
  }

  addCorrection(incident: IncidentId, action: CorrectionAction): Correction {
    this.writes++;
    const c = {
      seq: this.state.corrections.length + 1,
      at: this.now(),
      incident,
      action: structuredClone(action),
    };
    this.state.corrections.push(c);
    return structuredClone(c);
  }

  listCorrections(): Correction[] {
    return structuredClone(this.state.corrections);
  }

  addChange(change: Omit<Change, "seq" | "at">): Change {
    this.writes++;
    const stored: Change = { ...change, seq: this.state.changes.length + 1, at: this.now() };
    this.state.changes.push(stored);
    return stored;
  }

  recordChange(change: Omit<Change, "seq" | "at">): void {
    this.addChange(change);
  }

  listChanges(filter: ChangeFilter = {}): Change[] {
    const kept = this.state.changes.filter(
      (c) =>
        (filter.since === undefined || c.at >= filter.since) &&
        (filter.after === undefined || c.seq > filter.after) &&
        (filter.incident === undefined || c.incident === filter.incident),
    );
    return filter.limit === undefined ? kept : kept.slice(0, filter.limit);
  }

  linkFeatures(articles: readonly ArticleId[]): Map<ArticleId, StoredFeatures> {
    const out = new Map<ArticleId, StoredFeatures>();
    for (const a of articles) {
      const f = this.state.features.get(a);
      if (f) out.set(a, { ...f });
    }
    return out;
  }

  putLinkFeatures(article: ArticleId, features: StoredFeatures): void {
    this.state.features.set(article, { ...features });
  }

  unindexedArticles(): ArticleId[] {
    return [...this.state.articles.keys()].filter((a) => !this.state.features.has(a));
  }

  linkIndexComplete(): boolean {
    return this.state.linkIndexComplete;
  }

  markLinkIndexComplete(): void {
    this.state.linkIndexComplete = true;
  }

  linkKeys(query: LinkKeyQuery): LinkKey[] {
    const keys: LinkKey[] = [];
    for (const [article, { iso, day }] of this.state.features) {
      const wanted =
        "from" in query
          ? day !== null &&
            day >= query.from &&
            day <= query.to &&
            (query.iso === undefined || iso === query.iso)
          : iso === query.iso && (!query.undated || day === null);
      if (wanted) keys.push({ article, iso, day });
    }
    return keys.sort(
      (a, b) =>
        Number(a.day === null) - Number(b.day === null) ||
        (a.day ?? "").localeCompare(b.day ?? "") ||
        (a.article < b.article ? -1 : a.article > b.article ? 1 : 0),
    );
  }

  getWatch(incident: IncidentId): WatchSnapshot | null {
    return this.state.watch.get(incident) ?? null;
  }

  putWatch(incident: IncidentId, snapshot: WatchSnapshot | null): void {
    if (snapshot === null) this.state.watch.delete(incident);
    else this.state.watch.set(incident, snapshot);
  }

  close(): void {}
}

function page<T>(items: T[], limit?: number, offset?: number): T[] {
  const from = offset ?? 0;
  return items.slice(from, limit === undefined ? undefined : from + limit);
}
