// `npm run screenshots`: the dashboard's pictures in docs/, made the way a user sees it. The
// project's own example reports (examples/articles: invented events in real places, written for
// this project) are stored by `tally ingest` in a fresh SQLite file, `tally serve`'s server is
// started on 127.0.0.1 from dist/, and Debian's chromium (playwright-core) opens the incidents list
// and the incident with the most reports at a desktop width, then both at a 390 px phone width.
// Needs `npm run build` first (dist/ and the built dashboard) and chromium (CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromiumPath, hasChromium, launchChromium } from "../bench/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "docs");
const reports = path.join(root, "examples/articles");
const cli = path.join(root, "dist/cli/main.js");
const serveJs = path.join(root, "dist/server/serve.js");

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(serveJs) || !fs.existsSync(path.join(root, "dist/web/index.html")))
  fail("dist/ or the built dashboard is missing: run npm run build first.");
if (!hasChromium()) fail(`no chromium at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH.`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-screenshots-"));
try {
  await main(path.join(tmp, "tally.db"));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

async function main(db) {
  const ingest = spawnSync(process.execPath, [cli, "ingest", reports, "--db", db, "--no-progress"], {
    encoding: "utf8",
  });
  if (ingest.status !== 0) fail(`tally ingest failed (${ingest.status}): ${ingest.stderr.slice(-2000)}`);
  const { startServer } = await import(pathToFileURL(serveJs).href);
  const server = await startServer({ db, port: 0 });
  const browser = await launchChromium();
  try {
    const res = await fetch(new URL("api/incidents?sort=reports&order=desc&limit=1", server.url));
    const top = (await res.json()).items[0];
    if (!top) fail("the example reports made no incident");
    const incident = `#/incidents/${encodeURIComponent(top.id)}`;
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    /** `height`: the screen only (null), or the page from its top down to that many pixels. */
    const shot = async (page, hash, ready, name, height) => {
      await page.goto(new URL(hash, server.url).href);
      await page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 60_000 });
      const file = path.join(out, name);
      const whole = Number(await page.evaluate("document.documentElement.scrollHeight"));
      const clip =
        height === null
          ? undefined
          : { x: 0, y: 0, width: page.viewportSize().width, height: Math.min(height, whole) };
      await page.screenshot({ path: file, fullPage: height !== null, clip });
      console.log(`screenshots: ${path.relative(root, file)}`);
    };
    await shot(desktop, "#/", "incidents", "incidents-list.png", 2000);
    // The tally, map, figures by date and claimants' charts; the claims and reports below are long.
    await shot(desktop, incident, "incident", "incident-page.png", 2600);
    await shot(phone, "#/", "incidents", "phone-incidents.png", null);
    await shot(phone, incident, "incident", "phone-incident.png", null);
    // The phone's view of the incident's tally and charts, further down the same page.
    await phone.evaluate('document.getElementById("claimants").scrollIntoView()');
    await phone.screenshot({ path: path.join(out, "phone-incident-charts.png") });
    console.log("screenshots: docs/phone-incident-charts.png");
  } finally {
    await browser.close();
    await server.close();
  }
}
