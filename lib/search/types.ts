/**
 * The search contract shared by every engine (embedded on PostgreSQL/PGlite, Meilisearch) and by the
 * page, the API route and the CLI. Engines receive documents already normalised by lib/search/document.ts
 * and queries already parsed by lib/search/query.ts, so both engines behave alike.
 */
import type { ZoneLevel } from "@/lib/generated/prisma/enums";
import type { ParsedQuery } from "./query";

export const SEARCH_KINDS = ["news", "report", "policy", "bulletin", "zone"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  news: "资讯",
  report: "政府工作报告",
  policy: "政策文件",
  bulletin: "工作简报",
  zone: "开发区",
};

/** One searchable thing: an article, one bulletin item, or a zone profile. */
export type SearchDocument = {
  /** "<entity>" or "<entity>:<part>", e.g. "article:ck…", "bulletin:ck…:ck…" (one per item), "zone:ck…" */
  id: string;
  /** the database entity this document is a projection of: "article:ck…", "bulletin:ck…", "zone:ck…" */
  entity: string;
  kind: SearchKind;
  title: string;
  /** other names (zone short names and aliases, a policy's 文号), weighted after the title */
  aliases: string[];
  /** the bulletin's title for a bulletin item */
  parentTitle: string | null;
  url: string;
  summary: string | null;
  body: string;
  region: string | null;
  zones: string[];
  year: number | null;
  issuer: string | null;
  validity: string | null;
  /** normalised 文号 (see normaliseDocNumber), for exact matches */
  docNumber: string | null;
  publishedAt: Date | null;
  /** the source row's version, for idempotent, ordered updates */
  sourceVersion: number;
};

export type SearchSort = "relevance" | "date";

export type SearchFilters = {
  kind?: SearchKind;
  region?: string;
  zone?: string;
  year?: number;
};

export type SearchRequest = SearchFilters & {
  q: string;
  sort?: SearchSort;
  /** 1-based */
  page?: number;
  pageSize?: number;
  /** search the query as typed, without corrections (仍搜索「…」) */
  exact?: boolean;
};

export type FacetValue = { value: string; count: number };

/** Counts per value; each facet is counted with every other filter applied but not its own. */
export type SearchFacets = { kind: FacetValue[]; region: FacetValue[]; zone: FacetValue[]; year: FacetValue[] };

/** A run of text and whether it matched the query; the UI renders these as text, never as HTML. */
export type HighlightPart = { text: string; match: boolean };

export type SearchHit = {
  id: string;
  kind: SearchKind;
  title: string;
  titleParts: HighlightPart[];
  parentTitle: string | null;
  url: string;
  snippet: string;
  snippetParts: HighlightPart[];
  region: string | null;
  zones: string[];
  docNumber: string | null;
  publishedAt: Date | null;
};

export type SearchResponse = {
  total: number;
  /** true when there were too many matches to count exactly: `total` (and the facet counts) are a sample */
  totalIsApproximate: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** 您是不是要找: a corrected spelling of the query that finds clearly more than it (see lib/search/did-you-mean.ts) */
  correctedQuery: string | null;
  /** the query found nothing: these are the results of `correctedQuery` (已显示「…」的结果) */
  showingCorrected: boolean;
  /** the zone the query (or its correction) names, shown above the results */
  zone: SearchZoneCard | null;
  engine: SearchEngineName;
  tookMs: number;
};

export type SearchZoneCard = {
  slug: string;
  name: string;
  url: string;
  level: ZoneLevel;
  province: string | null;
  city: string | null;
  industries: string[];
  summary: string | null;
};

export type SearchEngineName = "embedded" | "meilisearch";

export type EngineHealth = { engine: SearchEngineName; ok: boolean; documents: number | null; detail: string };

/** What an engine returns before the shared layer adds highlighting and snippets. */
export type EngineHit = Pick<
  SearchDocument,
  "id" | "kind" | "title" | "parentTitle" | "url" | "summary" | "body" | "region" | "zones" | "docNumber" | "publishedAt"
>;

export type EngineRequest = SearchFilters & {
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** a zone the query names: rank the documents about it higher (relevance order only) */
  boostZone?: string;
};

export type EngineResult = { total: number; totalIsApproximate?: boolean; hits: EngineHit[]; facets: SearchFacets };

export interface SearchEngine {
  readonly name: SearchEngineName;
  /** create the index / apply settings; safe to call repeatedly */
  prepare(): Promise<void>;
  /** insert or replace documents by id (idempotent) */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** make an entity's documents exactly `documents` (none = remove it from the index); idempotent */
  replaceEntity(entity: string, documents: SearchDocument[]): Promise<void>;
  /** remove every document of these entities; removing what is not there is fine */
  deleteEntities(entities: string[]): Promise<void>;
  search(query: ParsedQuery, request: EngineRequest): Promise<EngineResult>;
  /** titles that complete what the visitor has typed so far */
  suggest(query: ParsedQuery, limit: number): Promise<string[]>;
  /** every entity key in the index with its documents' source version (for reindex and consistency checks) */
  listEntities(): Promise<Map<string, number>>;
  health(): Promise<EngineHealth>;
}
