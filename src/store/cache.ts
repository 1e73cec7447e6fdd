// The stores' in-memory caches of parsed rows (SQLite and PostgreSQL alike): each keeps at most a
// bound of entries and starts afresh when full.

/**
 * How many parsed rows each in-memory cache keeps at most. Incidents are listed whole by the API
 * (a list of ten thousand, filtered and sorted in memory), so their cache holds that many;
 * articles and claims are read a few at a time.
 */
export const CACHE_MAX = 5_000;
export const INCIDENT_CACHE_MAX = 50_000;

/** Keeps `value` under `key`, emptying the cache first when it holds `max` entries. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, max = CACHE_MAX): void {
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
}
