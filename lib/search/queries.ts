import "server-only";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { runSearch, suggestTitles } from "./service";
import type { SearchRequest, SearchResponse } from "./types";

/**
 * Public search reads for the page and the API: published content only (the index holds nothing else).
 * An engine failure becomes one clear "unavailable" error, never a stack trace.
 */
export async function searchPublishedContent(request: SearchRequest): Promise<SearchResponse> {
  try {
    return await runSearch(request);
  } catch (error) {
    logger.error({ err: error }, "search failed");
    throw new AppError("UNAVAILABLE", "搜索服务暂时不可用，请稍后再试");
  }
}

export async function listSearchSuggestions(prefix: string, limit = 8): Promise<string[]> {
  if (!prefix.trim()) return [];
  try {
    return await suggestTitles(prefix.slice(0, 50), limit);
  } catch (error) {
    logger.warn({ err: error }, "search suggestions failed");
    return [];
  }
}
