// The built CLI (dist/cli/main.js, built by test/global-setup.ts) run as a real process.
// These tests pin the CLI's contract — output shape, messages, exit status — not the claims found.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(root, "dist/cli/main.js");

// Reports written for these tests (invented incidents).
const PATROL =
  "Two police officers were killed and five others wounded when gunmen ambushed a patrol near the Selka river " +
  "crossing on Monday night, a district police spokesman said.\n\n" +
  'The spokesman said at least 3 attackers were also killed in the exchange of fire. "Our men fought bravely," he told reporters.\n\n' +
  "A rebel commander, speaking by telephone, claimed his fighters had killed 11 officers and lost no one.\n";
const MARKET =
  "At least 14 people were killed and about 40 injured when a bomb exploded at a crowded vegetable market in Dorran " +
  "on Friday, the provincial health minister said. Rescue workers said dozens of shops were destroyed.";
const CONVOY =
  "Gunmen abducted seven aid workers from a convoy on the road to Kessel on Thursday, the aid agency said in a " +
  "statement, adding that two drivers who escaped had reached the town safely.";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function tally(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, input: input ?? "", encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface RecordOut {
  id: string;
  claims: Array<{ evidence: Array<{ start: number; end: number; text: string }> }>;
  mentions: Array<{ evidence: Array<{ start: number; end: number; text: string }> }>;
  tally: unknown[];
  datasets: { gtd: object; acled: { fatalities: number }; ucdp: object };
  messages: Array<{ code: string; severity: string; message: string }>;
}

function jsonLines(stdout: string): RecordOut[] {
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordOut);
}

/** The output contract of one article, and every evidence span slicing back into its text. */
function expectRecord(rec: RecordOut, text: string): void {
  expect(Object.keys(rec)).toEqual(["id", "claims", "mentions", "tally", "datasets", "messages"]);
  expect(Array.isArray(rec.claims) && Array.isArray(rec.tally) && Array.isArray(rec.messages)).toBe(true);
  expect(Array.isArray(rec.mentions)).toBe(true);
  expect(Object.keys(rec.datasets).sort()).toEqual(["acled", "gtd", "ucdp"]);
  expect(Number.isInteger(rec.datasets.acled.fatalities)).toBe(true);
  for (const claim of [...rec.claims, ...rec.mentions]) {
    expect(claim.evidence.length).toBeGreaterThan(0);
    for (const e of claim.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
}

const codes = (rec: RecordOut) => rec.messages.map((m) => m.code);
const errors = (rec: RecordOut) => rec.messages.filter((m) => m.severity === "error");

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tally-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally extract, plain text", () => {
  it("reads a text file with --published: one JSON line, exit 0", () => {
    const p = file("patrol-report.txt", PATROL);
    const r = tally(["extract", p, "--published", "2025-03-12"]);
    expect(r.status).toBe(0);
    const recs = jsonLines(r.stdout);
    expect(recs).toHaveLength(1);
    expect(recs[0]!.id).toBe("patrol-report.txt");
    expectRecord(recs[0]!, PATROL);
    expect(errors(recs[0]!)).toEqual([]);
    expect(codes(recs[0]!)).not.toContain("T008");
  });

  it("warns without a publication date, on stderr too, and still exits 0", () => {
    const p = file("market.txt", MARKET);
    const r = tally(["extract", p]);
    expect(r.status).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expectRecord(rec!, MARKET);
    expect(codes(rec!)).toContain("T008");
    expect(r.stderr).toContain(`tally: ${p}: T008 `);
  });

  it("reads stdin when given - or no file", () => {
    for (const args of [["extract"], ["extract", "-"]]) {
      const r = tally([...args, "--published", "2025-03-12"], MARKET);
      expect(r.status).toBe(0);
      const recs = jsonLines(r.stdout);
      expect(recs.map((x) => x.id)).toEqual(["stdin"]);
      expectRecord(recs[0]!, MARKET);
    }
  });

  it("reads HTML with a warning (T004), its spans still slicing the text as given", () => {
    const html = `<html><body><h1>Market bombing</h1>\n<p>${MARKET}</p><script>track("x < y")</script></body></html>`;
    const r = tally(["extract", file("page.txt", html), "--published", "2025-03-12"]);
    expect(r.status).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expectRecord(rec!, html);
    expect(codes(rec!)).toContain("T004");
  });
});

describe("tally extract, JSON Lines", () => {
  const lines = [
    JSON.stringify({ id: "patrol", text: PATROL, published: "2025-03-11" }),
    '{"id": "broken", "text": "an unterminated string}',
    JSON.stringify({ text: CONVOY, date: "2025-03-14" }),
  ].join("\n");

  it("outputs the valid lines, reports the invalid one with its line number, exits 1", () => {
    const r = tally(["extract"], `${lines}\n`);
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(["patrol", "stdin:3"]);
    expectRecord(recs[0]!, PATROL);
    expectRecord(recs[1]!, CONVOY);
    expect(r.stderr).toMatch(/^tally: stdin:2: T006 /m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("reads a .jsonl file the same way", () => {
    const r = tally(["extract", file("batch.jsonl", lines)]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)).toHaveLength(2);
    expect(r.stderr).toContain(`batch.jsonl:2: T006 `);
  });
});

describe("tally extract, bad input", () => {
  it("reports empty input (T001) and exits 1", () => {
    const r = tally(["extract"], "");
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs).toHaveLength(1);
    expectRecord(recs[0]!, "");
    expect(codes(recs[0]!)).toEqual(["T001"]);
    expect(recs[0]!.claims).toEqual([]);
    expect(r.stderr).toMatch(/^tally: stdin: T001 /m);
  });

  it("reports binary input (T002) and exits 1", () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const r = tally(["extract", file("photo.jpg", bytes)]);
    expect(r.status).toBe(1);
    const [rec] = jsonLines(r.stdout);
    expect(codes(rec!)).toEqual(["T002"]);
    expect(r.stderr).toContain("photo.jpg: T002 ");
  });

  it("reports text in another language (T005) and exits 1", () => {
    const french =
      "Au moins quatorze personnes ont été tuées vendredi dans l'explosion d'une bombe sur un marché de la ville, " +
      "selon le ministre provincial de la santé. Les secours ont indiqué que des dizaines de boutiques ont été détruites.";
    const r = tally(["extract", "--published", "2025-03-12"], french);
    expect(r.status).toBe(1);
    expect(codes(jsonLines(r.stdout)[0]!)).toEqual(["T005"]);
  });

  it("reports an unreadable file (T009), still reads the others, exits 1", () => {
    const missing = path.join(dir, "no-such-file.txt");
    const r = tally(["extract", missing, file("convoy.txt", CONVOY), "--published", "2025-03-14"]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(["convoy.txt"]);
    expect(r.stderr).toMatch(
      new RegExp(`^tally: ${missing.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: T009 `, "m"),
    );
  });
});

describe("tally usage errors (exit 2)", () => {
  it.each([
    [["extract", "--format", "xml"], /xml/],
    [["extract", "--input-format", "csv"], /csv/],
    [["extract", "--published", "2025-13-01"], /2025-13-01/],
    [["extract", "--published", "yesterday"], /YYYY-MM-DD/],
    [["extract", "--bogus"], /--bogus/],
    [["frobnicate"], /frobnicate/],
    [[], /Usage: tally/],
  ])("tally %j", (args, stderr) => {
    const r = tally(args, MARKET);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("--help exits 0", () => {
    const r = tally(["extract", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--published");
  });
});

describe("output formats", () => {
  it("--format json: a pretty JSON array of the same records", () => {
    const a = file("patrol.txt", PATROL);
    const b = file("market2.txt", MARKET);
    const json = tally(["extract", a, b, "--published", "2025-03-12", "--format", "json"]);
    const jsonl = tally(["extract", a, b, "--published", "2025-03-12"]);
    expect(json.status).toBe(0);
    expect(json.stdout).toMatch(/^\[\n {2}\{\n {4}"id": "patrol.txt",/);
    const recs = JSON.parse(json.stdout) as RecordOut[];
    expect(recs).toEqual(jsonLines(jsonl.stdout));
    expectRecord(recs[0]!, PATROL);
    expectRecord(recs[1]!, MARKET);
  });

  it("--format json with no article prints an empty array", () => {
    const r = tally(["extract", "--format", "json", "--input-format", "jsonl"], "\n");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it("--format table: a header per article, a line per claim, the tally, the messages", () => {
    const example = path.join(root, "examples/seed-like.txt");
    const jsonl = jsonLines(tally(["extract", example]).stdout)[0]!;
    const r = tally(["extract", example, "--format", "table"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      `== seed-like.txt (no date, ${jsonl.claims.length} claim${jsonl.claims.length === 1 ? "" : "s"}) ==`,
    );
    expect(lines.filter((l) => /^ {4}\S.* → /.test(l))).toHaveLength(jsonl.claims.length);
    if (jsonl.tally.length) expect(lines).toContain("Tally");
    expect(lines).toContain("Messages");
    expect(r.stdout).toContain("T008 warning: ");
  });
});

describe("large outputs", () => {
  it("stops quietly when the reader goes away (EPIPE)", () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: MARKET, published: "2025-03-12" }),
    ).join("\n");
    const p = file("many.jsonl", many);
    const r = spawnSync(
      "bash",
      ["-c", `node '${CLI}' extract '${p}' | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("0");
  });
});
