// Bounded caches keyed by paragraph text. They make re-linting after an edit cost one paragraph, and
// they are all registered here so a benchmark (or a test) can measure a cold, full lint.

const registry: Cache<unknown, unknown>[] = [];

export class Cache<K, V> {
  private map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): V {
    // Oldest first out (a Map iterates in insertion order), an eighth at a time into a fresh Map:
    // deleting one oldest entry per insertion leaves deleted slots at the front that every
    // `keys().next()` walks over again, which made a full cache cost quadratic time (a 1M-character
    // draft took 90 s in duplicate-paragraph's pair cache).
    if (this.map.size >= this.limit && !this.map.has(key)) {
      const drop = Math.max(1, Math.ceil(this.limit / 8));
      let i = 0;
      const kept = new Map<K, V>();
      for (const [k, v] of this.map) if (i++ >= drop) kept.set(k, v);
      this.map = kept;
    }
    this.map.set(key, value);
    return value;
  }

  /** The cached value, or `compute(key)` stored. */
  through(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    return hit !== undefined ? hit : this.set(key, compute(key));
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** A cache that `clearCaches()` empties. */
export function paragraphCache<K, V>(limit = 20_000): Cache<K, V> {
  const cache = new Cache<K, V>(limit);
  registry.push(cache as Cache<unknown, unknown>);
  return cache;
}

export function clearCaches(): void {
  for (const cache of registry) cache.clear();
}
