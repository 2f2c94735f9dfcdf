import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onHttpCacheInvalidation } from "@/lib/http-cache/signal";
import { startTagFeed, type TagFeed } from "@/lib/http-cache/tag-feed";
import { useTestDatabase } from "@/tests/support/database";

/**
 * Another node's revalidation (a row in "NextCacheTag", as lib/cache's handler writes it) reaches this
 * node's caching front through the tag feed. PostgreSQL only: the embedded database is one process.
 */
const url = process.env.DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(url);

async function revalidateElsewhere(tag: string) {
  await db().$executeRaw`INSERT INTO "NextCacheTag" ("tag", "revalidatedAt")
    VALUES (${tag}, (extract(epoch from clock_timestamp()) * 1000)::bigint)
    ON CONFLICT ("tag") DO UPDATE SET "revalidatedAt" = EXCLUDED."revalidatedAt"`;
}

async function waitFor(check: () => boolean, ms = 3000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe.skipIf(!onPostgres)("caching front: revalidations from other nodes", () => {
  let feed: TagFeed;
  const received: string[][] = [];
  let unsubscribe: () => void;

  beforeAll(async () => {
    await useTestDatabase();
    await revalidateElsewhere("content:before-start");
    unsubscribe = onHttpCacheInvalidation((tags) => received.push([...tags]));
    feed = startTagFeed(url, 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  afterAll(async () => {
    unsubscribe();
    await feed.stop();
  });

  it("purges what another node revalidated, once, and not what was revalidated before it started", async () => {
    await revalidateElsewhere("_N_T_/news/x");
    await waitFor(() => received.flat().includes("_N_T_/news/x"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.flat().filter((tag) => tag === "_N_T_/news/x")).toHaveLength(1);
    expect(received.flat()).not.toContain("content:before-start");
  });

  it("applies a second revalidation of the same tag again", async () => {
    const before = received.flat().filter((tag) => tag === "content:article").length;
    await revalidateElsewhere("content:article");
    await waitFor(() => received.flat().filter((tag) => tag === "content:article").length > before);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await revalidateElsewhere("content:article");
    await waitFor(() => received.flat().filter((tag) => tag === "content:article").length > before + 1);
    expect(received.flat().filter((tag) => tag === "content:article").length).toBe(before + 2);
  });
});
