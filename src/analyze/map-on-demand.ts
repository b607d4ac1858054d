// Read-only maps that answer get/has from their own compact form and make a real Map only when
// iterated (the fitting scripts and tests iterate lexicons; a run only looks words up).

export abstract class MapOnDemand<V> implements ReadonlyMap<string, V> {
  private map: Map<string, V> | null = null;

  abstract get(key: string): V | undefined;
  abstract has(key: string): boolean;
  /** Every entry, in iteration order. */
  protected abstract fill(map: Map<string, V>): void;

  private asMap(): Map<string, V> {
    if (!this.map) this.fill((this.map = new Map()));
    return this.map;
  }

  get size(): number {
    return this.asMap().size;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    this.asMap().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, V]> {
    return this.asMap().entries();
  }

  keys(): MapIterator<string> {
    return this.asMap().keys();
  }

  values(): MapIterator<V> {
    return this.asMap().values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.asMap()[Symbol.iterator]();
  }
}
