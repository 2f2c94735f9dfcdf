import { revalidateTag, unstable_cache } from "next/cache";
import SharedCacheHandler from "@/lib/cache/pg-cache-handler.mjs";
import { invalidateHttpCache, onHttpCacheInvalidation } from "@/lib/http-cache/signal";
import { cache } from "react";
import { createReadMemo } from "./read-memo";

/**
 * Public reads are cached in Next's data cache, tagged by content type, and dropped when an editor
 * publishes: admin actions call `revalidateContent("article")` (or "bulletin", "zone") after the write.
 *
 * Why `unstable_cache` and not `"use cache"` + `cacheTag`: the `"use cache"` directive needs
 * `cacheComponents: true`, which changes every route of the app at once (route segment configs such as
 * `dynamic` are refused, uncached reads outside <Suspense> fail the build). The public pages read the
 * visitor's cookies (English chrome, 大字模式), so they render per request anyway and the data cache is
 * where the saving is. Tags and `revalidateTag(tag, { expire: 0 })` behave the same with either API.
 */

export type ContentType = "article" | "bulletin" | "zone";

/** Upper bound on staleness when a change happens outside a request (scheduled publishing in a job). */
export const MAX_STALE_SECONDS = 120;

export function contentTag(type: ContentType): string {
  return `content:${type}`;
}

/** Which tags a change to these content types drops: pure, so the mapping is tested. */
export function tagsToRevalidate(types: ContentType[]): string[] {
  return [...new Set(types)].map(contentTag);
}

type CacheGlobal = typeof globalThis & { __incrementalCache?: unknown };

/** True inside the Next server (and its build); false in scripts and tests, where nothing is cached. */
function hasDataCache(): boolean {
  return Boolean((globalThis as CacheGlobal).__incrementalCache);
}

/**
 * Expires cached public reads of the given content types; the next visitor sees fresh content. Call it
 * after the transaction that publishes, unpublishes or edits published content has committed. Returns
 * the tags it expired, or an empty list when there is no data cache in this process (tests, scripts).
 */
export function revalidateContent(...types: ContentType[]): string[] {
  const tags = tagsToRevalidate(types);
  // This process's caching front (npm start) drops its pages even outside a request (scheduled publishing).
  invalidateHttpCache(tags);
  if (!hasDataCache()) return [];
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a request Next has no store to record the tag in: jobs call revalidateContentInJob.
      if (!(error instanceof Error) || !error.message.includes("store missing")) throw error;
      return [];
    }
  }
  return tags;
}

/**
 * The same for a change made outside any request — scheduled publishing, run by the jobs of `npm start`
 * or by `npm run worker` — where Next has no request store to record tags in: the revalidation is
 * written to the shared cache itself (lib/cache/pg-cache-handler.mjs, the "NextCacheTag" row on
 * PostgreSQL), where every node's cached reads and caching fronts look, so the change shows at once
 * instead of after MAX_STALE_SECONDS.
 */
export async function revalidateContentInJob(...types: ContentType[]): Promise<string[]> {
  const tags = tagsToRevalidate(types);
  invalidateHttpCache(tags);
  await new SharedCacheHandler().revalidateTag(tags);
  return tags;
}

/**
 * How long this process reuses a decoded read without hearing of a revalidation: the bound on staleness
 * where nothing tells it (several nodes under plain `next start`). Under `npm start` every revalidation,
 * on this node or another (the caching front's tag feed), clears the memo at once.
 */
export const READ_MEMO_MS = 1_000;

const memo = createReadMemo({ ttlMs: READ_MEMO_MS, maxEntries: 2_000 });
// Every revalidation this process hears of — content tags, paths, layouts — clears it: they are rare.
onHttpCacheInvalidation(() => memo.clear());

/**
 * Wraps a public read in the data cache. The cached value travels as JSON, so Dates are encoded and
 * revived here (unstable_cache would otherwise hand back strings).
 */
export function cachedRead<A extends unknown[], R>(name: string, types: ContentType[], read: (...args: A) => Promise<R>) {
  const tags = tagsToRevalidate(types);
  // React's cache() dedupes within one render (generateMetadata and the page ask for the same thing)
  const perRequest = cache(async (key: string): Promise<R> => {
    const args = JSON.parse(key, reviveDates) as A;
    if (!hasDataCache()) return read(...args);
    return memo.read(`${name}\u0000${key}`, async () => {
      const encoded = await unstable_cache(async () => encodeCached(await read(...args)), [name, key], { tags, revalidate: MAX_STALE_SECONDS })();
      return decodeCached<R>(encoded);
    });
  });
  return (...args: A): Promise<R> => perRequest(encodeCached(args));
}

const DATE_KEY = "$date";

export function encodeCached(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, current: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : current;
  });
}

function reviveDates(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const date = (value as Record<string, unknown>)[DATE_KEY];
    if (keys.length === 1 && typeof date === "string") return new Date(date);
  }
  return value;
}

export function decodeCached<R>(text: string): R {
  return JSON.parse(text, reviveDates) as R;
}
