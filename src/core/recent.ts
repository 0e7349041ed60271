// A cache of values derived from the last few objects of a kind (manifests, unit contexts).
//
// Why not a WeakMap: keys such as a parsed manifest live for one check. V8's young-generation
// collector cannot drop a WeakMap entry whose key is young, so it keeps the key and everything it
// references alive and promotes them to the old generation: each check then costs a full mark-compact
// share. A handful of strong references to the most recent keys gives the same hits (rules of one unit
// run back to back) and lets short-lived objects die young.

export class RecentCache<K extends object, V> {
  private keys: K[] = [];
  private values: V[] = [];

  constructor(private readonly capacity = 4) {}

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
