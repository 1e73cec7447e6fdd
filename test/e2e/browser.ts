// Debian's chromium driven by playwright-core, for the dashboard's end-to-end tests and bench,
// and what a page does that it should not: console errors, uncaught exceptions, requests that
// leave the local server (the dashboard must work with no internet).
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export interface PageWatch {
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Requests to anywhere but the server under test (data: and blob: URLs are local). */
  offsite: string[];
  /** Messages of "Failed to load resource … 404" are expected while this is true (an error page test). */
  allowNotFound: boolean;
}

/** Records a page's errors and its requests that leave `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], offsite: [], allowNotFound: false };
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    if (watch.allowNotFound && /status of 404/.test(m.text())) return;
    watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(`uncaught: ${e.message}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin || url.hostname !== "127.0.0.1") watch.offsite.push(r.url());
  });
  return watch;
}

/** A browser with one page on the server under test, watched; what each dashboard suite starts from. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  close(): Promise<void>;
}

/** Launches chromium with a desktop-sized page watched against `origin`. */
export async function openSession(origin: string): Promise<BrowserSession> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    watch: watchPage(page, origin),
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}
