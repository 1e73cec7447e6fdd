// Build-time data for the bundle (scripts/build/bundle-extract.mjs): a module whose exports are
// only data derived when it loads (the outcome phrases inflected from their lemmas, the group
// nouns of WordNet with their plurals) is replaced in the bundle by a module that holds its
// exports' values, so a process or a worker thread loads them instead of deriving them again.
// The modules themselves stay as written (tests and a bare `tsc` build derive as before).
//
// The values are written as JSON beside the bundle's chunks and read back with JSON.parse (faster
// than compiling JavaScript of that size), a Map or Set as its entries. Anything JSON would not
// give back exactly (a function, a class instance, a RegExp, undefined, a non-finite number or
// -0, a Map or Set inside another value) stops the build with the module and the path of the
// value, so a module that exports more than data cannot be replaced silently wrong.
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Why `value` (at `where`) is not plain JSON data, or null. */
function notPlain(value, where) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number")
    return Number.isFinite(value) && !Object.is(value, -0) ? null : `${where} is the number ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${where}[${i}] is a hole`;
      const why = notPlain(value[i], `${where}[${i}]`);
      if (why) return why;
    }
    return null;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const why = notPlain(v, `${where}.${k}`);
      if (why) return why;
    }
    return Object.getOwnPropertySymbols(value).length ? `${where} has symbol keys` : null;
  }
  const kind = typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value;
  return `${where} is ${kind}`;
}

/** The JSON form of `value` (at `where`): a Map or Set as the array of its entries. */
function dataOf(value, where) {
  const data = value instanceof Map || value instanceof Set ? [...value] : value;
  const why = notPlain(data, where);
  if (why) throw new Error(why);
  return data;
}

/** The letters that stand for a column's values (`columnsOf`), one a key: the i-th value is "a" + i. */
const VALUE_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * A Map of strings to a few distinct strings (a group noun to its group: 13,846 entries, five
 * groups) as three columns: its keys in order, its distinct values, and each key's value as one
 * letter of VALUE_LETTERS. JSON.parse makes one array of strings of it instead of an array for
 * each entry: ~36 M instructions less at each start of a process or worker for the group nouns.
 * Null for any other Map.
 */
function columnsOf(map) {
  const values = [];
  let letters = "";
  for (const [k, v] of map) {
    if (typeof k !== "string" || typeof v !== "string") return null;
    let i = values.indexOf(v);
    if (i < 0) i = values.push(v) - 1;
    if (i >= VALUE_LETTERS.length) return null;
    letters += VALUE_LETTERS[i];
  }
  return [[...map.keys()], values, letters];
}

/** The Map that `columnsOf` wrote, built in the loading module: the same entries in the same order. */
const FROM_COLUMNS = `const fromColumns = ([keys, values, letters]) => {
  const map = new Map();
  for (let i = 0; i < keys.length; i++) map.set(keys[i], values[letters.charCodeAt(i) - 97]);
  return map;
};`;

/**
 * A module that exports what `exports` holds, read from a JSON file named `dataFile` beside it:
 * `{ source, json }`. JSON is read and parsed faster than JavaScript of that size is compiled.
 */
export function snapshotModule(exports, name, dataFile) {
  const data = {};
  const lines = [
    `// The exports of ${name}, made when the bundle was built (scripts/build/snapshot-data.mjs).`,
    `import { readFileSync } from "node:fs";`,
    `const data = JSON.parse(readFileSync(new URL(${JSON.stringify(`./${dataFile}`)}, import.meta.url), "utf8"));`,
  ];
  let columns = false;
  for (const [key, value] of Object.entries(exports)) {
    if (key === "default") throw new Error(`${name}: a default export cannot be kept as data`);
    const columned = value instanceof Map ? columnsOf(value) : null;
    try {
      data[key] = columned ?? dataOf(value, key);
    } catch (e) {
      throw new Error(`${name} cannot be kept as data: ${e.message}`);
    }
    columns ||= columned !== null;
    const kind = value instanceof Map ? "Map" : value instanceof Set ? "Set" : null;
    const made = columned ? `fromColumns(data.${key})` : kind ? `new ${kind}(data.${key})` : `data.${key}`;
    lines.push(`export const ${key} = ${made};`);
  }
  if (columns) lines.splice(3, 0, FROM_COLUMNS);
  return { source: lines.join("\n") + "\n", json: asciiJson(data) };
}

/**
 * `JSON.stringify(data)` with every character beyond ASCII written as its `\u` escape: the same
 * data once parsed. V8 holds a string with any such character (a curly quote in a phrase) as two
 * bytes a character, and JSON.parse scans such a string more slowly, in every process and worker
 * that loads the bundle: the outcome data's four curly quotes cost ~4 M instructions at each start.
 */
export function asciiJson(data) {
  return JSON.stringify(data).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A rolldown plugin that loads each of `files` (absolute paths of built modules) as its exports'
 * data, written to `<module>.data.json` beside the bundle's chunks.
 */
export function snapshotData(files) {
  const wanted = new Set(files);
  return {
    name: "snapshot-data",
    async load(id) {
      if (!wanted.has(id)) return null;
      const dataFile = `${path.basename(id, ".js")}.data.json`;
      const { source, json } = snapshotModule(await import(pathToFileURL(id).href), id, dataFile);
      this.emitFile({ type: "asset", fileName: dataFile, source: json });
      return source;
    },
  };
}
