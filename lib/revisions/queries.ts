import "server-only";
import { db } from "@/lib/db";
import type { EntityType } from "@/lib/generated/prisma/enums";

/** The history of one item, newest first, with who saved each version. */
export async function listRevisions(entityType: EntityType, entityId: string) {
  return db().revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, comment: true, createdAt: true, author: { select: { name: true } } },
  });
}

export async function getRevision(entityType: EntityType, entityId: string, version: number) {
  return db().revision.findUnique({
    where: { entityType_entityId_version: { entityType, entityId, version } },
    select: { id: true, version: true, data: true, comment: true, createdAt: true, author: { select: { name: true } } },
  });
}

export type RevisionListItem = Awaited<ReturnType<typeof listRevisions>>[number];
