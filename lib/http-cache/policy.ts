import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { isSessionCookieName } from "@/lib/auth/session-cookie";
import { HTTP_CACHE_TAGS } from "./signal";

/**
 * What the caching front may store and serve: pure rules, unit-tested (tests/unit/http-cache*).
 * Only anonymous GET/HEAD requests for public pages; never the admin, route handlers, sign-in, image
 * optimisation or anything sent with a session or draft-mode cookie.
 */
const BYPASS_PREFIXES = ["/admin", "/api", "/login", "/logout", "/auth", "/_next/image", "/_next/webpack-hmr", "/__nextjs", "/preview", "/preferences"];

/** Cookies whose value changes what a public page shows (lib/i18n/preferences.ts: English chrome, 大字模式): each value gets its own cached copy. */
export const VARIANT_COOKIES = ["zp_lang", "zp_font"] as const;

/** Cookies an anonymous visitor may carry that never change a public page (next-auth's sign-in helpers). */
const IGNORED_COOKIE = /^(__Host-|__Secure-)?next-auth\.(csrf-token|callback-url)$/;

/** Request headers that select a different response (Next.js's `Vary` list for App Router payloads). */
export const VARY_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"] as const;

export type RequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders };
export type Encoding = "br" | "gzip" | "identity";

/** Checked on the decoded, lower-cased path, so `/%61dmin` or `/Admin/` cannot slip past. */
export function isBypassedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname).toLowerCase();
  } catch {
    return true;
  }
  if (decoded.includes("..") || decoded.includes("\\") || decoded.startsWith("//")) return true;
  return BYPASS_PREFIXES.some((prefix) => decoded === prefix || decoded.startsWith(`${prefix}/`) || decoded.startsWith(`${prefix}.`));
}

/**
 * Paths whose HTML is a public page: rewritten by the front without the App Router runtime
 * (lib/http-cache/islands.ts). The admin, sign-in, preview and every other bypassed path keep it.
 */
export function isPublicPagePath(pathname: string): boolean {
  return !pathname.startsWith("/_next/") && !isBypassedPath(pathname);
}

export function pathnameOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Parses a Cookie header into name → value (first one wins, as browsers send the most specific first). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (name && !cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * The cache key of a request, or null when the front must pass it to Next.js untouched. The key holds
 * the URL, the variant cookies and the App Router variant headers; the encoding is chosen at serve time
 * (every entry keeps Brotli, gzip and identity bytes).
 */
export function cacheKeyFor(request: RequestLike): string | null {
  const { method, url, headers } = request;
  if ((method !== "GET" && method !== "HEAD") || !url || !url.startsWith("/")) return null;
  if (headers.authorization || headers.range) return null;
  const pathname = pathnameOf(url);
  if (isBypassedPath(pathname)) return null;
  let variant = "";
  if (headers.cookie) {
    const cookies = parseCookies(headers.cookie);
    for (const name of cookies.keys()) {
      if (isSessionCookieName(name) || name === "__prerender_bypass" || name === "__next_preview_data") return null;
      if (!IGNORED_COOKIE.test(name) && !(VARIANT_COOKIES as readonly string[]).includes(name)) return null;
    }
    for (const name of VARIANT_COOKIES) {
      const value = cookies.get(name);
      if (value !== undefined) variant += `;${name}=${value}`;
    }
  }
  for (const name of VARY_REQUEST_HEADERS) {
    const value = headers[name];
    if (value !== undefined) variant += `|${name}:${Array.isArray(value) ? value.join(",") : value}`;
  }
  return variant ? `${url}#${variant}` : url;
}

/** Tags a cached response carries, for invalidation (see lib/http-cache/signal.ts). */
export function tagsForPath(pathname: string): string[] {
  if (pathname.startsWith("/_next/static/")) return ["static"];
  return [HTTP_CACHE_TAGS.public, HTTP_CACHE_TAGS.path(pathname)];
}

/** True for build assets whose names carry a content hash: they never change and never need purging. */
export function isImmutableAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** Browsers send a handful of distinct Accept-Encoding values: each is parsed once (bounded). */
const encodingByHeader = new Map<string, Encoding>();

/** The best encoding the client accepts, honouring q=0. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding;
  let encoding = encodingByHeader.get(header);
  if (encoding === undefined) {
    encoding = parseAcceptEncoding(header);
    if (encodingByHeader.size >= 256) encodingByHeader.clear();
    encodingByHeader.set(header, encoding);
  }
  return encoding;
}

function parseAcceptEncoding(header: string): Encoding {
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(",")) {
    const [token, ...params] = part.trim().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(token.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json)|image\/svg\+xml)/;
const STORABLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json)|image\/|font\/)/;

export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

/** Whether a finished Next.js response may be stored: a plain 200 without cookies or an opt-out. */
export function isStorableResponse(statusCode: number, headers: OutgoingHttpHeaders): boolean {
  if (statusCode !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const encoding = headers["content-encoding"];
  if (encoding !== undefined && encoding !== "identity") return false;
  if (String(headers["x-http-cache"] ?? "").toLowerCase() === "no-store") return false;
  const contentType = String(headers["content-type"] ?? "");
  return STORABLE.test(contentType);
}

/** Response headers that are per-response (recomputed by the front) or must never be replayed. */
const DROPPED_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "etag", "content-encoding", "set-cookie", "x-http-cache", "x-cache", "cache-control", "vary"]);

/**
 * The headers a cache hit is served with. Pages are revalidated by the browser every time (max-age=0,
 * answered with 304 from memory); hashed build assets stay immutable.
 */
export function storedHeaders(pathname: string, headers: OutgoingHttpHeaders): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    kept.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  kept.push(["cache-control", isImmutableAsset(pathname) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate"]);
  kept.push(["vary", isImmutableAsset(pathname) ? "accept-encoding" : `${VARY_REQUEST_HEADERS.join(", ")}, accept-encoding`]);
  return kept;
}

/** Weak comparison of If-None-Match against the entry's ETag. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

const NEXT_IMPLICIT_TAG = "_N_T_";

/**
 * Turns tags as callers know them into the front's own: the front's tags pass as they are; a Next.js
 * path tag (`revalidatePath("/news/x")` → `_N_T_/news/x`) purges that page; a layout tag or any data
 * tag (`articles`, `zone:…`) purges every public page, because the front cannot tell which pages
 * read that data — a re-render costs milliseconds, a stale page costs trust.
 */
export function frontTagsFor(tags: readonly string[]): string[] {
  const mapped = new Set<string>();
  for (const tag of tags) {
    if (tag === HTTP_CACHE_TAGS.public || tag === "static" || tag.startsWith("path:")) mapped.add(tag);
    else if (tag.startsWith(`${NEXT_IMPLICIT_TAG}/`) && !/\/(layout|page)$/.test(tag)) mapped.add(HTTP_CACHE_TAGS.path(tag.slice(NEXT_IMPLICIT_TAG.length)));
    else mapped.add(HTTP_CACHE_TAGS.public);
  }
  return [...mapped];
}
