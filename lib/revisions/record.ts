import type { EntityType, Prisma } from "@/lib/generated/prisma/client";

/** One revision row per save, written in the caller's transaction so it commits with the change. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  revision: { entityType: EntityType; entityId: string; version: number; data: Prisma.InputJsonValue; comment?: string | null; authorId?: string | null },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: revision.entityType,
      entityId: revision.entityId,
      version: revision.version,
      data: revision.data,
      comment: revision.comment ?? null,
      authorId: revision.authorId ?? null,
    },
  });
}
