// The must-show of issue 10 as a benchmark case: the Jaffar Express reports
// (../shared/eval/jaffar-express/articles.jsonl, read, never copied) stored by `tally ingest` in a
// fresh SQLite file, then the incident's killed total read from every surface under every
// strategy: the API's list (what the dashboard's list shows) and incident (what its page shows),
// `tally show --format json`, `tally incidents --format json`, and each export (UCDP `best`, GTD
// `nkill`, ACLED `fatalities` summed over the incident's day rows, GeoJSON and JSON totals). It
// prints one row per strategy, says whether the surfaces agree, and whether the UCDP export's
// best lies in the official band (58-64: 26 hostages and 33 attackers killed, the army's final
// figures; the armed group claimed far more). Exits 1 when the surfaces disagree.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { evalDirOption, usageOnHelp } from "./lib/options.mjs";

usageOnHelp(import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// `--eval DIR` where the evaluation data is not beside the repository (lib/options.mjs).
const evalDir = evalDirOption(root);
const reports = path.join(evalDir, "jaffar-express/articles.jsonl");
const cli = path.join(root, "dist/cli/main.js");
const STRATEGIES = ["conservative", "gtd", "ucdp", "range"];
const BAND = [58, 64];

if (!fs.existsSync(reports)) {
  console.log(`bench/jaffar-consistency: ${reports} is absent (pass --eval DIR); nothing measured.`);
  process.exit(0);
}

/** A whole `tally` process's output; run asynchronously, so that the server in this process keeps answering. */
async function tally(args) {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], { maxBuffer: 64 << 20 });
  return stdout;
}

/** The rows of a CSV export as objects: quoted cells with doubled quotes, as csv-stringify writes them. */
function csvRows(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === "\n") {
      row.push(cell);
      cell = "";
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

/** The killed figure a surface shows: the best, or under `range`, which gives none, the low (as the list and GTD/ACLED fields do). */
const shown = (f) => (f ? (f.best ?? f.low ?? null) : null);
const killed = (totals) => shown(totals.find((t) => t.outcome === "killed"));

async function main(tmp) {
  const db = path.join(tmp, "jaffar.db");
  await tally(["ingest", reports, "--db", db, "--no-progress"]);
  const list = JSON.parse(await tally(["incidents", "--db", db, "--format", "json"]));
  const jaffar = list.sort((a, b) => b.articles.length - a.articles.length)[0];
  const id = jaffar.id;
  const { startServer } = await import(pathToFileURL(path.join(root, "dist/server/serve.js")).href);
  const server = await startServer({ db, port: 0 });
  const get = async (p) => (await fetch(new URL(p, server.url))).json();
  let agree = true;
  let ucdpBest = null;
  try {
    console.log(`jaffar-express: ${jaffar.articles.length} reports in ${id}; killed total on each surface`);
    const cols = ["list", "page", "show", "incidents", "ucdp", "gtd", "acled", "geojson", "json"];
    console.log(["strategy".padEnd(13), ...cols.map((c) => c.padStart(10))].join(""));
    for (const s of STRATEGIES) {
      const api = await get(`api/incidents?strategy=${s}&limit=500`);
      const view = await get(`api/incidents/${encodeURIComponent(id)}?strategy=${s}`);
      const show = JSON.parse(await tally(["show", id, "--db", db, "--format", "json", "--strategy", s]));
      const inc = JSON.parse(await tally(["incidents", "--db", db, "--format", "json", "--strategy", s]));
      const exp = (f) => tally(["export", "--db", db, "--format", f, "--strategy", s]);
      // The database holds this one incident: GTD's eventid is a number of its own.
      const mine = (rows, key) => rows.filter((r) => r[key] === id || r[key]?.includes(id));
      const ucdp = mine(csvRows(await exp("ucdp")), "id");
      const gtd = csvRows(await exp("gtd"));
      const acled = mine(csvRows(await exp("acled")), "event_id_cnty");
      const geo = JSON.parse(await exp("geojson")).features.find((f) => f.id === id);
      const json = JSON.parse(await exp("json")).find((r) => r.incident.id === id);
      const num = (v) => (v === undefined || v === "" || v === null ? null : Number(v));
      const figures = {
        list: shown(api.items.find((i) => i.id === id)?.figures.killed),
        page: killed(view.totals),
        show: killed(show.totals),
        incidents: killed(inc.find((i) => i.id === id).totals),
        ucdp: num(ucdp[0]?.best) ?? num(ucdp[0]?.low),
        gtd: gtd.length === 1 ? num(gtd[0].nkill) : null,
        acled: acled.length ? acled.reduce((a, r) => a + Number(r.fatalities), 0) : null,
        geojson: shown(geo?.properties.totals.killed),
        json: killed(json.totals),
      };
      const values = Object.values(figures);
      const same = values.every((v) => v === values[0]);
      agree &&= same;
      if (s === "ucdp") ucdpBest = figures.ucdp;
      console.log(
        [
          s.padEnd(13),
          ...cols.map((c) => String(figures[c]).padStart(10)),
          same ? "  same" : "  DIFFER",
        ].join(""),
      );
    }
    const inBand = ucdpBest !== null && ucdpBest >= BAND[0] && ucdpBest <= BAND[1];
    console.log(
      `UCDP best ${ucdpBest}: ${inBand ? "within" : "outside"} the official band ${BAND[0]}–${BAND[1]}`,
    );
  } finally {
    await server.close();
  }
  return agree;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tally-jaffar-consistency-"));
let ok = false;
try {
  ok = await main(tmp);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (!ok) process.exit(1);
