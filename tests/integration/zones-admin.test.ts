import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZone as createZoneAsEditor, mergeZones, replaceZoneAwards, replaceZoneIndicators, updateZone, type ZoneActor } from "@/lib/zones/manage";
import { getMergedZoneTarget, getZoneForEdit } from "@/lib/zones/queries";
import { updateZoneSchema } from "@/lib/zones/schema";
import { createArticle, createUser, createZone } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

async function editor(): Promise<ZoneActor> {
  const user = await createUser({ role: "editor", passwordHash: "unused" });
  return { id: user.id, role: "editor", hasTotp: false };
}

function fields(zone: { id: string; version: number; name: string }, overrides: Record<string, string> = {}) {
  return updateZoneSchema.parse({ zoneId: zone.id, version: String(zone.version), name: zone.name, level: "national_etdz", status: "published", ...overrides });
}

async function trail(zoneId: string) {
  const [revisions, audits, outbox] = await Promise.all([
    db().revision.findMany({ where: { entityType: "zone", entityId: zoneId }, orderBy: { version: "asc" } }),
    db().auditEvent.findMany({ where: { entityType: "zone", entityId: zoneId }, orderBy: { createdAt: "asc" } }),
    db().searchOutbox.findMany({ where: { entityType: "zone", entityId: zoneId }, orderBy: { id: "asc" } }),
  ]);
  return { revisions, audits, outbox };
}

describe(`zone editing (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("saves fields with a revision, an audit event and a search update in one go", async () => {
    const actor = await editor();
    const zone = await createZone({ name: "测试经济技术开发区" });
    await updateZone(fields(zone, { shortName: "测试经开区", aliases: "测经开区\n测试经济技术开发区", industries: "汽车、电子", areaKm2: "33.5", description: "## 概况\n\n设立于 1984 年。" }), actor);
    const saved = await getZoneForEdit(zone.id);
    expect(saved).toMatchObject({ version: 2, shortName: "测试经开区", aliases: ["测经开区"], industries: ["汽车", "电子"], areaKm2: 33.5 });
    expect(saved?.description).toEqual([{ type: "heading", level: 2, text: "概况" }, { type: "paragraph", text: "设立于 1984 年。" }]);
    const { revisions, audits, outbox } = await trail(zone.id);
    expect(revisions.map((revision) => [revision.version, revision.authorId])).toEqual([[2, actor.id]]);
    expect(revisions[0].data).toMatchObject({ shortName: "测试经开区", aliases: ["测经开区"] });
    expect(audits.map((audit) => audit.action)).toEqual(["update"]);
    expect(outbox.map((row) => row.op)).toEqual(["upsert"]);
  });

  it("keeps the catalogue facts' type and source an editor enters, and refuses a script address", async () => {
    const actor = await editor();
    const zone = await createZone({ name: "测试高新技术产业开发区" });
    await updateZone(fields(zone, { type: "hitech", catalogueSource: "测试省开发区目录", catalogueSourceUrl: "https://example.cn/list", catalogueYear: "2018" }), actor);
    expect(await db().zone.findUniqueOrThrow({ where: { id: zone.id } })).toMatchObject({ type: "hitech", catalogueSource: "测试省开发区目录", catalogueSourceUrl: "https://example.cn/list", catalogueYear: 2018 });
    expect(updateZoneSchema.safeParse({ zoneId: zone.id, version: "2", name: zone.name, level: "provincial", status: "draft", catalogueSourceUrl: "javascript:alert(1)" }).success).toBe(false);
  });

  it("refuses a save over someone else's newer one, writing nothing", async () => {
    const actor = await editor();
    const zone = await createZone();
    await updateZone(fields(zone, { summary: "第一人的修改" }), actor);
    await expect(updateZone(fields(zone, { summary: "第二人的修改" }), actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getZoneForEdit(zone.id))?.summary).toBe("第一人的修改");
    expect((await trail(zone.id)).revisions).toHaveLength(1);
  });

  it("unpublishing removes the zone from search; a reviewer-like actor cannot change status", async () => {
    const actor = await editor();
    const zone = await createZone();
    await updateZone(fields(zone, { status: "draft" }), actor);
    const { audits, outbox } = await trail(zone.id);
    expect(audits.at(-1)).toMatchObject({ action: "unpublish", detail: { from: "published", to: "draft" } });
    expect(outbox.at(-1)?.op).toBe("delete");
    const reviewer: ZoneActor = { id: actor.id, role: "reviewer", hasTotp: false };
    await expect(updateZone(fields({ ...zone, version: 2 }, { status: "published" }), reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("replaces awards and indicators from the edited tables", async () => {
    const actor = await editor();
    const zone = await createZone();
    await db().zoneIndicator.create({ data: { zoneId: zone.id, metric: "旧指标", year: 2020, value: "1", unit: "亿元", sourceTitle: "旧" } });
    await replaceZoneIndicators(zone.id, 1, [
      { metric: "地区生产总值", year: 2024, value: "1234.5678", unit: "亿元", sourceTitle: "统计公报", sourceDate: "2025-03-01" },
      { metric: "地区生产总值", year: 2023, value: "1100", unit: "亿元", sourceTitle: "统计公报" },
    ], actor);
    await replaceZoneAwards(zone.id, 2, [{ year: 2024, title: "国家级经开区综合发展水平考核评价第 5 名", rank: 5, issuer: "商务部" }], actor);
    const saved = await getZoneForEdit(zone.id);
    expect(saved?.indicators.map((row) => [row.metric, row.year, row.value])).toEqual([["地区生产总值", 2023, "1100"], ["地区生产总值", 2024, "1234.5678"]]);
    expect(saved?.awards).toMatchObject([{ year: 2024, rank: 5, issuer: "商务部" }]);
    expect(saved?.version).toBe(3);
    expect((await trail(zone.id)).revisions.map((revision) => revision.comment)).toEqual(["编辑经济指标", "编辑荣誉"]);
  });

  it("creates a zone as a draft with a unique slug, and reports a duplicate name on the name field", async () => {
    const actor = await editor();
    const { id } = await createZoneAsEditor({ name: "新测试高新区", level: "national_hitech" }, actor);
    expect(await db().zone.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "draft", origin: "editor", version: 1 });
    await expect(createZoneAsEditor({ name: "新测试高新区", level: "provincial" }, actor)).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: expect.any(Array) } });
  });

  it("merges an importer stub into the real zone: links, names, indicators and search all follow", async () => {
    const actor = await editor();
    const real = await createZone({ name: "合肥经济技术开发区", aliases: ["合肥经开区"] });
    const stub = await createZone({ name: "合肥经开发区", shortName: "合肥开发区", origin: "import", status: "draft" });
    const shared = await createArticle({ title: "两处都提到的新闻" });
    const stubOnly = await createArticle({ title: "只提到误写名称的新闻" });
    await db().articleZone.createMany({ data: [{ articleId: shared.id, zoneId: real.id, mentions: 2 }, { articleId: shared.id, zoneId: stub.id, mentions: 1 }, { articleId: stubOnly.id, zoneId: stub.id }] });
    await db().zoneIndicator.createMany({ data: [
      { zoneId: real.id, metric: "地区生产总值", year: 2024, value: "100", unit: "亿元", sourceTitle: "真" },
      { zoneId: stub.id, metric: "地区生产总值", year: 2024, value: "999", unit: "亿元", sourceTitle: "重复" },
      { zoneId: stub.id, metric: "地区生产总值", year: 2023, value: "90", unit: "亿元", sourceTitle: "补充" },
    ] });
    const partner = await createZone({ name: "伙伴园区" });
    await db().zonePartner.create({ data: { fromId: stub.id, toId: partner.id, relation: "对口合作" } });

    const { movedArticles } = await mergeZones(stub.id, 1, real.id, actor);
    expect(movedArticles).toBe(2);

    const merged = await db().zone.findUniqueOrThrow({ where: { id: real.id }, include: { articles: { orderBy: { articleId: "asc" } }, indicators: { orderBy: { year: "asc" } }, partnersOut: true } });
    expect(merged.aliases).toEqual(["合肥经开区", "合肥经开发区", "合肥开发区"]);
    expect(merged.articles.find((link) => link.articleId === shared.id)?.mentions).toBe(3);
    expect(merged.articles.map((link) => link.articleId).sort()).toEqual([shared.id, stubOnly.id].sort());
    expect(merged.indicators.map((row) => [row.year, Number(row.value)])).toEqual([[2023, 90], [2024, 100]]);
    expect(merged.partnersOut.map((link) => link.toId)).toEqual([partner.id]);

    const source = await db().zone.findUniqueOrThrow({ where: { id: stub.id } });
    expect(source).toMatchObject({ mergedIntoId: real.id, status: "archived" });
    expect(await db().articleZone.count({ where: { zoneId: stub.id } })).toBe(0);

    expect((await trail(stub.id)).outbox.at(-1)?.op).toBe("delete");
    expect((await trail(real.id)).audits.at(-1)).toMatchObject({ action: "merge", detail: { from: stub.id } });
    expect(await db().searchOutbox.count({ where: { entityType: "article", entityId: { in: [shared.id, stubOnly.id] } } })).toBe(2);

    expect(await getMergedZoneTarget(stub.slug)).toBe(real.slug);
    expect(await getMergedZoneTarget(real.slug)).toBeNull();

    await expect(mergeZones(stub.id, 2, real.id, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(mergeZones(real.id, 2, real.id, actor)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("sends an old address through a chain of merges to the published zone, never to an unpublished one", async () => {
    const actor = await editor();
    const first = await createZone({ name: "甲园区", origin: "import", status: "draft" });
    const middle = await createZone({ name: "乙园区" });
    const last = await createZone({ name: "丙园区" });
    await mergeZones(first.id, 1, middle.id, actor);
    const moved = await db().zone.findUniqueOrThrow({ where: { id: middle.id } });
    await mergeZones(middle.id, moved.version, last.id, actor);
    expect(await getMergedZoneTarget(first.slug)).toBe(last.slug);
    expect(await getMergedZoneTarget(middle.slug)).toBe(last.slug);

    await db().zone.update({ where: { id: last.id }, data: { status: "draft" } });
    expect(await getMergedZoneTarget(first.slug)).toBeNull();
  });
});
