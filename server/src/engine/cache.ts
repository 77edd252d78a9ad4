// The engine's one cache of per-block results: bounded, least recently used out, shared by every
// document. It makes re-linting after an edit cost one paragraph. Entries are keyed by what computed
// them (a rule or an engine pass, with the options that matter) and the block's text, so they never
// go stale and a document closing needs no clean-up; state that belongs to one document (the last
// lint's matches) lives in its DocumentState (state.ts), which the caller owns.
//
// Keys are copied when stored: a paragraph's text is often a slice of the whole draft, and a slice
// keeps its parent string alive, so every stored key would pin one full version of the draft.

import { LRUCache } from 'lru-cache';
import { DocumentState } from './state.ts';

/**
 * The cache holds what the recent lints used, with room to spare, and drops the rest (older versions
 * of edited paragraphs, closed documents) least recently used first: at most SLACK times the largest
 * working set of the last RECENT lints, and never less than FLOOR_BYTES. A lint's working set is the
 * entries it used, each counted once with all it holds (the same estimate the LRU sizes it by): it is
 * what the lint keeps alive, however many times its rules asked for it. Counting every lookup instead
 * (and sizing an entry by its first kind alone) made a 100,000-word draft's budget 10 to 16 times what
 * the cache held, so it never bound and each keystroke's stale entries stayed: memory grew with every
 * edit. Sizes are estimates (a block's results are of the order of its text, per kind); a
 * 100,000-word draft's working set is about 15 MB.
 */
const FLOOR_BYTES = 4 * 1024 * 1024;
const SLACK = 2;
const RECENT = 16;
/** Hard limits, whatever the drafts: bytes (estimated) and entries. */
const MAX_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 100_000;
/** A rough cost per result on top of its text: the value and the cache's bookkeeping. */
const ENTRY_OVERHEAD = 256;

/** The results for one text, by kind (`name` of a Cache): one hash of the text per lookup, whatever the kind. */
type Entry = Map<string, unknown>;

const sizeOf = (key: string, kinds = 1) => kinds * (key.length * 2 + ENTRY_OVERHEAD);

const blocks = new LRUCache<string, Entry>({ max: MAX_ENTRIES, maxSize: MAX_BYTES, sizeCalculation: (entry, key) => sizeOf(key, entry.size) });

/** The working sets (estimated bytes) of the recent lints. */
const recent: number[] = [];

/**
 * During a lint, the entries it has looked up (null: not cached), by the very strings the rules asked
 * with. Every rule asks for the same blocks, so without it a re-lint of a 3,000-paragraph draft makes
 * tens of thousands of LRU lookups, each comparing a draft slice with a stored copy and relinking the
 * entry; with it the LRU sees each text once per lint (it still moves to the tail: the recency the
 * eviction uses is by lint, and every entry a lint used outranks the ones it did not). A plain Map
 * holding the lint's own strings for the length of the lint, emptied by lintEnd(), so its keys need no
 * detaching. Outside a lint (scripts, tests calling a helper directly) lookups go to the LRU.
 */
let current: Map<string, Entry | null> | undefined;
let depth = 0;

/** Called by lint() before its rules run; lintEnd() must follow (in a finally). */
export function lintStart(): void {
  if (depth++ === 0) current = new Map();
}

/** Called by lint() when it returns or throws: forgets the lint's lookups (and the strings they pin). */
export function lintEnd(): void {
  if (depth > 0 && --depth === 0) current = undefined;
}

/** A text's entry, from this lint's lookups when it has one. */
function entryOf(text: string): Entry | undefined {
  if (current === undefined) return blocks.get(text);
  const known = current.get(text);
  if (known !== undefined) return known ?? undefined;
  const entry = blocks.get(text);
  current.set(text, entry ?? null);
  return entry;
}

/** Called by lint() when a lint is done: drops what the recent lints did not need. */
export function lintDone(): void {
  recent.push(workingSet());
  if (recent.length > RECENT) recent.shift();
  const budget = cacheBudget();
  while (blocks.calculatedSize > budget && blocks.size > 0) blocks.pop();
}

/** Estimated bytes of the distinct entries the current lint has looked up or stored (0 outside a lint). */
function workingSet(): number {
  let bytes = 0;
  if (current) for (const [text, entry] of current) if (entry) bytes += sizeOf(text, entry.size);
  return bytes;
}

/** What the cache may hold now (estimated bytes). */
export function cacheBudget(): number {
  return Math.max(FLOOR_BYTES, SLACK * Math.max(0, ...recent));
}

/** A string with no reference to the (possibly much larger) string it was sliced from. */
export function detach(text: string): string {
  // Flattening a concatenation copies; slicing a short-lived copy keeps only that copy.
  return text.length < 16 ? text : (text + ' ').slice(0, -1);
}

/** One kind of per-block result in the shared cache: `name` keeps kinds apart. */
export class Cache<K extends string | number, V> {
  constructor(private readonly name: string) {}

  get(key: K): V | undefined {
    const text = typeof key === 'string' ? key : String(key);
    return entryOf(text)?.get(this.name) as V | undefined;
  }

  set(key: K, value: V): V {
    const text = typeof key === 'string' ? key : String(key);
    let entry = blocks.get(text);
    if (entry) {
      // A new Map, not the same one with one more kind: the LRU sizes an entry when its value changes,
      // and setting the very same Map again would leave its size at the kinds it had first.
      entry = new Map(entry).set(this.name, value);
      blocks.set(text, entry);
    } else {
      entry = new Map([[this.name, value]]);
      blocks.set(detach(text), entry);
    }
    // The entry in the LRU now (a remembered one may have been evicted since): later lookups see it.
    current?.set(text, entry);
    return value;
  }

  /** The cached value, or `compute(key)` stored. */
  through(key: K, compute: (key: K) => V): V {
    const hit = this.get(key);
    return hit !== undefined ? hit : this.set(key, compute(key));
  }
}

/** A named slice of the engine's one bounded cache. */
export function paragraphCache<K extends string | number, V>(name: string): Cache<K, V> {
  return new Cache<K, V>(name);
}

let shared = new DocumentState();

/** The state of lints given none (scripts, tests): one document's worth, as if one draft were edited. */
export function defaultState(): DocumentState {
  return shared;
}

/** Empties the cache and the default state, for a cold lint (benchmarks, tests). */
export function clearCaches(): void {
  blocks.clear();
  current?.clear();
  recent.length = 0;
  shared = new DocumentState();
}

/** Entries and estimated bytes held, and the last lint's working set (for the memory benchmark and tests). */
export function cacheStats(): { entries: number; bytes: number; lastWorkingSet: number } {
  return { entries: blocks.size, bytes: blocks.calculatedSize, lastWorkingSet: recent.at(-1) ?? 0 };
}
