import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Lexicon } from "./lexicon";
import { loadLexiconSource } from "./sync/load";

/**
 * One lexicon per database. After LEXICON_MAX_AGE_MS, or once the index changed in this process
 * (invalidateLexicon, called by the outbox worker and the reindex), the next search rebuilds it. A small
 * lexicon (built in under WAIT_FOR_REBUILD_MS last time) is waited for, so a change shows at once; a large
 * one (seconds at 100 000 titles) is rebuilt in the background while searches use the one they have.
 * Other nodes catch up within the maximum age.
 */
export const LEXICON_MAX_AGE_MS = 5 * 60_000;
const WAIT_FOR_REBUILD_MS = 250;
type CachedLexicon = { built: number; buildMs: number; generation: number; current: Promise<Lexicon>; next?: Promise<Lexicon> };
const lexicons = new WeakMap<PrismaClient, CachedLexicon>();
let lexiconGeneration = 0;

export function cachedLexicon(prisma: PrismaClient): Promise<Lexicon> {
  const cached = lexicons.get(prisma);
  if (!cached) {
    const entry: CachedLexicon = { built: Date.now(), buildMs: 0, generation: lexiconGeneration, current: Promise.resolve(null as never) };
    entry.current = rebuild(prisma, entry);
    lexicons.set(prisma, entry);
    entry.current.catch(() => lexicons.delete(prisma));
    return entry.current;
  }
  const isStale = Date.now() - cached.built >= LEXICON_MAX_AGE_MS || cached.generation !== lexiconGeneration;
  if (isStale && !cached.next) {
    const next = rebuild(prisma, cached);
    cached.next = next;
    next.then(
      () => Object.assign(cached, { current: next, next: undefined }),
      () => Object.assign(cached, { next: undefined }),
    );
  }
  return cached.next && cached.buildMs < WAIT_FOR_REBUILD_MS ? cached.next : cached.current;
}

async function rebuild(prisma: PrismaClient, entry: CachedLexicon): Promise<Lexicon> {
  const started = performance.now();
  const generation = lexiconGeneration;
  const lexicon = new Lexicon(await loadLexiconSource(prisma));
  Object.assign(entry, { built: Date.now(), buildMs: performance.now() - started, generation });
  return lexicon;
}

/** The indexed content changed: the next search starts rebuilding its lexicon. */
export function invalidateLexicon(): void {
  lexiconGeneration += 1;
}
