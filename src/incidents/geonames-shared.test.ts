import { describe, expect, it } from "vitest";
import { indexGazetteer } from "./geonames-index.js";
import { gazetteerBytes, geonames, useSharedGazetteer } from "./geonames.js";

// One town of our own making, as a line of a GeoNames dump (cities500's 19 columns).
const town = [
  "1",
  "Qalat Nawa",
  "Qalat Nawa",
  "",
  "31.1",
  "66.2",
  "P",
  "PPL",
  "AF",
  "",
  "23",
  "",
  "",
  "",
  "4000",
  "",
  "100",
  "Asia/Kabul",
  "2020-01-01",
].join("\t");

describe("a gazetteer shared between threads", () => {
  it("is read from the bytes another thread shared, and this thread reads no copy of its own", () => {
    const own = indexGazetteer(town, [{ code: "AF.23", name: "Kandahar" }], []);
    const bytes = new SharedArrayBuffer(own.length);
    own.copy(Buffer.from(bytes));
    useSharedGazetteer(bytes);
    expect(gazetteerBytes()).toBe(bytes);
    // The made-up town is found: the places are read from the shared bytes, not the cache file.
    expect(
      geonames()
        .towns("qalat nawa")
        .map((t) => [t.name, t.admin1Code]),
    ).toEqual([["Qalat Nawa", "AF.23"]]);
    expect(geonames().towns("kabul")).toEqual([]);
    // What the thread reads, once chosen, stays.
    useSharedGazetteer(new SharedArrayBuffer(16));
    expect(gazetteerBytes()).toBe(bytes);
  });
});
