import { suggestCorrection } from "./did-you-mean";
import { searchEngine } from "./engine";
import { highlightParts, makeSnippet } from "./highlight";
import { isEmptyQuery, parseQuery } from "./query";
import type { EngineHit, SearchEngine, SearchHit, SearchRequest, SearchResponse } from "./types";

/**
 * Search as the page, the API and the CLI use it: parse once, ask the configured engine, then add
 * highlighting, snippets and "did you mean" the same way for every engine.
 */
export const DEFAULT_PAGE_SIZE = 10;
export const SNIPPET_LENGTH = 120;

export async function runSearch(request: SearchRequest, engine: SearchEngine = searchEngine()): Promise<SearchResponse> {
  const started = performance.now();
  const query = parseQuery(request.q);
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  const filters = { kind: request.kind, region: request.region, zone: request.zone, year: request.year };
  const hasFilter = Object.values(filters).some((value) => value !== undefined);
  const empty = { kind: [], region: [], zone: [], year: [] };
  if (isEmptyQuery(query) && !hasFilter) {
    return { total: 0, totalIsApproximate: false, page, pageSize, hits: [], facets: empty, didYouMean: null, engine: engine.name, tookMs: 0 };
  }
  const sort = request.sort ?? (isEmptyQuery(query) ? "date" : "relevance");
  const result = await engine.search(query, { ...filters, sort, page, pageSize });
  let didYouMean: string | null = null;
  if (result.total === 0 && !isEmptyQuery(query)) {
    const correction = suggestCorrection(query);
    if (correction) {
      const check = await engine.search(parseQuery(correction), { ...filters, sort, page: 1, pageSize: 1 });
      if (check.total > 0) didYouMean = correction;
    }
  }
  return {
    total: result.total,
    totalIsApproximate: result.totalIsApproximate ?? false,
    page,
    pageSize,
    hits: result.hits.map((hit) => decorate(hit, query.highlightTerms)),
    facets: result.facets,
    didYouMean,
    engine: engine.name,
    tookMs: Math.round(performance.now() - started),
  };
}

export function decorate(hit: EngineHit, terms: string[]): SearchHit {
  const snippet = makeSnippet(hit.body || hit.summary || "", terms, SNIPPET_LENGTH);
  return {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    titleParts: highlightParts(hit.title, terms),
    parentTitle: hit.parentTitle,
    url: hit.url,
    snippet,
    snippetParts: highlightParts(snippet, terms),
    region: hit.region,
    zones: hit.zones,
    docNumber: hit.docNumber,
    publishedAt: hit.publishedAt,
  };
}

/** Completions for the query box: titles and zone names matching what has been typed, the last word as a prefix. */
export async function suggestTitles(prefix: string, limit = 8, engine: SearchEngine = searchEngine()): Promise<string[]> {
  const query = parseQuery(prefix);
  const last = query.terms.at(-1);
  if (!last) return [];
  const withPrefix = {
    ...query,
    terms: [...query.terms.slice(0, -1), { ...last, alternatives: last.alternatives.map((alt) => alt.map((slot) => ({ ...slot, prefix: true }))) }],
  };
  return engine.suggest(withPrefix, limit);
}
