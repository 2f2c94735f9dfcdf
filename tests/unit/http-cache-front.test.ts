import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enhanceScriptSrc } from "@/lib/http-cache/enhance-asset";
import { createCachingFront, type CachingFront, type RequestHandler } from "@/lib/http-cache/front";
import { invalidateHttpCache } from "@/lib/http-cache/signal";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

let server: http.Server;
let front: CachingFront;
let origin: string;
let renders: string[];
let content: string;

/** A stand-in for Next.js: counts renders, answers like a dynamic page does. */
let app: RequestHandler;
const page: RequestHandler = (req, res) => {
  renders.push(req.url ?? "");
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.write("<!doctype html><p>");
  res.end(`${content}${"，开发区".repeat(400)}</p>`);
};

async function request(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Waits until the miss has been compressed and stored (it happens after the response is sent). */
async function settled(): Promise<void> {
  for (let i = 0; i < 100 && front.store.snapshot().stored === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
}

beforeEach(async () => {
  renders = [];
  content = "第一版";
  app = page;
  front = createCachingFront((req, res) => app(req, res), { maxBytes: 64 * 1024 * 1024, ttlMs: 60_000 });
  server = http.createServer(front.handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  front.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("caching front", () => {
  it("renders a public page once, then serves the stored bytes without Next.js", async () => {
    const first = await request("/news/a");
    await settled();
    const second = await request("/news/a");
    expect(first.headers["x-cache"]).toBe("MISS");
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(renders).toEqual(["/news/a"]);
  });

  it("serves pre-compressed Brotli and gzip that decode to the same page", async () => {
    const plain = await request("/");
    await settled();
    const br = await request("/", { "accept-encoding": "gzip, deflate, br" });
    const gz = await request("/", { "accept-encoding": "gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(br.headers.vary).toContain("accept-encoding");
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    await request("/zones");
    await settled();
    const hit = await request("/zones");
    const revalidated = await request("/zones", { "if-none-match": String(hit.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect((await request("/zones", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("never caches for a signed-in editor, the admin or route handlers", async () => {
    for (const [path, headers] of [
      ["/news/a", { cookie: "next-auth.session-token=abc" }],
      ["/news/a", { cookie: "__Secure-next-auth.session-token.0=abc" }],
      ["/admin/articles", {}],
      ["/api/search?q=x", {}],
      ["/%61dmin", {}],
    ] as const) {
      await request(path, headers);
      await request(path, headers);
    }
    await request("/news/a", { authorization: "Basic eDp5" });
    expect(renders).toHaveLength(11);
    expect(front.store.snapshot().entries).toBe(0);
  });

  it("keeps one copy per language cookie and passes unknown cookies through", async () => {
    await request("/", { cookie: "zp_lang=en" });
    await request("/", { cookie: "zp_lang=zh" });
    await settled();
    await request("/", { cookie: "zp_lang=en" });
    await request("/", { cookie: "tracking=1" });
    await request("/", { cookie: "tracking=1" });
    expect(renders).toHaveLength(4);
  });

  it("keeps RSC payloads apart from the HTML of the same URL", async () => {
    await request("/news");
    await settled();
    const rsc = await request("/news", { rsc: "1" });
    expect(rsc.headers["x-cache"]).toBe("MISS");
    expect(renders).toHaveLength(2);
  });

  it("does not store responses that set cookies or are not 200", async () => {
    app = (req, res) => {
      renders.push(req.url ?? "");
      res.statusCode = req.url === "/missing" ? 404 : 200;
      res.setHeader("content-type", "text/html");
      if (req.url === "/cookie") res.setHeader("set-cookie", "a=b");
      res.end("x");
    };
    for (const path of ["/missing", "/missing", "/cookie", "/cookie"]) await request(path);
    expect(renders).toHaveLength(4);
  });

  it("renders again after an invalidation by tag and serves the new content", async () => {
    await request("/news/a");
    await settled();
    content = "第二版";
    invalidateHttpCache(["path:/news/a"]);
    const fresh = await request("/news/a");
    expect(fresh.body.toString()).toContain("第二版");
    expect(renders).toHaveLength(2);
  });

  it("drops a render that was under way when its page was invalidated", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    app = async (req, res) => {
      await gate;
      page(req, res);
    };
    const slow = request("/news/a");
    await new Promise((r) => setTimeout(r, 20));
    invalidateHttpCache(["public"]);
    release();
    await slow;
    await new Promise((r) => setTimeout(r, 50));
    app = page;
    expect((await request("/news/a")).headers["x-cache"]).toBe("MISS");
    expect(front.store.snapshot().dropped).toBe(1);
  });

  it("lets concurrent misses for one page share a single render", async () => {
    app = async (req, res) => {
      await new Promise((r) => setTimeout(r, 30));
      page(req, res);
    };
    const replies = await Promise.all(Array.from({ length: 8 }, () => request("/policies")));
    expect(renders).toHaveLength(1);
    expect(new Set(replies.map((reply) => reply.body.toString())).size).toBe(1);
  });

  it("answers HEAD from the cache with headers only", async () => {
    await request("/bulletins");
    await settled();
    const head = await request("/bulletins", {}, "HEAD");
    expect(head.headers["x-cache"]).toBe("HIT");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
    expect(head.body.length).toBe(0);
  });
});

describe("caching front and the shared Next.js cache", () => {
  it("purges pages when Next.js revalidates a tag or path in this process", async () => {
    const { default: SharedCacheHandler } = await import("@/lib/cache/pg-cache-handler.mjs");
    await request("/news/a");
    await settled();
    expect((await request("/news/a")).headers["x-cache"]).toBe("HIT");
    await new SharedCacheHandler().revalidateTag("_N_T_/layout");
    expect((await request("/news/a")).headers["x-cache"]).toBe("MISS");
  });
});

describe("caching front: public pages without the App Router runtime", () => {
  // The shape of a Next.js 16 page (tests/fixtures/http-cache has a whole one): chunk scripts and their
  // preloads in the head, flight data and the bootstrap inline at the end of the body.
  const nextPage = (body: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/><script src="/_next/static/chunks/m.js" async=""></script><title>页</title></head><body>${body}<script src="/enhance.js?v=abc" defer=""></script><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"${"0:[1,2,3]\\n".repeat(200)}"])</script></body></html>`;
  const errorShell = `<!DOCTYPE html><html id="__next_error__"><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/><title>开发区资讯门户</title></head><body><script>self.__next_f.push([1,"x"])</script></body></html>`;
  let notFoundLoads: string[];

  function nextLike(status: number, html: string): RequestHandler {
    return (req, res) => {
      renders.push(`${req.method} ${req.url}`);
      res.statusCode = status;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-security-policy", "frame-ancestors 'none'");
      res.setHeader("content-security-policy-report-only", "script-src 'self'");
      // Next.js flushes headers, then writes the stream in chunks
      res.flushHeaders();
      const half = Math.floor(html.length / 2);
      res.write(html.slice(0, half));
      setTimeout(() => res.end(html.slice(half)), 1);
    };
  }

  beforeEach(async () => {
    front.close();
    await new Promise((resolve) => server.close(resolve));
    notFoundLoads = [];
    front = createCachingFront((req, res) => app(req, res), {
      maxBytes: 64 * 1024 * 1024,
      ttlMs: 60_000,
      loadNotFoundPage: async (req) => {
        notFoundLoads.push(String(req.headers.cookie ?? ""));
        return nextPage("<main><h1>页面不存在</h1></main>");
      },
    });
    server = http.createServer(front.handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  it("removes the runtime from a page, enforces a script CSP, and stores the page as sent", async () => {
    app = nextLike(200, nextPage("<main><h1>资讯</h1></main>"));
    const miss = await request("/news");
    await settled();
    const hit = await request("/news", { "accept-encoding": "br" });
    for (const reply of [miss, hit]) {
      const html = reply.headers["content-encoding"] === "br" ? zlib.brotliDecompressSync(reply.body).toString() : reply.body.toString();
      expect(html).toContain("<main><h1>资讯</h1></main>");
      expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|TURBOPACK/);
      expect(html).toContain('<script src="/enhance.js?v=abc" defer=""></script>');
      expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
      expect(reply.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
      expect(reply.headers["content-security-policy-report-only"]).toBeUndefined();
    }
    expect(Number(miss.headers["content-length"])).toBe(miss.body.length);
    expect(hit.headers["x-cache"]).toBe("HIT");
  });

  it("rewrites what it does not store too: form posts, signed-in visitors, 404s", async () => {
    app = nextLike(200, nextPage("<form method=\"POST\"><p>提交未成功</p></form>"));
    const posted = await request("/contribute", {}, "POST");
    const signedIn = await request("/news", { cookie: "next-auth.session-token=abc" });
    for (const reply of [posted, signedIn]) {
      expect(reply.body.toString()).toContain("<form");
      expect(reply.body.toString()).not.toContain("__next_f");
      expect(reply.headers["content-security-policy"]).toContain("script-src 'self'");
    }
    expect(front.store.snapshot().entries).toBe(0);
  });

  it("leaves the admin, the sign-in page and non-HTML responses as Next.js made them", async () => {
    app = nextLike(200, nextPage("<main>后台</main>"));
    for (const path of ["/admin/articles", "/login", "/preview/x"]) {
      const reply = await request(path);
      expect(reply.body.toString(), path).toContain("__next_f");
      expect(reply.headers["content-security-policy-report-only"], path).toBeDefined();
    }
    app = (req, res) => {
      res.setHeader("content-type", "text/x-component");
      res.end('0:["<script>self.__next_f</script>"]');
    };
    expect((await request("/news", { rsc: "1" })).body.toString()).toBe('0:["<script>self.__next_f</script>"]');
  });

  it("answers Next's empty error shell of a 404 with the not-found page, in the visitor's language", async () => {
    app = nextLike(404, errorShell);
    const reply = await request("/news/no-such-article", { cookie: "zp_lang=en" });
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain("<h1>页面不存在</h1>");
    expect(reply.body.toString()).not.toContain("__next_f");
    expect(notFoundLoads).toEqual(["zp_lang=en"]);
    // kept per language: a run of 404s costs one extra render per variant, and a publish drops it
    await request("/news/other-missing-article", { cookie: "zp_lang=en" });
    await request("/nope", { cookie: "zp_lang=zh" });
    expect(notFoundLoads).toEqual(["zp_lang=en", "zp_lang=zh"]);
    invalidateHttpCache(["public"]);
    await request("/nope", { cookie: "zp_lang=zh" });
    expect(notFoundLoads).toHaveLength(3);
  });

  it("answers an error shell of a failed render with a self-contained Chinese error page", async () => {
    app = nextLike(500, errorShell);
    const reply = await request("/zones?province=x");
    expect(reply.status).toBe(500);
    const html = reply.body.toString();
    expect(html).toContain("页面出错了");
    expect(html).toContain('href="/zones?province=x"');
    expect(html).not.toMatch(/<script|_next/);
    app = nextLike(503, errorShell);
    expect((await request("/")).body.toString()).toContain("服务暂时不可用");
  });

  it("serves public/enhance.js itself: immutable under the versioned URL, revalidated under any other", async () => {
    const src = enhanceScriptSrc();
    const current = await request(src, { "accept-encoding": "gzip" });
    expect(current.status).toBe(200);
    expect(current.headers["content-type"]).toContain("javascript");
    expect(current.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(current.headers["x-content-type-options"]).toBe("nosniff");
    expect(zlib.gunzipSync(current.body).toString()).toContain("data-count-output");
    expect((await request("/enhance.js?v=old")).headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect((await request(src, { "if-none-match": String(current.headers.etag) })).status).toBe(304);
    expect(renders).toEqual([]);
  });

  it("leaves a page that streams behind Suspense with its runtime (its content needs React to be placed)", async () => {
    app = nextLike(200, nextPage(`<main><!--$?--><template id="B:0"></template><!--/$--></main><div hidden id="S:0"><p>正文</p></div><script>$RC("B:0","S:0")</script>`));
    const reply = await request("/news");
    expect(reply.body.toString()).toContain('$RC("B:0","S:0")');
    expect(reply.body.toString()).toContain("__next_f");
    expect(reply.headers["content-security-policy-report-only"]).toBeDefined();
  });

  it("gives HEAD the headers of GET without a body", async () => {
    app = nextLike(200, nextPage("<main>首页</main>"));
    const head = await request("/", {}, "HEAD");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-security-policy"]).toContain("script-src 'self'");
  });
});
