// Part of `npm run build`, after tsc: builds the GeoNames gazetteer's compact index
// (src/incidents/geonames-index.ts) into its cache folder once per machine, so that no ingest
// process pays for it (a process that finds none builds it itself).
import { existsSync } from "node:fs";
import { gazetteerIndex, gazetteerIndexPath } from "../../dist/incidents/geonames.js";

const file = gazetteerIndexPath();
if (!existsSync(file)) {
  const bytes = gazetteerIndex();
  console.log(
    `gazetteer index: ${(bytes.byteLength / 1e6).toFixed(1)} MB in ${existsSync(file) ? file : "memory (the cache folder cannot be written)"}`,
  );
}
