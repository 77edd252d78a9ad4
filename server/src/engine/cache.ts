// Bounded caches keyed by paragraph text. They make re-linting after an edit cost one paragraph, and
// they are all registered here so a benchmark (or a test) can measure a cold, full lint.

const registry: Cache<unknown, unknown>[] = [];

export class Cache<K, V> {
  // Two generations instead of one Map with oldest-first eviction: deleting the oldest entry on every
  // insertion leaves deleted slots at the front that each `keys().next()` walks over again, which made
  // a full cache quadratic (a 1M-character draft took 91 s in duplicate-paragraph's pair cache). Here
  // new entries go to `young`; when it holds half the limit it becomes `old` and the previous `old` is
  // dropped whole. At most `limit` entries are kept, the most recently stored (or read) ones.
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;
  constructor(limit: number) {
    this.half = Math.max(1, Math.ceil(limit / 2));
  }

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined || this.young.has(key)) return hit;
    const aged = this.old.get(key);
    // A hit in the old generation is still in use: keep it.
    if (aged !== undefined) this.store(key, aged);
    return aged;
  }

  set(key: K, value: V): V {
    this.old.delete(key);
    this.store(key, value);
    return value;
  }

  private store(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** The cached value, or `compute(key)` stored. */
  through(key: K, compute: (key: K) => V): V {
    const hit = this.get(key);
    return hit !== undefined ? hit : this.set(key, compute(key));
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  get size(): number {
    return this.young.size + this.old.size;
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
