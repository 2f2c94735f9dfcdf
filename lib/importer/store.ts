import { blocksFromText } from "@/lib/content/blocks";
import { chinaDate, toChinaDay } from "@/lib/content/dates";
import { AppError } from "@/lib/errors";
import { articleSlug, slugify } from "@/lib/content/slug";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { entityKey } from "@/lib/search/document";
import { expireSearchPages } from "@/lib/search/sync/expire-pages";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { applySearchUpdatesNow } from "@/lib/search/sync/worker";
import { resolveZoneMentions } from "@/lib/zones/linking";
import { contentHash } from "./index";
import type { ImportedDocument } from "./schema";

export type StoreOutcome =
  | { status: "created"; entity: "article" | "bulletin"; id: string; title: string; createdZoneStubs: string[]; linkedZones: string[] }
  | { status: "unchanged"; entity: "article" | "bulletin"; id: string; title: string };

export type StoreOptions = { publish: boolean; actorId?: string | null; now?: Date };

/**
 * Stores the documents of one file in one transaction, so a failure never leaves part of a file;
 * idempotent through the content hash (importing the same text twice creates nothing new).
 */
export async function storeImportedDocuments(
  prisma: PrismaClient,
  documents: ImportedDocument[],
  options: StoreOptions,
): Promise<StoreOutcome[]> {
  return prisma.$transaction(
    async (tx) => {
      const outcomes: StoreOutcome[] = [];
      for (const document of documents) outcomes.push(await storeOne(tx, document, options));
      return outcomes;
    },
    { timeout: 30_000 + documents.length * 5_000 },
  );
}

async function storeOne(tx: Prisma.TransactionClient, doc: ImportedDocument, options: StoreOptions): Promise<StoreOutcome> {
  const hash = contentHash(doc);
  const now = options.now ?? new Date();
  const publishedAt = doc.publishedAt ? chinaDate(doc.publishedAt) : null;
  const status = options.publish ? "published" : "draft";

  if (doc.kind === "bulletin") {
    const existing = await tx.bulletin.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (existing) return { status: "unchanged", entity: "bulletin", id: existing.id, title: doc.title };
    const issueDate = publishedAt ?? now;
    const year = toChinaDay(issueDate).year;
    const publisher = doc.publisher ?? "未署名";
    const issueNumber = doc.issueNumber ?? 1;
    const sameIssue = await tx.bulletin.findFirst({ where: { publisher, year, issueNumber }, select: { id: true } });
    if (sameIssue) {
      throw new AppError("CONFLICT", `${publisher} ${year}年第${issueNumber}期简报已存在，内容与本次导入不同，请在后台核对后再导入`);
    }
    const bulletin = await tx.bulletin.create({
      data: {
        status,
        title: doc.title,
        publisher,
        issueNumber,
        totalIssueNumber: doc.totalIssueNumber ?? null,
        year,
        issueDate,
        publishedAt: options.publish ? issueDate : null,
        slug: `${year}-${issueNumber}-${slugify(publisher, 24)}`,
        distribution: doc.distribution ?? [],
        contentHash: hash,
        sections: {
          create: (doc.sections ?? []).map((section, sectionIndex) => ({
            position: sectionIndex + 1,
            title: section.title,
            items: {
              create: section.items.map((item, itemIndex) => ({
                position: itemIndex + 1,
                anchor: `s${sectionIndex + 1}-${itemIndex + 1}`,
                title: item.title,
                body: blocksFromText(item.body),
                source: item.source ?? null,
              })),
            },
          })),
        },
      },
      select: { id: true },
    });
    await recordCreation(tx, "bulletin", bulletin.id, doc, options);
    return { status: "created", entity: "bulletin", id: bulletin.id, title: doc.title, createdZoneStubs: [], linkedZones: [] };
  }

  const existing = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { status: "unchanged", entity: "article", id: existing.id, title: doc.title };
  const { zoneIds, createdStubs, linkedZones } = await resolveZoneMentions(tx, doc.zones);
  const article = await tx.article.create({
    data: {
      kind: doc.kind,
      status,
      slug: articleSlug(doc.title + hash, publishedAt),
      title: doc.title,
      body: doc.blocks ?? blocksFromText(doc.body ?? ""),
      region: doc.region ?? null,
      source: doc.sourceDepartment ?? null,
      author: doc.author ?? null,
      publishedAt: options.publish ? (publishedAt ?? now) : publishedAt,
      readCount: doc.readCount ?? 0,
      docNumber: doc.docNumber ?? null,
      issuer: doc.issuer ?? null,
      writtenAt: doc.kind === "policy" ? (doc.writtenAt ? chinaDate(doc.writtenAt) : publishedAt) : null,
      validity: doc.kind === "policy" ? "valid" : null,
      contentHash: hash,
      importSource: doc.source,
      sourceUrl: doc.sourceUrl ?? null,
      zones: { create: zoneIds.map((zoneId) => ({ zoneId })) },
    },
    select: { id: true },
  });
  await recordCreation(tx, "article", article.id, doc, options);
  return { status: "created", entity: "article", id: article.id, title: doc.title, createdZoneStubs: createdStubs, linkedZones };
}

/**
 * Published imports are searchable when the import reports success: their outbox rows are applied now
 * (same path as the worker); what the engine could not take stays queued for the worker.
 */
export async function indexPublishedImports(prisma: PrismaClient, outcomes: StoreOutcome[]): Promise<{ indexed: number; queued: number }> {
  const keys = outcomes.filter((outcome) => outcome.status === "created").map((outcome) => entityKey(outcome.entity, outcome.id));
  const applied = await applySearchUpdatesNow(keys, { prisma });
  if (applied.indexed) await expireSearchPages();
  return applied;
}

async function recordCreation(
  tx: Prisma.TransactionClient,
  entityType: "article" | "bulletin",
  entityId: string,
  doc: ImportedDocument,
  options: StoreOptions,
) {
  const data = JSON.parse(JSON.stringify(doc)) as Prisma.InputJsonValue;
  await tx.revision.create({
    data: { entityType, entityId, version: 1, data, comment: `导入：${doc.source}`, authorId: options.actorId ?? null },
  });
  await tx.auditEvent.create({
    data: {
      actorId: options.actorId ?? null,
      action: options.publish ? "import_publish" : "import",
      entityType,
      entityId,
      detail: { source: doc.source, title: doc.title },
    },
  });
  if (options.publish) await enqueueSearchUpdate(tx, entityType, entityId);
}
