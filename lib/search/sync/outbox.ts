import type { EntityType, OutboxOp, Prisma } from "@/lib/generated/prisma/client";

/**
 * Every write that changes searchable content calls this inside its own transaction, so the index
 * update is as durable as the change itself; the outbox worker applies it to the engine later.
 */
export async function enqueueSearchUpdate(
  tx: Prisma.TransactionClient,
  entityType: EntityType,
  entityId: string,
  op: OutboxOp = "upsert",
): Promise<void> {
  await tx.searchOutbox.create({ data: { entityType, entityId, op } });
}

/** One outbox row per entity, for a bulk write (same transaction rule as enqueueSearchUpdate). */
export async function enqueueSearchUpdates(tx: Prisma.TransactionClient, entityType: EntityType, entityIds: string[], op: OutboxOp = "upsert"): Promise<void> {
  if (!entityIds.length) return;
  await tx.searchOutbox.createMany({ data: entityIds.map((entityId) => ({ entityType, entityId, op })) });
}
