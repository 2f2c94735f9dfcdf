import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { parseEntityKey, type SearchEntityType } from "../document";
import { searchEngine } from "../engine";
import { invalidateLexicon } from "../lexicon-cache";
import type { SearchEngine } from "../types";
import { loadEntityDocuments, loadEntityVersion } from "./load";
import { enqueueSearchUpdate } from "./outbox";

/**
 * Drains the search outbox into the configured engine. Safe on many nodes at once: rows are claimed
 * with `FOR UPDATE SKIP LOCKED` and leased (availableAt pushed forward) in one statement, so no two nodes
 * take the same row, and a node that dies mid-batch only delays its rows until the lease runs out.
 * Applying a row is idempotent: it (re)projects the entity's current database state, or removes it.
 * Failures are retried with exponential backoff; the content write itself never waits for the engine.
 *
 * Version guard: two nodes may project one entity at once (an edit lands while a row for it is being
 * applied, and another node takes the new row). An engine whose writes simply replace (Meilisearch) could
 * then keep the older projection if its write lands last. So the worker reads the entity's version before
 * loading and again after the engine confirmed the write; if they differ, the projection may be stale and
 * the entity is enqueued again (see needsReprojection). Whichever write lands last, the last projection
 * to be confirmed is checked against a version at least as new as any edit committed before it.
 */
export type DrainOptions = {
  prisma?: PrismaClient;
  engine?: SearchEngine;
  now?: Date;
  batchSize?: number;
  /** stop after this many batches per run, so one run of the job stays short */
  maxBatches?: number;
  leaseMs?: number;
  /** stop between batches when aborted (the job lost its lease or the process is shutting down) */
  signal?: AbortSignal;
  /** only the rows of these entities ("article:<id>"), for a command that applies its own updates now */
  entityKeys?: readonly string[];
};

export const MAX_ATTEMPTS = 50;
const SEARCHABLE: readonly string[] = ["article", "bulletin", "zone"] satisfies SearchEntityType[];
const DONE_RETENTION_MS = 7 * 24 * 60 * 60_000;

type ClaimedRow = { id: bigint; entityType: string; entityId: string; attempts: number };

/** 1 s, 2 s, 4 s … capped at 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

export async function drainSearchOutbox(options: DrainOptions = {}): Promise<number> {
  const prisma = options.prisma ?? db();
  const engine = options.engine ?? searchEngine();
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  let handled = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 20) && !options.signal?.aborted; batch += 1) {
    const rows = await claimBatch(prisma, now, batchSize, options.leaseMs ?? 5 * 60_000, options.entityKeys);
    if (!rows.length) break;
    invalidateLexicon();
    handled += await applyBatch(prisma, engine, rows, now);
    if (rows.length < batchSize) break;
  }
  await prisma.$executeRaw`
    DELETE FROM "SearchOutbox" WHERE "status" = 'done' AND "processedAt" < ${new Date(now.getTime() - DONE_RETENTION_MS)}::timestamp`;
  return handled;
}

async function claimBatch(prisma: PrismaClient, now: Date, batchSize: number, leaseMs: number, entityKeys?: readonly string[]): Promise<ClaimedRow[]> {
  const scope = entityKeys ? Prisma.sql`AND ("entityType"::text || ':' || "entityId") = ANY(${[...entityKeys]}::text[])` : Prisma.empty;
  return prisma.$queryRaw<ClaimedRow[]>`
    WITH claimed AS (
      SELECT "id" FROM "SearchOutbox"
      WHERE "status" = 'pending' AND "availableAt" <= ${now}::timestamp ${scope}
      ORDER BY "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "SearchOutbox" AS outbox
    SET "availableAt" = ${new Date(now.getTime() + leaseMs)}::timestamp, "attempts" = outbox."attempts" + 1
    FROM claimed WHERE outbox."id" = claimed."id"
    RETURNING outbox."id", outbox."entityType"::text AS "entityType", outbox."entityId", outbox."attempts"`;
}

/** One engine call per entity however many rows it has in the batch; returns how many rows were applied. */
async function applyBatch(prisma: PrismaClient, engine: SearchEngine, rows: ClaimedRow[], now: Date): Promise<number> {
  const byEntity = new Map<string, ClaimedRow[]>();
  for (const row of rows) {
    const key = `${row.entityType}:${row.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), row]);
  }
  let applied = 0;
  for (const [key, entityRows] of byEntity) {
    const ids = entityRows.map((row) => row.id);
    try {
      const entity = parseEntityKey(key);
      if (entity && SEARCHABLE.includes(entity.type)) await projectEntity(prisma, engine, entity);
      await prisma.$executeRaw`
        UPDATE "SearchOutbox" SET "status" = 'done', "processedAt" = ${now}::timestamp, "lastError" = NULL
        WHERE "id" = ANY(${ids}::bigint[])`;
      applied += ids.length;
    } catch (error) {
      const attempts = Math.max(...entityRows.map((row) => row.attempts));
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await prisma.$executeRaw`
        UPDATE "SearchOutbox"
        SET "lastError" = ${message}, "availableAt" = ${new Date(now.getTime() + retryDelayMs(attempts))}::timestamp,
            "status" = CASE WHEN "attempts" >= ${MAX_ATTEMPTS} THEN 'failed'::"OutboxStatus" ELSE 'pending'::"OutboxStatus" END
        WHERE "id" = ANY(${ids}::bigint[])`;
    }
  }
  return applied;
}

/**
 * For a command that must leave the index current before it reports success (`npm run import --
 * --publish`): applies the pending outbox rows of these entities now, through the same path as the job
 * (so Meilisearch too). What the engine could not take stays queued, with its retry, for the worker.
 */
export async function applySearchUpdatesNow(
  entityKeys: readonly string[],
  options: Omit<DrainOptions, "entityKeys"> = {},
): Promise<{ indexed: number; queued: number }> {
  if (!entityKeys.length) return { indexed: 0, queued: 0 };
  const prisma = options.prisma ?? db();
  await drainSearchOutbox({ ...options, prisma, entityKeys, maxBatches: Math.ceil(entityKeys.length / 50) + 5, batchSize: 50 });
  const [row] = await prisma.$queryRaw<{ queued: number }[]>`
    SELECT count(DISTINCT ("entityType"::text || ':' || "entityId"))::int AS queued FROM "SearchOutbox"
    WHERE "status" = 'pending' AND ("entityType"::text || ':' || "entityId") = ANY(${[...entityKeys]}::text[])`;
  const unique = new Set(entityKeys).size;
  return { indexed: unique - row.queued, queued: row.queued };
}

/** The version read before loading and the one read after the engine confirmed the write. */
export function needsReprojection(loadedFrom: number | null, afterWrite: number | null): boolean {
  return loadedFrom !== afterWrite;
}

async function projectEntity(prisma: PrismaClient, engine: SearchEngine, entity: { type: SearchEntityType; id: string }) {
  const before = await loadEntityVersion(prisma, entity.type, entity.id);
  await engine.replaceEntity(`${entity.type}:${entity.id}`, await loadEntityDocuments(prisma, entity.type, entity.id));
  const after = await loadEntityVersion(prisma, entity.type, entity.id);
  if (needsReprojection(before, after)) await enqueueSearchUpdate(prisma, entity.type, entity.id);
}

/** Outbox state for health pages and the CLI. */
export async function searchOutboxBacklog(prisma: PrismaClient = db()): Promise<{ pending: number; failed: number }> {
  const [row] = await prisma.$queryRaw<{ pending: number; failed: number }[]>`
    SELECT count(*) FILTER (WHERE "status" = 'pending')::int AS pending, count(*) FILTER (WHERE "status" = 'failed')::int AS failed
    FROM "SearchOutbox"`;
  return row;
}
