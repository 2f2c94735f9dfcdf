// Types for pg-cache-handler.mjs (plain JavaScript because Next.js imports it outside its bundle).
import type { Pool } from "pg";

export type CacheControl = { revalidate?: number | false; expire?: number };
export type StoredEntry = { value: unknown; lastModified: number; cacheControl?: CacheControl };
export type GetContext = { tags?: string[]; softTags?: string[]; kind?: string };
export type SetContext = { tags?: string[]; cacheControl?: CacheControl; fetchCache?: boolean };
export type CacheStore = {
  get(key: string, ctx?: GetContext): Promise<StoredEntry | null>;
  set(key: string, data: unknown, ctx?: SetContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

export function entryTags(data: unknown, ctx?: SetContext): string[];
export function memoryCacheStore(): CacheStore;
export function postgresCacheStore(pool: Pool, warn: (message: string, error: unknown) => void): CacheStore;

export default class SharedCacheHandler {
  constructor(options?: unknown);
  readonly store: CacheStore;
  get(key: string, ctx?: GetContext): Promise<StoredEntry | null>;
  set(key: string, data: unknown, ctx?: SetContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
