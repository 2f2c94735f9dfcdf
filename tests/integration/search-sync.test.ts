import { beforeEach, describe, expect, it } from "vitest";
import { blocksFromText } from "@/lib/content/blocks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedSearchEngine } from "@/lib/search/engines/embedded";
import { MeilisearchEngine } from "@/lib/search/engines/meilisearch";
import { reindexAll } from "@/lib/search/reindex";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { allPublishedDocuments } from "@/lib/search/sync/load";
import { drainSearchOutbox, retryDelayMs, searchOutboxBacklog } from "@/lib/search/sync/worker";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { createArticle, createZone } from "@/tests/factories";
import { createBulletin } from "@/tests/factories/search-content";
import { useTestDatabase } from "@/tests/support/database";

/**
 * Sync without loss: the engine goes down in the middle of a stream of edits (even mid-batch); the edits
 * still succeed, and once the engine is back and the outbox drained, the index equals the database.
 */
class FlakyEngine implements SearchEngine {
  readonly name: SearchEngine["name"];
  /** writes left before the engine "crashes"; Infinity = healthy */
  writesLeft = Number.POSITIVE_INFINITY;
  applied: string[] = [];

  constructor(private readonly inner: SearchEngine) {
    this.name = inner.name;
  }

  private write() {
    if (this.writesLeft <= 0) throw new Error("search engine unavailable (simulated)");
    this.writesLeft -= 1;
  }

  prepare = () => this.inner.prepare();
  search: SearchEngine["search"] = (query, request) => this.inner.search(query, request);
  suggest: SearchEngine["suggest"] = (query, limit) => this.inner.suggest(query, limit);
  listEntities = () => this.inner.listEntities();
  health = () => this.inner.health();
  async upsert(documents: SearchDocument[]) {
    this.write();
    await this.inner.upsert(documents);
  }
  async replaceEntity(entity: string, documents: SearchDocument[]) {
    this.write();
    this.applied.push(entity);
    await this.inner.replaceEntity(entity, documents);
  }
  async deleteEntities(entities: string[]) {
    this.write();
    await this.inner.deleteEntities(entities);
  }
}

const meiliHost = env().MEILI_HOST;
const engines: { name: string; skip: string | false; create: () => SearchEngine }[] = [
  { name: "embedded", skip: false, create: () => new EmbeddedSearchEngine(db) },
  {
    name: "meilisearch",
    skip: meiliHost ? false : "MEILI_HOST is not set",
    create: () => new MeilisearchEngine({ host: meiliHost ?? "", apiKey: env().MEILI_MASTER_KEY, index: `sync_${Date.now().toString(36)}` }),
  },
];

/** entity → version of every published entity, as the index should have it */
async function expectedIndex(): Promise<Map<string, number>> {
  const expected = new Map<string, number>();
  for await (const batch of allPublishedDocuments(db())) for (const doc of batch.documents) expected.set(doc.entity, doc.sourceVersion);
  return expected;
}

/** A small deterministic random number generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

for (const { name, skip, create } of engines) {
  describe.skipIf(skip)(`search sync: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let engine: FlakyEngine;
    beforeEach(async () => {
      await useTestDatabase();
      engine = new FlakyEngine(create());
      await engine.prepare();
      await engine.deleteEntities([...(await engine.listEntities()).keys()]);
    });

    it("catches up after the engine fails in the middle of a stream of edits", async () => {
      const next = random(20261123);
      const articles = await Promise.all(Array.from({ length: 12 }, (_, i) => createArticle({ title: `园区动态第${i}条` })));
      const zones = await Promise.all(Array.from({ length: 4 }, (_, i) => createZone({ name: `同步测试开发区${i}` })));
      const bulletin = await createBulletin([
        { title: "简报条目一", body: "第一条。" },
        { title: "简报条目二", body: "第二条。" },
      ]);
      await db().$transaction(async (tx) => {
        for (const article of articles) await enqueueSearchUpdate(tx, "article", article.id);
        for (const zone of zones) await enqueueSearchUpdate(tx, "zone", zone.id);
        await enqueueSearchUpdate(tx, "bulletin", bulletin.id);
      });
      let clock = Date.now();
      await drainSearchOutbox({ engine, now: new Date(clock) });

      const liveArticles = articles.map((article) => article.id);
      for (let step = 0; step < 60; step += 1) {
        if (step === 20) engine.writesLeft = 3; // goes down a few writes into the next drain
        if (step === 45) engine.writesLeft = Number.POSITIVE_INFINITY;
        const id = liveArticles[Math.floor(next() * liveArticles.length)];
        const roll = next();
        // Every edit succeeds whatever the engine's state: the outbox row is written with it.
        await db().$transaction(async (tx) => {
          if (roll < 0.45) {
            await tx.article.update({ where: { id }, data: { title: `改写标题${step}`, version: { increment: 1 } } });
            await enqueueSearchUpdate(tx, "article", id);
          } else if (roll < 0.6) {
            const article = await tx.article.findUniqueOrThrow({ where: { id } });
            const status = article.status === "published" ? "archived" : "published";
            await tx.article.update({ where: { id }, data: { status, version: { increment: 1 } } });
            await enqueueSearchUpdate(tx, "article", id);
          } else if (roll < 0.7 && liveArticles.length > 4) {
            await tx.article.delete({ where: { id } });
            liveArticles.splice(liveArticles.indexOf(id), 1);
            await enqueueSearchUpdate(tx, "article", id, "delete");
          } else if (roll < 0.8) {
            const created = await tx.article.create({
              data: { kind: "news", status: "published", title: `新增资讯${step}`, slug: `sync-new-${step}`, body: blocksFromText("正文。"), publishedAt: new Date() },
            });
            liveArticles.push(created.id);
            await enqueueSearchUpdate(tx, "article", created.id);
          } else if (roll < 0.9) {
            const zone = zones[Math.floor(next() * zones.length)];
            await tx.zone.update({ where: { id: zone.id }, data: { summary: `更新简介${step}`, version: { increment: 1 } } });
            await enqueueSearchUpdate(tx, "zone", zone.id);
          } else {
            const items = await tx.bulletinItem.findMany({ where: { section: { bulletinId: bulletin.id } }, orderBy: { position: "asc" } });
            if (items.length > 1) await tx.bulletinItem.delete({ where: { id: items[0].id } });
            await tx.bulletin.update({ where: { id: bulletin.id }, data: { version: { increment: 1 } } });
            await enqueueSearchUpdate(tx, "bulletin", bulletin.id);
          }
        });
        if (step % 5 === 4) {
          clock += 1_000;
          await drainSearchOutbox({ engine, now: new Date(clock), batchSize: 4 });
        }
      }
      expect(engine.writesLeft).toBe(Number.POSITIVE_INFINITY);
      const whileDown = await searchOutboxBacklog();
      expect(whileDown.pending).toBeGreaterThan(0);

      // Recovery: retries come due as time passes.
      for (let round = 0; round < 20 && (await searchOutboxBacklog()).pending; round += 1) {
        clock += retryDelayMs(12);
        await drainSearchOutbox({ engine, now: new Date(clock) });
      }
      expect(await searchOutboxBacklog()).toEqual({ pending: 0, failed: 0 });
      expect(Object.fromEntries(await engine.listEntities())).toEqual(Object.fromEntries(await expectedIndex()));
    });

    it("lets two workers drain at once without applying a row twice", async () => {
      const zones = await Promise.all(Array.from({ length: 30 }, (_, i) => createZone({ name: `并发测试开发区${i}` })));
      await db().$transaction(async (tx) => {
        for (const zone of zones) await enqueueSearchUpdate(tx, "zone", zone.id);
      });
      const now = new Date();
      const handled = await Promise.all([
        drainSearchOutbox({ engine, now, batchSize: 5 }),
        drainSearchOutbox({ engine, now, batchSize: 5 }),
      ]);
      expect(handled[0] + handled[1]).toBe(30);
      expect(engine.applied.sort()).toEqual(zones.map((zone) => `zone:${zone.id}`).sort());
    });

    it("backs off after a failure and does not retry before the row is due", async () => {
      const zone = await createZone({ name: "退避测试开发区" });
      await db().$transaction((tx) => enqueueSearchUpdate(tx, "zone", zone.id));
      engine.writesLeft = 0;
      const now = new Date();
      expect(await drainSearchOutbox({ engine, now })).toBe(0);
      const [row] = await db().searchOutbox.findMany();
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row.lastError).toContain("unavailable");
      engine.writesLeft = Number.POSITIVE_INFINITY;
      expect(await drainSearchOutbox({ engine, now: new Date(now.getTime() + 10) })).toBe(0);
      expect(await drainSearchOutbox({ engine, now: new Date(now.getTime() + retryDelayMs(1) + 10) })).toBe(1);
      expect((await engine.listEntities()).has(`zone:${zone.id}`)).toBe(true);
    });

    it("rebuilds the index from the database, removing what is no longer published", async () => {
      const kept = await createArticle({ title: "重建索引保留的资讯" });
      const gone = await createArticle({ title: "重建索引前已撤下的资讯" });
      await reindexAll({ engine });
      await db().article.update({ where: { id: gone.id }, data: { status: "archived" } });
      const summary = await reindexAll({ engine });
      expect(summary.removed).toBe(1);
      const entities = await engine.listEntities();
      expect(entities.has(`article:${kept.id}`)).toBe(true);
      expect(entities.has(`article:${gone.id}`)).toBe(false);
    });
  });
}

/** An engine that keeps whichever write lands last, as Meilisearch does; it can run something mid-write. */
class LastWriteWinsEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly documents = new Map<string, SearchDocument[]>();
  beforeNextWrite: (() => Promise<void>) | null = null;

  async prepare() {}
  async search() {
    return { total: 0, hits: [], facets: { kind: [], region: [], zone: [], year: [] } };
  }
  async suggest() {
    return [];
  }
  async upsert(documents: SearchDocument[]) {
    for (const document of documents) this.documents.set(document.entity, [document]);
  }
  async replaceEntity(entity: string, documents: SearchDocument[]) {
    const interleaved = this.beforeNextWrite;
    this.beforeNextWrite = null;
    await interleaved?.();
    this.documents.set(entity, documents);
  }
  async deleteEntities(entities: string[]) {
    for (const entity of entities) this.documents.delete(entity);
  }
  async listEntities() {
    return new Map([...this.documents].flatMap(([entity, documents]) => documents.map((document) => [entity, document.sourceVersion] as const)));
  }
  async health() {
    return { engine: this.name, ok: true, documents: this.documents.size, detail: "test" };
  }
}

describe("search sync: version guard against a stale projection landing last", () => {
  it("enqueues the entity again when it changed while a slower node was writing it", async () => {
    await useTestDatabase();
    const article = await createArticle({ title: "版本守护测试资讯" });
    await db().$transaction((tx) => enqueueSearchUpdate(tx, "article", article.id));
    const engine = new LastWriteWinsEngine();
    const started = new Date();
    const later = (ms: number) => new Date(Date.now() + ms);
    // Node A has loaded version 1 and is writing it; meanwhile an editor saves and node B applies version 2.
    engine.beforeNextWrite = async () => {
      await db().$transaction(async (tx) => {
        await tx.article.update({ where: { id: article.id }, data: { title: "版本守护测试资讯（修订）", version: { increment: 1 } } });
        await enqueueSearchUpdate(tx, "article", article.id);
      });
      expect(await drainSearchOutbox({ engine, now: later(1_000) })).toBe(1);
      expect(engine.documents.get(`article:${article.id}`)?.[0].title).toBe("版本守护测试资讯（修订）");
    };
    expect(await drainSearchOutbox({ engine, now: started })).toBe(1);
    // A's older write landed last: the race happened, and the guard noticed it.
    expect(engine.documents.get(`article:${article.id}`)?.[0].title).toBe("版本守护测试资讯");
    expect(await searchOutboxBacklog()).toEqual({ pending: 1, failed: 0 });

    expect(await drainSearchOutbox({ engine, now: later(2_000) })).toBe(1);
    expect(engine.documents.get(`article:${article.id}`)?.[0]).toMatchObject({ title: "版本守护测试资讯（修订）", sourceVersion: article.version + 1 });
    expect(await searchOutboxBacklog()).toEqual({ pending: 0, failed: 0 });
  });
});
