// A small structural check of GeoJSON (RFC 7946) for what Tally writes: a FeatureCollection of
// Features with Point geometries (or null geometry) and object properties. Returns the problems
// found, each with a JSON path; an empty list means valid.
export function validateGeoJson(doc: unknown): string[] {
  const errors: string[] = [];
  const isObj = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  if (!isObj(doc)) return ["$: not an object"];
  if (doc.type !== "FeatureCollection") errors.push(`$.type: "${String(doc.type)}", not "FeatureCollection"`);
  if (!Array.isArray(doc.features)) return [...errors, "$.features: not an array"];
  doc.features.forEach((f: unknown, i: number) => {
    const at = `$.features[${i}]`;
    if (!isObj(f)) return errors.push(`${at}: not an object`);
    if (f.type !== "Feature") errors.push(`${at}.type: not "Feature"`);
    if (!("properties" in f) || (f.properties !== null && !isObj(f.properties)))
      errors.push(`${at}.properties: must be an object or null`);
    if (!("geometry" in f)) return errors.push(`${at}.geometry: missing (use null when unknown)`);
    const g = f.geometry;
    if (g === null) return;
    if (!isObj(g)) return errors.push(`${at}.geometry: not an object`);
    if (g.type !== "Point")
      return errors.push(`${at}.geometry.type: "${String(g.type)}", only Point is written`);
    const c = g.coordinates;
    if (
      !Array.isArray(c) ||
      c.length < 2 ||
      c.length > 3 ||
      !c.every((x) => typeof x === "number" && Number.isFinite(x))
    )
      return errors.push(`${at}.geometry.coordinates: not [longitude, latitude]`);
    const [lon, lat] = c as number[];
    if (lon! < -180 || lon! > 180)
      errors.push(`${at}.geometry.coordinates[0]: longitude ${lon} out of range`);
    if (lat! < -90 || lat! > 90) errors.push(`${at}.geometry.coordinates[1]: latitude ${lat} out of range`);
  });
  return errors;
}
