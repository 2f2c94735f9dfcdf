import { expect, test } from "@playwright/test";

test("an investor browses from the home page to an article and a zone profile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "最新资讯" })).toBeVisible();
  const firstNews = page.getByRole("region", { name: "最新资讯" }).getByRole("listitem").first().getByRole("link");
  const title = (await firstNews.textContent())?.replace(/^【[^】]+】/, "").trim() ?? "";
  expect(title.length).toBeGreaterThan(4);
  await firstNews.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/发布时间：\d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();

  await page.goto("/");
  const zoneLink = page.getByRole("region", { name: "重点园区" }).getByRole("article").first().getByRole("link");
  const zoneName = (await zoneLink.textContent())?.trim() ?? "";
  await zoneLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zoneName);
  await expect(page.getByRole("link", { name: "招商咨询" }).last()).toHaveAttribute("href", /\/inquiry\?zone=/);
});

test("an unknown page answers 404 in Chinese", async ({ page }) => {
  const response = await page.goto("/news/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});
