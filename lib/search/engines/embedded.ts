import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query";
import type {
  EngineHealth,
  EngineHit,
  EngineRequest,
  EngineResult,
  FacetValue,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchFilters,
} from "../types";
import {
  documentFields,
  documentNameKeys,
  facetLexemes,
  filteredTsqueryLiteral,
  nameMatchPatterns,
  nameTokensLiteral,
  tsqueryLiteral,
  tsvectorLiteral,
  type WeightedTokens,
} from "./embedded-text";

/**
 * The embedded engine: search documents live in the "SearchDocument" table of the portal's own
 * database (PostgreSQL or PGlite), with app-segmented tokens in a GIN-indexed tsvector.
 * Ranking: an exact 文号 first, then ts_rank with title A › aliases B › summary C › body D, doubled when the
 * title or other names contain every word, raised for documents about the zone the query names, and a gentle
 * boost for recent documents.
 *
 * Work per query is bounded at any corpus size (see README "Search"): the matches are read up to a sample
 * cap with narrow columns only (never the tokens, which live in TOAST), and only a few hundred candidates
 * are scored with ts_rank, the one step that reads tokens.
 */
const RANK_WEIGHTS = "{0.05, 0.2, 0.5, 1.0}"; // D, C, B, A
const FACET_LIMIT = 20;
/** matches read for the total and the facets; beyond this the total is "more than" and facets count the sample */
export const SAMPLE_CAP = 2000;
/** the best of the sample (exact 文号, then named, then newest) that are scored with ts_rank… */
const RANK_CANDIDATES = 200;
/** …fewer when the sample is not every match, since then the next two sources add candidates: */
const SAMPLED_RANK_CANDIDATES = 100;
/** documents the query names, through the small "nameTokens" index (unless the sample has enough of them)… */
const NAME_CANDIDATES = 100;
/** …and the matches among the newest documents (a sample comes in storage order, not date order) */
const RECENT_WINDOW = 100;
const UPSERT_BATCH = 200;
/** a document about the zone the query names (EngineRequest.boostZone) counts this much more */
const ZONE_BOOST = 1.5;
const FACET_FILTERS = ["kind", "region", "zone", "year"] as const satisfies readonly (keyof SearchFilters)[];

type JsonResult = {
  total: number;
  approximate: boolean;
  hits: (Omit<EngineHit, "publishedAt"> & { publishedAt: string | null })[];
} & SearchFacets;

export type EmbeddedEngineOptions = {
  /** see SAMPLE_CAP; tests lower it to reach the sampled path with a small corpus */
  sampleCap?: number;
};

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private readonly sampleCap: number;

  constructor(
    private readonly prisma: () => PrismaClient,
    options: EmbeddedEngineOptions = {},
  ) {
    this.sampleCap = options.sampleCap ?? SAMPLE_CAP;
  }

  async prepare(): Promise<void> {
    // The table and its indexes come with the migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      await this.prisma().$executeRaw(upsertStatement(documents.slice(start, start + UPSERT_BATCH)));
    }
  }

  async replaceEntity(entity: string, documents: SearchDocument[]): Promise<void> {
    const keep = documents.map((document) => document.id);
    await this.prisma().$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE ${entityCondition([entity])} AND NOT ("id" = ANY(${keep}::text[]))`;
      if (documents.length) await tx.$executeRaw(upsertStatement(documents));
    });
  }

  async deleteEntities(entities: string[]): Promise<void> {
    if (!entities.length) return;
    await this.prisma().$executeRaw`DELETE FROM "SearchDocument" WHERE ${entityCondition(entities)}`;
  }

  /**
   * One statement.
   * - `filtered`: the matches with every filter, up to the cap + 1, narrow columns only. With a text query
   *   the filters are lexemes of the tsquery (see facetLexemes): one GIN scan intersects them. As plain SQL
   *   conditions, the planner may instead read a filter's index (kind = a quarter of the table) and test @@
   *   row by row, reading each row's tokens out of TOAST, a cost it does not see.
   *   Up to the cap, total and facets are exact; above it the total is the cap, flagged approximate (the
   *   true count is larger), and facets count that sample, so they add up to the total.
   * - A facet whose own filter is set counts the matches without it (`matched`, read only then).
   * - Relevance: ts_rank on at most a few hundred candidates — the best of the sample by exact 文号, name
   *   match and date; when the sample is not every match, also documents the query names (the small
   *   "nameTokens" index, asked only when the sample holds few of them: a word in a tenth of all titles
   *   costs a large bitmap and adds nothing the sample lacks) and the matches among the newest documents.
   * - Date order is exact at any size: the sample when it holds every match, otherwise the newest matches
   *   through the publishedAt index (with more than the cap matching, the walk soon finds a page of them;
   *   with few or none it would read every row's tokens, which is why it is not asked then).
   */
  async search(query: ParsedQuery, request: EngineRequest): Promise<EngineResult> {
    const text = tsqueryLiteral(query);
    const match = matchCondition(query, text);
    const filters = filterCondition(request);
    const filteredMatch = text
      ? matchCondition(query, filteredTsqueryLiteral(text, request), filters)
      : Prisma.sql`${match} AND ${filters}`;
    const active = FACET_FILTERS.filter((key) => request[key] !== undefined);
    const exact = query.docNumber ? Prisma.sql`("docNumber" = ${query.docNumber})` : Prisma.sql`false`;
    const named = nameMatchCondition(query);
    const boosted = request.boostZone ? Prisma.sql`(d."zones" @> ARRAY[${request.boostZone}]::text[])` : Prisma.sql`false`;
    const offset = (request.page - 1) * request.pageSize;
    const wanted = offset + request.pageSize;
    const page =
      request.sort === "date" || !text
        ? Prisma.sql`
            SELECT "id", row_number() OVER (ORDER BY "publishedAt" DESC NULLS LAST, "id") AS ord FROM (
              SELECT "id", "publishedAt" FROM (
                (SELECT "id", "publishedAt" FROM filtered WHERE NOT (SELECT more FROM counted))
                UNION ALL
                (SELECT "id", "publishedAt" FROM "SearchDocument" WHERE ${filteredMatch} AND "publishedAt" IS NOT NULL
                  AND (SELECT more FROM counted) ORDER BY "publishedAt" DESC, "id" LIMIT ${wanted})
                UNION ALL
                (SELECT "id", "publishedAt" FROM "SearchDocument" WHERE ${filteredMatch} AND "publishedAt" IS NULL
                  AND (SELECT more FROM counted) ORDER BY "id" LIMIT ${wanted})
              ) dated ORDER BY "publishedAt" DESC NULLS LAST, "id" LIMIT ${request.pageSize} OFFSET ${offset}
            ) newest`
        : Prisma.sql`
            SELECT "id", row_number() OVER (ORDER BY exact DESC, score DESC, "publishedAt" DESC NULLS LAST, "id") AS ord
            FROM (
              SELECT d."id", d."publishedAt", ${exact} AS exact,
                ts_rank(${RANK_WEIGHTS}::float4[], d."tokens", ${text}::tsquery) * CASE WHEN ${named} THEN 2.0 ELSE 1.0 END * CASE WHEN ${boosted} THEN ${ZONE_BOOST}::float4 ELSE 1.0 END
                  * (1.0 + 0.3 / (1.0 + COALESCE(EXTRACT(EPOCH FROM (now() - d."publishedAt")) / 31536000.0, 10.0))) AS score
              FROM (
                (SELECT "id" FROM filtered ORDER BY exact DESC, named DESC, "publishedAt" DESC NULLS LAST, "id"
                  LIMIT (SELECT CASE WHEN more THEN ${Math.max(SAMPLED_RANK_CANDIDATES, wanted)}::int ELSE ${Math.max(RANK_CANDIDATES, wanted)}::int END FROM counted))
                UNION
                (SELECT "id" FROM "SearchDocument" WHERE "nameTokens" @@ ${text}::tsquery AND ${filters}
                  AND (SELECT more AND named < ${NAME_CANDIDATES}::int FROM counted) LIMIT ${NAME_CANDIDATES})
                UNION
                (SELECT "id" FROM (
                  SELECT "id", "tokens" FROM "SearchDocument" WHERE "publishedAt" IS NOT NULL AND ${filters}
                    AND (SELECT more FROM counted) ORDER BY "publishedAt" DESC LIMIT ${RECENT_WINDOW}
                ) recent WHERE "tokens" @@ ${text}::tsquery)
                ${text && request.boostZone ? Prisma.sql`UNION (SELECT "id" FROM "SearchDocument" WHERE "tokens" @@ ${filteredTsqueryLiteral(text, { ...request, zone: request.boostZone })}::tsquery
                  AND ${filters} AND (SELECT more FROM counted) LIMIT ${NAME_CANDIDATES})` : Prisma.empty}
                ${query.docNumber ? Prisma.sql`UNION (SELECT "id" FROM "SearchDocument" WHERE "docNumber" = ${query.docNumber} AND ${filters})` : Prisma.empty}
              ) c JOIN "SearchDocument" d ON d."id" = c."id"
            ) scored
            ORDER BY ord LIMIT ${request.pageSize} OFFSET ${offset}`;
    const facetRows = (facet: (typeof FACET_FILTERS)[number]) =>
      active.includes(facet) ? Prisma.sql`matched WHERE ${filterCondition({ ...request, [facet]: undefined })}` : Prisma.sql`sample WHERE true`;
    const statement = Prisma.sql`
      WITH filtered AS MATERIALIZED (
        SELECT "id", "publishedAt", "kind", "region", "zones", "year", ${exact} AS exact,
          ${text ? Prisma.sql`COALESCE("nameTokens" @@ ${text}::tsquery, false)` : Prisma.sql`false`} AS named
        FROM "SearchDocument" WHERE ${filteredMatch} LIMIT ${this.sampleCap + 1}
      ),
      counted AS (SELECT count(*) > ${this.sampleCap} AS more, count(*) FILTER (WHERE named) AS named FROM filtered),
      sample AS (SELECT "kind", "region", "zones", "year" FROM filtered LIMIT ${this.sampleCap}),
      ${active.length ? Prisma.sql`matched AS MATERIALIZED (SELECT "kind", "region", "zones", "year" FROM "SearchDocument" WHERE ${match} LIMIT ${this.sampleCap}),` : Prisma.empty}
      page AS (${page})
      SELECT json_build_object(
        'total', (SELECT count(*) FROM sample),
        'approximate', (SELECT more FROM counted),
        'hits', (
          SELECT COALESCE(json_agg(json_build_object(
            'id', d."id", 'kind', d."kind", 'title', d."title", 'parentTitle', d."parentTitle", 'url', d."url",
            'summary', d."summary", 'body', d."body", 'region', d."region", 'zones', d."zones",
            'docNumber', d."docNumber", 'publishedAt', d."publishedAt") ORDER BY p.ord), '[]'::json)
          FROM page p JOIN "SearchDocument" d ON d."id" = p."id"),
        'kind', (SELECT COALESCE(json_agg(f), '[]'::json) FROM (
          SELECT "kind" AS value, count(*)::int AS count FROM ${facetRows("kind")} GROUP BY 1) f),
        'region', (SELECT COALESCE(json_agg(f), '[]'::json) FROM (
          SELECT "region" AS value, count(*)::int AS count FROM ${facetRows("region")} AND "region" IS NOT NULL
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}) f),
        'zone', (SELECT COALESCE(json_agg(f), '[]'::json) FROM (
          SELECT zone AS value, count(*)::int AS count FROM (SELECT unnest("zones") AS zone FROM ${facetRows("zone")}) z
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}) f),
        'year', (SELECT COALESCE(json_agg(f), '[]'::json) FROM (
          SELECT "year"::text AS value, count(*)::int AS count FROM ${facetRows("year")} AND "year" IS NOT NULL GROUP BY 1) f)
      ) AS result`;
    // For a word in most documents the planner may prefer a sequential scan, which evaluates @@ on every row
    // and so reads every row's tokens out of TOAST. The GIN index answers @@ exactly without them: use it.
    const [{ result }] = await this.prisma().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ result: JsonResult }[]>(statement);
    });
    const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, "zh");
    const facets: SearchFacets = {
      kind: result.kind.sort(byCount),
      region: result.region.sort(byCount),
      zone: result.zone.sort(byCount),
      year: result.year.sort((a, b) => Number(b.value) - Number(a.value)),
    };
    const hits = result.hits.map((hit) => ({
      ...hit,
      zones: hit.zones ?? [],
      publishedAt: hit.publishedAt ? new Date(`${hit.publishedAt}Z`) : null,
    }));
    return { total: Number(result.total), totalIsApproximate: result.approximate, hits, facets };
  }

  /** Titles the typed words name: the small "nameTokens" index, zones first, then the shortest titles. */
  async suggest(query: ParsedQuery, limit: number): Promise<string[]> {
    const text = tsqueryLiteral(query);
    if (!text) return [];
    const rows = await this.prisma().$queryRaw<{ title: string }[]>`
      SELECT "title" FROM "SearchDocument" WHERE "nameTokens" @@ ${text}::tsquery
      ORDER BY ("kind" = 'zone') DESC, length("title"), "publishedAt" DESC NULLS LAST
      LIMIT ${limit * 3}`;
    return [...new Set(rows.map((row) => row.title))].slice(0, limit);
  }

  async listEntities(): Promise<Map<string, number>> {
    const rows = await this.prisma().$queryRaw<{ entity: string; version: number }[]>`
      SELECT split_part("id", ':', 1) || ':' || split_part("id", ':', 2) AS entity, max("sourceVersion")::int AS version
      FROM "SearchDocument" GROUP BY 1`;
    return new Map(rows.map((row) => [row.entity, row.version]));
  }

  async health(): Promise<EngineHealth> {
    const [{ documents }] = await this.prisma().$queryRaw<{ documents: number }[]>`
      SELECT count(*)::int AS documents FROM "SearchDocument"`;
    return { engine: this.name, ok: true, documents, detail: "内置搜索引擎（数据库全文索引）" };
  }
}

function entityCondition(entities: string[]): Prisma.Sql {
  const prefixes = entities.map((entity) => `${entity}:%`);
  return Prisma.sql`("id" = ANY(${entities}::text[]) OR "id" LIKE ANY(${prefixes}::text[]))`;
}

/** `filters` (plain SQL) apply to the 文号 leg; the text leg carries them as lexemes when given. */
function matchCondition(query: ParsedQuery, text: string | null, filters?: Prisma.Sql): Prisma.Sql {
  const textMatch = text ? Prisma.sql`"tokens" @@ ${text}::tsquery` : null;
  const exact = query.docNumber
    ? filters
      ? Prisma.sql`("docNumber" = ${query.docNumber} AND ${filters})`
      : Prisma.sql`"docNumber" = ${query.docNumber}`
    : null;
  if (textMatch && exact) return Prisma.sql`(${textMatch} OR ${exact})`;
  return textMatch ?? exact ?? Prisma.sql`true`;
}

/** Every query word appears in the title or the other names (the "pinyin" column): a title-tier match. */
function nameMatchCondition(query: ParsedQuery): Prisma.Sql {
  if (!query.terms.length) return Prisma.sql`false`;
  const names = Prisma.sql`lower("title" || ' ' || "pinyin")`;
  return Prisma.join(
    query.terms.map((term) => Prisma.sql`${names} LIKE ANY(${nameMatchPatterns(term)}::text[])`),
    " AND ",
  );
}

function filterCondition(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.kind) parts.push(Prisma.sql`"kind" = ${filters.kind}`);
  if (filters.region) parts.push(Prisma.sql`"region" = ${filters.region}`);
  if (filters.zone) parts.push(Prisma.sql`"zones" @> ARRAY[${filters.zone}]::text[]`);
  if (filters.year) parts.push(Prisma.sql`"year" = ${filters.year}`);
  return Prisma.join(parts, " AND ");
}

/** `fieldsOf` is the tokenizer; the benchmark passes pre-tokenised fields to build a large corpus fast. */
export function upsertStatement(documents: SearchDocument[], fieldsOf: (document: SearchDocument) => WeightedTokens[] = documentFields): Prisma.Sql {
  const rows = documents.map((doc) => {
    const fields = fieldsOf(doc);
    return Prisma.sql`(${doc.id}, ${doc.kind}, ${doc.title}, ${doc.parentTitle}, ${doc.url}, ${doc.summary}, ${doc.body},
      ${doc.region}, ${doc.zones}::text[], ${doc.year}::int, ${doc.issuer}, ${doc.validity}, ${doc.docNumber},
      ${doc.publishedAt}::timestamp, ${tsvectorLiteral(fields, facetLexemes(doc))}::tsvector, ${nameTokensLiteral(fields)}::tsvector,
      ${documentNameKeys(doc)}, ${doc.sourceVersion}::int, now())`;
  });
  return Prisma.sql`
    INSERT INTO "SearchDocument" ("id", "kind", "title", "parentTitle", "url", "summary", "body", "region", "zones", "year",
      "issuer", "validity", "docNumber", "publishedAt", "tokens", "nameTokens", "pinyin", "sourceVersion", "indexedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("id") DO UPDATE SET
      "kind" = EXCLUDED."kind", "title" = EXCLUDED."title", "parentTitle" = EXCLUDED."parentTitle", "url" = EXCLUDED."url",
      "summary" = EXCLUDED."summary", "body" = EXCLUDED."body", "region" = EXCLUDED."region", "zones" = EXCLUDED."zones",
      "year" = EXCLUDED."year", "issuer" = EXCLUDED."issuer", "validity" = EXCLUDED."validity",
      "docNumber" = EXCLUDED."docNumber", "publishedAt" = EXCLUDED."publishedAt", "tokens" = EXCLUDED."tokens",
      "nameTokens" = EXCLUDED."nameTokens", "pinyin" = EXCLUDED."pinyin", "sourceVersion" = EXCLUDED."sourceVersion", "indexedAt" = EXCLUDED."indexedAt"
    WHERE "SearchDocument"."sourceVersion" <= EXCLUDED."sourceVersion"`;
}
