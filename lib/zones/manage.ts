import "server-only";
import { recordAudit, recordRevision } from "@/lib/audit/record";
import { canNow, type SessionActor } from "@/lib/auth/permissions";
import { chinaDate } from "@/lib/content/dates";
import { db, type Prisma } from "@/lib/db";
import { AppError, toAppError } from "@/lib/errors";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { uniqueZoneSlug } from "./linking";
import { descriptionFromText, type AwardRow, type CreateZoneInput, type IndicatorRow, type UpdateZoneInput } from "./schema";

/**
 * Editing zones (admin). Callers have checked `zone.edit` / `zone.merge` (actions.ts). Every save bumps
 * the zone's version (refusing a save over a newer one), writes a revision snapshot, an audit event and
 * a search-outbox row — all in one transaction, so none of them can exist without the others.
 */
export type ZoneActor = NonNullable<SessionActor> & { id: string };

type Tx = Prisma.TransactionClient;

const STALE = "该园区已被他人修改，请刷新页面后再编辑";

const snapshotInclude = { awards: { orderBy: [{ year: "desc" }, { title: "asc" }] }, indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] } } satisfies Prisma.ZoneInclude;

/** The zone as it is now, for the revision row. */
async function snapshot(tx: Tx, id: string): Promise<{ version: number; status: string; data: Prisma.InputJsonValue }> {
  const zone = await tx.zone.findUniqueOrThrow({ where: { id }, include: snapshotInclude });
  return { version: zone.version, status: zone.status, data: JSON.parse(JSON.stringify(zone)) as Prisma.InputJsonValue };
}

/** Revision, audit and search outbox for a change already written in `tx`. */
async function recordZoneChange(tx: Tx, id: string, actorId: string, action: string, comment: string, detail: Prisma.InputJsonValue = {}): Promise<void> {
  const { version, status, data } = await snapshot(tx, id);
  await recordRevision(tx, { entityType: "zone", entityId: id, version, data, comment, authorId: actorId });
  await recordAudit({ actorId, action, entityType: "zone", entityId: id, detail }, tx);
  await enqueueSearchUpdate(tx, "zone", id, status === "published" ? "upsert" : "delete");
}

/** Claim the version the editor loaded; a concurrent save has moved it on, and this one is refused. */
async function bumpVersion(tx: Tx, id: string, expectedVersion: number, data: Prisma.ZoneUpdateManyMutationInput = {}): Promise<void> {
  const { count } = await tx.zone.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const exists = await tx.zone.findUnique({ where: { id }, select: { id: true } });
  throw exists ? new AppError("CONFLICT", STALE) : new AppError("NOT_FOUND", "园区不存在");
}

function nameConflict(error: unknown): never {
  const appError = toAppError(error);
  if (appError.code === "CONFLICT") throw new AppError("CONFLICT", "已有同名园区", { name: ["已有同名园区；如是同一园区，请使用“合并”"] });
  throw appError;
}

export async function createZone(input: CreateZoneInput, actor: ZoneActor): Promise<{ id: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const zone = await tx.zone.create({
        data: { name: input.name, level: input.level, province: input.province ?? null, slug: await uniqueZoneSlug(tx, input.name), origin: "editor", status: "draft" },
        select: { id: true },
      });
      await recordZoneChange(tx, zone.id, actor.id, "create", "新建", { name: input.name });
      return zone;
    });
  } catch (error) {
    nameConflict(error);
  }
}

export async function updateZone(input: UpdateZoneInput, actor: ZoneActor): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      const current = await tx.zone.findUnique({ where: { id: input.zoneId }, select: { status: true, mergedIntoId: true } });
      if (!current) throw new AppError("NOT_FOUND", "园区不存在");
      if (current.mergedIntoId) throw new AppError("CONFLICT", "该园区已合并到其他园区，不能再编辑");
      const isStatusChange = current.status !== input.status;
      if (isStatusChange && !canNow(actor, "content.publish")) throw new AppError("FORBIDDEN", "没有权限发布或撤下园区");
      await bumpVersion(tx, input.zoneId, input.version, {
        name: input.name,
        shortName: input.shortName ?? null,
        aliases: input.aliases.filter((alias) => alias !== input.name),
        level: input.level,
        status: input.status,
        province: input.province ?? null,
        city: input.city ?? null,
        district: input.district ?? null,
        approvedAt: input.approvedAt ? chinaDate(input.approvedAt) : null,
        areaKm2: input.areaKm2 ?? null,
        industries: input.industries,
        summary: input.summary ?? null,
        description: descriptionFromText(input.description),
        website: input.website ?? null,
        type: input.type ?? null,
        catalogueSource: input.catalogueSource ?? null,
        catalogueSourceUrl: input.catalogueSourceUrl ?? null,
        catalogueYear: input.catalogueYear ?? null,
        featuredRank: input.featuredRank ?? null,
      });
      const action = !isStatusChange ? "update" : input.status === "published" ? "publish" : input.status === "archived" ? "archive" : "unpublish";
      await recordZoneChange(tx, input.zoneId, actor.id, action, "编辑基本信息", { name: input.name, ...(isStatusChange ? { from: current.status, to: input.status } : {}) });
    });
  } catch (error) {
    nameConflict(error);
  }
}

/** The awards table as submitted replaces the zone's awards. */
export async function replaceZoneAwards(zoneId: string, version: number, rows: readonly AwardRow[], actor: ZoneActor): Promise<void> {
  await db().$transaction(async (tx) => {
    await bumpVersion(tx, zoneId, version);
    await tx.zoneAward.deleteMany({ where: { zoneId } });
    await tx.zoneAward.createMany({
      data: rows.map((row) => ({
        zoneId,
        year: row.year,
        title: row.title,
        rank: row.rank ?? null,
        issuer: row.issuer ?? null,
        sourceTitle: row.sourceTitle ?? null,
        sourceUrl: row.sourceUrl ?? null,
        sourceDate: row.sourceDate ? chinaDate(row.sourceDate) : null,
      })),
    });
    await recordZoneChange(tx, zoneId, actor.id, "update", "编辑荣誉", { awards: rows.length });
  });
}

/** The indicators table as submitted replaces the zone's indicators (one row per metric and year). */
export async function replaceZoneIndicators(zoneId: string, version: number, rows: readonly IndicatorRow[], actor: ZoneActor): Promise<void> {
  await db().$transaction(async (tx) => {
    await bumpVersion(tx, zoneId, version);
    await tx.zoneIndicator.deleteMany({ where: { zoneId } });
    await tx.zoneIndicator.createMany({
      data: rows.map((row) => ({
        zoneId,
        metric: row.metric,
        year: row.year,
        value: row.value,
        unit: row.unit,
        sourceTitle: row.sourceTitle,
        sourceUrl: row.sourceUrl ?? null,
        sourceDate: row.sourceDate ? chinaDate(row.sourceDate) : null,
      })),
    });
    await recordZoneChange(tx, zoneId, actor.id, "update", "编辑经济指标", { indicators: rows.length });
  });
}

/**
 * Fold a duplicate (typically a stub the importer created from a mention) into the real zone: its
 * article, inquiry and contribution links, awards, indicators the target lacks and partner ties move
 * over; its names become the target's aliases, so the importer links future mentions to the target;
 * the duplicate stays, archived, pointing at the target (mergedIntoId) for old links.
 */
export async function mergeZones(sourceId: string, sourceVersion: number, targetId: string, actor: ZoneActor): Promise<{ movedArticles: number }> {
  if (sourceId === targetId) throw new AppError("BAD_REQUEST", "不能合并到自身", { targetId: ["请选择另一个园区"] });
  return db().$transaction(async (tx) => {
    const [source, target] = await Promise.all([tx.zone.findUnique({ where: { id: sourceId } }), tx.zone.findUnique({ where: { id: targetId } })]);
    if (!source) throw new AppError("NOT_FOUND", "园区不存在");
    if (!target || target.mergedIntoId) throw new AppError("BAD_REQUEST", "目标园区不存在或已被合并", { targetId: ["请选择另一个园区"] });
    if (source.mergedIntoId) throw new AppError("CONFLICT", "该园区已经合并过了");

    const articleLinks = await tx.articleZone.findMany({ where: { zoneId: sourceId } });
    for (const link of articleLinks) {
      await tx.articleZone.upsert({
        where: { articleId_zoneId: { articleId: link.articleId, zoneId: targetId } },
        create: { articleId: link.articleId, zoneId: targetId, mentions: link.mentions },
        update: { mentions: { increment: link.mentions } },
      });
    }
    await tx.articleZone.deleteMany({ where: { zoneId: sourceId } });

    const inquiryLinks = await tx.inquiryZone.findMany({ where: { zoneId: sourceId } });
    for (const link of inquiryLinks) {
      await tx.inquiryZone.upsert({ where: { inquiryId_zoneId: { inquiryId: link.inquiryId, zoneId: targetId } }, create: { inquiryId: link.inquiryId, zoneId: targetId, suggested: link.suggested }, update: {} });
    }
    await tx.inquiryZone.deleteMany({ where: { zoneId: sourceId } });
    await tx.contribution.updateMany({ where: { zoneId: sourceId }, data: { zoneId: targetId } });

    await tx.zoneAward.updateMany({ where: { zoneId: sourceId }, data: { zoneId: targetId } });
    const targetIndicators = await tx.zoneIndicator.findMany({ where: { zoneId: targetId }, select: { metric: true, year: true } });
    const taken = new Set(targetIndicators.map((row) => `${row.metric}\u0000${row.year}`));
    for (const indicator of await tx.zoneIndicator.findMany({ where: { zoneId: sourceId } })) {
      if (taken.has(`${indicator.metric}\u0000${indicator.year}`)) await tx.zoneIndicator.delete({ where: { id: indicator.id } });
      else await tx.zoneIndicator.update({ where: { id: indicator.id }, data: { zoneId: targetId } });
    }

    const partners = await tx.zonePartner.findMany({ where: { OR: [{ fromId: sourceId }, { toId: sourceId }] } });
    await tx.zonePartner.deleteMany({ where: { OR: [{ fromId: sourceId }, { toId: sourceId }] } });
    for (const partner of partners) {
      const fromId = partner.fromId === sourceId ? targetId : partner.fromId;
      const toId = partner.toId === sourceId ? targetId : partner.toId;
      if (fromId !== toId) await tx.zonePartner.upsert({ where: { fromId_toId: { fromId, toId } }, create: { fromId, toId, relation: partner.relation }, update: {} });
    }
    await tx.zone.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } });

    const names = [source.name, source.shortName, ...source.aliases].filter((name): name is string => Boolean(name) && name !== target.name);
    await bumpVersion(tx, targetId, target.version, { aliases: [...new Set([...target.aliases, ...names])] });
    await bumpVersion(tx, sourceId, sourceVersion, { mergedIntoId: targetId, status: "archived", featuredRank: null });

    await recordZoneChange(tx, targetId, actor.id, "merge", `合并“${source.name}”`, { from: sourceId, fromName: source.name });
    await recordZoneChange(tx, sourceId, actor.id, "merge", `合并到“${target.name}”`, { into: targetId, intoName: target.name });
    for (const link of articleLinks) await enqueueSearchUpdate(tx, "article", link.articleId);
    return { movedArticles: articleLinks.length };
  });
}
