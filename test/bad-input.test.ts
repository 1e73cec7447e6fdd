// A batch with broken and oddly encoded files, through `tally ingest` as a process (dist/ built by
// global-setup.ts) and through the API: every good file is stored, every bad one named with a
// message saying what was wrong, and the run never stops (issue 12 §4).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../src/server/app.js";
import { openSqliteStore } from "../src/store/sqlite-store.js";

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-bad-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT =
  "Gunmen attacked a police checkpoint near Quetta on Tuesday, killing 12 people, police said. " +
  "At least 20 others were wounded, officials at the Civil Hospital said. The attack began at dawn " +
  "when two vehicles approached the checkpoint at speed.";
const page = (body: string) =>
  `<!doctype html><html><head><title>Checkpoint attack</title></head><body><article><h1>Checkpoint attack</h1><p>${body}</p></article></body></html>`;
const cp1252 = (s: string) => Buffer.from(s.replace(/[“”]/g, '"'), "latin1");

/** The files of the batch: name → [content, the code it must be refused with, or null if stored]. */
const BATCH: Record<string, [string | Buffer, string | null]> = {
  "good.html": [page(REPORT), null],
  "good.txt": [REPORT.replace("Quetta", "Sibi"), null],
  "cp1252.txt": [
    Buffer.concat([cp1252(REPORT.replace("Quetta", "Turbat")), Buffer.from([0x20, 0x93, 0x41, 0x94])]),
    null,
  ],
  "utf16.txt": [
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT.replace("Quetta", "Kalat"), "utf16le")]),
    null,
  ],
  "cp1252-page.html": [
    Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
      cp1252(REPORT.replace("Quetta", "Gwadar")),
      Buffer.from([0x97]),
      Buffer.from("</p></body></html>"),
    ]),
    null,
  ],
  "truncated-tag.html": ["<html\n", "T018"],
  "lt.html": ["<", "T015"],
  "comment.html": ["<!--", "T015"],
  "open-body.html": ["<html><body", "T015"],
  "cut-short.html": [page(REPORT).slice(0, 90), "T015"],
  "script-only.html": ["<svg><script>", "T015"],
  "nul.txt": [Buffer.from([0x47, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), "T002"],
  "pdf.txt": [Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"), "T002"],
  "zip.html": [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), "T002"],
};

describe("a batch with broken files", () => {
  it("stores every good file and names each bad one with its code", () => {
    const input = join(dir, "batch");
    mkdirSync(input);
    for (const [name, [content]] of Object.entries(BATCH)) writeFileSync(join(input, name), content);
    const r = spawnSync(
      "node",
      [cli, "ingest", "batch", "--db", "batch.db", "--published", "2025-03-12", "--no-progress"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(r.status).toBe(1);
    const bad = Object.entries(BATCH).filter(([, [, code]]) => code !== null);
    const good = Object.entries(BATCH).filter(([, [, code]]) => code === null);
    for (const [name, [, code]] of bad) expect(r.stderr).toContain(`${join("batch", name)}: ${code} `);
    expect(r.stdout).toMatch(
      new RegExp(
        `${good.length} new \\(0 duplicate texts\\), 0 unchanged, 0 new versions, 0 re-extracted, ${bad.length} failed`,
      ),
    );
    for (const name of ["cp1252.txt", "utf16.txt", "cp1252-page.html"])
      expect(r.stderr).toContain(`${join("batch", name)}: T017 `);
    // The legacy encodings were read as written: the quotes and the dash are the real characters.
    const store = openSqliteStore(join(dir, "batch.db"));
    try {
      const texts = store.listArticles({ limit: 100, offset: 0 }).map((a) => store.getArticle(a.id)!.text);
      expect(texts.some((t) => t.includes("Turbat") && t.endsWith("“A”"))).toBe(true);
      expect(texts.some((t) => t.includes("Kalat") && !t.includes("\0"))).toBe(true);
      expect(texts.some((t) => t.includes("Gwadar") && t.includes("—"))).toBe(true);
      expect(texts.every((t) => !t.includes("\uFFFD"))).toBe(true);
    } finally {
      store.close();
    }
  });

  it("answers each bad upload through the API with a 4xx and a message, never 500", async () => {
    const store = openSqliteStore(join(dir, "api.db"));
    const api = createApi({ store });
    try {
      for (const [name, [content, code]] of Object.entries(BATCH)) {
        const form = new FormData();
        form.set("file", new File([content], name));
        form.set("published", "2025-03-12");
        for (const path of ["/api/extract", "/api/articles"]) {
          const res = await api.request(path, { method: "POST", body: form });
          const body = (await res.json()) as { error?: { code: string; message: string } };
          if (code === null)
            expect([name, path, res.status]).toEqual([name, path, path === "/api/extract" ? 200 : 201]);
          else {
            expect([name, path, res.status, body.error?.code]).toEqual([name, path, 422, code]);
            expect(body.error!.message.length).toBeGreaterThan(30);
          }
        }
      }
    } finally {
      store.close();
    }
  });
});
