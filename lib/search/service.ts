import { db } from "@/lib/db";
import { zonePath } from "@/lib/zones/labels";
import { suggestCorrection, type QueryCorrection } from "./did-you-mean";
import { searchEngine } from "./engine";
import { highlightParts, makeSnippet } from "./highlight";
import type { Lexicon } from "./lexicon";
import { cachedLexicon } from "./lexicon-cache";
import { synonymsOf } from "./normalize";
import { isEmptyQuery, parseQuery, type ParsedQuery } from "./query";
import { queryWords } from "./segment";
import type {
  EngineHit,
  EngineRequest,
  EngineResult,
  FacetValue,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SearchZoneCard,
} from "./types";

/**
 * Search as the page, the API and the CLI use it: parse once, ask the configured engine, then add
 * corrections (您是不是要找), the zone the query names, highlighting and snippets the same way for every engine.
 */
export const DEFAULT_PAGE_SIZE = 10;
export const SNIPPET_LENGTH = 120;
/** A query with at most this many matches is also tried corrected (see suggestCorrection)… */
export const FEW_MATCHES = 3;
/** …and the correction is offered when it finds at least this many times as many (and more). */
export const CLEARLY_MORE = 2;

export type SearchOptions = {
  /** the correction lexicon; by default built from the portal's database and cached (see cachedLexicon) */
  lexicon?: () => Promise<Lexicon>;
};

export async function runSearch(request: SearchRequest, engine: SearchEngine = searchEngine(), options: SearchOptions = {}): Promise<SearchResponse> {
  const started = performance.now();
  const parsed = parseQuery(request.q);
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  const filters = { kind: request.kind, region: request.region, zone: request.zone, year: request.year };
  const hasFilter = Object.values(filters).some((value) => value !== undefined);
  const base = { page, pageSize, correctedQuery: null, showingCorrected: false, zone: null, engine: engine.name };
  if (isEmptyQuery(parsed) && !hasFilter) {
    return { ...base, total: 0, totalIsApproximate: false, hits: [], facets: emptyFacets(), tookMs: 0 };
  }
  const sort = request.sort ?? (isEmptyQuery(parsed) ? "date" : "relevance");
  const lexicon = parsed.terms.length ? await (options.lexicon ?? (() => cachedLexicon(db())))() : null;
  const query = lexicon ? withZoneNames(parsed, lexicon) : parsed;
  const namedZone = lexicon?.zoneNamedBy(query.normalized) ?? null;
  const engineRequest: EngineRequest = { ...filters, sort, page, pageSize, boostZone: namedZone?.name };
  const result = await engine.search(query, engineRequest);
  const correction = lexicon && !request.exact && result.total <= FEW_MATCHES ? suggestCorrection(query, lexicon, { strict: result.total > 0 }) : null;
  const outcome = lexicon && correction ? await withCorrection(engine, query, result, correction, engineRequest, lexicon) : null;
  const shown = outcome ?? { result, correctedQuery: null, showingCorrected: false, highlightTerms: query.highlightTerms, zone: null };
  const zone = namedZone ?? shown.zone;
  // Never above an exact match: with a correction merged in, the original's matches lead.
  const isMerged = shown.correctedQuery !== null && !shown.showingCorrected;
  const pinned = zone && !isMerged && sort === "relevance" && page === 1 && lexicon?.zoneCalled(shown.correctedQuery ?? query.normalized) === zone;
  const hits = pinned ? zoneProfileFirst(shown.result.hits, zone.name) : shown.result.hits;
  return {
    ...base,
    total: shown.result.total,
    totalIsApproximate: shown.result.totalIsApproximate ?? false,
    hits: hits.map((hit) => decorate(hit, shown.highlightTerms)),
    facets: shown.result.facets,
    correctedQuery: shown.correctedQuery,
    showingCorrected: shown.showingCorrected,
    zone: zone ? zoneCard(zone) : null,
    tookMs: Math.round(performance.now() - started),
  };
}

type Outcome = {
  result: EngineResult;
  correctedQuery: string | null;
  showingCorrected: boolean;
  highlightTerms: string[];
  zone: ReturnType<Lexicon["zoneNamedBy"]>;
};

/**
 * The corrected query is searched too. When the original found nothing, its results are shown instead
 * (已显示「…」的结果). When it finds clearly more, the original's few matches stay first — an exact match
 * always ranks above a corrected one — and the corrected matches follow; otherwise the original stands alone.
 */
async function withCorrection(
  engine: SearchEngine,
  query: ParsedQuery,
  original: EngineResult,
  correction: QueryCorrection,
  request: EngineRequest,
  lexicon: Lexicon,
): Promise<Outcome | null> {
  const corrected = parseQuery(correction.query);
  if (isEmptyQuery(corrected)) return null;
  const zone = lexicon.zoneNamedBy(corrected.normalized);
  const boosted = { ...request, boostZone: request.boostZone ?? zone?.name };
  const highlightTerms = [...new Set([...query.highlightTerms, ...corrected.highlightTerms])];
  if (original.total === 0) {
    const result = await engine.search(corrected, boosted);
    return result.total > 0 ? { result, correctedQuery: correction.query, showingCorrected: true, highlightTerms, zone } : null;
  }
  const offset = (request.page - 1) * request.pageSize;
  const fetched = await engine.search(corrected, { ...boosted, page: 1, pageSize: offset + request.pageSize });
  if (fetched.total < original.total * CLEARLY_MORE || fetched.total <= original.total) return null;
  const exact = request.page === 1 ? original.hits : (await engine.search(query, { ...request, page: 1 })).hits;
  const exactIds = new Set(exact.map((hit) => hit.id));
  const merged = [...exact, ...fetched.hits.filter((hit) => !exactIds.has(hit.id))];
  const overlap = fetched.hits.filter((hit) => exactIds.has(hit.id)).length;
  const result: EngineResult = {
    total: original.total + fetched.total - overlap,
    totalIsApproximate: fetched.totalIsApproximate,
    hits: merged.slice(offset, offset + request.pageSize),
    facets: sumFacets(original.facets, fetched.facets),
  };
  return { result, correctedQuery: correction.query, showingCorrected: false, highlightTerms, zone };
}

/**
 * A word that is a zone's name, short name, alias or everyday name (云溪, 澄湖科技城) also matches through
 * the zone's other names, each spelt out in its words: 澄湖 finds 澄湖高新区 in a title segmented whole.
 */
function withZoneNames(query: ParsedQuery, lexicon: Lexicon): ParsedQuery {
  let changed = false;
  const terms = query.terms.map((term) => {
    const zone = lexicon.zoneCalled(term.word);
    if (!zone) return term;
    const known = new Set(term.alternatives.map((alternative) => alternative.map((slot) => slot.anyOf.join("|")).join("&")));
    const extra = [zone.name, ...zone.aliases]
      .map((name) => queryWords(name).map((word) => ({ anyOf: synonymsOf(word), prefix: false })))
      .filter((alternative) => alternative.length && !known.has(alternative.map((slot) => slot.anyOf.join("|")).join("&")));
    if (!extra.length) return term;
    changed = true;
    return { ...term, alternatives: [...term.alternatives, ...extra] };
  });
  return changed ? { ...query, terms } : query;
}

/** When the whole query names a zone, its profile leads the first page (the card above says the same). */
function zoneProfileFirst(hits: EngineHit[], zoneName: string): EngineHit[] {
  const index = hits.findIndex((hit) => hit.kind === "zone" && hit.title === zoneName);
  return index > 0 ? [hits[index], ...hits.slice(0, index), ...hits.slice(index + 1)] : hits;
}

function emptyFacets(): SearchFacets {
  return { kind: [], region: [], zone: [], year: [] };
}

function sumFacets(a: SearchFacets, b: SearchFacets): SearchFacets {
  const sum = (left: FacetValue[], right: FacetValue[]) => {
    const counts = new Map<string, number>();
    for (const { value, count } of [...left, ...right]) counts.set(value, (counts.get(value) ?? 0) + count);
    return [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || x.value.localeCompare(y.value, "zh"));
  };
  return {
    kind: sum(a.kind, b.kind),
    region: sum(a.region, b.region),
    zone: sum(a.zone, b.zone),
    year: sum(a.year, b.year).sort((x, y) => Number(y.value) - Number(x.value)),
  };
}

function zoneCard(zone: NonNullable<ReturnType<Lexicon["zoneNamedBy"]>>): SearchZoneCard {
  return {
    slug: zone.slug,
    name: zone.name,
    url: zonePath(zone.slug),
    level: zone.level,
    province: zone.province,
    city: zone.city,
    industries: zone.industries,
    summary: zone.summary,
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
