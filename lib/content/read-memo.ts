/**
 * Decoded public reads kept in this process for a short while (lib/content/cache.ts puts it in front of
 * the shared data cache). Reading an entry from the shared cache costs a round trip and decoding it
 * three times (v8, Next's JSON, our JSON with Date revival): ~10 ms for the zone directory's 400 zones,
 * on every render. Here a read is decoded once per `ttlMs` per process, and concurrent misses for one
 * key share one load.
 *
 * Freshness: `clear()` (called on every revalidation this process hears of, its own and — through the
 * caching front's tag feed — other nodes') drops everything, and a load that started before a clear is
 * never kept; without such signals an entry is served for at most `ttlMs`. Values are shared between
 * requests, so callers treat them as read-only (as React's cache() already requires within one render).
 */
export type ReadMemo = {
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
};

type Entry = { value: Promise<unknown>; expiresAt: number };

export function createReadMemo({ ttlMs, maxEntries, now = () => performance.now() }: { ttlMs: number; maxEntries: number; now?: () => number }): ReadMemo {
  const entries = new Map<string, Entry>();

  function evict(at: number) {
    // oldest first: insertion order is expiry order, since every entry lives ttlMs
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size <= maxEntries) break;
      entries.delete(key);
    }
  }

  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const at = now();
      const known = entries.get(key);
      if (known && known.expiresAt > at) return known.value as Promise<T>;
      if (known) entries.delete(key);
      const value = load();
      entries.set(key, { value, expiresAt: at + ttlMs });
      evict(at);
      // a failed load is not remembered (a load in flight when clear() runs is dropped with the rest,
      // so a value that may predate a revalidation serves only the callers that were already waiting)
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
