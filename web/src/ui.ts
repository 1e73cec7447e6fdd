// Small page helpers: the alert region, the "drawn" flag tests and benches wait for, HTML parsing.
import { ApiError } from "./api.js";

export type Ready = "incidents" | "incident" | "articles" | "article" | "add" | "not-found" | "error";

/** Marks the page as fully drawn (its data and charts are on screen), or clears the mark. */
export function setReady(ready: Ready | null): void {
  if (ready) document.body.dataset.ready = ready;
  else delete document.body.dataset.ready;
}

function alertRegion(): HTMLElement {
  return document.getElementById("alert")!;
}

/** Shows a problem in the page's alert region (role="alert"), read out by screen readers. */
export function showError(e: unknown): void {
  const message =
    e instanceof ApiError
      ? e.message
      : e instanceof Error
        ? `Something went wrong: ${e.message}`
        : `Something went wrong: ${String(e)}`;
  const region = alertRegion();
  region.textContent = message;
  if (e instanceof ApiError) region.dataset.code = e.code;
}

export function clearError(): void {
  const region = alertRegion();
  region.textContent = "";
  delete region.dataset.code;
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === "AbortError";
}

/** Parses an HTML string (already escaped where needed) into a fragment. */
export function fragment(html: string): DocumentFragment {
  const t = document.createElement("template");
  t.innerHTML = html;
  return t.content;
}

export function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
}

let refocus: string | null = null;

/** Names the control that takes focus after the next navigation (a page redrawn by its own control). */
export function refocusAfterNavigation(selector: string): void {
  refocus = selector;
}

/**
 * After a navigation the page's heading takes focus, so screen readers hear where they are,
 * unless the navigation came from a control of the page, which keeps it.
 */
export function focusAfterNavigation(root: HTMLElement): void {
  const wanted = refocus ? root.querySelector<HTMLElement>(refocus) : null;
  refocus = null;
  if (wanted) {
    wanted.focus();
    return;
  }
  const h1 = root.querySelector<HTMLElement>("h1");
  if (!h1) return;
  h1.tabIndex = -1;
  h1.focus({ preventScroll: true });
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer = 0;
  return (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
}
