import type { EntityType, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type AuditEntry = {
  actorId?: string | null;
  action: string;
  entityType?: EntityType | null;
  entityId?: string | null;
  detail?: Prisma.InputJsonValue;
  clientHash?: string | null;
};

/** Audit rows are written in the caller's transaction when there is one, so they commit with the change. */
export async function recordAudit(entry: AuditEntry, tx: Prisma.TransactionClient = db()): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(entry) });
}

function auditRow(entry: AuditEntry) {
  return {
    actorId: entry.actorId ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? {},
    clientHash: entry.clientHash ?? null,
  };
}

export type RevisionEntry = {
  entityType: EntityType;
  entityId: string;
  /** the entity's version after the change */
  version: number;
  data: Prisma.InputJsonValue;
  comment?: string | null;
  authorId?: string | null;
};

/** A snapshot of an entity after a save, in the caller's transaction (with the change and its audit row). */
export async function recordRevision(tx: Prisma.TransactionClient, entry: RevisionEntry): Promise<void> {
  await tx.revision.create({
    data: { entityType: entry.entityType, entityId: entry.entityId, version: entry.version, data: entry.data, comment: entry.comment ?? null, authorId: entry.authorId ?? null },
  });
}

/** Many audit rows at once (a bulk change such as a catalogue import), in the caller's transaction. */
export async function recordAudits(entries: AuditEntry[], tx: Prisma.TransactionClient = db()): Promise<void> {
  if (!entries.length) return;
  await tx.auditEvent.createMany({ data: entries.map(auditRow) });
}
