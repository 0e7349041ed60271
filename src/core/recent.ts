// A cache of values derived from the last few objects of a kind (manifests, unit contexts).
//
// Why not a WeakMap: keys such as a parsed manifest live for one check. V8's young-generation
// collector cannot drop a WeakMap entry whose key is young, so it keeps the key and everything it
// references alive and promotes them to the old generation: each check then costs a full mark-compact
// share. A handful of strong references to the most recent keys gives the same hits (rules of one unit
// run back to back) and lets short-lived objects die young.
//
// The engine also empties every such cache when a check ends (releaseRecentCaches): held past its check,
// a unit survives the next young-generation collections and is copied by each of them.

/** Every cache made, so a finished check can let go of what they hold. */
const allCaches: RecentCache<object, unknown>[] = [];

/** Empty every RecentCache: called when a check is over and its unit should be free to go. */
export function releaseRecentCaches(): void {
  for (const c of allCaches) c.clear();
}

export class RecentCache<K extends object, V> {
  private keys: K[] = [];
  private values: V[] = [];

  constructor(private readonly capacity = 4) {
    allCaches.push(this as unknown as RecentCache<object, unknown>);
  }

  clear(): void {
    if (this.keys.length === 0) return;
    this.keys = [];
    this.values = [];
  }

  get(key: K): V | undefined {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }

  set(key: K, value: V): void {
    const i = this.keys.indexOf(key);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    this.keys.unshift(key);
    this.values.unshift(value);
    if (this.keys.length > this.capacity) {
      this.keys.length = this.capacity;
      this.values.length = this.capacity;
    }
  }

  /** The value for `key`, computed by `compute` when absent. */
  getOrSet(key: K, compute: () => V): V {
    const i = this.keys.indexOf(key);
    if (i >= 0) return this.values[i];
    const v = compute();
    this.set(key, v);
    return v;
  }
}
