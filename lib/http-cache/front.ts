import { createHash } from "node:crypto";
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { publicPageCsp, securityHeaders } from "@/lib/security/headers";
import { ENHANCE_SCRIPT_PATH, enhanceScript } from "./enhance-asset";
import { chunkBytes } from "./chunks";
import { rewriteHtmlResponse } from "./html-response";
import { errorPage, isErrorShell, streamsBehindSuspense, stripAppRouterRuntime } from "./islands";
import { cacheKeyFor, chooseEncoding, frontTagsFor, isCompressible, isImmutableAsset, isPublicPagePath, isStorableResponse, matchesEtag, parseCookies, pathnameOf, storedHeaders, tagsForPath, VARIANT_COOKIES, type Encoding } from "./policy";
import { onHttpCacheInvalidation } from "./signal";
import { HttpCacheStore, type CacheEntry } from "./store";

/**
 * The caching front of `npm start`: a thin layer in front of the Next.js request handler, in the same
 * process. Cache hits are answered from memory with bytes compressed once (Brotli and gzip) and an
 * ETag, without entering Next.js; misses go to Next.js and are streamed to the client unchanged while a
 * copy is kept, compressed off the event loop and stored. Concurrent misses for one key wait for the
 * first render instead of rendering again. Invalidation by tag (lib/http-cache/signal.ts).
 *
 * Public pages leave the front without the App Router runtime (lib/http-cache/islands.ts): every
 * public HTML response — stored misses, and what is never stored (404s, no-JS form posts, requests with a
 * session) — is held back, rewritten and sent with an enforced script CSP ('self' only). Their one
 * script, public/enhance.js, is served from memory here, immutable under its versioned URL.
 */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type CachingFrontOptions = {
  /** memory budget for stored responses (all encodings together); 0 stores nothing (public pages are still rewritten) */
  maxBytes: number;
  /** upper bound on how long a page is served without a render, in case an invalidation is missed */
  ttlMs: number;
  /** entries larger than this (identity bytes) are never kept */
  maxEntryBytes?: number;
  /** production headers (HSTS, no 'unsafe-eval'); default true, as `npm start` runs production */
  production?: boolean;
  /** the not-found page, for Next's empty error shell of a 404 (default: this server's own /_not-found) */
  loadNotFoundPage?: (req: IncomingMessage) => Promise<string | null>;
};

export type CachingFront = {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  store: HttpCacheStore;
  close: () => void;
};

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function createCachingFront(next: RequestHandler, options: CachingFrontOptions): CachingFront {
  const store = new HttpCacheStore(options.maxBytes);
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024;
  const inflight = new Map<string, Promise<CacheEntry | null>>();
  const notFoundPages = new Map<string, { html: string; expiresAt: number }>();
  const unsubscribe = onHttpCacheInvalidation((tags) => {
    store.invalidate(frontTagsFor(tags));
    notFoundPages.clear();
  });
  const production = options.production ?? true;
  const loadNotFoundPage = options.loadNotFoundPage ?? fetchOwnNotFoundPage;

  /** The not-found page per language and font cookie, kept like a page, so a run of 404s costs one extra render. */
  async function notFoundPageFor(req: IncomingMessage): Promise<string | null> {
    const cookies = parseCookies(req.headers.cookie);
    const key = VARIANT_COOKIES.map((name) => cookies.get(name) ?? "").join(";");
    const kept = notFoundPages.get(key);
    if (kept && kept.expiresAt > Date.now()) return kept.html;
    const html = await loadNotFoundPage(req);
    if (html && options.maxBytes > 0) {
      if (notFoundPages.size >= 16) notFoundPages.clear();
      notFoundPages.set(key, { html, expiresAt: Date.now() + options.ttlMs });
    }
    return html;
  }

  /** A public page as it leaves the front: the error shell replaced, the runtime removed, the CSP enforced. */
  async function finishPublicPage(req: IncomingMessage, res: ServerResponse, html: string): Promise<string> {
    let page = html;
    if (isErrorShell(page)) {
      const ownNotFound = res.statusCode === 404 && pathnameOf(req.url ?? "/") !== "/_not-found";
      page = (ownNotFound ? await notFoundPageFor(req) : null) ?? errorPage(res.statusCode, req.url ?? "/");
    } else if (streamsBehindSuspense(page)) {
      return page;
    }
    res.setHeader("content-security-policy", publicPageCsp(production));
    res.removeHeader("content-security-policy-report-only");
    return stripAppRouterRuntime(page);
  }

  function passThrough(req: IncomingMessage, res: ServerResponse, state: string) {
    res.setHeader("x-cache", state);
    if (isPublicPagePath(pathnameOf(req.url ?? "/"))) rewriteHtmlResponse(res, req.method === "HEAD", (html) => finishPublicPage(req, res, html));
    return next(req, res);
  }

  function render(key: string, req: IncomingMessage, res: ServerResponse) {
    const startedAt = store.mark();
    let settle!: (entry: CacheEntry | null) => void;
    const result = new Promise<CacheEntry | null>((resolve) => (settle = resolve));
    inflight.set(key, result);
    void result.finally(() => inflight.delete(key));
    captureResponse(res, maxEntryBytes, (captured) => {
      if (!captured || !isStorableResponse(res.statusCode, captured.headers)) return settle(null);
      buildEntry(key, pathnameOf(req.url ?? "/"), captured, options.ttlMs).then(
        (entry) => settle(store.set(entry, startedAt) ? entry : null),
        () => settle(null),
      );
    });
    return passThrough(req, res, "MISS");
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (pathnameOf(req.url ?? "/") === ENHANCE_SCRIPT_PATH && (req.method === "GET" || req.method === "HEAD")) {
      serveEnhanceScript(req, res, production);
      return;
    }
    const key = options.maxBytes > 0 ? cacheKeyFor(req) : null;
    if (key === null) {
      store.stats.bypasses += 1;
      void passThrough(req, res, "BYPASS");
      return;
    }
    const entry = store.get(key);
    if (entry) {
      store.stats.hits += 1;
      serve(entry, req, res);
      return;
    }
    store.stats.misses += 1;
    const pending = inflight.get(key);
    if (pending) {
      void pending.then((shared) => (shared ? serve(shared, req, res) : passThrough(req, res, "MISS")));
      return;
    }
    if (req.method === "HEAD") {
      void passThrough(req, res, "MISS");
      return;
    }
    void render(key, req, res);
  }

  return { handle, store, close: unsubscribe };
}

/** public/enhance.js from memory: immutable under the URL pages reference, revalidated under any other. */
function serveEnhanceScript(req: IncomingMessage, res: ServerResponse, production: boolean): void {
  const script = enhanceScript();
  const headers: [string, string][] = [
    ...securityHeaders(production).map(({ key, value }): [string, string] => [key.toLowerCase(), value]),
    ["content-type", "application/javascript; charset=utf-8"],
    ["cache-control", req.url === script.src ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate"],
    ["vary", "accept-encoding"],
    ["etag", script.etag],
    ["x-cache", "HIT"],
  ];
  if (matchesEtag(req.headers["if-none-match"], script.etag)) {
    res.writeHead(304, headers.flat());
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = script.bodies[encoding];
  res.writeHead(200, [...headers, ["content-length", String(body.length)], ...(encoding === "identity" ? [] : [["content-encoding", encoding]])].flat());
  if (req.method === "HEAD") res.end();
  else res.end(body);
}

/**
 * The not-found page as this very server renders it at /_not-found (with the visitor's language and
 * font cookies), for a 404 that Next answered with its empty error shell. Null if that fails.
 */
function fetchOwnNotFoundPage(req: IncomingMessage): Promise<string | null> {
  const forwarded = ["cookie", "accept-language", "user-agent", "host"].flatMap((name) => {
    const value = req.headers[name];
    return typeof value === "string" ? [[name, value] as const] : [];
  });
  return new Promise((resolve) => {
    const request = http.get(
      { host: (req.socket.localAddress ?? "127.0.0.1").replace(/^::ffff:/, ""), port: req.socket.localPort, path: "/_not-found", headers: Object.fromEntries(forwarded), timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const html = Buffer.concat(chunks).toString("utf8");
          resolve(response.statusCode === 404 && !isErrorShell(html) ? html : null);
        });
        response.on("error", () => resolve(null));
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

function serve(entry: CacheEntry, req: IncomingMessage, res: ServerResponse): void {
  const inm = req.headers["if-none-match"];
  if (inm !== undefined && matchesEtag(inm, entry.etag)) {
    res.writeHead(304, ["etag", entry.etag, "cache-control", "public, max-age=0, must-revalidate", "x-cache", "HIT"]);
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  res.writeHead(200, entry.rawHeaders[encoding]);
  if (req.method === "HEAD") res.end();
  else res.end(entry.bodies[encoding]);
}

type Captured = { headers: OutgoingHttpHeaders; body: Buffer };

/**
 * Tees what Next.js writes to `res`: the client receives every chunk as it is written (streaming is
 * kept); `done` gets the whole body once the response finished, or null if it was cut short or too big.
 */
function captureResponse(res: ServerResponse, maxBytes: number, done: (captured: Captured | null) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (overflow) return;
    const buffer = chunkBytes(chunk, encoding);
    if (!buffer) return;
    size += buffer.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  let settled = false;
  res.once("finish", () => {
    settled = true;
    done(overflow ? null : { headers: res.getHeaders(), body: Buffer.concat(chunks) });
  });
  res.once("close", () => {
    if (!settled) done(null);
  });
}

async function buildEntry(key: string, pathname: string, captured: Captured, ttlMs: number): Promise<CacheEntry> {
  const identity = captured.body;
  const contentType = String(captured.headers["content-type"] ?? "");
  const compress = isCompressible(contentType) && identity.length > 512;
  const [br, gz] = compress
    ? await Promise.all([
        brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
        gzip(identity, { level: 9 }),
      ])
    : [identity, identity];
  const etag = `"${createHash("sha1").update(identity).digest("base64url")}"`;
  const headers = storedHeaders(pathname, captured.headers);
  const raw = (body: Buffer, encoding: Encoding | null): string[] => [
    ...headers.flat(),
    "etag",
    etag,
    "content-length",
    String(body.length),
    ...(encoding ? ["content-encoding", encoding] : []),
    "x-cache",
    "HIT",
  ];
  const bodies: Record<Encoding, Buffer> = { identity, br, gzip: gz };
  const now = Date.now();
  return {
    key,
    tags: tagsForPath(pathname),
    etag,
    bodies,
    rawHeaders: { identity: raw(identity, null), br: raw(br, compress ? "br" : null), gzip: raw(gz, compress ? "gzip" : null) },
    size: identity.length + (compress ? br.length + gz.length : 0),
    storedAt: now,
    expiresAt: isImmutableAsset(pathname) ? Number.POSITIVE_INFINITY : now + ttlMs,
    lastUsed: 0,
  };
}
