import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importText } from "@/lib/importer";
import { storeImportedDocuments } from "@/lib/importer/store";
import { createZone } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/importer");
const fixture = (file: string) => importText(readFileSync(path.join(FIXTURES, file), "utf8"), file);

async function counts() {
  const prisma = db();
  return {
    articles: await prisma.article.count(),
    bulletins: await prisma.bulletin.count(),
    items: await prisma.bulletinItem.count(),
    zones: await prisma.zone.count(),
    links: await prisma.articleZone.count(),
    revisions: await prisma.revision.count(),
    audit: await prisma.auditEvent.count(),
    outbox: await prisma.searchOutbox.count(),
  };
}

describe(`importer store (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("stores every kind once: importing the same documents again creates nothing new", async () => {
    const documents = ["bulletin-qinghe.txt", "policy-notice.txt", "report-county.txt", "news-scraped.txt", "listing-page.txt"].flatMap(fixture);
    const first = await storeImportedDocuments(db(), documents, { publish: false });
    expect(first.map((outcome) => outcome.status)).toEqual(documents.map(() => "created"));
    const after = await counts();
    expect(after).toMatchObject({ articles: 6, bulletins: 1, items: 3, revisions: 7, audit: 7, outbox: 0 });

    const second = await storeImportedDocuments(db(), documents, { publish: false });
    expect(second.map((outcome) => outcome.status)).toEqual(documents.map(() => "unchanged"));
    expect(second.map((outcome) => outcome.id)).toEqual(first.map((outcome) => outcome.id));
    expect(await counts()).toEqual(after);

    // the same text under another file name is the same document
    const renamed = importText(readFileSync(path.join(FIXTURES, "news-scraped.txt"), "utf8"), "renamed.txt");
    expect((await storeImportedDocuments(db(), renamed, { publish: false }))[0].status).toBe("unchanged");
  });

  it("stores parsed fields: drafts, policy metadata, bulletin structure", async () => {
    await storeImportedDocuments(db(), [...fixture("policy-notice.txt"), ...fixture("bulletin-qinghe.txt")], { publish: false });
    const policy = await db().article.findFirstOrThrow({ where: { kind: "policy" } });
    expect(policy).toMatchObject({
      status: "draft",
      docNumber: "青科发〔2024〕7号",
      issuer: "青禾市科学技术局",
      source: "成果转化科",
      readCount: 88,
      importSource: "policy-notice.txt",
      validity: "valid",
    });
    expect(policy.publishedAt?.toISOString()).toBe("2024-03-04T16:00:00.000Z");
    const bulletin = await db().bulletin.findFirstOrThrow({
      include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
    });
    expect(bulletin).toMatchObject({ status: "draft", publisher: "青禾市开发区促进会", issueNumber: 12, totalIssueNumber: 98, year: 2024 });
    expect(bulletin.distribution).toEqual(["抄送：市商务局，市发展改革委", "发：各开发区管委会"]);
    expect(bulletin.sections.map((section) => section.items.map((item) => [item.title, item.source]))).toEqual([
      [
        ["禾丰经开区举办秋季项目集中签约活动", "青禾日报"],
        ["松岭高新区建成中试验证平台", null],
      ],
      [["沿江开发区探索“工业上楼”", "本刊综合"]],
    ]);
  });

  it("links mentions to zones by name, short name and alias, and creates one stub per unknown zone", async () => {
    const known = await createZone({ name: "禾丰经济技术开发区", shortName: null, aliases: [] });
    const outcomes = await storeImportedDocuments(db(), [...fixture("news-scraped.txt"), ...fixture("listing-page.txt")], { publish: false });
    expect(outcomes.flatMap((outcome) => ("createdZoneStubs" in outcome ? outcome.createdZoneStubs : []))).toEqual(["松岭高新技术产业开发区"]);
    const stub = await db().zone.findUniqueOrThrow({ where: { name: "松岭高新技术产业开发区" } });
    expect(stub).toMatchObject({ origin: "import", status: "draft", aliases: ["松岭高新区"] });
    const news = await db().article.findFirstOrThrow({ where: { title: "禾丰经开区“链长制”助企稳链扩产" }, include: { zones: true } });
    expect(news.zones.map((link) => link.zoneId)).toEqual([known.id]);
    expect(await db().zone.count()).toBe(2);
    // the editor is told what was linked and what was created
    expect(outcomes[0]).toMatchObject({ status: "created", linkedZones: ["禾丰经济技术开发区"], createdZoneStubs: [] });
  });

  it("links a short name through a zone's alias, and makes no stub of 全国/各 phrases", async () => {
    const zone = await createZone({ name: "青禾经济技术开发区", shortName: null, aliases: ["青禾开发区"] });
    const [doc] = importText("青禾开发区与全国经开区同行交流\n发布时间：2024-05-06\n青禾开发区代表与全国经开区、各开发区同行交流招商经验。", "alias.txt");
    const [outcome] = await storeImportedDocuments(db(), [doc], { publish: false });
    expect(outcome).toMatchObject({ status: "created", linkedZones: ["青禾经济技术开发区"], createdZoneStubs: [] });
    expect(await db().zone.count()).toBe(1);
    expect((await db().article.findFirstOrThrow({ include: { zones: true } })).zones.map((link) => link.zoneId)).toEqual([zone.id]);
  });

  it("teaches a stub the other spellings later documents use, and leaves editors' zones alone", async () => {
    const editorZone = await createZone({ name: "松岭高新技术产业开发区", shortName: null, aliases: [] });
    await storeImportedDocuments(db(), fixture("news-scraped.txt"), { publish: false });
    expect(await db().zone.findUniqueOrThrow({ where: { name: "禾丰经济技术开发区" } })).toMatchObject({ aliases: ["禾丰经开区"] });
    await storeImportedDocuments(db(), fixture("listing-page.txt"), { publish: false });
    expect((await db().zone.findUniqueOrThrow({ where: { id: editorZone.id } })).aliases).toEqual([]);
    const [otherSpelling] = importText("禾丰经济开发区召开会议\n禾丰经济开发区召开季度项目调度会，部署二季度重点工作。", "other.txt");
    await storeImportedDocuments(db(), [otherSpelling], { publish: false });
    expect((await db().zone.findUniqueOrThrow({ where: { name: "禾丰经济技术开发区" } })).aliases.sort()).toEqual(["禾丰经开区", "禾丰经济开发区"]);
    expect(await db().zone.count()).toBe(2);
  });

  it("follows a merged zone to the zone it was merged into", async () => {
    const target = await createZone({ name: "禾丰经济技术开发区" });
    await createZone({ name: "禾丰经开区", mergedIntoId: target.id });
    await storeImportedDocuments(db(), fixture("report-county.txt"), { publish: false });
    const report = await db().article.findFirstOrThrow({ include: { zones: true } });
    expect(report.zones.map((link) => link.zoneId)).toEqual([target.id]);
  });

  it("publishes with --publish: published status and a search outbox row per document", async () => {
    await storeImportedDocuments(db(), [...fixture("news-scraped.txt"), ...fixture("bulletin-qinghe.txt")], { publish: true });
    expect(await db().article.count({ where: { status: "published" } })).toBe(1);
    expect(await db().bulletin.count({ where: { status: "published" } })).toBe(1);
    const undated = await db().article.findFirstOrThrow();
    expect(undated.publishedAt).not.toBeNull();
    expect((await db().searchOutbox.findMany()).map((row) => row.entityType).sort()).toEqual(["article", "bulletin"]);
  });

  it("stores nothing of a file when one of its documents fails", async () => {
    const [bulletin] = fixture("bulletin-qinghe.txt");
    await storeImportedDocuments(db(), [bulletin], { publish: false });
    const before = await counts();
    const changed = { ...bulletin, sections: [{ title: "园区动态", items: [{ title: "另一条", body: "不同的正文。" }] }] };
    const failure = await storeImportedDocuments(db(), [...fixture("news-scraped.txt"), changed], { publish: false }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
  });
});
