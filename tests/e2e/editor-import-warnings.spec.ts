import { expect, test } from "@playwright/test";
import { sampleEditor, signIn } from "./admin-session";

// Issue 17: a page copied whole from a zone site — menus, breadcrumb, no headline, no date — is imported
// without losing its text, and the editor sees beside the fields what the importer guessed.
test("an editor pastes a copied page and sees the importer's warnings beside the fields", async ({ page }) => {
  await signIn(page, sampleEditor);
  await page.goto("/admin/import");
  const lead = "6月2日上午，青禾高新区举行科技成果对接会，二十余家企业与高校现场签订合作协议，涉及新材料、智能制造等领域。";
  const copied = [
    "网站首页",
    "园区概况",
    "招商引资",
    "当前位置：首页 > 园区动态",
    lead,
    "对接会上，高新区发布了年度技术需求清单，并为首批入驻企业授牌。",
    "扫一扫在手机打开当前页",
    "版权所有：青禾高新技术产业开发区管理委员会",
  ].join("\n");
  await page.getByLabel("粘贴文本").fill(copied);
  await page.getByRole("button", { name: "解析预览" }).click();

  const warnings = page.getByRole("list", { name: "导入提示" });
  await expect(warnings).toBeVisible({ timeout: 60_000 });
  await expect(warnings.getByRole("listitem").filter({ hasText: "原文没有标题" })).toBeVisible();
  await expect(warnings.getByRole("listitem").filter({ hasText: "没有找到日期" })).toBeVisible();

  // the generated title says it is one; the lead paragraph is still the body's first paragraph; the chrome is gone
  await expect(page.getByLabel("标题")).toHaveValue(/…$/);
  const body = page.getByLabel("正文");
  await expect(body).toHaveValue(new RegExp(`^${lead}`));
  await expect(body).not.toHaveValue(/当前位置|版权所有|扫一扫/);
  await expect(page.getByLabel("日期")).toHaveValue("");

  await page.getByLabel("标题").fill(`青禾高新区举行科技成果对接会 ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByText(/已保存为草稿/)).toBeVisible();
});
