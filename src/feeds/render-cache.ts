/**
 * A bounded LRU of rendered feeds keyed by ETag (a strong validator of the content, so an entry never
 * goes stale: a change makes a new key and the old entry ages out). Bounded by entry count and by bytes.
 */
export interface CachedFeed {
  body: Buffer;
  lastModified: string;
}

export class RenderCache {
  private readonly map = new Map<string, CachedFeed>();
  private bytes = 0;

  constructor(
    readonly maxEntries = 256,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedFeed | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit); // most recently used last
    }
    return hit;
  }

  set(key: string, value: CachedFeed): void {
    if (value.body.length > this.maxBytes || this.maxEntries < 1) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.bytes += value.body.length;
    for (const [k, v] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.body.length;
    }
  }
}
