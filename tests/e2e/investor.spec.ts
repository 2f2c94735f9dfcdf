import { expect, test } from "@playwright/test";

test("an investor browses home → list → article → next article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "最新资讯" })).toBeVisible();
  await expect(page.getByRole("link", { name: "投稿" }).first()).toHaveAttribute("href", "/contribute");
  await expect(page.getByRole("link", { name: "搜索" })).toHaveAttribute("href", "/search");

  await page.getByRole("region", { name: "最新资讯" }).getByRole("link", { name: /更多/ }).click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.getByRole("heading", { level: 1, name: "资讯" })).toBeVisible();
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible();

  const items = page.getByRole("region", { name: "资讯" }).getByRole("listitem");
  const titleOf = async (index: number) => ((await items.nth(index).getByRole("link").textContent()) ?? "").replace(/^【[^】]+】/, "").trim();
  const first = await titleOf(0);
  const second = await titleOf(1);
  await items.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
  await expect(page.getByText(/发布时间：\d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
  const shown = Number(/阅读数：(\d+)/.exec((await page.getByText(/阅读数：\d+/).textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThan(0);
  // the reading is counted by a beacon the page loads after rendering, never cached
  const beacon = page.locator('img[src^="/views/"]');
  const counted = await page.request.get((await beacon.getAttribute("src")) ?? "");
  expect(counted.headers()["content-type"]).toBe("image/gif");
  expect(counted.headers()["cache-control"]).toBe("no-store");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/\/news\//);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: first });

  // 下一篇 is the next item of the same list
  await page.getByRole("link", { name: second, exact: true }).and(page.locator('[rel="next"]')).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  await expect(page.locator('a[rel="prev"]')).toHaveText(first);
});

test("list filters live in the URL and survive the back button", async ({ page }) => {
  await page.goto("/news");
  const region = page.getByLabel("地区");
  const options = await region.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(1);
  await region.selectOption({ label: options[1] });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`region=${encodeURIComponent(options[1])}`));
  const filtered = page.getByRole("region", { name: "资讯" }).getByRole("listitem");
  await expect(filtered.first()).toContainText(`【${options[1]}】`);
  await page.goBack();
  await expect(page).toHaveURL(/\/news$/);
});

test("policies show their metadata table", async ({ page }) => {
  await page.goto("/policies");
  await page.getByRole("region", { name: "政策文件" }).getByRole("listitem").first().getByRole("link").click();
  const table = page.getByRole("table", { name: "文件信息" });
  for (const label of ["索引号", "发文机关", "成文日期", "文号", "效力状态"]) await expect(table.getByRole("rowheader", { name: label })).toBeVisible();
});

test("a bulletin issue has its contents and anchorable items, and the archive lists it by year", async ({ page }) => {
  await page.goto("/bulletins");
  await expect(page.getByRole("heading", { level: 2, name: /\d{4}年/ }).first()).toBeVisible();
  await page.getByRole("link", { name: /第\d+期/ }).first().click();
  await expect(page.getByText(/第\d+期/).first()).toBeVisible();
  const toc = page.getByRole("navigation", { name: "本期目录" });
  const entry = toc.getByRole("link").first();
  const href = (await entry.getAttribute("href")) ?? "";
  expect(href).toMatch(/^#/);
  await entry.click();
  await expect(page.locator(href)).toBeInViewport();
});

test("大字模式 and the English interface persist across pages without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/news");
  await page.getByRole("link", { name: "大字模式" }).click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "large");
  await page.goto("/zones");
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "large");
  await page.getByRole("link", { name: "切换为英文界面" }).click();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Zone directory" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
  await context.close();
});

test("feeds, sitemap and robots answer", async ({ request }) => {
  const rss = await request.get("/feeds/news.rss");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain("<item>");
  const atom = await request.get("/feeds/policies.atom");
  expect(await atom.text()).toContain("<feed");
  expect((await request.get("/feeds/nothing.rss")).status()).toBe(404);
  const sitemap = await request.get("/sitemap.xml");
  expect(await sitemap.text()).toMatch(/<loc>[^<]+\/zones\/[^<]+<\/loc>/);
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /admin");
});

test("an unknown page answers 404 in Chinese", async ({ page }) => {
  const response = await page.goto("/news/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("a missing page keeps the site header, navigation and search box", async ({ page }) => {
  const response = await page.goto("/news/no-such-article-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  const box = page.getByRole("search", { name: "全站搜索" }).getByRole("combobox", { name: "搜索全站内容" });
  await box.fill("西青");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E8%A5%BF%E9%9D%92/);
});
