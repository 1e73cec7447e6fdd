// An analyst's corrections of an incident's grouping, on its page, collapsed by default: split
// (the checked reports move to a new incident, which is then shown) and merge (another incident's
// reports move into this one, which is drawn again). A write answered 401 asks for the server's
// token, kept for the tab as the add page does; errors go to the page's alert region.
import { ApiError, api } from "./api.js";
import type { IncidentView } from "./api-types.js";
import { esc, num } from "./format.js";
import type { PageContext } from "./page.js";
import { href } from "./router.js";
import { TokenField } from "./token-field.js";
import { byId, clearError, isAbort, refocusAfterNavigation, setReady, showError } from "./ui.js";

/** What the last correction did, told on the page drawn after it (the new or the merged incident). */
let notice: { incident: string; text: string } | null = null;

/** The note of the correction just made, for the incident drawn now; shown once. */
export function noticeHtml(incident?: string): string {
  const n = notice;
  notice = null;
  if (!n || (incident !== undefined && n.incident !== incident)) return "";
  return `<p id="correction-notice" class="correction-notice" tabindex="-1">${esc(n.text)}</p>`;
}

/** The rejected claims (each with a restore button) and the corrections' history (merges and splits with an undo button). */
export function historyHtml(view: IncidentView): string {
  const rejected = view.rejected
    .map(
      (
        r,
      ) => `<li><span>${esc(`${r.claim.claimant.name}: ${r.claim.quantity.text} ${r.claim.outcome}`)} <span class="muted">(${esc(r.claim.id)}) — ${esc(r.reason)}</span></span>
        <button type="button" class="restore-button" data-claim="${esc(r.claim.id)}">Restore</button></li>`,
    )
    .join("");
  const stale = view.staleRejections
    .map(
      (r) =>
        `<li>${esc(r.claim)} <span class="muted">— ${esc(r.reason)} (correction ${num(r.correction)})</span></li>`,
    )
    .join("");
  const history = view.corrections
    .map((c) => {
      const undoable = (c.action.kind === "merge" || c.action.kind === "split") && !c.undone;
      return `<li><span><span class="muted">${num(c.seq)} · ${esc(c.at.slice(0, 16).replace("T", " "))}</span> ${esc(c.text)}${c.undone ? ' <span class="muted">(undone)</span>' : ""}</span>
        ${undoable ? `<button type="button" class="undo-button" data-seq="${c.seq}">Undo</button>` : ""}</li>`;
    })
    .join("");
  return `<section id="correction-history" class="panel" aria-labelledby="h-correction-history">
    <h2 id="h-correction-history">Corrections</h2>
    ${rejected ? `<h3>Rejected claims (counted nowhere)</h3><ul id="rejected-claims" class="plain-list">${rejected}</ul>` : ""}
    ${stale ? `<h3>Rejections that no longer apply</h3><p class="hint">The report changed there, or its figures are read otherwise now: these reject nothing.</p><ul id="stale-rejections" class="plain-list">${stale}</ul>` : ""}
    ${history ? `<ol id="corrections-list" class="plain-list">${history}</ol>` : `<p class="muted">No corrections yet.</p>`}
  </section>`;
}

export function correctionsHtml(view: IncidentView): string {
  const reports = view.articles
    .map(
      (a, i) => `<li><input type="checkbox" id="split-${i}" name="articles" value="${esc(a.id)}">
        <label for="split-${i}">${esc(a.title ?? a.id)} <span class="muted">(${esc(a.published ?? "undated")}${a.outlet ? `, ${esc(a.outlet)}` : ""})</span></label></li>`,
    )
    .join("");
  return `<section id="corrections" class="panel" aria-labelledby="h-corrections">
    <h2 id="h-corrections">Correct the grouping</h2>
    <details id="corrections-details">
      <summary>Split reports off, or merge another incident in</summary>
      <p class="hint">Corrections are kept as an analyst's links: the linker does not undo them.</p>
      <form id="split-form" class="correction-form" novalidate>
        <fieldset>
          <legend>Split: the reports that belong to another event</legend>
          <ul class="check-list">${reports}</ul>
          <button type="submit" id="split-button">Move the checked reports to a new incident</button>
        </fieldset>
      </form>
      <form id="merge-form" class="correction-form" novalidate>
        <fieldset>
          <legend>Merge: the same event, told as another incident</legend>
          <div class="field">
            <label for="merge-from">Merge another incident into this one (its id)</label>
            <input id="merge-from" name="from" type="text" autocomplete="off" spellcheck="false" aria-describedby="merge-hint">
            <p id="merge-hint" class="hint">Its id is on its page, or the end of its address (<code>inc-…</code>). Its reports move here and it is deleted.</p>
          </div>
          <button type="submit" id="merge-button">Merge into this incident</button>
        </fieldset>
      </form>
      <form id="reject-form" class="correction-form" novalidate>
        <fieldset>
          <legend>Reject a claim read wrongly</legend>
          <div class="field">
            <label for="reject-claim">Claim</label>
            <select id="reject-claim" name="claim">${view.claims
              .map(
                (c) =>
                  `<option value="${esc(c.id)}">${esc(`${c.claimant.name}: ${c.quantity.text} ${c.outcome} (${c.id})`)}</option>`,
              )
              .join("")}</select>
          </div>
          <div class="field">
            <label for="reject-reason">Why it is misread</label>
            <input id="reject-reason" name="reason" type="text" autocomplete="off" aria-describedby="reject-hint">
            <p id="reject-hint" class="hint">Kept with the correction. A rejected claim counts in no figure, export or feed until restored.</p>
          </div>
          <button type="submit" id="reject-button">Reject the claim</button>
        </fieldset>
      </form>
      <div class="field" id="corrections-token-field" hidden>
        <label for="corrections-token">Access token</label>
        <input id="corrections-token" name="token" type="password" autocomplete="off" aria-describedby="corrections-token-hint">
        <p id="corrections-token-hint" class="hint">This server asks for a token to change incidents (the one <code>tally serve</code> printed).</p>
      </div>
      <p id="corrections-status" class="status" aria-live="polite"></p>
    </details>
  </section>`;
}

/** An id typed or pasted as the incident's address. */
function incidentIdOf(input: string): string {
  const s = input.trim();
  const m = /#\/incidents\/([^?#/]+)/.exec(s);
  if (!m) return s;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

export function wireCorrections(root: HTMLElement, view: IncidentView, ctx: PageContext): void {
  const { signal } = ctx;
  const id = view.incident.id;
  const details = byId<HTMLDetailsElement>(root, "#corrections-details");
  const splitForm = byId<HTMLFormElement>(root, "#split-form");
  const mergeForm = byId<HTMLFormElement>(root, "#merge-form");
  const mergeInput = byId<HTMLInputElement>(root, "#merge-from");
  const token = new TokenField(
    byId(root, "#corrections-token-field"),
    byId<HTMLInputElement>(root, "#corrections-token"),
  );
  const status = byId(root, "#corrections-status");
  const rejectForm = byId<HTMLFormElement>(root, "#reject-form");
  const rejectReason = byId<HTMLInputElement>(root, "#reject-reason");
  const buttons = [
    byId<HTMLButtonElement>(root, "#split-button"),
    byId<HTMLButtonElement>(root, "#merge-button"),
    byId<HTMLButtonElement>(root, "#reject-button"),
  ];

  // The note of a correction just made opens the section it came from.
  if (root.querySelector("#correction-notice")) {
    details.open = true;
    refocusAfterNavigation("#correction-notice");
  }

  let asked = false;
  details.addEventListener("toggle", () => {
    if (!details.open || asked) return;
    asked = true;
    token.askServer(signal);
  });

  const busy = (on: boolean, what: string) => {
    buttons.forEach((b) => (b.disabled = on));
    status.textContent = what;
    if (on) setReady(null);
    else setReady("incident");
  };

  /** Runs a write; a failure is told in the alert region and focus goes back to `refocus`. */
  const write = async (what: string, action: () => Promise<void>, refocus: HTMLElement): Promise<void> => {
    clearError();
    token.keepTyped();
    busy(true, what);
    try {
      await action();
    } catch (e) {
      if (isAbort(e) || signal.aborted) return;
      busy(false, "");
      if (!token.refused(e)) {
        showError(e);
        refocus.focus();
      }
    }
  };

  splitForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const checked = [...splitForm.querySelectorAll<HTMLInputElement>('input[name="articles"]:checked')];
    if (!checked.length) {
      showError(new ApiError(400, "EMPTY", "Check the reports to move to a new incident first."));
      splitForm.querySelector<HTMLInputElement>('input[name="articles"]')?.focus();
      return;
    }
    const articles = checked.map((c) => c.value);
    const all = articles.length === view.articles.length;
    void write(
      `Moving ${num(articles.length)} report${articles.length === 1 ? "" : "s"}…`,
      async () => {
        const r = await api.split(id, articles, signal);
        notice = {
          incident: r.created.id,
          text: `${num(articles.length)} report${articles.length === 1 ? " was" : "s were"} moved here from “${view.incident.title}” (${id})${all ? ", which had no reports left and was deleted" : ""}.`,
        };
        location.hash = href.incident(r.created.id);
      },
      checked[0]!,
    );
  });

  rejectForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const claim = byId<HTMLSelectElement>(root, "#reject-claim").value;
    const reason = rejectReason.value.trim();
    if (!claim || !reason) {
      showError(new ApiError(400, "EMPTY", "Choose the claim and say why it is misread."));
      rejectReason.focus();
      return;
    }
    void write(
      `Rejecting ${claim}…`,
      async () => {
        await api.reject(id, claim, reason, signal);
        notice = {
          incident: id,
          text: `Claim ${claim} was rejected as misread: every figure is read without it.`,
        };
        ctx.redraw();
      },
      rejectReason,
    );
  });

  for (const b of root.querySelectorAll<HTMLButtonElement>(".restore-button")) {
    b.addEventListener("click", () => {
      const claim = b.dataset.claim!;
      void write(
        `Restoring ${claim}…`,
        async () => {
          await api.restore(id, claim, signal);
          notice = { incident: id, text: `Claim ${claim} was restored.` };
          ctx.redraw();
        },
        b,
      );
    });
  }

  for (const b of root.querySelectorAll<HTMLButtonElement>(".undo-button")) {
    b.addEventListener("click", () => {
      const seq = Number(b.dataset.seq);
      void write(
        `Undoing correction ${seq}…`,
        async () => {
          await api.undo(seq, signal);
          notice = { incident: id, text: `Correction ${seq} was undone.` };
          if (staysAfterUndo(view, seq)) ctx.redraw();
          else location.hash = href.incidents();
        },
        b,
      );
    });
  }

  mergeForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const from = incidentIdOf(mergeInput.value);
    if (!from) {
      showError(new ApiError(400, "EMPTY", "Enter the id of the incident to merge into this one."));
      mergeInput.focus();
      return;
    }
    if (from === id) {
      showError(new ApiError(400, "SAME", "That is this incident's own id: enter another incident's."));
      mergeInput.focus();
      return;
    }
    void write(
      `Merging ${from} into this incident…`,
      async () => {
        const merged = await api.merge(id, from, signal);
        const moved = merged.articles.length - view.articles.length;
        notice = {
          incident: id,
          text: `Incident ${from} was merged into this one${moved > 0 ? `: ${num(moved)} report${moved === 1 ? "" : "s"} moved here` : ""}.`,
        };
        ctx.redraw();
      },
      mergeInput,
    );
  });
}

/** Whether the incident shown stays after undoing correction `seq` (an undone split that made it removes it). */
function staysAfterUndo(view: IncidentView, seq: number): boolean {
  const c = view.corrections.find((x) => x.seq === seq);
  return !(c && c.action.kind === "split" && c.incident !== view.incident.id);
}
