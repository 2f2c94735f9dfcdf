import "server-only";
import { db } from "@/lib/db";
import type { Article } from "@/lib/generated/prisma/client";
import type { JobContext } from "@/lib/jobs/runner";
import { writeArticleHistory } from "./editing";

/**
 * The scheduler's job: puts scheduled articles live when their publishAt has come and takes published
 * ones offline (归档) at unpublishAt. Rows are claimed with FOR UPDATE SKIP LOCKED inside the transaction
 * that changes them, so any number of nodes can run this at once and each article changes exactly once;
 * a crashed node's rows are simply claimed by the next run anywhere.
 */
const BATCH = 50;

type Due = { id: string };

export async function runScheduledPublishing(now: Date = new Date(), context?: Pick<JobContext, "signal">): Promise<number> {
  let handled = 0;
  for (;;) {
    const count = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<Due[]>`
        SELECT id FROM "Article"
        WHERE status = 'scheduled' AND "publishAt" <= ${now}
        ORDER BY "publishAt", id
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      for (const { id } of due) {
        const current = await tx.article.findUniqueOrThrow({ where: { id } });
        const article = await tx.article.update({
          where: { id },
          data: { status: "published", publishedAt: current.publishedAt ?? current.publishAt ?? now, publishAt: null, version: { increment: 1 } },
        });
        await writeArticleHistory(tx, null, article, "article.publish_scheduled", "定时发布", { from: "scheduled", to: "published" }, current.status);
      }
      return due.length;
    });
    const expired = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<Due[]>`
        SELECT id FROM "Article"
        WHERE status = 'published' AND "unpublishAt" <= ${now}
        ORDER BY "unpublishAt", id
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      for (const { id } of due) {
        const article: Article = await tx.article.update({ where: { id }, data: { status: "archived", unpublishAt: null, version: { increment: 1 } } });
        await writeArticleHistory(tx, null, article, "article.unpublish_scheduled", "定时下线", { from: "published", to: "archived" }, "published");
      }
      return due.length;
    });
    handled += count + expired;
    if ((count < BATCH && expired < BATCH) || context?.signal.aborted) return handled;
  }
}
