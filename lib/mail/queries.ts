import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailFilter, MailStatusValue } from "./schema";
import { isSmtpConfigured } from "./transport";

export const MAIL_PAGE_SIZE = 30;

export async function listMailOutbox(filter: MailFilter) {
  const where: Prisma.MailOutboxWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { OR: [{ to: { contains: filter.q, mode: "insensitive" } }, { subject: { contains: filter.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().mailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * MAIL_PAGE_SIZE,
      take: MAIL_PAGE_SIZE,
    }),
    db().mailOutbox.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE)) };
}

export async function getMailStatusCounts(): Promise<Record<MailStatusValue, number>> {
  const groups = await db().mailOutbox.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<MailStatusValue, number> = { pending: 0, sent: 0, failed: 0, logged: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

export function getMailSetup(): { smtpConfigured: boolean } {
  return { smtpConfigured: isSmtpConfigured() };
}
