// Screenshots of the dashboard for the Jaffar Express incident: `node bench/jaffar-dashboard.mjs`
// after `npm run build` (part of `npm run bench`). Reads ../shared/eval/jaffar-express/articles.jsonl
// (15 reports of the March 2025 hijacking; read, never copied into the project) and says so
// plainly when it is absent. Ingests them with linking into a temporary SQLite file, serves it on
// 127.0.0.1, and opens in headless Debian chromium (playwright-core): the incidents list, the
// incident's page (tally, claimant chart, timeline, map, claims) and one article with its evidence
// highlighted. Writes bench/results/screenshots/jaffar-*.png.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, hasChromium, launchChromium } from "./chromium.mjs";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";
import { ingest } from "../dist/app/ingest.js";
import { linkArticle } from "../dist/incidents/link.js";
import { startServer } from "../dist/server/serve.js";
import { openSqliteStore } from "../dist/store/sqlite-store.js";

usageOnHelp(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(evalDirOption(repoRoot), "jaffar-express/articles.jsonl");
const out = path.join(repoRoot, "bench/results/screenshots");

if (!fs.existsSync(reports)) {
  console.log(
    `bench/jaffar-dashboard: ${reports} is absent (pass --eval DIR); no Jaffar Express screenshots made.`,
  );
} else if (!hasChromium()) {
  console.log(`bench/jaffar-dashboard: no chromium at ${chromiumPath} (apt-get install chromium); skipped.`);
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-jaffar-"));
  try {
    await main(tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(tmp) {
  const db = path.join(tmp, "jaffar.db");
  const store = openSqliteStore(db);
  const summary = await ingest(store, [reports], { onStored: (id) => linkArticle(store, id) });
  const incidents = store.listIncidents();
  store.close();
  const jaffar = incidents.sort((a, b) => b.articles.length - a.articles.length)[0];
  console.log(
    `\njaffar-express: ${summary.new} reports → ${incidents.length} incident(s); ${jaffar.id} holds ${jaffar.articles.length}: ${jaffar.title}`,
  );
  const server = await startServer({ db, port: 0 });
  const browser = await launchChromium();
  fs.mkdirSync(out, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const shot = async (hash, ready, name, fullPage = true) => {
      await page.goto(new URL(hash, server.url).href);
      await page.waitForSelector(`body[data-ready=${ready}]`, { timeout: 30_000 });
      const file = path.join(out, name);
      await page.screenshot({ path: file, fullPage });
      console.log(`  ${file}`);
    };
    await shot("#/", "incidents", "jaffar-incidents.png");
    await shot(`#/incidents/${jaffar.id}`, "incident", "jaffar-incident.png");
    await shot(`#/incidents/${jaffar.id}`, "incident", "jaffar-incident-top.png", false);
    await shot(`#/articles/${encodeURIComponent(jaffar.articles[0])}`, "article", "jaffar-article.png");
  } finally {
    await browser.close();
    await server.close();
  }
}
