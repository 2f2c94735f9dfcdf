import { describe, expect, it } from "vitest";
import { cacheKeyFor, chooseEncoding, frontTagsFor, isStorableResponse, matchesEtag, storedHeaders, tagsForPath } from "@/lib/http-cache/policy";
import { HttpCacheStore, type CacheEntry } from "@/lib/http-cache/store";

const get = (url: string, headers: Record<string, string> = {}) => cacheKeyFor({ method: "GET", url, headers });

describe("http cache policy", () => {
  it("keys anonymous GETs of public pages by URL and variant", () => {
    expect(get("/news?page=2")).toBe("/news?page=2");
    expect(get("/", { cookie: "zp_lang=en; zp_font=large" })).toBe("/#;zp_lang=en;zp_font=large");
    expect(get("/", { cookie: "next-auth.csrf-token=x" })).toBe("/");
    expect(get("/news", { rsc: "1", "next-router-prefetch": "1" })).toBe("/news#|rsc:1|next-router-prefetch:1");
    expect(cacheKeyFor({ method: "POST", url: "/contribute", headers: {} })).toBeNull();
  });

  it("refuses the admin, APIs, sign-in, sessions, drafts and tricks with the path", () => {
    for (const url of ["/admin", "/admin/articles", "/api/search", "/api", "/login", "/auth/signin", "/_next/image?url=x", "/ADMIN", "/%2e%2e/admin", "/admin.rsc", "/%E0%A4%A"]) {
      expect(get(url), url).toBeNull();
    }
    expect(get("/", { cookie: "next-auth.session-token=a" })).toBeNull();
    expect(get("/", { cookie: "__prerender_bypass=1" })).toBeNull();
    expect(get("/", { cookie: "someone-elses=1" })).toBeNull();
    expect(get("/", { authorization: "Bearer x" })).toBeNull();
    expect(get("/administration-news")).toBe("/administration-news");
  });

  it("chooses Brotli over gzip and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("stores only plain 200 responses of known types without cookies", () => {
    expect(isStorableResponse(200, { "content-type": "text/html; charset=utf-8" })).toBe(true);
    expect(isStorableResponse(200, { "content-type": "text/x-component" })).toBe(true);
    expect(isStorableResponse(404, { "content-type": "text/html" })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "text/html", "set-cookie": ["a=b"] })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "text/html", "x-http-cache": "no-store" })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "application/octet-stream" })).toBe(false);
  });

  it("tags pages for purging and leaves hashed assets immutable", () => {
    expect(tagsForPath("/news/a")).toEqual(["public", "path:/news/a"]);
    expect(frontTagsFor(["_N_T_/news/a", "path:/x", "content:article"])).toEqual(["path:/news/a", "path:/x", "public"]);
    expect(frontTagsFor(["_N_T_/news/layout"])).toEqual(["public"]);
    expect(tagsForPath("/_next/static/chunks/a.js")).toEqual(["static"]);
    expect(storedHeaders("/_next/static/a.js", {})).toContainEqual(["cache-control", "public, max-age=31536000, immutable"]);
    expect(storedHeaders("/", { "cache-control": "private, no-store", "set-cookie": "x", "content-type": "text/html" })).toEqual([
      ["content-type", "text/html"],
      ["cache-control", "public, max-age=0, must-revalidate"],
      ["vary", "rsc, next-router-prefetch, next-router-segment-prefetch, next-router-state-tree, next-url, accept-encoding"],
    ]);
  });

  it("compares ETags weakly", () => {
    expect(matchesEtag('W/"a", "b"', '"a"')).toBe(true);
    expect(matchesEtag('"c"', '"a"')).toBe(false);
    expect(matchesEtag("*", '"a"')).toBe(true);
  });
});

describe("http cache store", () => {
  const entry = (key: string, size: number, tags = ["public", `path:${key}`]): CacheEntry => ({
    key,
    tags,
    etag: '"e"',
    rawHeaders: { identity: [], br: [], gzip: [] },
    bodies: { identity: Buffer.alloc(0), br: Buffer.alloc(0), gzip: Buffer.alloc(0) },
    size,
    storedAt: 0,
    expiresAt: Date.now() + 60_000,
    lastUsed: 0,
  });

  it("evicts the least recently used entries beyond its budget", () => {
    const store = new HttpCacheStore(900);
    store.set(entry("/a", 200), store.mark());
    store.set(entry("/b", 200), store.mark());
    store.get("/a");
    for (const key of ["/c", "/d", "/e"]) store.set(entry(key, 200), store.mark());
    expect(store.get("/a")).toBeDefined();
    expect(store.get("/b")).toBeUndefined();
    expect(store.snapshot().bytes).toBeLessThanOrEqual(900);
  });

  it("purges by tag and refuses entries rendered before a purge", () => {
    const store = new HttpCacheStore(10_000);
    const before = store.mark();
    store.set(entry("/a", 10), before);
    store.set(entry("/s", 10, ["static"]), before);
    expect(store.invalidate(["public"])).toBe(1);
    expect(store.get("/s")).toBeDefined();
    expect(store.set(entry("/a", 10), before)).toBe(false);
    expect(store.set(entry("/a", 10), store.mark())).toBe(true);
  });

  it("forgets expired entries", () => {
    const store = new HttpCacheStore(10_000);
    store.set({ ...entry("/a", 10), expiresAt: 5 }, store.mark());
    expect(store.get("/a", 10)).toBeUndefined();
  });
});
