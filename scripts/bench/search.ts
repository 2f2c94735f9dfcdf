// Search benchmarks for `npm run bench`: quality of the labelled query set (success@3, MRR) and latency on a generated 100 000-document corpus, both on the embedded engine in scratch databases (latency on PostgreSQL, zp_search_bench).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import pg from "pg";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "@/lib/db";
import { deployMigrations } from "@/lib/database/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importText } from "@/lib/importer";
import { storeImportedDocuments } from "@/lib/importer/store";
import { EmbeddedSearchEngine, upsertStatement } from "@/lib/search/engines/embedded";
import { documentFields, type WeightedTokens } from "@/lib/search/engines/embedded-text";
import { reindexAll } from "@/lib/search/reindex";
import { indexTokens } from "@/lib/search/segment";
import { SYNONYM_GROUPS } from "@/lib/search/dictionary";
import { Lexicon, type LexiconZone } from "@/lib/search/lexicon";
import { cachedLexicon } from "@/lib/search/lexicon-cache";
import { runSearch, type SearchOptions } from "@/lib/search/service";
import { SEARCH_KINDS, type SearchDocument, type SearchKind, type SearchRequest } from "@/lib/search/types";
import { SAMPLE_DOCUMENTS_DIR, seedSampleContent } from "@/prisma/seed";
import { seedQualityCorpus } from "@/tests/fixtures/search/quality-corpus";
import { benchDatabaseUrl } from "./database";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const QUERY_SET_PATH = path.join(ROOT, "tests/fixtures/search/queries.json");
export const SHARED_SEEDS_DIR = path.resolve(ROOT, "../shared/seeds");

export type LabelledQuery = {
  q: string;
  kind?: SearchKind;
  /** what the expected document is: its kind, words of its title, or the file it was imported from */
  expect: { kind?: SearchKind; title?: string; titleIncludes?: string; source?: string };
  /** queries over ../shared/seeds are skipped when that folder is absent */
  needsSharedSeeds?: boolean;
  note?: string;
};

export type QualityFailure = { q: string; expected: LabelledQuery["expect"]; rank: number | null; top3: string[] };
export type QualityResult = { successAt3: number; mrr: number; queries: number; failures: QualityFailure[]; result: string; pass: boolean };

export type Scratch = { prisma: PrismaClient; engine: EmbeddedSearchEngine; close: () => Promise<void> };

/** A scratch embedded database (in memory or in a temporary folder), migrated, with its own engine. */
export async function openScratch(folder?: string): Promise<Scratch> {
  const database = createDatabase(folder ? `pglite:${folder}` : "pglite:memory://");
  return migratedScratch(database, async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
}

/** A fresh scratch PostgreSQL database `name` (dropped again on close), migrated, with its own engine. */
export async function openPostgresScratch(adminUrl: string, name: string): Promise<Scratch> {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  return migratedScratch(createDatabase(benchDatabaseUrl(adminUrl, name), 2), () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function migratedScratch(database: ReturnType<typeof createDatabase>, removeDatabase: () => Promise<void>): Promise<Scratch> {
  await deployMigrations(database.handle.factory);
  const prisma = database.prisma;
  return {
    prisma,
    engine: new EmbeddedSearchEngine(() => prisma),
    close: async () => {
      await prisma.$disconnect();
      await database.handle.close();
      await removeDatabase();
    },
  };
}

export function loadQuerySet(file = QUERY_SET_PATH): LabelledQuery[] {
  return JSON.parse(readFileSync(file, "utf8")) as LabelledQuery[];
}

/** Document ids that satisfy an expectation (several when e.g. a title appears twice). */
async function expectedIds(prisma: PrismaClient, expectation: LabelledQuery["expect"]): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<{ id: string; kind: string; title: string }[]>`SELECT "id", "kind", "title" FROM "SearchDocument"`;
  let sourceEntities: Set<string> | null = null;
  if (expectation.source) {
    const revisions = await prisma.revision.findMany({ where: { comment: { endsWith: expectation.source } }, select: { entityType: true, entityId: true } });
    const articles = await prisma.article.findMany({ where: { importSource: expectation.source }, select: { id: true } });
    sourceEntities = new Set([
      ...revisions.map((revision) => `${revision.entityType}:${revision.entityId}`),
      ...articles.map((article) => `article:${article.id}`),
    ]);
  }
  return new Set(
    rows
      .filter((row) => !expectation.kind || row.kind === expectation.kind)
      .filter((row) => !expectation.title || row.title === expectation.title)
      .filter((row) => !expectation.titleIncludes || row.title.includes(expectation.titleIncludes))
      .filter((row) => !sourceEntities || sourceEntities.has(row.id.split(":").slice(0, 2).join(":")))
      .map((row) => row.id),
  );
}

/** Loads our sample content (and ../shared/seeds when present) into a scratch database and indexes it. */
async function loadQualityCorpus(scratch: Scratch, withSharedSeeds: boolean): Promise<void> {
  await seedSampleContent(scratch.prisma);
  if (withSharedSeeds) {
    for (const file of readdirSync(SHARED_SEEDS_DIR).filter((name) => name.endsWith(".txt")).sort()) {
      const documents = importText(readFileSync(path.join(SHARED_SEEDS_DIR, file), "utf8"), file);
      await storeImportedDocuments(scratch.prisma, documents, { publish: true });
    }
  }
  await reindexAll({ prisma: scratch.prisma, engine: scratch.engine });
}

/** success@3 and MRR (reciprocal rank within the top 10) of the labelled query set. */
export async function benchSearchQuality(_options: { quick?: boolean } = {}): Promise<QualityResult> {
  const withSharedSeeds = existsSync(SHARED_SEEDS_DIR);
  const queries = loadQuerySet().filter((query) => withSharedSeeds || !query.needsSharedSeeds);
  const scratch = await openScratch();
  try {
    await loadQualityCorpus(scratch, withSharedSeeds);
    let successes = 0;
    let reciprocal = 0;
    const failures: QualityFailure[] = [];
    for (const query of queries) {
      const expected = await expectedIds(scratch.prisma, query.expect);
      const result = await runSearch({ q: query.q, kind: query.kind, pageSize: 10 }, scratch.engine, scratchSearchOptions(scratch));
      const index = result.hits.findIndex((hit) => expected.has(hit.id));
      const rank = index === -1 ? null : index + 1;
      if (rank !== null) reciprocal += 1 / rank;
      if (rank !== null && rank <= 3) successes += 1;
      else failures.push({ q: query.q, expected: query.expect, rank, top3: result.hits.slice(0, 3).map((hit) => hit.title) });
      if (!expected.size) failures.at(-1)!.expected = { ...query.expect, title: "（没有文档符合此预期：检查标注）" };
    }
    const successAt3 = queries.length ? successes / queries.length : 0;
    const mrr = queries.length ? reciprocal / queries.length : 0;
    return {
      successAt3,
      mrr,
      queries: queries.length,
      failures,
      result: `success@3 ${(successAt3 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)} over ${queries.length} queries${withSharedSeeds ? "" : " (without ../shared/seeds)"}`,
      pass: failures.length === 0,
    };
  } finally {
    await scratch.close();
  }
}

/** Corrections against the scratch database's own lexicon (never the configured database's). */
export function scratchSearchOptions(scratch: Scratch): SearchOptions {
  return { lexicon: () => cachedLexicon(scratch.prisma) };
}

// ───────────────────────── quality by query type ─────────────────────────

export const QUALITY_QUERY_TYPES = ["exact", "alias", "pinyin", "homophone", "typo", "docnumber"] as const;
export type QualityQueryType = (typeof QUALITY_QUERY_TYPES)[number];
export type TypedQuery = LabelledQuery & { type: QualityQueryType };
export const TYPED_QUERY_SET_PATH = path.join(ROOT, "tests/fixtures/search/quality-queries.json");

export type TypeFigures = { type: QualityQueryType | "all"; queries: number; successAt1: number; successAt3: number; mrr: number };
export type TypedQualityResult = { figures: TypeFigures[]; failures: (QualityFailure & { type: QualityQueryType })[] };

export function loadTypedQuerySet(file = TYPED_QUERY_SET_PATH): TypedQuery[] {
  const queries = JSON.parse(readFileSync(file, "utf8")) as TypedQuery[];
  for (const query of queries) {
    if (!QUALITY_QUERY_TYPES.includes(query.type)) throw new Error(`${file}: unknown query type "${query.type}" for ${query.q}`);
  }
  return queries;
}

/**
 * success@1, success@3 and MRR per query type (exact, alias, pinyin, homophone, typo, 文号) of the labelled
 * set tests/fixtures/search/quality-queries.json, over the sample content plus the invented quality corpus
 * (tests/fixtures/search/quality-corpus.ts), on the embedded engine with corrections as the portal runs them.
 */
export async function benchSearchQualityByType(options: { onProgress?: (line: string) => void } = {}): Promise<TypedQualityResult> {
  const queries = loadTypedQuerySet();
  const scratch = await openScratch();
  try {
    await seedSampleContent(scratch.prisma);
    await seedQualityCorpus(scratch.prisma);
    await reindexAll({ prisma: scratch.prisma, engine: scratch.engine });
    const ranks: { query: TypedQuery; rank: number | null }[] = [];
    const failures: TypedQualityResult["failures"] = [];
    for (const query of queries) {
      const expected = await expectedIds(scratch.prisma, query.expect);
      if (!expected.size) throw new Error(`no document matches the expectation of "${query.q}": ${JSON.stringify(query.expect)}`);
      const result = await runSearch({ q: query.q, kind: query.kind, pageSize: 10 }, scratch.engine, scratchSearchOptions(scratch));
      const index = result.hits.findIndex((hit) => expected.has(hit.id));
      const rank = index === -1 ? null : index + 1;
      ranks.push({ query, rank });
      if (rank !== 1) failures.push({ type: query.type, q: query.q, expected: query.expect, rank, top3: result.hits.slice(0, 3).map((hit) => hit.title) });
      options.onProgress?.(`${query.type.padEnd(9)} ${rank === null ? "miss" : `#${rank}`.padEnd(4)} ${query.q}`);
    }
    const figuresOf = (type: TypeFigures["type"], list: typeof ranks): TypeFigures => ({
      type,
      queries: list.length,
      successAt1: list.filter((entry) => entry.rank === 1).length / Math.max(1, list.length),
      successAt3: list.filter((entry) => entry.rank !== null && entry.rank <= 3).length / Math.max(1, list.length),
      mrr: list.reduce((sum, entry) => sum + (entry.rank ? 1 / entry.rank : 0), 0) / Math.max(1, list.length),
    });
    const figures = [
      ...QUALITY_QUERY_TYPES.map((type) => figuresOf(type, ranks.filter((entry) => entry.query.type === type))),
      figuresOf("all", ranks),
    ];
    return { figures, failures };
  } finally {
    await scratch.close();
  }
}

// ───────────────────────── latency ─────────────────────────

export type LatencyResult = {
  p50Ms: number;
  p95Ms: number;
  documents: number;
  searches: number;
  database: string;
  loadSeconds: number;
  result: string;
  pass: boolean;
};

export const LATENCY_SEARCHES = 1000;
export const SEARCH_BENCH_DB = "zp_search_bench";

/** mulberry32: the same corpus and queries on every run. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words with the frequencies of real Chinese zone news: every token of our sample documents, so common
 * words (开发区, 招商) are common in the corpus too and the benchmark sees realistic match-set sizes.
 */
function vocabularyFromSamples(): { tokens: string[]; titles: string[] } {
  const texts = readdirSync(SAMPLE_DOCUMENTS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(path.join(SAMPLE_DOCUMENTS_DIR, name), "utf8"));
  const tokens = texts.flatMap((text) => indexTokens(text)).filter((token) => !/^\d+$/.test(token));
  const titles = texts.flatMap((text) => text.split("\n").map((line) => line.trim()).filter((line) => line.length >= 8 && line.length <= 30));
  return { tokens, titles };
}

const REGIONS = ["西青区", "滨海新区", "苏州市", "合肥市", "武汉市", "成都市", "广州市", "澜州市", "望海区", "澄湖区", "北京市", "上海市", "天津市", "南京市", "杭州市", "青岛市", "郑州市", "西安市", "长沙市", "重庆市"];
const ZONES = ["西青经济技术开发区", "天津经济技术开发区", "苏州工业园区", "合肥经济技术开发区", "武汉东湖新技术开发区", "成都高新技术产业开发区", "广州经济技术开发区", "北京经济技术开发区", "澜州经济技术开发区", "望海经济开发区"];

type GeneratedDocument = { document: SearchDocument; fields: WeightedTokens[] };

/**
 * A generated document: a title and a ~120-word body drawn from the vocabulary. The words are known, so
 * the tokens are too: only the title (and names) go through the segmenter, which keeps generation fast.
 */
function generatedDocument(index: number, random: () => number, words: { tokens: string[]; titles: string[] }): GeneratedDocument {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const kind = pick(SEARCH_KINDS.filter((value) => value !== "zone"));
  const title = `${pick(words.titles)}${index % 7 === 0 ? pick(ZONES) : ""}`;
  const bodyWords = Array.from({ length: 80 + Math.floor(random() * 80) }, () => pick(words.tokens));
  const year = 2015 + Math.floor(random() * 12);
  const document: SearchDocument = {
    id: `bench:${index}`,
    entity: `bench:${index}`,
    kind,
    title,
    aliases: [],
    parentTitle: kind === "bulletin" ? "开发区工作简报" : null,
    url: `/bench/${index}`,
    summary: null,
    body: bodyWords.join(""),
    region: pick(REGIONS),
    zones: random() < 0.3 ? [pick(ZONES)] : [],
    year,
    issuer: null,
    validity: null,
    docNumber: kind === "policy" ? `澜商产业〔${year}〕${index % 40}号` : null,
    publishedAt: new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
    sourceVersion: 1,
  };
  const fields = documentFields({ ...document, body: "" });
  fields[fields.length - 1] = { weight: "D", tokens: bodyWords };
  return { document, fields };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * p50/p95 of whole searches (query parsing, hits, total, facets, highlighting) on a generated corpus,
 * over 1 000 mixed queries: labelled queries, single common and rare words, two-word queries, pinyin,
 * filters and date sorting. The corpus goes into a fresh PostgreSQL database (zp_search_bench, dropped
 * afterwards); `pglite: true` measures the embedded PGlite instead. `documents` may be given as a number
 * or as { documents, quick } (quick = 10 000).
 */
export async function benchSearchLatency(
  options: number | { documents?: number; quick?: boolean; searches?: number; pglite?: boolean; adminUrl?: string; database?: string } = {},
): Promise<[LatencyResult, LatencyResult & { what: string; target: string; corrected: number; lexiconSeconds: number; speltRightP95Ms: number }]> {
  const settings = typeof options === "number" ? { documents: options } : options;
  const documents = settings.documents ?? (settings.quick ? 10_000 : 100_000);
  const searches = settings.searches ?? LATENCY_SEARCHES;
  const adminUrl = settings.adminUrl ?? process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
  const folder = path.join(os.tmpdir(), `search-bench-${process.pid}-${Date.now().toString(36)}`);
  const scratch = settings.pglite ? await openScratch(folder) : await openPostgresScratch(adminUrl, settings.database ?? SEARCH_BENCH_DB);
  const database = settings.pglite ? "PGlite" : "PostgreSQL";
  try {
    const loadStarted = performance.now();
    const { random, titles } = await buildLatencyCorpus(scratch, documents);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // The generated rows live in the index only, so the lexicon is built from them as the portal builds it
    // from its tables: every title, and the zones (with their synonyms as aliases).
    const lexiconStarted = performance.now();
    const lexicon = new Lexicon({ zones: latencyZones(), texts: titles });
    const lexiconSeconds = Math.round((performance.now() - lexiconStarted) / 100) / 10;
    const withLexicon: SearchOptions = { lexicon: async () => lexicon };
    const requests = latencyRequests(random, searches);
    for (const request of requests.slice(0, 20)) await runSearch(request, scratch.engine, withLexicon); // warm-up
    const figures = (timings: { ms: number }[]) => {
      const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
      return { p50Ms: Math.round(percentile(sorted, 50) * 10) / 10, p95Ms: Math.round(percentile(sorted, 95) * 10) / 10, searches: sorted.length };
    };
    const mix = figures(await timeSearches(scratch, requests, withLexicon));
    const misspeltSet = misspeltRequests(random);
    const misspelt = await timeSearches(scratch, misspeltSet, withLexicon);
    const corrected = misspelt.filter((timing) => timing.corrected).length;
    const typo = figures(misspelt);
    // the same searches spelt right: what the correction itself adds
    const speltRight = figures(await timeSearches(scratch, misspeltSet.map((request) => ({ ...request, q: MISSPELT_QUERIES[request.q] ?? request.q })), withLexicon));
    const base = { documents, database, loadSeconds: Math.round(loadSeconds) };
    return [
      {
        ...base,
        ...mix,
        result: `p50 ${mix.p50Ms} ms, p95 ${mix.p95Ms} ms over ${documents.toLocaleString("en")} documents on ${database} (${mix.searches} searches; corpus built in ${Math.round(loadSeconds)} s)`,
        pass: mix.p95Ms <= 50,
      },
      {
        ...base,
        ...typo,
        corrected,
        lexiconSeconds,
        what: "misspelt queries (homophones, wrong characters): p95 with corrections",
        target: "≤ 30 ms",
        speltRightP95Ms: speltRight.p95Ms,
        result: `p50 ${typo.p50Ms} ms, p95 ${typo.p95Ms} ms over ${documents.toLocaleString("en")} documents (${typo.searches} searches, ${corrected} corrected; spelt right: p50 ${speltRight.p50Ms} ms, p95 ${speltRight.p95Ms} ms; lexicon of ${titles.length.toLocaleString("en")} titles built in ${lexiconSeconds} s)`,
        pass: typo.p95Ms <= 30,
      },
    ];
  } finally {
    await scratch.close();
  }
}

/** The generated corpus's zones for the lexicon, with the project's synonyms as their aliases. */
export function latencyZones(): LexiconZone[] {
  return ZONES.map((name, index) => ({
    slug: `bench-zone-${index}`,
    name,
    aliases: SYNONYM_GROUPS.find((group) => group[0] === name)?.slice(1) ?? [],
    level: "national_etdz",
    province: null,
    city: null,
    industries: [],
    summary: null,
  }));
}

/** Queries as investors mistype them (the corpus's zone names and words, misspelt): each one sets off a correction. */
const MISSPELT_QUERIES: Record<string, string> = {
  西清经开区: "西青经开区",
  招商银引: "招商引资",
  苏州工业圆区: "苏州工业园区",
  和肥经开区: "合肥经开区",
  营商环竟: "营商环境",
  新能源电吃: "新能源电池",
  天津经开去: "天津经开区",
  西清: "西青",
  成都搞新区: "成都高新区",
  北京经济技术开发去: "北京经济技术开发区",
};

function misspeltRequests(random: () => number, count = 200): SearchRequest[] {
  const misspelt = Object.keys(MISSPELT_QUERIES);
  return Array.from({ length: count }, (_, index) => ({
    q: misspelt[Math.floor(random() * misspelt.length)],
    ...(index % 4 === 3 ? { kind: "news" as const } : {}),
  }));
}

/** Fills a scratch database with `documents` generated documents; returns the random source for the queries. */
export async function buildLatencyCorpus(scratch: Scratch, documents: number): Promise<{ random: () => number; titles: string[] }> {
  const random = createRandom(20261123);
  const words = vocabularyFromSamples();
  // Bulk load into a throwaway database: no write-ahead log, and GIN indexes built once at the end,
  // far faster than maintained row by row.
  await scratch.prisma.$executeRawUnsafe(`ALTER TABLE "SearchDocument" SET UNLOGGED`);
  await scratch.prisma.$executeRawUnsafe(`DROP INDEX "SearchDocument_tokens_idx"`);
  await scratch.prisma.$executeRawUnsafe(`DROP INDEX "SearchDocument_nameTokens_idx"`);
  const BATCH = 500;
  const titles: string[] = [];
  for (let start = 0; start < documents; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, documents - start) }, (_, offset) => generatedDocument(start + offset, random, words));
    const fieldsById = new Map(batch.map((generated) => [generated.document.id, generated.fields]));
    for (const generated of batch) titles.push(generated.document.title);
    await scratch.prisma.$executeRaw(upsertStatement(batch.map((generated) => generated.document), (document) => fieldsById.get(document.id) ?? []));
  }
  // as the migrations make them (prisma/migrations/*_search_name_tokens)
  for (const column of ["tokens", "nameTokens"]) {
    await scratch.prisma.$executeRawUnsafe(`CREATE INDEX "SearchDocument_${column}_idx" ON "SearchDocument" USING GIN ("${column}") WITH (fastupdate = off)`);
  }
  await scratch.prisma.$executeRawUnsafe(`VACUUM ANALYZE "SearchDocument"`);
  return { random, titles };
}

/** The query mix: labelled queries, common and rare single words, two words, pinyin, filters, date sort, page 2. */
export function latencyRequests(random: () => number, count = LATENCY_SEARCHES): SearchRequest[] {
  const words = vocabularyFromSamples();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const labelled = loadQuerySet().map((query) => query.q);
  const requests: SearchRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const shape = i % 8;
    if (shape === 0) requests.push({ q: pick(labelled) });
    else if (shape === 1) requests.push({ q: pick(words.tokens) });
    else if (shape === 2) requests.push({ q: `${pick(words.tokens)} ${pick(words.tokens)}` });
    else if (shape === 3) requests.push({ q: pick(["开发区", "招商引资", "经开区", "高新区", "新能源电池", "营商环境"]) });
    else if (shape === 4) requests.push({ q: pick(["xiqing", "xq", "teda", "sip", "suzhou"]) });
    else if (shape === 5) requests.push({ q: pick(words.tokens), kind: pick(SEARCH_KINDS.filter((kind) => kind !== "zone")) });
    else if (shape === 6) requests.push({ q: pick(labelled), sort: "date", page: 2 });
    else requests.push({ q: pick(words.tokens), region: pick(REGIONS), year: 2015 + Math.floor(random() * 12) });
  }
  return requests;
}

export type SearchTiming = { request: SearchRequest; ms: number; total: number; corrected: boolean };

export async function timeSearches(scratch: Scratch, requests: SearchRequest[], options: SearchOptions = scratchSearchOptions(scratch)): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  for (const request of requests) {
    const started = performance.now();
    const result = await runSearch(request, scratch.engine, options);
    timings.push({ request, ms: performance.now() - started, total: result.total, corrected: result.correctedQuery !== null });
  }
  return timings;
}

// Run directly: `npx tsx scripts/bench/search.ts [quality|types|latency] [documents] [--pglite] [--database NAME]`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [which = "quality", count] = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith("--") && all[index - 1] !== "--database");
  const pglite = process.argv.includes("--pglite");
  const databaseAt = process.argv.indexOf("--database");
  const database = databaseAt > 0 ? process.argv[databaseAt + 1] : undefined;
  const result =
    which === "latency"
      ? await benchSearchLatency({ documents: count ? Number(count) : undefined, pglite, database })
      : which === "types"
        ? await benchSearchQualityByType({ onProgress: (line) => console.log(line) })
        : await benchSearchQuality();
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
