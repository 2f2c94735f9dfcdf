import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query";
import type {
  EngineHealth,
  EngineRequest,
  EngineResult,
  FacetValue,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchFilters,
  SearchKind,
} from "../types";
import { documentFields, documentPinyin, tsqueryLiteral, tsvectorLiteral } from "./embedded-text";

/**
 * The embedded engine: search documents live in the "SearchDocument" table of the portal's own
 * database (PostgreSQL or PGlite), with app-segmented tokens in a GIN-indexed tsvector.
 * Ranking: ts_rank with title A › aliases B › summary C › body D, doubled when every word is in the
 * title or aliases, an exact 文号 first, and a gentle boost for recent documents.
 */
const RANK_WEIGHTS = "{0.05, 0.2, 0.5, 1.0}"; // D, C, B, A
const FACET_LIMIT = 20;
const UPSERT_BATCH = 200;

type Row = {
  id: string;
  kind: SearchKind;
  title: string;
  parentTitle: string | null;
  url: string;
  summary: string | null;
  body: string;
  region: string | null;
  zones: string[];
  docNumber: string | null;
  publishedAt: Date | null;
};

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;

  constructor(private readonly prisma: () => PrismaClient) {}

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

  async search(query: ParsedQuery, request: EngineRequest): Promise<EngineResult> {
    const text = tsqueryLiteral(query);
    const titleText = tsqueryLiteral(query, "AB");
    const match = matchCondition(query, text);
    const where = Prisma.sql`${match} AND ${filterCondition(request)}`;
    const score = text
      ? Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], "tokens", ${text}::tsquery)
          * CASE WHEN "tokens" @@ ${titleText}::tsquery THEN 2.0 ELSE 1.0 END
          * (1.0 + 0.3 / (1.0 + COALESCE(EXTRACT(EPOCH FROM (now() - "publishedAt")) / 31536000.0, 10.0)))`
      : Prisma.sql`0`;
    const exact = query.docNumber ? Prisma.sql`("docNumber" = ${query.docNumber})` : Prisma.sql`false`;
    const order =
      request.sort === "date"
        ? Prisma.sql`"publishedAt" DESC NULLS LAST, score DESC, "id"`
        : Prisma.sql`exact DESC, score DESC, "publishedAt" DESC NULLS LAST, "id"`;
    const offset = (request.page - 1) * request.pageSize;
    const prisma = this.prisma();
    const hits = await prisma.$queryRaw<Row[]>`
      SELECT "id", "kind", "title", "parentTitle", "url", "summary", "body", "region", "zones", "docNumber", "publishedAt"
      FROM (
        SELECT *, ${score}::float8 AS score, ${exact} AS exact FROM "SearchDocument" WHERE ${where}
      ) ranked
      ORDER BY ${order}
      LIMIT ${request.pageSize} OFFSET ${offset}`;
    const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "SearchDocument" WHERE ${where}`;
    const facets = await this.facets(match, request);
    return { total, hits: hits.map((row) => ({ ...row, zones: row.zones ?? [] })), facets };
  }

  /** Each facet counted under the query and every filter except its own. */
  private async facets(match: Prisma.Sql, request: SearchFilters): Promise<SearchFacets> {
    const others = (omit: keyof SearchFilters) => Prisma.sql`${match} AND ${filterCondition({ ...request, [omit]: undefined })}`;
    const rows = await this.prisma().$queryRaw<{ facet: keyof SearchFacets; value: string; count: number }[]>`
      (SELECT 'kind' AS facet, "kind" AS value, count(*)::int AS count FROM "SearchDocument" WHERE ${others("kind")} GROUP BY 2)
      UNION ALL
      (SELECT 'region', "region", count(*)::int FROM "SearchDocument" WHERE ${others("region")} AND "region" IS NOT NULL
        GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_LIMIT})
      UNION ALL
      (SELECT 'zone', zone, count(*)::int FROM "SearchDocument", unnest("zones") AS zone WHERE ${others("zone")}
        GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_LIMIT})
      UNION ALL
      (SELECT 'year', "year"::text, count(*)::int FROM "SearchDocument" WHERE ${others("year")} AND "year" IS NOT NULL GROUP BY 2)`;
    const facets: SearchFacets = { kind: [], region: [], zone: [], year: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
    const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, "zh");
    facets.kind.sort(byCount);
    facets.region.sort(byCount);
    facets.zone.sort(byCount);
    facets.year.sort((a, b) => Number(b.value) - Number(a.value));
    return facets;
  }

  async suggest(query: ParsedQuery, limit: number): Promise<string[]> {
    const text = tsqueryLiteral(query, "AB");
    if (!text) return [];
    const rows = await this.prisma().$queryRaw<{ title: string }[]>`
      SELECT "title" FROM "SearchDocument" WHERE "tokens" @@ ${text}::tsquery
      ORDER BY ("kind" = 'zone') DESC, ts_rank(${RANK_WEIGHTS}::float4[], "tokens", ${text}::tsquery) DESC, "publishedAt" DESC NULLS LAST
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

function matchCondition(query: ParsedQuery, text: string | null): Prisma.Sql {
  const textMatch = text ? Prisma.sql`"tokens" @@ ${text}::tsquery` : null;
  const exact = query.docNumber ? Prisma.sql`"docNumber" = ${query.docNumber}` : null;
  if (textMatch && exact) return Prisma.sql`(${textMatch} OR ${exact})`;
  return textMatch ?? exact ?? Prisma.sql`true`;
}

function filterCondition(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.kind) parts.push(Prisma.sql`"kind" = ${filters.kind}`);
  if (filters.region) parts.push(Prisma.sql`"region" = ${filters.region}`);
  if (filters.zone) parts.push(Prisma.sql`${filters.zone} = ANY("zones")`);
  if (filters.year) parts.push(Prisma.sql`"year" = ${filters.year}`);
  return Prisma.join(parts, " AND ");
}

function upsertStatement(documents: SearchDocument[]): Prisma.Sql {
  const rows = documents.map(
    (doc) => Prisma.sql`(${doc.id}, ${doc.kind}, ${doc.title}, ${doc.parentTitle}, ${doc.url}, ${doc.summary}, ${doc.body},
      ${doc.region}, ${doc.zones}::text[], ${doc.year}::int, ${doc.issuer}, ${doc.validity}, ${doc.docNumber},
      ${doc.publishedAt}::timestamp, ${tsvectorLiteral(documentFields(doc))}::tsvector, ${documentPinyin(doc)}, ${doc.sourceVersion}::int, now())`,
  );
  return Prisma.sql`
    INSERT INTO "SearchDocument" ("id", "kind", "title", "parentTitle", "url", "summary", "body", "region", "zones", "year",
      "issuer", "validity", "docNumber", "publishedAt", "tokens", "pinyin", "sourceVersion", "indexedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("id") DO UPDATE SET
      "kind" = EXCLUDED."kind", "title" = EXCLUDED."title", "parentTitle" = EXCLUDED."parentTitle", "url" = EXCLUDED."url",
      "summary" = EXCLUDED."summary", "body" = EXCLUDED."body", "region" = EXCLUDED."region", "zones" = EXCLUDED."zones",
      "year" = EXCLUDED."year", "issuer" = EXCLUDED."issuer", "validity" = EXCLUDED."validity",
      "docNumber" = EXCLUDED."docNumber", "publishedAt" = EXCLUDED."publishedAt", "tokens" = EXCLUDED."tokens",
      "pinyin" = EXCLUDED."pinyin", "sourceVersion" = EXCLUDED."sourceVersion", "indexedAt" = EXCLUDED."indexedAt"
    WHERE "SearchDocument"."sourceVersion" <= EXCLUDED."sourceVersion"`;
}
