import { db } from "@/lib/db";

/** Entries untouched this long are dropped (and tags revalidated before then can no longer matter). */
export const CACHE_RETENTION_DAYS = 7;

/**
 * Keeps the shared Next.js cache tables small: drops expired entries, entries a revalidation has made
 * stale (they would never be served again), entries untouched for a week, and tags too old to matter.
 * Returns how many rows it removed.
 */
export async function pruneSharedCache(): Promise<number> {
  const entries = await db().$executeRaw`
    DELETE FROM "NextCacheEntry" e
    WHERE e."expiresAt" < (clock_timestamp() AT TIME ZONE 'UTC')
       OR e."updatedAt" < (clock_timestamp() AT TIME ZONE 'UTC') - ${CACHE_RETENTION_DAYS}::integer * interval '1 day'
       OR EXISTS (SELECT 1 FROM "NextCacheTag" t WHERE t."tag" = ANY(e."tags") AND t."revalidatedAt" >= e."lastModified")`;
  const tags = await db().$executeRaw`
    DELETE FROM "NextCacheTag"
    WHERE "revalidatedAt" < (extract(epoch from clock_timestamp()) * 1000)::bigint - ${CACHE_RETENTION_DAYS * 86_400_000}::bigint`;
  return entries + tags;
}
