import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedSearchEngine } from "./engines/embedded";
import { MeilisearchEngine } from "./engines/meilisearch";
import { cachedLexicon } from "./lexicon-cache";
import type { SearchEngine } from "./types";

/**
 * The configured engine: Meilisearch when MEILI_HOST is set, otherwise the embedded engine on the
 * portal's own database. One instance per process.
 */
const globalForSearch = globalThis as unknown as { zonePortalSearchEngine?: SearchEngine };

export function searchEngine(): SearchEngine {
  globalForSearch.zonePortalSearchEngine ??= createSearchEngine();
  return globalForSearch.zonePortalSearchEngine;
}

export function createSearchEngine(config = env()): SearchEngine {
  if (config.MEILI_HOST) {
    return new MeilisearchEngine({
      host: config.MEILI_HOST,
      apiKey: config.MEILI_MASTER_KEY,
      index: config.MEILI_INDEX,
      vocabulary: async () => ({ zoneNameGroups: (await cachedLexicon(db())).zoneNameGroups }),
    });
  }
  return new EmbeddedSearchEngine(db);
}
