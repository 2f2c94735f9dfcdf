import SharedCacheHandler from "@/lib/cache/pg-cache-handler.mjs";
import { HTTP_CACHE_TAGS } from "@/lib/http-cache/signal";

/**
 * Search result pages (/search?q=…) change when the index does, which is a few seconds after the content
 * write that purged every public page: a results page rendered in between would otherwise be served from
 * the caching front for up to HTTP_CACHE_TTL_SECONDS without the new document. Whoever applies outbox rows
 * expires them — on this node's front at once and, through the shared cache's tag table, on every node's.
 */
export const SEARCH_PAGES_TAG = HTTP_CACHE_TAGS.path("/search");

export async function expireSearchPages(): Promise<void> {
  await new SharedCacheHandler().revalidateTag([SEARCH_PAGES_TAG]);
}
