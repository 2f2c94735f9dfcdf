import { Meilisearch, type EnqueuedTaskPromise, type Index } from "meilisearch";
import {
  DISPLAYED_ATTRIBUTES,
  FACET_ATTRIBUTES,
  buildMeiliFilter,
  meiliIndexSettings,
  quoteFilterValue,
  toMeiliDocument,
  type MeiliDocument,
  type MeiliVocabulary,
} from "../meilisearch/settings";
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

/**
 * The Meilisearch engine (production, when MEILI_HOST is set). Every write waits for its task, so a
 * write that returns has been applied and the outbox row can be marked done. Settings (with the zones'
 * names from the database as synonyms) are applied on the first write of a process and by every reindex.
 */
type StoredDocument = Pick<MeiliDocument, (typeof DISPLAYED_ATTRIBUTES)[number]>;

const TASK_TIMEOUT_MS = 60_000;

export type MeiliOptions = {
  host: string;
  apiKey?: string;
  index: string;
  /** the database's vocabulary (zone names) for the synonyms and dictionary settings; read at every prepare() */
  vocabulary?: () => Promise<MeiliVocabulary>;
};

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;

  constructor(private readonly options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.index = this.client.index<MeiliDocument>(options.index);
  }

  private prepared: Promise<void> | undefined;

  async prepare(): Promise<void> {
    await this.expectSuccess(this.client.createIndex(this.options.index, { primaryKey: "id" }), true);
    const vocabulary = await this.options.vocabulary?.();
    await this.expectSuccess(this.index.updateSettings(meiliIndexSettings(vocabulary)));
  }

  /** Settings are applied once per process before the first write: filters on `entity` depend on them. */
  private ready(): Promise<void> {
    this.prepared ??= this.prepare().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.ready();
    await this.expectSuccess(this.index.addDocuments(documents.map(toMeiliDocument), { primaryKey: "id" }));
  }

  async replaceEntity(entity: string, documents: SearchDocument[]): Promise<void> {
    // Tasks of one index run in order: the delete lands before the re-add.
    await this.deleteEntities([entity]);
    await this.upsert(documents);
  }

  async deleteEntities(entities: string[]): Promise<void> {
    if (!entities.length) return;
    await this.ready();
    const filter = `entity IN [${entities.map(quoteFilterValue).join(", ")}]`;
    await this.expectSuccess(this.index.deleteDocuments({ filter }));
  }

  async search(query: ParsedQuery, request: EngineRequest): Promise<EngineResult> {
    const q = query.terms.length ? query.normalized : "";
    const sort = request.sort === "date" ? ["publishedAt:desc"] : undefined;
    const facetNames = Object.keys(FACET_ATTRIBUTES) as (keyof SearchFilters)[];
    const activeFacets = facetNames.filter((name) => request[name] !== undefined);
    const queries = [
      {
        indexUid: this.options.index,
        q,
        filter: buildMeiliFilter(request),
        sort,
        page: request.page,
        hitsPerPage: request.pageSize,
        facets: facetNames.filter((name) => !activeFacets.includes(name)).map((name) => FACET_ATTRIBUTES[name]),
      },
      // Each active filter's own facet is counted without it, so visitors can switch between values.
      ...activeFacets.map((name) => ({
        indexUid: this.options.index,
        q,
        filter: buildMeiliFilter(request, name),
        hitsPerPage: 0,
        facets: [FACET_ATTRIBUTES[name]],
      })),
      ...(query.docNumber
        ? [{ indexUid: this.options.index, q: "", filter: [...buildMeiliFilter(request), `docNumber = ${quoteFilterValue(query.docNumber)}`], hitsPerPage: 5 }]
        : []),
    ];
    const { results } = await this.client.multiSearch<{ queries: typeof queries }, StoredDocument>({ queries });
    const [main, ...rest] = results;
    const exact = query.docNumber ? (rest.pop()?.hits ?? []) : [];
    const distribution = Object.assign({}, ...[main, ...rest].map((result) => result.facetDistribution ?? {})) as Record<
      string,
      Record<string, number>
    >;
    const facets: SearchFacets = {
      kind: facetValues(distribution.kind),
      region: facetValues(distribution.region),
      zone: facetValues(distribution.zones),
      year: facetValues(distribution.year).sort((a, b) => Number(b.value) - Number(a.value)),
    };
    const seen = new Set<string>();
    const hits = [...(request.page === 1 ? exact : []), ...main.hits]
      .filter((hit) => !seen.has(hit.ref) && Boolean(seen.add(hit.ref)))
      .slice(0, request.pageSize)
      .map(toEngineHit);
    const total = (main.totalHits ?? main.estimatedTotalHits ?? 0) + exact.filter((hit) => !main.hits.some((h) => h.ref === hit.ref)).length;
    return { total, hits, facets };
  }

  async suggest(query: ParsedQuery, limit: number): Promise<string[]> {
    if (!query.terms.length) return [];
    const result = await this.index.search<StoredDocument>(query.normalized, {
      attributesToSearchOn: ["titleText", "aliasText", "pinyin"],
      attributesToRetrieve: ["title"],
      limit: limit * 3,
    });
    return [...new Set(result.hits.map((hit) => hit.title))].slice(0, limit);
  }

  async listEntities(): Promise<Map<string, number>> {
    const entities = new Map<string, number>();
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index.getDocuments<Pick<MeiliDocument, "entity" | "version">>({ fields: ["entity", "version"], limit: 1000, offset });
      for (const doc of page.results) entities.set(doc.entity, Math.max(doc.version, entities.get(doc.entity) ?? 0));
      if (page.results.length < 1000) return entities;
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health();
      const stats = await this.index.getStats();
      return { engine: this.name, ok: true, documents: stats.numberOfDocuments, detail: `Meilisearch ${this.options.host}` };
    } catch (error) {
      return { engine: this.name, ok: false, documents: null, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private async expectSuccess(enqueued: EnqueuedTaskPromise, allowExisting = false): Promise<void> {
    const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status === "succeeded") return;
    if (allowExisting && task.error?.code === "index_already_exists") return;
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? "unknown error"}`);
  }
}

function facetValues(distribution: Record<string, number> | undefined): FacetValue[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "zh"));
}

function toEngineHit(hit: StoredDocument): EngineHit {
  return {
    id: hit.ref,
    kind: hit.kind,
    title: hit.title,
    parentTitle: hit.parentTitle,
    url: hit.url,
    summary: hit.summary,
    body: hit.body,
    region: hit.region,
    zones: hit.zones ?? [],
    docNumber: hit.docNumber,
    publishedAt: hit.publishedAt === null ? null : new Date(hit.publishedAt),
  };
}
