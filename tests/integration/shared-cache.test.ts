import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import SharedCacheHandler, { entryTags, memoryCacheStore, postgresCacheStore, type CacheStore } from "@/lib/cache/pg-cache-handler.mjs";
import { runScheduledPublishing } from "@/lib/articles/scheduling";
import { db, databaseTarget } from "@/lib/db";
import { createArticle } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

const page = (html: string, tags = "_N_T_/layout,_N_T_/news/layout,_N_T_/news/a") => ({
  kind: "APP_PAGE",
  html: Buffer.from(html),
  rscData: Buffer.from(`rsc:${html}`),
  headers: { "x-next-cache-tags": tags },
  status: 200,
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});

/** What every store must do; `nodes` gives two handles on one store, as two app nodes would have. */
function behavesLikeSharedCache(nodes: () => [CacheStore, CacheStore]) {
  it("serves on node B what node A stored, byte for byte", async () => {
    const [a, b] = nodes();
    await a.set("/news/a", page("<h1>新闻</h1>"), { cacheControl: { revalidate: 300, expire: 3600 } });
    const entry = await b.get("/news/a", { kind: "APP_PAGE" });
    const value = entry?.value as ReturnType<typeof page>;
    expect(Buffer.from(value.html).toString()).toBe("<h1>新闻</h1>");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(entry?.cacheControl).toEqual({ revalidate: 300, expire: 3600 });
  });

  it("drops an entry on every node once one node revalidates one of its tags (revalidatePath)", async () => {
    const [a, b] = nodes();
    await a.set("/news/a", page("old"));
    await a.set("/news/b", page("other", "_N_T_/layout,_N_T_/news/b"));
    await b.revalidateTag(["_N_T_/news/a"]);
    expect(await a.get("/news/a")).toBeNull();
    expect(await b.get("/news/a")).toBeNull();
    expect(await a.get("/news/b")).not.toBeNull(); // untouched
    await b.set("/news/a", page("new"));
    const fresh = (await a.get("/news/a"))?.value as ReturnType<typeof page>;
    expect(Buffer.from(fresh.html).toString()).toBe("new"); // an entry stored after the revalidation is fresh
  });

  it("honours the soft tags Next passes on a read and the tags of a fetch entry", async () => {
    const [a, b] = nodes();
    await a.set("fetch-key", { kind: "FETCH", data: { body: "x" } }, { fetchCache: true, tags: ["zones"] });
    expect(await b.get("fetch-key", { softTags: ["_N_T_/zones"] })).not.toBeNull();
    await a.revalidateTag("_N_T_/zones");
    expect(await b.get("fetch-key", { softTags: ["_N_T_/zones"] })).toBeNull();
    await a.set("fetch-key", { kind: "FETCH", data: { body: "y" } }, { fetchCache: true, tags: ["zones"] });
    await b.revalidateTag("zones");
    expect(await a.get("fetch-key")).toBeNull();
  });
}

describe("tags of a cache entry", () => {
  it("come from the store context and from a page's tags header", () => {
    expect(entryTags(page("x", "a,b"), { tags: ["c", "a"] }).sort()).toEqual(["a", "b", "c"]);
    expect(entryTags(null)).toEqual([]);
  });
});

describe("in-memory cache (embedded database, build)", () => {
  let store: CacheStore;
  beforeEach(() => {
    store = memoryCacheStore();
  });
  behavesLikeSharedCache(() => [store, store]);
});

describe.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("shared cache in PostgreSQL", () => {
  const pools: pg.Pool[] = [];
  const openNode = () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    pools.push(pool);
    return postgresCacheStore(pool, (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    });
  };
  let nodes: [CacheStore, CacheStore];
  beforeEach(async () => {
    await useTestDatabase();
    expect(databaseTarget().kind).toBe("postgres");
    nodes = [openNode(), openNode()]; // separate pools: separate connections, as on two machines
  });
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  behavesLikeSharedCache(() => nodes);

  it("treats an expired entry as missing", async () => {
    const [a, b] = nodes;
    await a.set("/short", page("x"), { cacheControl: { revalidate: 1, expire: 1 } });
    expect(await b.get("/short")).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await b.get("/short")).toBeNull();
  });

  it("is what Next's handler class uses when DATABASE_URL names PostgreSQL", async () => {
    const handler = new SharedCacheHandler();
    await handler.set("/via-class", page("y"));
    expect(await nodes[0].get("/via-class")).not.toBeNull();
  });

  it("drops cached public reads on every node when a job publishes on schedule, outside any request", async () => {
    const read = { kind: "FETCH", data: { body: "[]" } };
    await nodes[0].set("articles.list", read, { tags: ["content:article"] });
    await nodes[0].set("zones.directory", read, { tags: ["content:zone"] });
    const due = new Date(Date.now() - 60_000);
    await createArticle({ status: "scheduled", publishAt: due, publishedAt: null });

    expect(await runScheduledPublishing()).toBe(1);
    expect(await nodes[1].get("articles.list")).toBeNull();
    expect(await nodes[1].get("zones.directory")).not.toBeNull(); // untouched
    expect(await db().$queryRaw<{ tag: string }[]>`SELECT "tag" FROM "NextCacheTag" WHERE "tag" = 'content:article'`).toHaveLength(1);
  });
});

describe.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("pruning the shared cache", () => {
  beforeEach(useTestDatabase);

  it("drops expired and revalidated entries and keeps live ones", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const store = postgresCacheStore(pool, () => {});
      await store.set("/live", page("live", "_N_T_/live"));
      await store.set("/stale", page("stale", "_N_T_/stale"));
      await store.set("/expired", page("expired", "_N_T_/expired"), { cacheControl: { expire: 0 } });
      await store.revalidateTag("_N_T_/stale");
      const { pruneSharedCache } = await import("@/lib/cache/prune");
      expect(await pruneSharedCache()).toBe(2);
      const { rows } = await pool.query<{ key: string }>(`SELECT "key" FROM "NextCacheEntry"`);
      expect(rows.map((row) => row.key)).toEqual(["/live"]);
    } finally {
      await pool.end();
    }
  });
});
