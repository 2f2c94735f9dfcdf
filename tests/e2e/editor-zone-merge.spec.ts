import { expect, test } from "@playwright/test";
import { sampleEditor, signIn } from "./admin-session";

test("a published zone merged into another keeps its address: old links lead to the zone it became", async ({ page, browser }) => {
  await signIn(page, sampleEditor);
  await page.goto("/admin/zones/new");
  const name = `端到端合并测试开发区${Date.now().toString(36)}`; // unique, so reruns on one database do not collide
  await page.getByLabel("全称").fill(name);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const basics = page.getByRole("form", { name: "基本信息" });
  await basics.getByLabel("状态").selectOption({ label: "已发布" });
  await basics.getByRole("button", { name: "保存基本信息" }).click();
  const publicLink = page.getByRole("link", { name: "查看公开页面" });
  await expect(publicLink).toBeVisible();
  const oldPath = (await publicLink.getAttribute("href")) ?? "";
  expect(oldPath).toMatch(/^\/zones\//);

  const into = page.getByLabel("并入");
  const target = (await into.locator("option:not([value=''])").filter({ hasNotText: "导入" }).first().textContent())?.trim() ?? "";
  await into.selectOption({ label: target });
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "合并", exact: true }).click();
  await expect(page).toHaveURL(/merged=1/);

  const visitor = await browser.newPage();
  const response = await visitor.goto(oldPath);
  expect(response?.status()).toBe(200);
  expect(new URL(visitor.url()).pathname).not.toBe(oldPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(target.replace(/（.*$/, ""));
  const redirect = await visitor.request.get(oldPath, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  await visitor.close();
});
