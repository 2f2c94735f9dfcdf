import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onHttpCacheInvalidation } from "@/lib/http-cache/signal";
import { portalJobs } from "@/lib/jobs/registry";
import { SEARCH_PAGES_TAG } from "@/lib/search/sync/expire-pages";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { createArticle } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

/**
 * A search results page cached between a publish (which purges every public page) and the indexing a few
 * seconds later must not outlive the indexing: the outbox job expires the search pages when it applied rows.
 */
const heard: string[][] = [];
let unsubscribe: () => void = () => {};

beforeEach(async () => {
  await useTestDatabase();
  heard.length = 0;
  unsubscribe = onHttpCacheInvalidation((tags) => heard.push([...tags]));
});
afterEach(() => unsubscribe());

const searchOutboxJob = () => {
  const job = portalJobs().find((candidate) => candidate.name === "search-outbox");
  if (!job) throw new Error("no search-outbox job");
  return job;
};

describe("search pages follow the index", () => {
  it("expires /search on the caching front after the job applied outbox rows", async () => {
    const article = await createArticle({ title: "云溪经开区新签约项目" });
    await db().$transaction((tx) => enqueueSearchUpdate(tx, "article", article.id));
    const handled = await searchOutboxJob().run(new Date(Date.now() + 1000), { signal: new AbortController().signal, owner: "test" });
    expect(handled).toBe(1);
    expect(heard.flat()).toContain(SEARCH_PAGES_TAG);
  });

  it("leaves the cache alone when there was nothing to apply", async () => {
    const handled = await searchOutboxJob().run(new Date(), { signal: new AbortController().signal, owner: "test" });
    expect(handled).toBe(0);
    expect(heard.flat()).not.toContain(SEARCH_PAGES_TAG);
  });
});
