import type { Encoding } from "./policy";

/**
 * The in-memory store of the caching front: finished responses with their Brotli, gzip and identity
 * bytes, indexed by tag, bounded in bytes (least recently used go first) and in age. Invalidation is by
 * tag; a render that began before an invalidation of one of its tags is never stored, so a page read
 * from the database before a publish cannot come back after the purge.
 */
export type CacheEntry = {
  key: string;
  tags: readonly string[];
  etag: string;
  /** ready-made raw header lists (name, value, name, value …) for each encoding, for res.writeHead */
  rawHeaders: Record<Encoding, string[]>;
  bodies: Record<Encoding, Buffer>;
  size: number;
  storedAt: number;
  expiresAt: number;
  lastUsed: number;
};

export type HttpCacheStats = { entries: number; bytes: number; hits: number; misses: number; bypasses: number; stored: number; dropped: number; evicted: number; invalidated: number };

export class HttpCacheStore {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  /** tag → sequence number of its last invalidation */
  private readonly invalidatedAt = new Map<string, number>();
  private sequence = 0;
  private clearedAt = -1;
  private tick = 0;
  private bytes = 0;
  readonly stats: Omit<HttpCacheStats, "entries" | "bytes"> = { hits: 0, misses: 0, bypasses: 0, stored: 0, dropped: 0, evicted: 0, invalidated: 0 };

  constructor(private readonly maxBytes: number) {}

  /** Taken when a render starts; passed back to `set` so a purge during the render wins. */
  mark(): number {
    return this.sequence;
  }

  get(key: string, now = Date.now()): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    entry.lastUsed = ++this.tick;
    return entry;
  }

  /** Stores the entry unless one of its tags was invalidated since `startedAt` (from mark()). */
  set(entry: CacheEntry, startedAt: number): boolean {
    const isStale = this.clearedAt > startedAt || entry.tags.some((tag) => (this.invalidatedAt.get(tag) ?? -1) > startedAt);
    if (isStale || entry.size > this.maxBytes / 4) {
      this.stats.dropped += 1;
      return false;
    }
    this.delete(entry.key);
    entry.lastUsed = ++this.tick;
    this.entries.set(entry.key, entry);
    this.bytes += entry.size;
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(entry.key);
    }
    this.stats.stored += 1;
    if (this.bytes > this.maxBytes) this.evict();
    return true;
  }

  invalidate(tags: readonly string[]): number {
    this.sequence += 1;
    let removed = 0;
    for (const tag of tags) {
      this.invalidatedAt.set(tag, this.sequence);
      for (const key of this.keysByTag.get(tag) ?? []) if (this.delete(key)) removed += 1;
    }
    this.stats.invalidated += removed;
    return removed;
  }

  clear(): void {
    this.invalidate([...this.keysByTag.keys()]);
    this.clearedAt = this.sequence;
  }

  snapshot(): HttpCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.stats };
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys && !keys.size) this.keysByTag.delete(tag);
    }
    return true;
  }

  /** Drops the least recently used entries until the store is at 90 % of its budget. */
  private evict(): void {
    const byAge = [...this.entries.values()].sort((a, b) => a.lastUsed - b.lastUsed);
    for (const entry of byAge) {
      if (this.bytes <= this.maxBytes * 0.9) break;
      this.delete(entry.key);
      this.stats.evicted += 1;
    }
  }
}
