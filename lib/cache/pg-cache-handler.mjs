// @ts-check
/**
 * The Next.js cache shared by every app node: Next 16's `cacheHandler` (singular) — the incremental
 * cache behind ISR pages, cached route handlers and the fetch cache, and what `revalidatePath` /
 * `revalidateTag` invalidate. (Next 16's `cacheHandlers`, plural, serve only `'use cache'`, which this
 * project does not enable; see README, "Shared cache".)
 *
 * Why PostgreSQL: it is the one store every node already shares, so no Redis to run. Entries live in
 * "NextCacheEntry", the time each tag was last revalidated in "NextCacheTag". A read is one query that
 * fetches the entry together with the newest revalidation of any of its tags, so a publish on node A
 * (revalidatePath → revalidateTag) makes node B render afresh on its very next request — no polling,
 * no local copy that could go stale. Times come from the database clock, so skew between nodes
 * cannot make a stale entry look fresh.
 *
 * Without PostgreSQL (the embedded database is one process) and while `next build` runs, entries stay
 * in this process's memory, as Next's own default would keep them.
 *
 * Plain JavaScript on purpose: Next imports this file at run time, outside its bundle, so it cannot
 * import TypeScript modules (lib/env.ts): it reads DATABASE_URL itself, the one exception to that rule.
 * Every failure is a cache miss, never an error page: the cache only ever saves work.
 */
import { serialize, deserialize } from "node:v8";
import pg from "pg";

const TAGS_HEADER = "x-next-cache-tags";
const BUILD_PHASE = "phase-production-build";

/** @typedef {{ value: unknown; lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number } }} StoredEntry */
/** @typedef {{ tags?: string[]; softTags?: string[]; kind?: string }} GetContext */
/** @typedef {{ tags?: string[]; cacheControl?: { revalidate?: number | false; expire?: number }; fetchCache?: boolean }} SetContext */
/** @typedef {{ get(key: string, ctx?: GetContext): Promise<StoredEntry | null>; set(key: string, data: unknown, ctx?: SetContext): Promise<void>; revalidateTag(tags: string | string[]): Promise<void> }} CacheStore */

/** Tags an entry answers to: the ones Next passed when storing it, and those in a page's tags header. */
export function entryTags(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = data && typeof data === "object" && "headers" in data ? data.headers?.[TAGS_HEADER] : undefined;
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

/** @param {{ tags?: string[]; softTags?: string[] } | undefined} ctx */
function requestedTags(ctx) {
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/** @returns {CacheStore} */
export function memoryCacheStore() {
  /** @type {Map<string, StoredEntry & { tags: string[] }>} */
  const entries = new Map();
  /** @type {Map<string, number>} */
  const revalidated = new Map();
  let clock = 0;
  const now = () => (clock = Math.max(clock + 1, Date.now())); // strictly increasing, so order is exact
  return {
    async get(key, ctx) {
      const entry = entries.get(key);
      if (!entry) return null;
      const newest = Math.max(0, ...[...entry.tags, ...requestedTags(ctx)].map((tag) => revalidated.get(tag) ?? 0));
      if (newest >= entry.lastModified) return null;
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    },
    async set(key, data, ctx) {
      entries.set(key, { value: data, lastModified: now(), cacheControl: ctx?.cacheControl, tags: entryTags(data, ctx) });
      if (entries.size > 5_000) entries.delete(entries.keys().next().value ?? "");
    },
    async revalidateTag(tags) {
      for (const tag of [tags].flat()) revalidated.set(tag, now());
    },
  };
}

// Milliseconds since the epoch from the database clock; as text, since BIGINT exceeds int4.
const DB_NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/**
 * @param {pg.Pool} pool
 * @param {(message: string, error: unknown) => void} warn
 * @returns {CacheStore}
 */
export function postgresCacheStore(pool, warn) {
  return {
    async get(key, ctx) {
      try {
        const { rows } = await pool.query(
          `SELECT e."value", e."lastModified"::text AS "lastModified",
             (SELECT max(t."revalidatedAt") FROM "NextCacheTag" t WHERE t."tag" = ANY(e."tags" || $2::text[]))::text AS "revalidatedAt"
           FROM "NextCacheEntry" e
           WHERE e."key" = $1 AND (e."expiresAt" IS NULL OR e."expiresAt" > (clock_timestamp() AT TIME ZONE 'UTC'))`,
          [key, requestedTags(ctx)],
        );
        const row = rows[0];
        if (!row) return null;
        const lastModified = Number(row.lastModified);
        if (row.revalidatedAt !== null && Number(row.revalidatedAt) >= lastModified) return null;
        const stored = /** @type {{ value: unknown; cacheControl?: StoredEntry["cacheControl"] }} */ (deserialize(row.value));
        return { value: stored.value, lastModified, cacheControl: stored.cacheControl };
      } catch (error) {
        warn("shared cache: read failed, rendering afresh", error);
        return null;
      }
    },
    async set(key, data, ctx) {
      const expireSeconds = ctx?.cacheControl?.expire;
      try {
        await pool.query(
          `INSERT INTO "NextCacheEntry" ("key", "value", "tags", "lastModified", "expiresAt", "updatedAt")
           VALUES ($1, $2, $3::text[], ${DB_NOW_MS},
             CASE WHEN $4::integer IS NULL THEN NULL ELSE (clock_timestamp() AT TIME ZONE 'UTC') + $4::integer * interval '1 second' END,
             (clock_timestamp() AT TIME ZONE 'UTC'))
           ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "tags" = EXCLUDED."tags",
             "lastModified" = EXCLUDED."lastModified", "expiresAt" = EXCLUDED."expiresAt", "updatedAt" = EXCLUDED."updatedAt"`,
          [
            key,
            serialize({ value: data, cacheControl: ctx?.cacheControl }),
            entryTags(data, ctx),
            typeof expireSeconds === "number" && Number.isFinite(expireSeconds) ? Math.min(Math.round(expireSeconds), 2_000_000_000) : null,
          ],
        );
      } catch (error) {
        warn("shared cache: write failed", error);
      }
    },
    async revalidateTag(tags) {
      const list = [...new Set([tags].flat())];
      if (!list.length) return;
      // Not swallowed: a revalidation that did not reach the other nodes must not pass silently.
      await pool.query(
        `INSERT INTO "NextCacheTag" ("tag", "revalidatedAt") SELECT unnest($1::text[]), ${DB_NOW_MS}
         ON CONFLICT ("tag") DO UPDATE SET "revalidatedAt" = EXCLUDED."revalidatedAt"`,
        [list],
      );
    },
  };
}

const shared = /** @type {{ zonePortalCacheStore?: CacheStore }} */ (globalThis);

/** @param {(message: string, error: unknown) => void} warn */
function processStore(warn) {
  if (!shared.zonePortalCacheStore) {
    const url = process.env.DATABASE_URL?.trim() ?? "";
    const isPostgres = /^postgres(ql)?:\/\//.test(url);
    shared.zonePortalCacheStore =
      isPostgres && process.env.NEXT_PHASE !== BUILD_PHASE
        ? postgresCacheStore(new pg.Pool({ connectionString: url, max: Number(process.env.CACHE_POOL_SIZE) || 4 }), warn)
        : memoryCacheStore();
  }
  return shared.zonePortalCacheStore;
}

/**
 * This node's caching front (lib/http-cache/signal.ts, same process, outside Next's bundle) purges the
 * pages at once; the fronts of other nodes read the revalidation from "NextCacheTag" (lib/http-cache/tag-feed.ts).
 * @param {string[]} tags
 */
function notifyHttpCacheFront(tags) {
  const registry = /** @type {{ listeners?: Set<(tags: string[]) => void> } | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for("zone-portal.http-cache.listeners")]
  );
  for (const listener of registry?.listeners ?? []) listener(tags);
}

/** The class Next.js instantiates (next.config.ts `cacheHandler`). */
export default class SharedCacheHandler {
  /** @param {unknown} [_options] */
  constructor(_options) {
    this.store = processStore((message, error) =>
      console.warn(JSON.stringify({ level: 40, service: "zone-portal", msg: message, err: error instanceof Error ? error.message.replace(/:\/\/([^:@/]*):[^@/]+@/g, "://$1:***@") : String(error) })),
    );
  }

  /** @param {string} key @param {GetContext} [ctx] */
  get(key, ctx) {
    return this.store.get(key, ctx);
  }

  /** @param {string} key @param {unknown} data @param {SetContext} [ctx] */
  set(key, data, ctx) {
    return this.store.set(key, data, ctx);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    try {
      await this.store.revalidateTag(tags);
    } finally {
      notifyHttpCacheFront([tags].flat());
    }
  }

  resetRequestCache() {}
}
