import { articlePath } from "@/lib/articles/routes";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueMailSafely } from "@/lib/mail/outbox";
import { contributionPublishedMail } from "./notifications";

// Not server-only: the jobs runner imports it, also from the standalone worker (scripts/worker.ts).

/**
 * When an article that came from a contribution has been published: the contribution is marked
 * published and its author gets the link, once (the conditional update makes a second call a no-op).
 */
export async function notifyContributionPublished(articleId: string): Promise<boolean> {
  const contribution = await db().contribution.findUnique({
    where: { articleId },
    select: { id: true, status: true, trackingCode: true, title: true, authorName: true, email: true, article: { select: { kind: true, slug: true, status: true } } },
  });
  if (!contribution?.article || contribution.article.status !== "published") return false;
  const { count } = await db().contribution.updateMany({ where: { id: contribution.id, status: "accepted" }, data: { status: "published" } });
  if (count === 0) return false;
  const url = `${env().SITE_URL}${articlePath(contribution.article.kind, contribution.article.slug)}`;
  await queueMailSafely([contributionPublishedMail(contribution, url)]);
  return true;
}

/**
 * The jobs runner's sweep: editors publish the draft through the normal content workflow, which knows
 * nothing of contributions, so accepted pieces whose article is now published are picked up here.
 */
export async function notifyPublishedContributions(limit = 50): Promise<number> {
  const due = await db().contribution.findMany({
    where: { status: "accepted", article: { status: "published" } },
    select: { articleId: true },
    take: limit,
  });
  let notified = 0;
  for (const { articleId } of due) if (articleId && (await notifyContributionPublished(articleId))) notified += 1;
  return notified;
}
