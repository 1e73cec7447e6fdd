// An analyst's corrections (issue 10 §3): reject a claim as misread (with a reason) and restore
// it; merge two incidents or split reports off one, and undo either. Each correction is kept in
// the store's append-only history (`corrections`), applied in the same transaction as the change
// it makes, and told in the change log of every incident it touched; every surface reads claims
// through `incidentClaims`, which leaves out the rejected ones, so tallies, exports, the page, the
// API and the log move at once.
import { TallyError } from "../core/errors.js";
import type { ArticleId, Correction, CorrectionAction, IncidentId, Store } from "../store/store.js";
import type { Claim } from "../core/model.js";
import { qualify } from "./claim-key.js";
import { readingOf, rejectedClaims } from "./rejections.js";
import { mergeIncidents, splitIncident } from "./link.js";
import { watchIncidents } from "./watch.js";

/** A correction in words, for the change log, `tally show` and the page. */
export function correctionText(c: Correction, all: readonly Correction[] = []): string {
  const a = c.action;
  switch (a.kind) {
    case "reject":
      return `claim ${a.claim} rejected as misread: ${a.reason}`;
    case "restore":
      return `claim ${a.claim} restored${a.reason ? `: ${a.reason}` : ""}`;
    case "merge":
      return `${a.from} (${a.fromTitle}) merged into ${c.incident}: ${a.moved.length} report${a.moved.length === 1 ? "" : "s"} moved`;
    case "split":
      return `${a.moved.length} report${a.moved.length === 1 ? "" : "s"} split off ${c.incident} into ${a.created}`;
    case "undo": {
      const undone = all.find((x) => x.seq === a.undoes);
      return `correction ${a.undoes} undone${undone ? ` (${correctionText(undone)})` : ""}${a.reason ? `: ${a.reason}` : ""}`;
    }
  }
}

/** The corrections that concern an incident: made on it, naming it, or about its reports' claims. */
export function correctionsOf(store: Store, incident: IncidentId, articles: readonly string[]): Correction[] {
  const mine = new Set(articles);
  return store.listCorrections().filter((c) => {
    const a = c.action;
    if (c.incident === incident) return true;
    if (a.kind === "merge") return a.from === incident;
    if (a.kind === "split") return a.created === incident;
    if (a.kind === "reject" || a.kind === "restore") return mine.has(a.claim.split("#")[0]!);
    return false;
  });
}

/** A correction that cannot be made: the thing named is missing (404), or the state forbids it (409). */
export class CorrectionRefused extends TallyError {
  constructor(
    message: string,
    readonly status: 404 | 409 | 422,
  ) {
    super("USAGE", message);
  }
}

const notFound = (what: string) => new CorrectionRefused(what, 404);
const conflict = (what: string) => new CorrectionRefused(what, 409);

/** Records a correction and tells it in the change log of the incidents it touched. */
function record(
  store: Store,
  incident: IncidentId,
  action: CorrectionAction,
  touched: IncidentId[],
): Correction {
  const c = store.addCorrection(incident, action);
  const text = correctionText(c, store.listCorrections());
  watchIncidents(store, touched, { extra: [{ kind: "correction", seq: c.seq, text }] });
  return c;
}

/** The claim `key` (`article#claim`) of an incident's reports, or an error naming what is wrong. */
function claimOf(store: Store, incident: IncidentId, key: string): Claim {
  const inc = store.getIncident(incident);
  if (!inc) throw notFound(`No incident ${incident}.`);
  const hash = key.indexOf("#");
  const article = key.slice(0, hash) as ArticleId;
  const id = key.slice(hash + 1);
  const claim =
    hash < 1 || !inc.articles.includes(article)
      ? undefined
      : store.getClaims(article).find((c) => c.id === id);
  if (!claim)
    throw notFound(
      `Incident ${incident} has no claim ${key} (claims are named report#claim, as the page and \`tally show --format json\` list them).`,
    );
  return qualify({ ...claim, article });
}

/** Rejects a claim as misread: no figure of any surface counts it until it is restored. */
export function rejectClaim(store: Store, incident: IncidentId, claim: string, reason: string): Correction {
  if (!reason.trim())
    throw new CorrectionRefused("Say why the claim is misread (a reason is kept with the correction).", 422);
  return store.transaction(() => {
    const read = claimOf(store, incident, claim);
    if (rejectedClaims(store).has(read)) throw conflict(`Claim ${claim} is already rejected.`);
    const action = { kind: "reject" as const, claim, reason: reason.trim(), reading: readingOf(read) };
    return record(store, incident, action, [incident]);
  });
}

/** Restores a rejected claim. */
export function restoreClaim(
  store: Store,
  incident: IncidentId,
  claim: string,
  reason: string | null,
): Correction {
  return store.transaction(() => {
    const read = claimOf(store, incident, claim);
    if (!rejectedClaims(store).has(read)) throw conflict(`Claim ${claim} is not rejected.`);
    const action = {
      kind: "restore" as const,
      claim,
      reason: reason?.trim() || null,
      reading: readingOf(read),
    };
    return record(store, incident, action, [incident]);
  });
}

/** Merges incident `from` into `into`, kept as a correction that can be undone. */
export function mergeCorrection(store: Store, into: IncidentId, from: IncidentId): Correction {
  return store.transaction(() => {
    const a = store.getIncident(into);
    const b = store.getIncident(from);
    if (!a || !b) throw notFound(`No incident ${!a ? into : from}; see \`tally incidents\`.`);
    if (into === from) throw new CorrectionRefused("An incident cannot be merged into itself.", 422);
    const moved = b.articles.filter((x) => !a.articles.includes(x));
    mergeIncidents(store, into, from);
    return record(store, into, { kind: "merge", from, fromTitle: b.title, moved }, [into, from]);
  });
}

/** Splits `articles` off `incident` into a new incident, kept as a correction that can be undone. */
export function splitCorrection(
  store: Store,
  incident: IncidentId,
  articles: readonly ArticleId[],
): Correction {
  return store.transaction(() => {
    const inc = store.getIncident(incident);
    if (!inc) throw notFound(`No incident ${incident}; see \`tally incidents\`.`);
    const stray = articles.filter((a) => !inc.articles.includes(a));
    if (stray.length) throw new CorrectionRefused(`Not reports of ${incident}: ${stray.join(", ")}.`, 422);
    if (articles.length === 0) throw new CorrectionRefused("Name at least one report to split off.", 422);
    const [left, created] = splitIncident(store, incident, articles);
    const action = {
      kind: "split" as const,
      created: created.id,
      moved: created.articles,
      emptied: left === null,
    };
    return record(store, incident, action, [incident, created.id]);
  });
}

/**
 * Undoes a merge (the merged incident made again under its id, with the reports that moved) or a
 * split (the reports split off moved back), while the reports are still where it put them.
 */
export function undoCorrection(store: Store, seq: number, reason: string | null): Correction {
  return store.transaction(() => {
    const all = store.listCorrections();
    const c = all.find((x) => x.seq === seq);
    if (!c) throw notFound(`No correction ${seq}; the incident's history lists them.`);
    if (all.some((x) => x.action.kind === "undo" && x.action.undoes === seq))
      throw conflict(`Correction ${seq} is undone already.`);
    const a = c.action;
    const why = reason?.trim() || null;
    if (a.kind === "merge") {
      const into = store.getIncident(c.incident);
      if (!into || a.moved.some((x) => !into.articles.includes(x)) || store.getIncident(a.from))
        throw conflict(
          `Correction ${seq} cannot be undone: its reports have moved since (undo the later corrections first).`,
        );
      if (a.moved.length > 0) splitIncident(store, c.incident, a.moved, a.from);
      return record(store, c.incident, { kind: "undo", undoes: seq, reason: why }, [c.incident, a.from]);
    }
    if (a.kind === "split") {
      const created = store.getIncident(a.created);
      const fits =
        created &&
        created.articles.length === a.moved.length &&
        a.moved.every((x) => created.articles.includes(x));
      if (!fits)
        throw conflict(
          `Correction ${seq} cannot be undone: ${a.created} has changed since (undo the later corrections first).`,
        );
      if (a.emptied) splitIncident(store, a.created, a.moved, c.incident);
      else if (store.getIncident(c.incident)) mergeIncidents(store, c.incident, a.created);
      else throw conflict(`Correction ${seq} cannot be undone: ${c.incident} is gone.`);
      return record(store, c.incident, { kind: "undo", undoes: seq, reason: why }, [c.incident, a.created]);
    }
    throw new CorrectionRefused(
      `Correction ${seq} is a ${a.kind}: restore a rejected claim instead of undoing it.`,
      422,
    );
  });
}
