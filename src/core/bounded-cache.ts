// Results of a pure function kept by their key across articles, at most `max` of them: when full,
// the cache is emptied and fills again, so memory stays bounded whatever the input (a long run over
// millions of reports) and the phrases that come back in every report are soon kept again.

export class BoundedCache<V> {
  private readonly kept = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value kept for `key`, else `compute()`'s, kept. (`undefined` is never kept.) */
  get(key: string, compute: () => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      if (this.kept.size >= this.max) this.kept.clear();
      value = compute();
      this.kept.set(key, value);
    }
    return value;
  }
}
