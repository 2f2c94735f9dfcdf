import "server-only";
import { revalidateContentInJob } from "@/lib/content/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { JobContext } from "@/lib/jobs/runner";
import { writeArticleHistory } from "./editing";

/**
 * The scheduler's job: puts scheduled articles live when their publishAt has come and takes published
 * ones offline (归档) at unpublishAt. Rows are claimed with FOR UPDATE SKIP LOCKED inside the transaction
 * that changes them, so any number of nodes can run this at once and each article changes exactly once;
 * a crashed node's rows are simply claimed by the next run anywhere.
 */
const BATCH = 50;

const SCHEDULES = {
  publish: { status: "scheduled", column: "publishAt", to: "published", action: "article.publish_scheduled", comment: "定时发布" },
  unpublish: { status: "published", column: "unpublishAt", to: "archived", action: "article.unpublish_scheduled", comment: "定时下线" },
} as const;

/** Claims up to BATCH due articles of one schedule and moves each, with its history, in one transaction. */
async function runBatch(schedule: (typeof SCHEDULES)[keyof typeof SCHEDULES], now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Article"
      WHERE status = ${schedule.status}::"PublishStatus" AND ${Prisma.raw(`"${schedule.column}"`)} <= ${now}
      ORDER BY ${Prisma.raw(`"${schedule.column}"`)}, id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    for (const { id } of due) {
      const current = await tx.article.findUniqueOrThrow({ where: { id } });
      const article = await tx.article.update({
        where: { id },
        data:
          schedule.to === "published"
            ? { status: "published", publishedAt: current.publishedAt ?? current.publishAt ?? now, publishAt: null, version: { increment: 1 } }
            : { status: "archived", unpublishAt: null, version: { increment: 1 } },
      });
      await writeArticleHistory(tx, null, article, schedule.action, schedule.comment, { from: current.status, to: article.status }, current.status);
    }
    return due.length;
  });
}

export async function runScheduledPublishing(now: Date = new Date(), context?: Pick<JobContext, "signal">): Promise<number> {
  let handled = 0;
  for (;;) {
    const published = await runBatch(SCHEDULES.publish, now);
    const unpublished = await runBatch(SCHEDULES.unpublish, now);
    handled += published + unpublished;
    if ((published < BATCH && unpublished < BATCH) || context?.signal.aborted) {
      if (handled) await revalidateContentInJob("article");
      return handled;
    }
  }
}
