/**
 * The one way to tell the HTTP caching front that public pages changed. Safe to import anywhere (server
 * actions, route handlers, jobs, lib/cache's cross-node signal): it has no Node-only imports.
 *
 * The front (lib/http-cache/front.ts, started by `npm start`) lives in the same process but outside the
 * Next.js bundle, so the two meet on a process-wide registry instead of module state (the bundle has its
 * own copy of every module). Under plain `next start` nobody listens and this is a no-op.
 */
export type HttpCacheListener = (tags: readonly string[]) => void;

/** Tags every cached page carries; see tagsForPath in lib/http-cache/policy.ts. */
export const HTTP_CACHE_TAGS = {
  /** every public page and RSC payload (not the immutable /_next/static files) */
  public: "public",
  /** one page by path, e.g. pathTag("/news/2025-01-02-x") */
  path: (pathname: string) => `path:${pathname}`,
} as const;

const REGISTRY = Symbol.for("zone-portal.http-cache.listeners");
type Registry = { listeners: Set<HttpCacheListener> };

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= { listeners: new Set() };
  return holder[REGISTRY];
}

/** Drops every cached response carrying one of `tags` in this process. Returns at once. */
export function invalidateHttpCache(tags: readonly string[]): void {
  if (!tags.length) return;
  for (const listener of registry().listeners) listener(tags);
}

/** Used by the front; returns the function that unsubscribes. */
export function onHttpCacheInvalidation(listener: HttpCacheListener): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}
