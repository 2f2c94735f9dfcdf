import "server-only";
import { writeArticleHistory } from "@/lib/articles/editing";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { type Block, summarize } from "@/lib/content/blocks";
import { articleSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { queueMailSafely } from "@/lib/mail/outbox";
import { contributionAcceptedMail, contributionReturnedMail } from "./notifications";
import { splitParagraphs } from "./plain-text";

/**
 * The moderation steps, called by the server actions after their permission check (and directly by
 * the integration tests). Each decision is a conditional update on the contribution's status, so two
 * reviewers deciding at once cannot both win; mails follow the commit.
 */
const OPEN = ["received", "in_review"] as const;
const ALREADY_DECIDED = "这篇投稿已被处理，请刷新后查看";

type Actor = Pick<SessionUser, "id">;

/** Marks a received piece as being read by this reviewer (a button, not a side effect of opening it). */
export async function startContributionReview(actor: Actor, id: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({ where: { id, status: "received" }, data: { status: "in_review", reviewerId: actor.id, updatedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "这篇投稿已在审阅中或已处理");
    await recordAudit({ actorId: actor.id, action: "contribution.start_review", entityType: "contribution", entityId: id }, tx);
  });
}

/** Plain text → paragraph blocks of the article body. */
export function contributionBlocks(body: string): Block[] {
  return splitParagraphs(body).map((text) => ({ type: "paragraph" as const, text }));
}

/**
 * 采用: the piece becomes a draft news article crediting 来稿单位 (source) and 作者 (author); editors
 * take it from there through the normal publishing workflow.
 */
export async function acceptContribution(actor: Actor, id: string, now = new Date()): Promise<{ articleId: string }> {
  const contribution = await db().contribution.findUnique({ where: { id }, include: { zone: { select: { city: true, province: true } } } });
  if (!contribution) throw new AppError("NOT_FOUND", "投稿不存在");
  if (!(OPEN as readonly string[]).includes(contribution.status)) throw new AppError("CONFLICT", ALREADY_DECIDED);

  const blocks = contributionBlocks(contribution.body);
  const articleId = await db().$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        kind: "news",
        status: "draft",
        slug: articleSlug(`${contribution.title}\n${contribution.id}`, contribution.createdAt),
        title: contribution.title,
        summary: summarize(blocks),
        body: blocks,
        source: contribution.organisation,
        author: contribution.authorName,
        region: contribution.region ?? contribution.zone?.city ?? contribution.zone?.province ?? null,
        ...(contribution.zoneId ? { zones: { create: { zoneId: contribution.zoneId } } } : {}),
      },
    });
    const { count } = await tx.contribution.updateMany({
      where: { id, status: { in: [...OPEN] } },
      data: { status: "accepted", articleId: article.id, reviewerId: actor.id, reviewedAt: now, returnReason: null },
    });
    // Someone else decided between our read and this write: roll the article back with the transaction.
    if (count === 0) throw new AppError("CONFLICT", ALREADY_DECIDED);
    // The article's own history (revision, audit, search outbox) as the editorial workflow writes it.
    await writeArticleHistory(tx, actor.id, article, "article.create", `由投稿 ${contribution.trackingCode} 转为草稿`, { from: "contribution", contributionId: id }, "draft");
    await recordAudit({ actorId: actor.id, action: "contribution.accept", entityType: "contribution", entityId: id, detail: { articleId: article.id } }, tx);
    return article.id;
  });

  await queueMailSafely([contributionAcceptedMail(contribution, env().SITE_URL)]);
  return { articleId };
}

/** 退回 with a reason the submitter reads in the mail and on the status page. */
export async function returnContribution(actor: Actor, input: { id: string; reason: string }, now = new Date()): Promise<void> {
  const contribution = await db().$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({
      where: { id: input.id, status: { in: [...OPEN] } },
      data: { status: "returned", returnReason: input.reason, reviewerId: actor.id, reviewedAt: now },
    });
    if (count === 0) {
      const exists = await tx.contribution.count({ where: { id: input.id } });
      throw exists ? new AppError("CONFLICT", ALREADY_DECIDED) : new AppError("NOT_FOUND", "投稿不存在");
    }
    await recordAudit({ actorId: actor.id, action: "contribution.return", entityType: "contribution", entityId: input.id, detail: { reason: input.reason } }, tx);
    return tx.contribution.findUniqueOrThrow({ where: { id: input.id }, select: { trackingCode: true, title: true, authorName: true, email: true } });
  });
  await queueMailSafely([contributionReturnedMail(contribution, input.reason, env().SITE_URL)]);
}
