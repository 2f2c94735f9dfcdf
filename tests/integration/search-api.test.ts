import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { GET as SUGGEST } from "@/app/api/search/suggest/route";
import { drainSearchOutbox } from "@/lib/search/sync/worker";
import { createArticle, createZone } from "@/tests/factories";
import { enqueueEverything } from "@/tests/factories/search-content";
import { useTestDatabase } from "@/tests/support/database";

const call = async (query: string, handler = GET) => {
  const response = await handler(new Request(`http://localhost/api/search${handler === GET ? "" : "/suggest"}?${query}`));
  return { status: response.status, body: await response.json() };
};

describe("GET /api/search", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await createZone({ name: "西青经济技术开发区", shortName: "西青经开区", city: "天津市" });
    await createArticle({ title: "西青经开区<script>alert(1)</script>新签约项目", region: "西青区" });
    await createArticle({ title: "西青草稿", status: "draft" });
    await enqueueEverything();
    await drainSearchOutbox();
  });

  it("returns hits, facets and highlight runs as JSON", async () => {
    const { status, body } = await call("q=西青&kind=news");
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.hits[0]).toMatchObject({ kind: "news", url: expect.stringMatching(/^\/news\//) });
    expect(body.hits[0].title).toContain("<script>");
    expect(body.hits[0].titleParts.find((part: { match: boolean }) => part.match).text).toBe("西青");
    expect(body.facets.kind).toEqual(expect.arrayContaining([{ value: "zone", count: 1 }, { value: "news", count: 1 }]));
  });

  it("returns correctedQuery, showingCorrected and the zone the query names, and searches as typed with exact=1", async () => {
    const { status, body } = await call(`q=${encodeURIComponent("西清经开区")}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ correctedQuery: "西青经开区", showingCorrected: true, zone: { name: "西青经济技术开发区", url: expect.stringMatching(/^\/zones\//) } });
    expect(body.total).toBeGreaterThan(0);
    const asTyped = await call(`q=${encodeURIComponent("西清经开区")}&exact=1`);
    expect(asTyped.body).toMatchObject({ total: 0, correctedQuery: null, showingCorrected: false });
    expect((await call(`q=${encodeURIComponent("西青")}`)).body.correctedQuery).toBeNull();
  });

  it("refuses unknown parameters with a clear message in Chinese", async () => {
    const { status, body } = await call("q=西青&kinds=news");
    expect(status).toBe(400);
    expect(body.error.message).toContain("不支持的参数：kinds");
    expect(body.error.fieldErrors).toHaveProperty("kinds");
  });

  it.each([
    ["kind=article", "类型"],
    ["year=20x5", "年份"],
    ["page=0", "页码"],
    ["page=101", "页码"],
    ["sort=hot", "排序"],
    ["q=a&q=b", "只能出现一次"],
    [`q=${"园".repeat(101)}`, "100"],
  ])("refuses %s", async (query, fragment) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.error.message).toContain(fragment);
  });

  it("accepts empty optional parameters, as a plain form submits them", async () => {
    const { status, body } = await call("q=西青&kind=&region=&year=&page=");
    expect(status).toBe(200);
    expect(body.total).toBe(2);
  });

  it("suggests titles as the visitor types", async () => {
    const { status, body } = await call("q=西青", SUGGEST);
    expect(status).toBe(200);
    expect(body.suggestions).toContain("西青经济技术开发区");
    expect((await call("q=x&foo=1", SUGGEST)).status).toBe(400);
  });
});
