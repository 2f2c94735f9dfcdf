import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchEngine } from "./engine";
import { invalidateLexicon } from "./lexicon-cache";
import { allPublishedDocuments, countPublishedEntities } from "./sync/load";
import type { SearchEngine } from "./types";

/**
 * Rebuilds the index from the database (the database is the truth): every published entity is
 * written again, and entities the index has but the database no longer publishes are removed.
 * The index stays searchable throughout.
 */
export type ReindexProgress = { done: number; total: number };
export type ReindexSummary = { entities: number; documents: number; removed: number };

export async function reindexAll(
  options: { prisma?: PrismaClient; engine?: SearchEngine; onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<ReindexSummary> {
  const prisma = options.prisma ?? db();
  const engine = options.engine ?? searchEngine();
  await engine.prepare();
  const total = await countPublishedEntities(prisma);
  const seen = new Set<string>();
  let documents = 0;
  options.onProgress?.({ done: 0, total });
  for await (const batch of allPublishedDocuments(prisma)) {
    // Single-document entities are upserted in bulk; an entity with several documents (a bulletin's items)
    // is replaced, so items removed from it disappear from the index too.
    const multi = new Set(batch.documents.filter((doc) => doc.id !== doc.entity).map((doc) => doc.entity));
    await engine.upsert(batch.documents.filter((doc) => !multi.has(doc.entity)));
    for (const entity of multi) await engine.replaceEntity(entity, batch.documents.filter((doc) => doc.entity === entity));
    for (const entity of batch.entities) seen.add(entity);
    documents += batch.documents.length;
    options.onProgress?.({ done: seen.size, total: Math.max(total, seen.size) });
  }
  const stale = [...(await engine.listEntities()).keys()].filter((entity) => !seen.has(entity));
  await engine.deleteEntities(stale);
  invalidateLexicon();
  return { entities: seen.size, documents, removed: stale.length };
}
