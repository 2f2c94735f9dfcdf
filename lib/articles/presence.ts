import "server-only";
import { db } from "@/lib/db";
import type { EntityType } from "@/lib/generated/prisma/enums";

/**
 * "Someone else is editing this": each open editor sends a heartbeat; others seen within PRESENCE_TTL
 * are shown as a warning. Advisory only — saves are protected by the version check, not by this.
 */
export const PRESENCE_TTL_MS = 60_000;

export type OtherEditor = { userId: string; name: string; since: Date };

export async function heartbeatPresence(entityType: EntityType, entityId: string, user: { id: string; name: string }, now = new Date()): Promise<OtherEditor[]> {
  await db().editPresence.upsert({
    where: { entityType_entityId_userId: { entityType, entityId, userId: user.id } },
    create: { entityType, entityId, userId: user.id, userName: user.name, heartbeatAt: now },
    update: { heartbeatAt: now, userName: user.name },
  });
  return listOtherEditors(entityType, entityId, user.id, now);
}

export async function listOtherEditors(entityType: EntityType, entityId: string, userId: string, now = new Date()): Promise<OtherEditor[]> {
  const rows = await db().editPresence.findMany({
    where: { entityType, entityId, userId: { not: userId }, heartbeatAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { heartbeatAt: "desc" },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.userName, since: row.heartbeatAt }));
}

/** Closing the editor: the others stop seeing this user at once instead of after the TTL. */
export async function leavePresence(entityType: EntityType, entityId: string, userId: string): Promise<void> {
  await db().editPresence.deleteMany({ where: { entityType, entityId, userId } });
}
