import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { parseBlocks } from "@/lib/content/blocks";
import { toChinaDay } from "@/lib/content/dates";
import { markdownToBlocks } from "@/lib/content/markdown";
import { slugify } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, PublishStatus } from "@/lib/generated/prisma/client";
import { recordRevision } from "@/lib/revisions/record";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import type { BulletinItemInput, BulletinMetaInput } from "./schema";

/**
 * The bulletin composer's writes, called by the server actions after their permission check (and by the
 * integration tests). Every change bumps the issue's version (a change on top of a newer one is refused),
 * and writes a revision of the whole issue, an audit event and a search-outbox row in its transaction.
 */
type Composer = Pick<SessionUser, "id">;

export type ComposedBulletin = { id: string; slug: string; version: number; status: PublishStatus; previousStatus: PublishStatus };

const STALE = "这期简报已被他人修改，请刷新后再操作";

/** The next 期号 for this publisher in this year, and the next 总期号 across all its years. */
export async function nextIssueNumbers(publisher: string, year: number): Promise<{ issueNumber: number; totalIssueNumber: number }> {
  const [inYear, overall] = await Promise.all([
    db().bulletin.aggregate({ where: { publisher, year }, _max: { issueNumber: true } }),
    db().bulletin.aggregate({ where: { publisher }, _max: { totalIssueNumber: true } }),
  ]);
  return { issueNumber: (inYear._max.issueNumber ?? 0) + 1, totalIssueNumber: (overall._max.totalIssueNumber ?? 0) + 1 };
}

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  const bulletin = await tx.bulletin.findUniqueOrThrow({
    where: { id },
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
  });
  const data = {
    title: bulletin.title,
    publisher: bulletin.publisher,
    issueNumber: bulletin.issueNumber,
    totalIssueNumber: bulletin.totalIssueNumber,
    issueDate: bulletin.issueDate.toISOString(),
    status: bulletin.status,
    distribution: bulletin.distribution,
    sections: bulletin.sections.map((section) => ({
      title: section.title,
      items: section.items.map((item) => ({ title: item.title, source: item.source, articleId: item.articleId, body: parseBlocks(item.body) })),
    })),
  };
  return { bulletin, data };
}

async function writeHistory(tx: Prisma.TransactionClient, composer: Composer, id: string, action: string, comment: string, previousStatus: PublishStatus): Promise<ComposedBulletin> {
  const { bulletin, data } = await snapshot(tx, id);
  await recordRevision(tx, { entityType: "bulletin", entityId: id, version: bulletin.version, data, comment, authorId: composer.id });
  await recordAudit({ actorId: composer.id, action, entityType: "bulletin", entityId: id, detail: { version: bulletin.version } }, tx);
  await enqueueSearchUpdate(tx, "bulletin", id, previousStatus === "published" && bulletin.status !== "published" ? "delete" : "upsert");
  return { id, slug: bulletin.slug, version: bulletin.version, status: bulletin.status, previousStatus };
}

function duplicateIssue(error: unknown): never {
  const code = typeof error === "object" && error && "code" in error ? (error as { code: unknown }).code : undefined;
  if (code === "P2002") throw new AppError("CONFLICT", "该编印单位本年度已有这一期", { issueNumber: ["本年度已有这一期，请换一个期号"] });
  throw error;
}

export async function createBulletin(composer: Composer, input: BulletinMetaInput): Promise<ComposedBulletin> {
  const year = toChinaDay(input.issueDate).year;
  const base = `${year}-${input.issueNumber}-${slugify(input.publisher, 24)}`;
  return db()
    .$transaction(async (tx) => {
      let slug = base;
      for (let n = 2; await tx.bulletin.findUnique({ where: { slug }, select: { id: true } }); n += 1) slug = `${base}-${n}`;
      const bulletin = await tx.bulletin.create({
        data: { title: input.title, publisher: input.publisher, issueNumber: input.issueNumber, totalIssueNumber: input.totalIssueNumber, year, issueDate: input.issueDate, distribution: input.distribution, slug, status: "draft" },
      });
      return writeHistory(tx, composer, bulletin.id, "bulletin.create", "新建", "draft");
    })
    .catch(duplicateIssue);
}

/** Every change to an existing issue: version check, the change itself, then the history rows. */
async function change(composer: Composer, ref: { bulletinId: string; version: number }, action: string, comment: string, mutate: (tx: Prisma.TransactionClient) => Promise<void>, data: Prisma.BulletinUpdateManyMutationInput = {}): Promise<ComposedBulletin> {
  const current = await db().bulletin.findUnique({ where: { id: ref.bulletinId }, select: { status: true, version: true } });
  if (!current) throw new AppError("NOT_FOUND", "简报不存在");
  if (current.status === "archived") throw new AppError("CONFLICT", "已归档的简报不能修改");
  if (current.version !== ref.version) throw new AppError("CONFLICT", STALE);
  return db()
    .$transaction(async (tx) => {
      const { count } = await tx.bulletin.updateMany({ where: { id: ref.bulletinId, version: ref.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new AppError("CONFLICT", STALE);
      await mutate(tx);
      return writeHistory(tx, composer, ref.bulletinId, action, comment, current.status);
    })
    .catch(duplicateIssue);
}

export async function updateBulletinMeta(composer: Composer, input: BulletinMetaInput & { id: string; version: number }) {
  const year = toChinaDay(input.issueDate).year;
  return change(composer, { bulletinId: input.id, version: input.version }, "bulletin.update", "修改刊头", async () => {}, {
    title: input.title,
    publisher: input.publisher,
    issueNumber: input.issueNumber,
    totalIssueNumber: input.totalIssueNumber,
    issueDate: input.issueDate,
    year,
    distribution: input.distribution,
  });
}

async function sectionOf(tx: Prisma.TransactionClient, bulletinId: string, sectionId: string) {
  const section = await tx.bulletinSection.findFirst({ where: { id: sectionId, bulletinId }, include: { items: { orderBy: { position: "asc" }, select: { id: true } } } });
  if (!section) throw new AppError("NOT_FOUND", "栏目不存在");
  return section;
}

/** Positions are unique per parent: park the rows on negative positions first, then number them 1…n. */
async function renumber(tx: Prisma.TransactionClient, target: "section" | "item", ids: readonly string[]) {
  const place = (id: string, position: number) => (target === "section" ? tx.bulletinSection.update({ where: { id }, data: { position } }) : tx.bulletinItem.update({ where: { id }, data: { position } }));
  for (const [index, id] of ids.entries()) await place(id, -(index + 1));
  for (const [index, id] of ids.entries()) await place(id, index + 1);
}

export async function addSection(composer: Composer, ref: { bulletinId: string; version: number }, title: string) {
  return change(composer, ref, "bulletin.update", `新增栏目：${title}`, async (tx) => {
    const last = await tx.bulletinSection.aggregate({ where: { bulletinId: ref.bulletinId }, _max: { position: true } });
    await tx.bulletinSection.create({ data: { bulletinId: ref.bulletinId, title, position: (last._max.position ?? 0) + 1 } });
  });
}

export async function renameSection(composer: Composer, ref: { bulletinId: string; version: number }, sectionId: string, title: string) {
  return change(composer, ref, "bulletin.update", `栏目改名：${title}`, async (tx) => {
    await sectionOf(tx, ref.bulletinId, sectionId);
    await tx.bulletinSection.update({ where: { id: sectionId }, data: { title } });
  });
}

function itemData(input: Pick<BulletinItemInput, "title" | "body" | "source">) {
  return { title: input.title, body: markdownToBlocks(input.body), source: input.source };
}

export async function saveItem(composer: Composer, input: BulletinItemInput) {
  const ref = { bulletinId: input.bulletinId, version: input.version };
  return change(composer, ref, "bulletin.update", input.itemId ? `修改：${input.title}` : `新增：${input.title}`, async (tx) => {
    const section = await sectionOf(tx, input.bulletinId, input.sectionId);
    if (input.itemId) {
      if (!section.items.some((item) => item.id === input.itemId)) throw new AppError("NOT_FOUND", "条目不存在");
      await tx.bulletinItem.update({ where: { id: input.itemId }, data: itemData(input) });
    } else {
      await tx.bulletinItem.create({ data: { ...itemData(input), sectionId: section.id, position: section.items.length + 1, anchor: `i-${randomUUID().slice(0, 8)}` } });
    }
  });
}

/** An existing article as an item: its title, body and 来源 are copied (the issue is a fixed record). */
export async function addItemFromArticle(composer: Composer, ref: { bulletinId: string; version: number }, sectionId: string, articleId: string) {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { id: true, title: true, body: true, source: true } });
  if (!article) throw new AppError("NOT_FOUND", "稿件不存在");
  return change(composer, ref, "bulletin.update", `选用稿件：${article.title}`, async (tx) => {
    const section = await sectionOf(tx, ref.bulletinId, sectionId);
    await tx.bulletinItem.create({
      data: { sectionId: section.id, position: section.items.length + 1, anchor: `i-${randomUUID().slice(0, 8)}`, title: article.title, body: parseBlocks(article.body), source: article.source, articleId: article.id },
    });
  });
}

/** 上移/下移 — the keyboard-accessible way to reorder sections and items. */
export async function moveEntry(composer: Composer, ref: { bulletinId: string; version: number }, target: "section" | "item", targetId: string, direction: "up" | "down") {
  return change(composer, ref, "bulletin.update", direction === "up" ? "上移" : "下移", async (tx) => {
    const siblings =
      target === "section"
        ? (await tx.bulletinSection.findMany({ where: { bulletinId: ref.bulletinId }, orderBy: { position: "asc" }, select: { id: true } })).map((row) => row.id)
        : await (async () => {
            const item = await tx.bulletinItem.findFirst({ where: { id: targetId, section: { bulletinId: ref.bulletinId } }, select: { sectionId: true } });
            if (!item) throw new AppError("NOT_FOUND", "条目不存在");
            return (await tx.bulletinItem.findMany({ where: { sectionId: item.sectionId }, orderBy: { position: "asc" }, select: { id: true } })).map((row) => row.id);
          })();
    const index = siblings.indexOf(targetId);
    if (index < 0) throw new AppError("NOT_FOUND", "条目不存在");
    const swapWith = direction === "up" ? index - 1 : index + 1;
    if (swapWith < 0 || swapWith >= siblings.length) return;
    [siblings[index], siblings[swapWith]] = [siblings[swapWith], siblings[index]];
    await renumber(tx, target, siblings);
  });
}

/** Drag-and-drop: the complete new order of one section's items. */
export async function reorderItems(composer: Composer, ref: { bulletinId: string; version: number }, sectionId: string, order: readonly string[]) {
  return change(composer, ref, "bulletin.update", "调整顺序", async (tx) => {
    const section = await sectionOf(tx, ref.bulletinId, sectionId);
    const current = section.items.map((item) => item.id);
    if (order.length !== current.length || [...order].sort().join() !== [...current].sort().join()) throw new AppError("BAD_REQUEST", "顺序与栏目中的条目不一致，请刷新后重试");
    await renumber(tx, "item", order);
  });
}

export async function removeEntry(composer: Composer, ref: { bulletinId: string; version: number }, target: "section" | "item", targetId: string) {
  return change(composer, ref, "bulletin.update", target === "section" ? "删除栏目" : "删除条目", async (tx) => {
    if (target === "section") {
      await sectionOf(tx, ref.bulletinId, targetId);
      await tx.bulletinSection.delete({ where: { id: targetId } });
      const rest = await tx.bulletinSection.findMany({ where: { bulletinId: ref.bulletinId }, orderBy: { position: "asc" }, select: { id: true } });
      await renumber(tx, "section", rest.map((row) => row.id));
    } else {
      const item = await tx.bulletinItem.findFirst({ where: { id: targetId, section: { bulletinId: ref.bulletinId } }, select: { sectionId: true } });
      if (!item) throw new AppError("NOT_FOUND", "条目不存在");
      await tx.bulletinItem.delete({ where: { id: targetId } });
      const rest = await tx.bulletinItem.findMany({ where: { sectionId: item.sectionId }, orderBy: { position: "asc" }, select: { id: true } });
      await renumber(tx, "item", rest.map((row) => row.id));
    }
  });
}

/** The whole issue goes live at once: every item with it, in one transaction. */
export async function publishBulletin(composer: Composer, ref: { bulletinId: string; version: number }, now = new Date()) {
  const bulletin = await db().bulletin.findUnique({ where: { id: ref.bulletinId }, include: { sections: { include: { _count: { select: { items: true } } } } } });
  if (!bulletin) throw new AppError("NOT_FOUND", "简报不存在");
  if (bulletin.status === "published") throw new AppError("CONFLICT", "这期简报已经发布");
  if (!bulletin.sections.some((section) => section._count.items > 0)) throw new AppError("BAD_REQUEST", "简报还没有内容，不能发布");
  const empty = bulletin.sections.filter((section) => section._count.items === 0).map((section) => section.title);
  if (empty.length) throw new AppError("BAD_REQUEST", `以下栏目没有内容：${empty.join("、")}（请添加条目或删除栏目）`);
  return change(composer, ref, "bulletin.publish", "发布", async () => {}, { status: "published", publishedAt: bulletin.publishedAt ?? now, publishAt: null });
}
