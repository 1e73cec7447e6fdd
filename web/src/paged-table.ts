// What the two paged tables (incidents, reports) share: the pager under the table, the line that
// says which rows are shown, and reloading a page so that a newer load aborts an older one.
import type { Page } from "./api-types.js";
import { num } from "./format.js";
import { byId, clearError, isAbort, setReady, showError, type Ready } from "./ui.js";

/** Rows a page. */
export const PAGE_SIZE = 50;

/** The status line (its text set by `showPage`) and the pager, for under a table. */
export function pagerHtml(label: string): string {
  return `<nav class="pager" aria-label="${label}">
      <button type="button" data-page="prev">Previous page</button>
      <span id="page-info"></span>
      <button type="button" data-page="next">Next page</button>
    </nav>`;
}

export interface Pager {
  status: HTMLElement;
  info: HTMLElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
}

/** The status line `#list-status` and the pager of `pagerHtml` under `root`. */
export function pagerOf(root: ParentNode): Pager {
  return {
    status: byId(root, "#list-status"),
    info: byId(root, "#page-info"),
    prev: byId<HTMLButtonElement>(root, '[data-page="prev"]'),
    next: byId<HTMLButtonElement>(root, '[data-page="next"]'),
  };
}

/** "1–50 of 120 incidents", "Page 1 of 3", and the buttons that lead nowhere disabled. */
export function showPage(pager: Pager, page: Page<unknown>, noun: string): void {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.items.length;
  pager.status.textContent = `${page.total === 0 ? "No" : `${num(first)}–${num(last)} of ${num(page.total)}`} ${noun}${page.total === 1 ? "" : "s"}`;
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  pager.info.textContent = `Page ${Math.floor(page.offset / PAGE_SIZE) + 1} of ${pages}`;
  pager.prev.disabled = page.offset <= 0;
  pager.next.disabled = last >= page.total;
}

/**
 * A function that loads a page into `table` (busy while it loads) and draws it: each call aborts
 * the one before, and all stop when the page's `signal` does. Errors go to the alert region.
 */
export function pageLoader<T>(
  table: HTMLElement,
  signal: AbortSignal,
  fetch: (signal: AbortSignal) => Promise<T>,
  draw: (page: T) => void,
  ready: Ready,
): () => Promise<void> {
  let current: AbortController | null = null;
  signal.addEventListener("abort", () => current?.abort());
  return async () => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    setReady(null);
    table.setAttribute("aria-busy", "true");
    try {
      const page = await fetch(controller.signal);
      if (controller.signal.aborted) return;
      clearError();
      draw(page);
      setReady(ready);
    } catch (e) {
      if (isAbort(e) || controller.signal.aborted) return;
      showError(e);
      setReady("error");
    } finally {
      if (current === controller) table.removeAttribute("aria-busy");
    }
  };
}
