import "server-only";
import { chinaDate } from "@/lib/content/dates";
import { db, type Prisma } from "@/lib/db";
import type { AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;

const DAY_MS = 86_400_000;

export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    action: filter.action,
    entityType: filter.entityType,
    entityId: filter.entityId,
    actorId: filter.actorId,
    createdAt: filter.from || filter.to ? { gte: filter.from ? chinaDate(filter.from) : undefined, lt: filter.to ? new Date(chinaDate(filter.to).getTime() + DAY_MS) : undefined } : undefined,
  };
}

const rowSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  detail: true,
  clientHash: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

/** Newest first, one page at a time. */
export async function listAuditEvents(filter: AuditFilter, page = 1): Promise<{ rows: AuditRow[]; total: number; pageCount: number }> {
  const where = auditWhere(filter);
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: rowSelect }),
    db().auditEvent.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Every matching event (up to AUDIT_EXPORT_LIMIT), newest first, for the CSV export. */
export async function listAuditEventsForExport(filter: AuditFilter): Promise<AuditRow[]> {
  return db().auditEvent.findMany({ where: auditWhere(filter), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: AUDIT_EXPORT_LIMIT, select: rowSelect });
}

/** The actions that occur in the log, for the filter's select. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db().auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
