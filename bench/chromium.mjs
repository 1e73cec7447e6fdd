// Debian's chromium for the benches, driven by playwright-core (it never downloads a browser):
// /usr/bin/chromium unless CHROMIUM_PATH says otherwise, with the flags this machine's closed
// network needs (no background connections). The tests' own launcher is test/e2e/browser.ts.
import fs from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function hasChromium() {
  return fs.existsSync(chromiumPath);
}

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
