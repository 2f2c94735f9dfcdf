import { expect, test, type Page } from "@playwright/test";

// Public pages are server-rendered HTML without the App Router runtime (lib/http-cache/islands.ts); their
// one script, public/enhance.js, adds the conveniences. Admin pages keep the runtime.

async function firstHref(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `${selector} on ${path}`).toBeTruthy();
  return href as string;
}

/** Every script a page loads, and every console error (a CSP violation is one), while `visit` runs. */
async function watch(page: Page, visit: () => Promise<unknown>): Promise<{ scripts: string[]; errors: string[] }> {
  const scripts: string[] = [];
  const errors: string[] = [];
  const onRequest = (request: { resourceType: () => string; url: () => string }) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  };
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === "error") errors.push(message.text());
  };
  page.on("request", onRequest);
  page.on("console", onConsole);
  page.on("pageerror", (error) => errors.push(error.message));
  await visit();
  page.off("request", onRequest);
  page.off("console", onConsole);
  return { scripts, errors };
}

test("every public page loads only public/enhance.js, no Next.js chunk, and breaks no CSP rule", async ({ page }) => {
  test.setTimeout(90_000);
  const article = await firstHref(page, "/news", 'main section a[href^="/news/"]');
  const bulletin = await firstHref(page, "/bulletins", 'main a[href^="/bulletins/"]');
  const zone = await firstHref(page, "/zones", 'main article a[href^="/zones/"]');
  const paths = ["/", "/news", article, "/policies", "/bulletins", bulletin, "/zones", zone, `/zones/compare?zone=${zone.split("/").pop()}`, "/search?q=园区", "/contribute", "/inquiry", "/contribute/track", "/inquiry/track", "/feeds"];
  for (const path of paths) {
    const { scripts, errors } = await watch(page, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self'(;|$)/);
      expect(response?.headers()["content-security-policy-report-only"], path).toBeUndefined();
      await page.waitForLoadState("load");
    });
    expect(scripts, path).toEqual(["/enhance.js"]);
    expect(errors, path).toEqual([]);
    expect(await page.locator("script:not([type='application/ld+json']):not([src])").count(), `inline scripts on ${path}`).toBe(0);
  }
});

test("the 404 page is rendered on the server, in Chinese, without the runtime", async ({ page }) => {
  const { scripts } = await watch(page, async () => {
    const response = await page.goto("/news/no-such-article");
    expect(response?.status()).toBe(404);
  });
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  expect(scripts.filter((script) => script.startsWith("/_next/"))).toEqual([]);
});

test("the admin keeps the App Router runtime", async ({ page }) => {
  const { scripts } = await watch(page, () => page.goto("/login"));
  expect(scripts.some((script) => script.startsWith("/_next/static/chunks/"))).toBe(true);
});

test("search suggestions appear as the visitor types", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByRole("search", { name: "搜索", exact: true }).getByRole("combobox");
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially("园区", { delay: 30 });
    await expect(page.locator("#page-search-suggestions option").first()).toHaveAttribute("value", /园区/, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  // the header's box has its own list
  await page.getByRole("search", { name: "全站搜索" }).getByRole("combobox").pressSequentially("开发", { delay: 30 });
  await expect(page.locator("#site-search-suggestions option").first()).toHaveAttribute("value", /.+/);
});

test("the character count follows typing, as the server counts", async ({ page }) => {
  await page.goto("/contribute");
  const count = page.getByTestId("body-count");
  await expect(count).toHaveText("当前 0 字");
  await page.getByLabel("正文").fill("　　开发区 招商\n𠮷");
  await expect(count).toHaveText("当前 6 字，还差 994 字");
  await expect(count).toHaveClass(/text-amber-700/);
  await page.getByLabel("正文").fill("园".repeat(1000));
  await expect(count).toHaveText("当前 1000 字，字数符合要求");
  await expect(count).toHaveClass(/text-green-700/);
});

test("an article's copy-link and print buttons work, and 大字模式 persists with JavaScript on", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const article = await firstHref(page, "/news", 'main section a[href^="/news/"]');
  await page.goto(article);
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制" })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${article}$`));
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole("button", { name: "打印" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.getByRole("link", { name: "大字模式" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "large");
  await page.goto("/zones");
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "large");
  await page.getByRole("link", { name: "标准字号" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "normal");
});
