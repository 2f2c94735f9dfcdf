import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Lexicon } from "./lexicon";
import { loadLexiconSource } from "./sync/load";

/**
 * One lexicon per database, rebuilt when it is older than LEXICON_MAX_AGE_MS or after the index changed in
 * this process (invalidateLexicon, called by the outbox worker and the reindex); other nodes catch up
 * within that age. Building reads titles and names only (~1 s per 100 000 titles).
 */
export const LEXICON_MAX_AGE_MS = 5 * 60_000;
const lexicons = new WeakMap<PrismaClient, { built: number; lexicon: Promise<Lexicon> }>();
let lexiconGeneration = 0;
const generations = new WeakMap<PrismaClient, number>();

export function cachedLexicon(prisma: PrismaClient): Promise<Lexicon> {
  const cached = lexicons.get(prisma);
  if (cached && Date.now() - cached.built < LEXICON_MAX_AGE_MS && generations.get(prisma) === lexiconGeneration) return cached.lexicon;
  const lexicon = loadLexiconSource(prisma).then((source) => new Lexicon(source));
  lexicons.set(prisma, { built: Date.now(), lexicon });
  generations.set(prisma, lexiconGeneration);
  lexicon.catch(() => lexicons.delete(prisma));
  return lexicon;
}

/** The indexed content changed: the next search rebuilds its lexicon. */
export function invalidateLexicon(): void {
  lexiconGeneration += 1;
}
