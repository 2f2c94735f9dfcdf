import { beforeEach, describe, expect, it } from "vitest";
import { getPublishedBulletin } from "@/lib/bulletins/queries";
import { addItemFromArticle, addSection, createBulletin, moveEntry, nextIssueNumbers, publishBulletin, removeEntry, reorderItems, saveItem } from "@/lib/bulletins/compose";
import { chinaDate } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { createArticle } from "@/tests/factories";
import { createEditor } from "@/tests/factories/editorial";
import { useTestDatabase } from "@/tests/support/database";

const meta = (issueNumber: number, totalIssueNumber: number | null, day = "2026-11-23") => ({ title: "工作简报", publisher: "测试开发区办公室", issueNumber, totalIssueNumber, issueDate: chinaDate(day), distribution: ["送：管委会领导"] });

describe(`bulletin composer (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("numbers a new issue after the last one, per year and overall", async () => {
    const editor = await createEditor("editor");
    expect(await nextIssueNumbers("测试开发区办公室", 2026)).toEqual({ issueNumber: 1, totalIssueNumber: 1 });
    await createBulletin(editor, meta(8, 56, "2025-12-20"));
    await createBulletin(editor, meta(1, 57, "2026-01-10"));
    expect(await nextIssueNumbers("测试开发区办公室", 2026)).toEqual({ issueNumber: 2, totalIssueNumber: 58 });
    await expect(createBulletin(editor, meta(1, 58, "2026-02-01"))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { issueNumber: expect.any(Array) } });
  });

  it("composes sections and items, reorders them, and publishes the whole issue at once", async () => {
    const editor = await createEditor("editor");
    const article = await createArticle({ title: "园区重大项目开工", source: "经开区" });
    let issue = await createBulletin(editor, meta(9, 57));
    issue = await addSection(editor, { bulletinId: issue.id, version: issue.version }, "本区动态");
    issue = await addSection(editor, { bulletinId: issue.id, version: issue.version }, "外地经验");
    const [local, elsewhere] = await db().bulletinSection.findMany({ where: { bulletinId: issue.id }, orderBy: { position: "asc" } });
    issue = await saveItem(editor, { bulletinId: issue.id, version: issue.version, sectionId: local.id, title: "第一条", body: "第一条正文。", source: "办公室" });
    issue = await addItemFromArticle(editor, { bulletinId: issue.id, version: issue.version }, local.id, article.id);
    issue = await saveItem(editor, { bulletinId: issue.id, version: issue.version, sectionId: elsewhere.id, title: "外地做法", body: "某地经验。", source: null });

    const items = await db().bulletinItem.findMany({ where: { sectionId: local.id }, orderBy: { position: "asc" } });
    expect(items.map((item) => item.title)).toEqual(["第一条", "园区重大项目开工"]);
    expect(items[1]).toMatchObject({ articleId: article.id, source: "经开区" });

    issue = await moveEntry(editor, { bulletinId: issue.id, version: issue.version }, "item", items[1].id, "up");
    issue = await moveEntry(editor, { bulletinId: issue.id, version: issue.version }, "section", elsewhere.id, "up");
    await expect(reorderItems(editor, { bulletinId: issue.id, version: issue.version }, local.id, [items[0].id])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    issue = await reorderItems(editor, { bulletinId: issue.id, version: issue.version }, local.id, [items[0].id, items[1].id]);
    await expect(moveEntry(editor, { bulletinId: issue.id, version: issue.version - 1 }, "item", items[0].id, "down")).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await getPublishedBulletin(issue.slug)).toBeNull();
    issue = await publishBulletin(editor, { bulletinId: issue.id, version: issue.version }, new Date("2026-11-23T08:00:00Z"));
    const published = await getPublishedBulletin(issue.slug);
    expect(published?.sections.map((section) => section.title)).toEqual(["外地经验", "本区动态"]);
    expect(published?.sections[1].items.map((item) => item.title)).toEqual(["第一条", "园区重大项目开工"]);
    expect(published?.sections[1].items[0].blocks).toEqual([{ type: "paragraph", text: "第一条正文。" }]);

    const revisions = await db().revision.count({ where: { entityType: "bulletin", entityId: issue.id } });
    const audits = await db().auditEvent.findMany({ where: { entityType: "bulletin", entityId: issue.id }, select: { action: true } });
    const outbox = await db().searchOutbox.count({ where: { entityType: "bulletin", entityId: issue.id } });
    expect(revisions).toBe(issue.version);
    expect(audits).toHaveLength(issue.version);
    expect(audits.at(-1)?.action).toBe("bulletin.publish");
    expect(outbox).toBe(issue.version);
  });

  it("refuses to publish an empty issue or one with an empty section, and removes entries", async () => {
    const editor = await createEditor("editor");
    let issue = await createBulletin(editor, meta(1, null));
    await expect(publishBulletin(editor, { bulletinId: issue.id, version: issue.version })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    issue = await addSection(editor, { bulletinId: issue.id, version: issue.version }, "空栏目");
    issue = await addSection(editor, { bulletinId: issue.id, version: issue.version }, "有内容");
    const [empty, full] = await db().bulletinSection.findMany({ where: { bulletinId: issue.id }, orderBy: { position: "asc" } });
    issue = await saveItem(editor, { bulletinId: issue.id, version: issue.version, sectionId: full.id, title: "一条", body: "正文。", source: null });
    await expect(publishBulletin(editor, { bulletinId: issue.id, version: issue.version })).rejects.toMatchObject({ message: expect.stringContaining("空栏目") });
    issue = await removeEntry(editor, { bulletinId: issue.id, version: issue.version }, "section", empty.id);
    expect((await db().bulletinSection.findUniqueOrThrow({ where: { id: full.id } })).position).toBe(1);
    issue = await publishBulletin(editor, { bulletinId: issue.id, version: issue.version });
    expect(issue.status).toBe("published");
  });
});
