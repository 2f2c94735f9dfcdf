import { beforeEach, describe, expect, it } from "vitest";
import { createArticleDraft, restoreArticleRevision, saveArticle, setPolicyValidity, transitionArticle, type Editor } from "@/lib/articles/editing";
import { heartbeatPresence } from "@/lib/articles/presence";
import { getPublishedArticle } from "@/lib/articles/queries";
import { runScheduledPublishing } from "@/lib/articles/scheduling";
import type { TransitionInput } from "@/lib/articles/schema";
import { db } from "@/lib/db";
import { articleInput, createEditor } from "@/tests/factories/editorial";
import { useTestDatabase } from "@/tests/support/database";

const step = (id: string, version: number, intent: TransitionInput["intent"], extra: Partial<TransitionInput> = {}): TransitionInput => ({ id, version, intent, comment: null, publishAt: null, unpublishAt: null, ...extra });

async function history(id: string) {
  const [revisions, audits, outbox] = await Promise.all([
    db().revision.findMany({ where: { entityType: "article", entityId: id }, orderBy: { version: "asc" } }),
    db().auditEvent.findMany({ where: { entityType: "article", entityId: id }, orderBy: { createdAt: "asc" } }),
    db().searchOutbox.findMany({ where: { entityType: "article", entityId: id }, orderBy: { id: "asc" } }),
  ]);
  return { revisions, audits, outbox };
}

describe(`editorial workflow (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  let editor: Editor;
  let reviewer: Editor;

  beforeEach(async () => {
    await useTestDatabase();
    editor = await createEditor("editor", "编辑甲");
    reviewer = await createEditor("reviewer", "审核员乙");
  });

  it("takes a draft through return, fix, approval and a schedule to the public page, with a revision, audit event and outbox row per step", async () => {
    const draft = await createArticleDraft(editor, articleInput({ title: "经开区新签约项目十二个" }));
    expect(draft).toMatchObject({ status: "draft", version: 1, slug: "jing-kai-qu-xin-qian-yue-xiang-mu-shi-er-ge" });

    let article = await transitionArticle(editor, step(draft.id, 1, "submit"));
    expect(article.status).toBe("in_review");
    article = await transitionArticle(reviewer, step(draft.id, article.version, "return", { comment: "请补充投资额" }));
    expect(article.status).toBe("draft");
    expect((await db().article.findUniqueOrThrow({ where: { id: draft.id } })).reviewNote).toBe("请补充投资额");

    article = await saveArticle(editor, { ...articleInput({ title: "经开区新签约项目十二个", body: "总投资 300 亿元。" }), id: draft.id, version: article.version });
    article = await transitionArticle(editor, step(draft.id, article.version, "submit"));
    article = await transitionArticle(reviewer, step(draft.id, article.version, "approve"));
    const approved = await db().article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(approved.approvedVersion).toBe(approved.version);

    const now = new Date("2026-11-23T10:00:00Z");
    const publishAt = new Date("2026-11-23T10:05:00Z");
    article = await transitionArticle(editor, step(draft.id, article.version, "schedule", { publishAt }), now);
    expect(article.status).toBe("scheduled");
    expect(await getPublishedArticle("news", draft.slug)).toBeNull();

    expect(await runScheduledPublishing(new Date("2026-11-23T10:04:59Z"))).toBe(0);
    expect(await runScheduledPublishing(new Date("2026-11-23T10:05:00Z"))).toBe(1);
    const live = await getPublishedArticle("news", draft.slug);
    expect(live?.title).toBe("经开区新签约项目十二个");
    expect(live?.publishedAt?.toISOString()).toBe("2026-11-20T00:00:00.000Z"); // the editor's 发布时间 is kept

    const { revisions, audits, outbox } = await history(draft.id);
    expect(revisions.map((revision) => revision.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(audits.map((audit) => audit.action)).toEqual(["article.create", "article.submit", "article.return", "article.update", "article.submit", "article.approve", "article.schedule", "article.publish_scheduled"]);
    expect(audits.at(-1)?.actorId).toBeNull();
    expect(outbox).toHaveLength(8);
    expect(revisions[2].comment).toBe("退回修改：请补充投资额");
  });

  it("refuses a reviewer's publish in the action itself, and an editor's publish without approval", async () => {
    const draft = await createArticleDraft(editor, articleInput());
    const submitted = await transitionArticle(editor, step(draft.id, 1, "submit"));
    await expect(transitionArticle(reviewer, step(draft.id, submitted.version, "publish"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(transitionArticle(editor, step(draft.id, submitted.version, "publish"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const approved = await transitionArticle(reviewer, step(draft.id, submitted.version, "approve"));
    await expect(transitionArticle(reviewer, step(draft.id, approved.version, "publish"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveArticle(reviewer, { ...articleInput(), id: draft.id, version: approved.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const published = await transitionArticle(editor, step(draft.id, approved.version, "publish"), new Date("2026-11-23T00:00:00Z"));
    expect(published.status).toBe("published");
  });

  it("drops an approval when the approved text is edited afterwards", async () => {
    const draft = await createArticleDraft(editor, articleInput());
    let article = await transitionArticle(editor, step(draft.id, 1, "submit"));
    article = await transitionArticle(reviewer, step(draft.id, article.version, "approve"));
    article = await saveArticle(editor, { ...articleInput({ body: "偷偷改了正文。" }), id: draft.id, version: article.version });
    expect(article.status).toBe("in_review");
    await expect(transitionArticle(editor, step(draft.id, article.version, "publish"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a save on top of someone else's newer version", async () => {
    const draft = await createArticleDraft(editor, articleInput());
    const other = await createEditor("editor", "编辑丙");
    await saveArticle(other, { ...articleInput({ body: "丙的修改。" }), id: draft.id, version: 1 });
    await expect(saveArticle(editor, { ...articleInput({ body: "甲的修改。" }), id: draft.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await heartbeatPresence("article", draft.id, { id: other.id, name: "编辑丙" })).toEqual([]);
    const others = await heartbeatPresence("article", draft.id, { id: editor.id, name: "编辑甲" });
    expect(others.map((entry) => entry.name)).toEqual(["编辑丙"]);
  });

  it("blocks publishing when the pre-publish checks find errors", async () => {
    const admin = await createEditor("admin");
    const draft = await createArticleDraft(admin, articleInput({ source: null, body: "![](/api/media/x.png)" }));
    await expect(transitionArticle(admin, step(draft.id, 1, "publish"))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("来源") });
  });

  it("keeps slugs unique per kind", async () => {
    const first = await createArticleDraft(editor, articleInput({ title: "同名稿件" }));
    const second = await createArticleDraft(editor, articleInput({ title: "同名稿件" }));
    const policy = await createArticleDraft(editor, articleInput({ title: "同名稿件", kind: "policy" }));
    expect([first.slug, second.slug, policy.slug]).toEqual(["tong-ming-gao-jian", "tong-ming-gao-jian-2", "tong-ming-gao-jian"]);
    await expect(createArticleDraft(editor, articleInput({ slug: "tong-ming-gao-jian" }))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { slug: expect.any(Array) } });
  });

  it("restores an earlier revision as a new version", async () => {
    const draft = await createArticleDraft(editor, articleInput({ title: "第一版标题" }));
    await saveArticle(editor, { ...articleInput({ title: "第二版标题" }), id: draft.id, version: 1 });
    const first = await db().revision.findFirstOrThrow({ where: { entityId: draft.id, version: 1 } });
    const restored = await restoreArticleRevision(editor, draft.id, first.id);
    expect(restored.version).toBe(3);
    expect((await db().article.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("第一版标题");
    expect((await db().revision.findFirstOrThrow({ where: { entityId: draft.id, version: 3 } })).comment).toBe("恢复到第 1 版");
  });

  it("marks a policy repealed with a link to the replacing document", async () => {
    const admin = await createEditor("admin");
    const old = await createArticleDraft(admin, articleInput({ kind: "policy", docNumber: "川商产业〔2020〕2号", title: "旧办法" }));
    const current = await createArticleDraft(admin, articleInput({ kind: "policy", docNumber: "川商产业〔2024〕5号", title: "新办法" }));
    await transitionArticle(admin, step(old.id, 1, "publish"));
    await setPolicyValidity(editor, { id: old.id, validity: "repealed", replacedById: current.id, comment: null });
    const page = await getPublishedArticle("policy", old.slug);
    expect(page).toMatchObject({ validity: "repealed", replacedBy: { title: "新办法" } });
    const news = await createArticleDraft(admin, articleInput());
    await expect(setPolicyValidity(editor, { id: old.id, validity: "amended", replacedById: news.id, comment: null })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("publishes each due article exactly once when several schedulers run at the same time", async () => {
    const admin = await createEditor("admin");
    const now = new Date("2026-11-23T10:00:00Z");
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const draft = await createArticleDraft(admin, articleInput());
      await transitionArticle(admin, step(draft.id, 1, "schedule", { publishAt: new Date("2026-11-23T10:01:00Z") }), now);
      ids.push(draft.id);
    }
    const due = new Date("2026-11-23T10:02:00Z");
    const counts = await Promise.all([runScheduledPublishing(due), runScheduledPublishing(due), runScheduledPublishing(due), runScheduledPublishing(due)]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(12);
    expect(await db().article.count({ where: { id: { in: ids }, status: "published" } })).toBe(12);
    expect(await db().auditEvent.count({ where: { action: "article.publish_scheduled" } })).toBe(12);
    expect(await runScheduledPublishing(due)).toBe(0);
  });

  it("takes a published article offline at its unpublish time", async () => {
    const admin = await createEditor("admin");
    const draft = await createArticleDraft(admin, articleInput());
    let article = await transitionArticle(admin, step(draft.id, 1, "publish"), new Date("2026-11-23T10:00:00Z"));
    article = await transitionArticle(admin, step(draft.id, article.version, "schedule", { unpublishAt: new Date("2026-11-24T00:00:00Z") }), new Date("2026-11-23T10:00:00Z"));
    expect(article.status).toBe("published");
    expect(await runScheduledPublishing(new Date("2026-11-24T00:00:01Z"))).toBe(1);
    expect((await db().article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("archived");
    const outbox = await db().searchOutbox.findMany({ where: { entityId: draft.id }, orderBy: { id: "desc" }, take: 1 });
    expect(outbox[0].op).toBe("delete");
  });
});
