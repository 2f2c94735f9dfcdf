import { expect, test } from "@playwright/test";
import { sampleEditor, sampleReviewer, signIn } from "./admin-session";

test("an editor imports a pasted catalogue excerpt: preview, apply, and the directory shows it with its source", async ({ page }) => {
  // unique per run, so reruns on one database create a new zone each time
  const name = `端测${Date.now().toString().slice(-7)}经济技术开发区`;
  const excerpt = ["国家级开发区", "江苏省", "经济技术开发区", "序号 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业", `1 | ${name} | 1992.05 | 1250 | 汽车、装备制造`].join("\n");
  await signIn(page, sampleEditor);
  await page.goto("/admin/zones");
  await page.getByRole("link", { name: "导入目录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入开发区目录" })).toBeVisible();

  const previewForm = page.getByRole("form", { name: "预览目录导入" });
  await previewForm.getByLabel("粘贴目录").fill(excerpt);
  await previewForm.getByLabel("数据来源（文件）").fill("端到端测试目录（示例）");
  await previewForm.getByRole("button", { name: "预览导入" }).click();
  const summary = page.getByRole("list", { name: "导入预览汇总" });
  await expect(summary).toContainText("新建 1");
  await expect(summary).toContainText("有疑问 0");
  await expect(page.getByRole("table").filter({ hasText: "新建（1）" }).getByRole("rowheader", { name })).toBeVisible();

  const applyForm = page.getByRole("form", { name: "确认导入目录" });
  await applyForm.getByRole("button", { name: "确认导入" }).click();
  await expect(applyForm.getByRole("status")).toContainText("已导入：新建 1（已发布）");

  // the same excerpt again: nothing to do
  await previewForm.getByRole("button", { name: "预览导入" }).click();
  await expect(summary).toContainText("不变 1");
  await expect(summary).toContainText("新建 0");
  await expect(page.getByRole("form", { name: "确认导入目录" }).getByRole("button", { name: "确认导入" })).toBeDisabled();

  // the public directory: filter by type and province, sort by area, open the profile
  await page.goto(`/zones?type=etdz&province=${encodeURIComponent("江苏省")}&sort=area`);
  await expect(page.getByRole("region", { name: "类型" }).getByRole("link", { name: /经济技术开发区/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: "按面积" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("figure")).toContainText("按省份分布");
  await page.getByRole("article").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const facts = page.getByRole("main").locator("dl").first();
  await expect(facts).toContainText("经济技术开发区");
  await expect(facts).toContainText("1992年5月");
  await expect(facts).toContainText("12.5 平方公里（1,250 公顷）");
  await expect(facts).toContainText("汽车、装备制造");
  await expect(page.getByRole("region", { name: "数据来源" })).toContainText("端到端测试目录（示例）");
});

test("a reviewer cannot open 导入目录", async ({ page }) => {
  await signIn(page, sampleReviewer);
  const response = await page.goto("/admin/zones/import");
  expect(response?.status()).toBe(404);
});
