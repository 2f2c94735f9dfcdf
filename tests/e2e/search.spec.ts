import { expect, test } from "@playwright/test";

// Search over the sample content, as an investor uses it; the index is filled by the outbox job after start.
test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test.setTimeout(90_000);

  test("an investor finds a zone by pinyin initials, filters, sorts and pages through results", async ({ page }) => {
    await expect(async () => {
      await page.goto("/search?q=xq");
      await expect(page.locator("ol > li").first().getByRole("link")).toHaveText("西青经济技术开发区", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByRole("heading", { name: /共 \d+ 条结果/ })).toBeVisible();

    await page.goto("/search?q=开发区");
    const kinds = page.getByRole("navigation", { name: "筛选搜索结果" }).getByRole("region", { name: "类型" });
    await kinds.getByRole("link", { name: /政策文件\s*（\d+）/ }).click();
    await expect(page).toHaveURL(/kind=policy/);
    const results = page.locator("ol > li");
    await expect(results.first()).toContainText("政策文件");
    await expect(results.first().locator("mark").first()).toHaveText(/开发区|经济技术开发区/);

    await page.getByRole("link", { name: "发布日期" }).click();
    await expect(page).toHaveURL(/sort=date/);
    await expect(page).toHaveURL(/kind=policy/);
  });

  test("a typo that finds nothing shows the corrected results, and user text is shown as text", async ({ page }) => {
    await expect(async () => {
      await page.goto("/search?q=泰大");
      await expect(page.getByRole("status").filter({ hasText: "已显示「泰达」的结果" })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.locator("ol > li").first().getByRole("link")).toHaveText("天津经济技术开发区");
    await page.getByRole("link", { name: "泰达", exact: true }).click();
    await expect(page).toHaveURL(/q=%E6%B3%B0%E8%BE%BE/);

    await page.goto(`/search?q=${encodeURIComponent("<b>园区</b>")}`);
    await expect(page.getByRole("heading", { name: /“<b>园区<\/b>”/ })).toBeVisible();
    await expect(page.locator("main b")).toHaveCount(0);
  });

  test("a bulletin item links to its anchor in the issue", async ({ page }) => {
    await expect(async () => {
      await page.goto("/search?q=绿色工厂&kind=bulletin");
      await expect(page.locator("ol > li").first().getByRole("link")).toHaveAttribute("href", /^\/bulletins\/[^#]+#s\d+-\d+$/, { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.locator("ol > li").first()).toContainText("开发区工作简报");
  });
});

test("the search API refuses unknown parameters in Chinese", async ({ request }) => {
  const response = await request.get("/api/search?q=西青&type=zone");
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toContain("不支持的参数：type");
});
