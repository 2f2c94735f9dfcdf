import "server-only";
import { can } from "@/lib/auth/permissions";
import { chinaDate } from "@/lib/content/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InboxFilter, InquiryCategoryValue, InquiryStatusValue } from "./schema";
import { suggestZones, type ZoneCandidate, type ZoneSuggestion } from "./suggest";

export { listZoneOptions } from "@/lib/contributions/queries";

export const INBOX_PAGE_SIZE = 25;
export const EXPORT_ROW_LIMIT = 10_000;

const toNumber = (value: { toString(): string } | null): number | null => (value === null ? null : Number(value.toString()));

/** Published zones for the suggestion scorer. */
export async function listSuggestionCandidates(): Promise<ZoneCandidate[]> {
  const zones = await db().zone.findMany({
    where: { status: "published", mergedIntoId: null },
    select: { id: true, slug: true, name: true, level: true, province: true, city: true, industries: true, areaKm2: true },
  });
  return zones.map((zone) => ({ ...zone, areaKm2: toNumber(zone.areaKm2) }));
}

/** The zone a "?zone=<slug>" link pre-selects, if it is published. */
export async function getZoneOption(slug: string) {
  return db().zone.findFirst({ where: { slug, status: "published" }, select: { slug: true, name: true } });
}

/** What the confirmation page needs: the request (for suggestions) and the zones already in it. */
export async function getInquiryReceipt(trackingCode: string) {
  const row = await db().inquiry.findUnique({
    where: { trackingCode },
    select: {
      id: true,
      trackingCode: true,
      category: true,
      industry: true,
      landAreaMu: true,
      plantAreaM2: true,
      email: true,
      zones: { select: { suggested: true, zone: { select: { id: true, slug: true, name: true, province: true, city: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    landAreaMu: toNumber(row.landAreaMu),
    plantAreaM2: toNumber(row.plantAreaM2),
    zones: row.zones.map((link) => ({ ...link.zone, suggested: link.suggested })),
  };
}

/**
 * The confirmation page: the inquiry as stored and 3–5 zones that match its industry and need
 * (leading industries, level, region), excluding the zones it already names.
 */
export async function getInquiryConfirmation(trackingCode: string): Promise<{ inquiry: NonNullable<Awaited<ReturnType<typeof getInquiryReceipt>>>; suggestions: ZoneSuggestion[] } | null> {
  const inquiry = await getInquiryReceipt(trackingCode);
  if (!inquiry) return null;
  const candidates = await listSuggestionCandidates();
  const chosenIds = new Set(inquiry.zones.map((zone) => zone.id));
  const suggestions = suggestZones(candidates, {
    category: inquiry.category,
    industry: inquiry.industry,
    landAreaMu: inquiry.landAreaMu,
    plantAreaM2: inquiry.plantAreaM2,
    chosen: candidates.filter((zone) => chosenIds.has(zone.id)),
  });
  return { inquiry, suggestions };
}

export type InquiryStatusView = {
  trackingCode: string;
  category: InquiryCategoryValue;
  company: string;
  status: InquiryStatusValue;
  createdAt: Date;
  firstRespondedAt: Date | null;
  zones: string[];
};

/** Public status lookup: code and email must both match; a mismatch looks like an unknown code. */
export async function getInquiryStatus(trackingCode: string, email: string): Promise<InquiryStatusView | null> {
  const row = await db().inquiry.findUnique({
    where: { trackingCode },
    select: {
      trackingCode: true,
      category: true,
      company: true,
      status: true,
      email: true,
      createdAt: true,
      firstRespondedAt: true,
      zones: { select: { zone: { select: { name: true } } }, orderBy: { zone: { name: "asc" } } },
    },
  });
  if (!row || row.email !== email) return null;
  return {
    trackingCode: row.trackingCode,
    category: row.category,
    company: row.company,
    status: row.status,
    createdAt: row.createdAt,
    firstRespondedAt: row.firstRespondedAt,
    zones: row.zones.map((link) => link.zone.name),
  };
}

/** Filters → where. `userId` resolves assignee=me. Dates are calendar days in Beijing time, inclusive. */
export function inboxWhere(filter: InboxFilter, userId: string): Prisma.InquiryWhereInput {
  const and: Prisma.InquiryWhereInput[] = [];
  if (filter.status === "open") and.push({ status: { in: ["new", "contacted", "qualified"] } });
  else if (filter.status !== "all") and.push({ status: filter.status });
  if (filter.category) and.push({ category: filter.category });
  if (filter.assignee === "me") and.push({ assigneeId: userId });
  else if (filter.assignee === "none") and.push({ assigneeId: null });
  else if (filter.assignee) and.push({ assigneeId: filter.assignee });
  if (filter.zone) and.push({ zones: { some: { zone: { slug: filter.zone } } } });
  if (filter.from) and.push({ createdAt: { gte: chinaDate(filter.from) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(chinaDate(filter.to).getTime() + 24 * 3_600_000) } });
  if (filter.q) {
    const q = filter.q;
    and.push({
      OR: [
        { company: { contains: q, mode: "insensitive" } },
        { contactName: { contains: q, mode: "insensitive" } },
        { email: { contains: q.toLowerCase() } },
        { phone: { contains: q } },
        { industry: { contains: q, mode: "insensitive" } },
        { trackingCode: q.toUpperCase() },
      ],
    });
  }
  return { AND: and };
}

const inboxSelect = {
  id: true,
  trackingCode: true,
  status: true,
  category: true,
  company: true,
  contactName: true,
  email: true,
  phone: true,
  industry: true,
  landAreaMu: true,
  plantAreaM2: true,
  timeline: true,
  createdAt: true,
  firstRespondedAt: true,
  assignee: { select: { id: true, name: true } },
  // The investor's own choices first, then the ones added from the suggestions.
  zones: { orderBy: [{ suggested: "asc" }, { zone: { name: "asc" } }], select: { suggested: true, zone: { select: { name: true, slug: true } } } },
  _count: { select: { notes: true } },
} satisfies Prisma.InquirySelect;

type InboxRow = Prisma.InquiryGetPayload<{ select: typeof inboxSelect }>;

function shapeInboxRow(row: InboxRow) {
  return {
    ...row,
    landAreaMu: toNumber(row.landAreaMu),
    plantAreaM2: toNumber(row.plantAreaM2),
    zones: row.zones.map((link) => ({ ...link.zone, suggested: link.suggested })),
    noteCount: row._count.notes,
  };
}

/** The inbox, newest first. */
export async function listInquiryInbox(filter: InboxFilter, userId: string) {
  const where = inboxWhere(filter, userId);
  const [rows, total] = await Promise.all([
    db().inquiry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: inboxSelect,
    }),
    db().inquiry.count({ where }),
  ]);
  return { rows: rows.map(shapeInboxRow), total, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

/** Every matching row (up to EXPORT_ROW_LIMIT) with the message, for the CSV export. */
export async function listInquiriesForExport(filter: InboxFilter, userId: string) {
  const rows = await db().inquiry.findMany({
    where: inboxWhere(filter, userId),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_ROW_LIMIT,
    select: { ...inboxSelect, message: true },
  });
  return rows.map((row) => ({ ...shapeInboxRow(row), message: row.message }));
}

export async function getInboxCounts(now = new Date()) {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  const [fresh, unassigned, waitingTooLong] = await Promise.all([
    db().inquiry.count({ where: { status: "new" } }),
    db().inquiry.count({ where: { status: { not: "closed" }, assigneeId: null } }),
    db().inquiry.count({ where: { firstRespondedAt: null, status: "new", createdAt: { lt: dayAgo } } }),
  ]);
  return { fresh, unassigned, waitingTooLong };
}

export async function getInquiryForManagement(id: string) {
  const row = await db().inquiry.findUnique({
    where: { id },
    select: {
      ...inboxSelect,
      message: true,
      updatedAt: true,
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  return { ...shapeInboxRow(row), message: row.message, updatedAt: row.updatedAt, notes: row.notes };
}

/** People an inquiry can be assigned to: active accounts whose role may manage inquiries. */
export async function listAssignableUsers() {
  const users = await db().user.findMany({ where: { status: "active" }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
  return users.filter((user) => can(user, "inquiry.manage")).map(({ id, name }) => ({ id, name }));
}
