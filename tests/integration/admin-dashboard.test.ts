import { beforeEach, describe, expect, it } from "vitest";
import { recordArticleView } from "@/lib/content/read-count";
import { db } from "@/lib/db";
import { listAwaitingReview, listMostRead, listScheduled } from "@/lib/dashboard/queries";
import { createArticle } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

// Wednesday 2026-03-04 10:00 Beijing; that week began Monday 2026-03-02 00:00 Beijing (2026-03-01 16:00 UTC).
const NOW = new Date("2026-03-04T02:00:00Z");

describe(`dashboard reads (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("ranks this week's readings per article, not all-time totals or other weeks", async () => {
    const popularLongAgo = await createArticle({ title: "过去很热门", readCount: 500 });
    const readTwice = await createArticle({ title: "本周读了两次" });
    const readOnce = await createArticle({ title: "本周读了一次" });
    const draft = await createArticle({ title: "草稿", status: "draft" });
    await recordArticleView(popularLongAgo.id, new Date("2026-03-01T15:59:00Z")); // Sunday 23:59 Beijing: last week
    await recordArticleView(readTwice.id, new Date("2026-03-01T16:00:00Z")); // Monday 00:00 Beijing
    await recordArticleView(readTwice.id, NOW);
    await recordArticleView(readOnce.id, NOW);
    await recordArticleView(draft.id, NOW);

    const { thisWeek, allTime } = await listMostRead(NOW);
    expect(thisWeek.map((article) => [article.title, article.readCount])).toEqual([["本周读了两次", 2], ["本周读了一次", 1]]);
    expect(allTime[0]).toMatchObject({ title: "过去很热门", readCount: 501 });
    expect(await db().articleReadDay.count({ where: { articleId: draft.id } })).toBe(0);
    expect((await db().article.findUniqueOrThrow({ where: { id: draft.id } })).readCount).toBe(0);
  });

  it("lists what waits for review (longest first) and what is scheduled (soonest first)", async () => {
    const older = await createArticle({ title: "先提交的", status: "in_review", publishedAt: null });
    await db().article.update({ where: { id: older.id }, data: { updatedAt: new Date("2026-03-01T00:00:00Z") } });
    await createArticle({ title: "后提交的", status: "in_review", publishedAt: null });
    await createArticle({ title: "下周发布", status: "scheduled", publishedAt: null, publishAt: new Date("2026-03-10T00:00:00Z") });
    await createArticle({ title: "明天发布", status: "scheduled", publishedAt: null, publishAt: new Date("2026-03-05T00:00:00Z") });
    await createArticle({ title: "到期撤下", publishedAt: new Date("2026-01-01T00:00:00Z"), unpublishAt: new Date("2026-03-07T00:00:00Z") });
    await createArticle({ title: "已发布" });

    const review = await listAwaitingReview();
    expect(review.total).toBe(2);
    expect(review.items.map((item) => item.title)).toEqual(["先提交的", "后提交的"]);
    const scheduled = await listScheduled(NOW);
    expect(scheduled.total).toBe(3);
    expect(scheduled.items.map((item) => item.title)).toEqual(["明天发布", "到期撤下", "下周发布"]);
  });
});
