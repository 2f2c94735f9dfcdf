import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksFromText } from "@/lib/content/blocks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedSearchEngine } from "@/lib/search/engines/embedded";
import { MeilisearchEngine } from "@/lib/search/engines/meilisearch";
import { cachedLexicon } from "@/lib/search/lexicon-cache";
import { parseQuery } from "@/lib/search/query";
import { runSearch, suggestTitles } from "@/lib/search/service";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { drainSearchOutbox } from "@/lib/search/sync/worker";
import type { SearchEngine } from "@/lib/search/types";
import { createArticle, createZone } from "@/tests/factories";
import { createBulletin, enqueueEverything } from "@/tests/factories/search-content";
import { useTestDatabase } from "@/tests/support/database";

/**
 * One behavioural suite for every engine: the embedded engine always, Meilisearch when MEILI_HOST is set.
 */
const meiliHost = env().MEILI_HOST;
const engines: { name: string; skip: string | false; create: () => SearchEngine }[] = [
  { name: "embedded", skip: false, create: () => new EmbeddedSearchEngine(db) },
  {
    name: "meilisearch",
    skip: meiliHost ? false : "MEILI_HOST is not set: no Meilisearch server to test against",
    create: () =>
      new MeilisearchEngine({
        host: meiliHost ?? "",
        apiKey: env().MEILI_MASTER_KEY,
        index: `test_${Date.now().toString(36)}`,
        vocabulary: async () => ({ zoneNameGroups: (await cachedLexicon(db())).zoneNameGroups }),
      }),
  },
];

for (const { name, skip, create } of engines) {
  describe.skipIf(skip)(`search engine: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let engine: SearchEngine;
    const ids: Record<string, string> = {};
    const search = (q: string, extra: Parameters<typeof runSearch>[0] extends infer R ? Omit<R & object, "q"> : never = {}) =>
      runSearch({ q, ...extra }, engine);

    beforeAll(async () => {
      await useTestDatabase();
      engine = create();
      await engine.prepare();
      const xiqing = await createZone({
        name: "西青经济技术开发区",
        shortName: "西青经开区",
        aliases: ["西青开发区"],
        province: "天津市",
        city: "天津市",
        district: "西青区",
        summary: "位于天津市西南部的国家级经济技术开发区。",
      });
      ids.xiqing = xiqing.id;
      ids.teda = (
        await createZone({
          name: "天津经济技术开发区",
          shortName: "天津经开区",
          aliases: ["泰达", "TEDA"],
          province: "天津市",
          city: "天津市",
          summary: "首批国家级经济技术开发区之一。",
        })
      ).id;
      ids.sip = (
        await createZone({
          name: "苏州工业园区",
          shortName: "苏州园区",
          aliases: ["SIP"],
          province: "江苏省",
          city: "苏州市",
          level: "national_other",
          summary: "中国和新加坡两国政府间的合作项目。",
        })
      ).id;
      ids.titleHit = (
        await createArticle({
          title: "新能源电池产业链招商推介会在澄湖举行",
          region: "澄湖区",
          publishedAt: new Date("2025-05-10T02:00:00Z"),
          body: blocksFromText("推介会发布了重点招商目录。"),
        })
      ).id;
      ids.bodyHit = (
        await createArticle({
          title: "一季度园区经济运行情况",
          region: "望海区",
          publishedAt: new Date("2025-06-10T02:00:00Z"),
          body: blocksFromText("一季度，园区工业总产值稳步增长，其中新能源电池产业贡献较大。"),
        })
      ).id;
      ids.policy = (
        await createArticle({
          kind: "policy",
          title: "关于印发开发区招商引资考核评价办法的通知",
          docNumber: "澜商产业〔2025〕9号",
          issuer: "澜江省商务厅",
          region: "澜江省",
          publishedAt: new Date("2025-06-26T02:00:00Z"),
          body: blocksFromText("原办法（澜商产业〔2024〕5号）同时废止。经开区、高新区分类考核。"),
        })
      ).id;
      ids.oldPolicy = (
        await createArticle({
          kind: "policy",
          title: "关于印发开发区招商引资考核评价办法（试行）的通知",
          docNumber: "澜商产业〔2024〕5号",
          issuer: "澜江省商务厅",
          region: "澜江省",
          publishedAt: new Date("2024-04-18T02:00:00Z"),
          body: blocksFromText("为推进全省开发区招商引资工作，制定本办法。"),
        })
      ).id;
      ids.typoInBody = (
        await createArticle({
          title: "一季度项目建设简讯",
          region: "望海区",
          publishedAt: new Date("2025-03-02T02:00:00Z"),
          body: blocksFromText("原稿将招商引资误排为招商银引，特此更正。"),
        })
      ).id;
      ids.spaced = (
        await createArticle({
          title: "园 区 简 报 编 印 说 明",
          region: "澄湖区",
          publishedAt: new Date("2025-02-02T02:00:00Z"),
          body: blocksFromText("說明：本刊每月編印一期。"),
        })
      ).id;
      ids.aboutXiqing = (
        await createArticle({
          title: "新能源电池项目集中签约仪式举行",
          region: "西青区",
          publishedAt: new Date("2025-01-12T02:00:00Z"),
          body: blocksFromText("共签约新能源电池项目十二个。"),
        })
      ).id;
      ids.aboutNoZone = (
        await createArticle({
          title: "新能源电池项目集中签约仪式举行",
          region: "望海区",
          publishedAt: new Date("2025-01-12T02:00:00Z"),
          body: blocksFromText("共签约新能源电池项目十二个。"),
        })
      ).id;
      await db().articleZone.create({ data: { articleId: ids.aboutXiqing, zoneId: ids.xiqing } });
      ids.draft = (await createArticle({ title: "尚未发布的草稿：西青新能源电池项目", status: "draft", publishedAt: null })).id;
      const bulletin = await createBulletin([
        { title: "澄湖高新区孵化器通过国家级备案", body: "澄湖高新技术产业开发区科技企业孵化器通过国家级备案。" },
        { title: "望海开发区新能源电池产业园首期投产", body: "项目总投资36亿元。", source: "澜州日报" },
      ]);
      ids.bulletin = bulletin.id;
      ids.bulletinItem = bulletin.sections[0].items[1].id;
      await enqueueEverything();
      await drainSearchOutbox({ engine });
    });

    afterAll(async () => {
      await engine.deleteEntities([...(await engine.listEntities()).keys()]);
    });

    it("finds by a title word and ranks the title match above a body-only match", async () => {
      const result = await search("新能源电池");
      const order = result.hits.map((hit) => hit.id);
      expect(order).toContain(`article:${ids.bodyHit}`);
      expect(order.indexOf(`article:${ids.titleHit}`)).toBeLessThan(order.indexOf(`article:${ids.bodyHit}`));
    });

    it("never returns unpublished content", async () => {
      const result = await search("草稿");
      expect(result.hits.map((hit) => hit.id)).not.toContain(`article:${ids.draft}`);
    });

    it("matches traditional characters against simplified text", async () => {
      const result = await search("蘇州工業園區");
      expect(result.hits[0]?.id).toBe(`zone:${ids.sip}`);
    });

    it.each([
      ["SIP", "sip"],
      ["TEDA", "teda"],
      ["泰达", "teda"],
      ["天津经开区", "teda"],
      ["西青经开区", "xiqing"],
    ])("finds a zone by its alias or synonym %s", async (query, key) => {
      const result = await search(query);
      expect(result.hits.slice(0, 3).map((hit) => hit.id)).toContain(`zone:${ids[key]}`);
    });

    it("expands 经开区 to 经济技术开发区", async () => {
      const result = await search("经开区");
      const found = result.hits.map((hit) => hit.id);
      expect(found).toEqual(expect.arrayContaining([`zone:${ids.xiqing}`, `zone:${ids.teda}`]));
    });

    it.each(["xiqing", "xq", "XiQing"])("finds 西青 by pinyin or initials: %s", async (query) => {
      const result = await search(query);
      expect(result.hits[0]?.id).toBe(`zone:${ids.xiqing}`);
    });

    it("puts the document with exactly that 文号 first, however the brackets are typed", async () => {
      for (const query of ["澜商产业〔2024〕5号", "澜商产业[2024]5号", "澜商产业（2024）5 号"]) {
        const result = await search(query);
        expect(result.hits[0]?.id, query).toBe(`article:${ids.oldPolicy}`);
      }
    });

    it("returns a bulletin item on its own, with the issue as parentTitle and its anchor in the url", async () => {
      const result = await search("新能源电池产业园首期投产");
      const hit = result.hits[0];
      expect(hit?.id).toBe(`bulletin:${ids.bulletin}:${ids.bulletinItem}`);
      expect(hit?.parentTitle).toContain("开发区工作简报");
      expect(hit?.url).toMatch(/#s1-2$/);
      expect(hit?.kind).toBe("bulletin");
    });

    it("counts facets, each without its own filter", async () => {
      const all = await search("招商");
      const filtered = await search("招商", { kind: "policy" });
      expect(filtered.hits.every((hit) => hit.kind === "policy")).toBe(true);
      expect(filtered.total).toBe(2);
      expect(filtered.facets.kind).toEqual(all.facets.kind);
      expect(filtered.facets.kind.find((facet) => facet.value === "news")?.count).toBeGreaterThan(0);
      expect(filtered.facets.year).toEqual(
        expect.arrayContaining([
          { value: "2025", count: 1 },
          { value: "2024", count: 1 },
        ]),
      );
      const byRegion = await search("招商", { region: "澜江省", year: 2024 });
      expect(byRegion.hits.map((hit) => hit.id)).toEqual([`article:${ids.oldPolicy}`]);
    });

    it("filters by zone", async () => {
      const result = await search("经济技术开发区", { zone: "西青经济技术开发区" });
      expect(result.hits.map((hit) => hit.id)).toEqual([`zone:${ids.xiqing}`, `article:${ids.aboutXiqing}`]);
    });

    it("sorts by date when asked", async () => {
      const result = await search("开发区", { sort: "date", kind: "policy" });
      expect(result.hits.map((hit) => hit.id)).toEqual([`article:${ids.policy}`, `article:${ids.oldPolicy}`]);
    });

    it("pages through results", async () => {
      const first = await search("开发区", { pageSize: 2, page: 1 });
      const second = await search("开发区", { pageSize: 2, page: 2 });
      expect(first.hits).toHaveLength(2);
      expect(first.total).toBeGreaterThan(3);
      expect(second.hits.map((hit) => hit.id)).not.toEqual(expect.arrayContaining(first.hits.map((hit) => hit.id)));
    });

    it("highlights matches in the title and snippet as text runs", async () => {
      const [hit] = (await search("孵化器")).hits;
      expect(hit.titleParts.filter((part) => part.match).map((part) => part.text)).toEqual(["孵化器"]);
      expect(hit.snippetParts.some((part) => part.match && part.text === "孵化器")).toBe(true);
    });

    it("shows the corrected results when the query as typed finds nothing, and the query as typed when asked", async () => {
      const result = await search("西清经开区");
      expect(result.showingCorrected).toBe(true);
      expect(result.correctedQuery).toBe("西青经开区");
      expect(result.hits[0]?.id).toBe(`zone:${ids.xiqing}`);
      const asTyped = await search("西清经开区", { exact: true });
      expect(asTyped.total).toBe(0);
      expect(asTyped.correctedQuery).toBeNull();
    });

    it("corrects a wrong character picked by the input method (招商银引), keeping the exact match first", async () => {
      const result = await search("招商银引");
      expect(result.correctedQuery).toBe("招商引资");
      expect(result.showingCorrected).toBe(false);
      expect(result.hits[0]?.id).toBe(`article:${ids.typoInBody}`);
      expect(result.hits.slice(1, 3).map((hit) => hit.id)).toEqual(expect.arrayContaining([`article:${ids.policy}`, `article:${ids.oldPolicy}`]));
      expect(result.total).toBeGreaterThanOrEqual(3);
    });

    it("does not correct a query that finds enough", async () => {
      const result = await search("招商引资");
      expect(result.correctedQuery).toBeNull();
      expect(result.showingCorrected).toBe(false);
    });

    it("finds a 文号 typed loosely: no brackets, spaces, 第, full-width digits, no 号", async () => {
      for (const query of ["澜商产业2024 5号", "澜商产业 2024 第5号", "澜商产业【2024】5", "澜商产业〔２０２４〕５号", "瀾商產業(2024)第05號"]) {
        const result = await search(query);
        expect(result.hits[0]?.id, query).toBe(`article:${ids.oldPolicy}`);
      }
    });

    it("finds letter-spaced and traditional text by its normal spelling", async () => {
      for (const query of ["园区简报", "園區簡報", "园 区 简 报"]) {
        const result = await search(query);
        expect(result.hits[0]?.id, query).toBe(`article:${ids.spaced}`);
      }
      expect((await search("编印")).hits.map((hit) => hit.id)).toContain(`article:${ids.spaced}`);
    });

    it("shows the zone a query names, by name, short name or pinyin, and ranks its documents higher", async () => {
      for (const query of ["西青经开区", "西青开发区", "xiqing", "西青经开区 新能源电池"]) {
        expect((await search(query)).zone?.name, query).toBe("西青经济技术开发区");
      }
      expect((await search("泰达")).zone?.name).toBe("天津经济技术开发区");
      expect((await search("新能源电池")).zone).toBeNull();
      // Ranking documents about the zone higher is the embedded engine's (Meilisearch has no per-query boost).
      if (name !== "embedded") return;
      const ranked = (await search("西青 新能源电池项目")).hits.map((hit) => hit.id);
      expect(ranked.indexOf(`article:${ids.aboutXiqing}`)).toBeGreaterThanOrEqual(0);
      expect(ranked.indexOf(`article:${ids.aboutXiqing}`)).toBeLessThan(ranked.indexOf(`article:${ids.aboutNoZone}`) >>> 0);
    });

    it("suggests titles for what has been typed so far", async () => {
      expect(await suggestTitles("西青", 5, engine)).toContain("西青经济技术开发区");
      expect(await suggestTitles("苏州工", 5, engine)).toContain("苏州工业园区");
    });

    it("removes a document when its content is unpublished, and the item when it leaves a bulletin", async () => {
      await db().$transaction(async (tx) => {
        await tx.article.update({ where: { id: ids.titleHit }, data: { status: "archived", version: { increment: 1 } } });
        await enqueueSearchUpdate(tx, "article", ids.titleHit);
        await tx.bulletinItem.delete({ where: { id: ids.bulletinItem } });
        await tx.bulletin.update({ where: { id: ids.bulletin }, data: { version: { increment: 1 } } });
        await enqueueSearchUpdate(tx, "bulletin", ids.bulletin);
      });
      await drainSearchOutbox({ engine });
      const found = (await search("新能源电池")).hits.map((hit) => hit.id);
      expect(found).not.toContain(`article:${ids.titleHit}`);
      expect(found).not.toContain(`bulletin:${ids.bulletin}:${ids.bulletinItem}`);
      expect((await search("孵化器")).total).toBe(1);
    });

    it("parses an empty query as nothing to search", async () => {
      expect(parseQuery("  的 ").terms).toEqual([]);
      expect((await search("")).total).toBe(0);
    });
  });
}
