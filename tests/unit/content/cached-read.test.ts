import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Outside Next there is no data cache: stand in for it, so that cachedRead takes its production path.
vi.mock("next/cache", () => ({
  unstable_cache: (load: () => Promise<unknown>) => load,
  revalidateTag: () => {},
}));

const { cachedRead, revalidateContent } = await import("@/lib/content/cache");
const { invalidateHttpCache } = await import("@/lib/http-cache/signal");

type CacheGlobal = typeof globalThis & { __incrementalCache?: unknown };

describe("cachedRead in the server (data cache present)", () => {
  beforeAll(() => void ((globalThis as CacheGlobal).__incrementalCache = {}));
  afterAll(() => void delete (globalThis as CacheGlobal).__incrementalCache);

  function source(name: string) {
    let reads = 0;
    const read = cachedRead(name, ["article"], async (slug: string) => ({ slug, reads: ++reads, at: new Date("2026-11-23T08:00:00Z") }));
    return { read, reads: () => reads };
  }

  it("decodes a read once for the requests that follow within a moment, Dates intact", async () => {
    const { read, reads } = source("test.memo");
    const first = await read("a");
    const second = await read("a");
    expect(second).toBe(first);
    expect(second.at).toBeInstanceOf(Date);
    expect(reads()).toBe(1);
    await read("b");
    expect(reads()).toBe(2);
  });

  it("reads afresh after a publish in this process (revalidateContent)", async () => {
    const { read, reads } = source("test.publish");
    await read("a");
    revalidateContent("article");
    expect((await read("a")).reads).toBe(2);
    expect(reads()).toBe(2);
  });

  it("reads afresh after any revalidation the caching front hears of (another node, a path)", async () => {
    const { read } = source("test.feed");
    await read("a");
    invalidateHttpCache(["_N_T_/news/2026-11-23-x"]);
    expect((await read("a")).reads).toBe(2);
  });
});
