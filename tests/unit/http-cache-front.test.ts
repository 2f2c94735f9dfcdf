import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
