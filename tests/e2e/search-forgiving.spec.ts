import { expect, test } from "@playwright/test";
import pg from "pg";

// Search that forgives (issue #19): a homophone typed with a pinyin input method gets 您是不是要找, and
// following it finds the document; a query that finds nothing shows the corrected results; the JSON API
// says so in `correctedQuery`. One invented article carries the misspelling in its text (西清, a place name),
// so the query as typed finds a little and the correction clearly more.
const databaseUrl = process.env.E2E_DATABASE_URL;
const stamp = Date.now().toString(36);
const title = `西郊物流园道路改造完工（${stamp}）`;

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

test.beforeAll(async () => {
  test.skip(!databaseUrl, "E2E_DATABASE_URL is not set: the spec writes one article into the e2e database");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const id = `e2e-forgiving-${stamp}`;
    const body = JSON.stringify([{ type: "paragraph", text: "道路途经西清、物流园两段，通行能力提升。" }]);
    await client.query(
      `INSERT INTO "Article" ("id", "kind", "status", "slug", "title", "body", "region", "publishedAt", "updatedAt")
       VALUES ($1, 'news', 'published', $2, $3, $4::jsonb, '望海区', now(), now())`,
      [id, `e2e-forgiving-${stamp}`, title, body],
    );
    await client.query(`INSERT INTO "SearchOutbox" ("entityType", "entityId", "op") VALUES ('article', $1, 'upsert')`, [id]);
  } finally {
    await client.end();
  }
});

test("a homophone query offers 您是不是要找, keeps the exact match first, and following it finds the zone", async ({ page, request }) => {
  // The outbox job indexes the seeded content and the article after start. Wait on the API (never cached),
  // so the page's first render — which the portal's front cache keeps for a while — is the indexed one.
  await expect
    .poll(
      async () => {
        const body = (await (await request.get(`/api/search?q=${encodeURIComponent("西清")}`)).json()) as { correctedQuery: string | null; hits: { title: string }[] };
        return `${body.correctedQuery} ${body.hits[0]?.title}`;
      },
      { timeout: 60_000 },
    )
    .toBe(`西青 ${title}`);
  await page.goto("/search?q=西清");
  await expect(page.getByRole("status").filter({ hasText: "您是不是要找" })).toHaveText("您是不是要找：「西青」");
  await expect(page.locator("ol > li").first().getByRole("link")).toHaveText(title);
  await page.getByRole("status").getByRole("link", { name: "西青", exact: true }).click();
  await expect(page).toHaveURL(/q=%E8%A5%BF%E9%9D%92(&|$)/);
  await expect(page.getByRole("region", { name: "您要找的开发区" }).getByRole("link", { name: "西青经济技术开发区" })).toBeVisible();
  await expect(page.locator("ol > li").first().getByRole("link")).toHaveText("西青经济技术开发区");
});

test("a homophone that finds nothing shows the corrected results, and the query as typed on request", async ({ page }) => {
  await page.goto("/search?q=西清经开区");
  const notice = page.getByRole("status").filter({ hasText: "已显示" });
  await expect(notice).toHaveText("已显示「西青经开区」的结果，仍搜索「西清经开区」");
  await expect(page.locator("ol > li").first().getByRole("link")).toHaveText("西青经济技术开发区");
  await notice.getByRole("link", { name: "西清经开区" }).click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(page.getByText("没有找到相关内容")).toBeVisible();
});

test("the JSON API returns correctedQuery", async ({ request }) => {
  const corrected = (await (await request.get(`/api/search?q=${encodeURIComponent("西清经开区")}`)).json()) as {
    correctedQuery: string | null;
    showingCorrected: boolean;
    hits: { title: string }[];
    zone: { name: string } | null;
  };
  expect(corrected).toMatchObject({ correctedQuery: "西青经开区", showingCorrected: true, zone: { name: "西青经济技术开发区" } });
  expect(corrected.hits[0]?.title).toBe("西青经济技术开发区");
  const offered = (await (await request.get(`/api/search?q=${encodeURIComponent("西清")}`)).json()) as { correctedQuery: string | null; showingCorrected: boolean };
  expect(offered).toMatchObject({ correctedQuery: "西青", showingCorrected: false });
  const loose = (await (await request.get(`/api/search?q=${encodeURIComponent("西清经开区")}&exact=1`)).json()) as { total: number; correctedQuery: string | null };
  expect(loose).toMatchObject({ total: 0, correctedQuery: null });
});
