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
