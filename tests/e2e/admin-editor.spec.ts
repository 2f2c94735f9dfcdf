import { expect, test } from "@playwright/test";
import { fillSignIn, sampleEditor, signIn } from "./admin-session";

test("the sample editor signs in, sees the dashboard and only the sections an editor may open", async ({ page }) => {
  await fillSignIn(page, sampleEditor.email, "not-the-password-at-all");
  await expect(page.getByRole("status")).toContainText("邮箱、密码或动态口令不正确");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, sampleEditor);
  await expect(page.getByText("待审核稿件")).toBeVisible();
  await expect(page.getByRole("region", { name: /阅读最多/ })).toBeVisible();
  await expect(page.getByText(sampleEditor.name).first()).toBeVisible();
  const nav = page.getByRole("navigation", { name: "管理导航" });
  for (const label of ["仪表盘", "文章", "工作简报", "开发区", "导入", "媒体库", "投稿", "招商咨询", "导出", "账户"]) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
  for (const label of ["用户", "审计日志"]) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);

  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("an editor edits a zone's indicator table, and a bad row is reported by its number", async ({ page }) => {
  await signIn(page, sampleEditor);
  await page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "开发区" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "开发区" })).toBeVisible();
  await page.getByRole("table", { name: "开发区列表" }).getByRole("rowheader").nth(1).getByRole("link").click();

  const form = page.getByRole("form", { name: "经济指标" });
  await expect(form.getByRole("button", { name: "保存指标" })).toBeVisible();
  const rows = form.getByRole("row");
  const before = await rows.count();
  await form.getByRole("button", { name: "+ 添加一行" }).click();
  await expect(rows).toHaveCount(before + 1);
  const n = before; // header row + (before - 1) data rows → the new row is number `before`
  const metric = `端到端测试指标${Date.now().toString(36)}`; // unique, so reruns on one database do not collide
  await form.getByLabel(`指标（第 ${n} 行）`).fill(metric);
  await form.getByLabel(`年份（第 ${n} 行）`).fill("2025");
  await form.getByLabel(`数值（第 ${n} 行）`).fill("12,5");
  await form.getByLabel(`单位（第 ${n} 行）`).fill("亿元");
  await form.getByLabel(`来源（第 ${n} 行）`).fill("端到端测试");
  await form.getByRole("button", { name: "保存指标" }).click();
  await expect(form.getByRole("status")).toContainText("请检查表格中标出的行");
  await expect(form.getByText(new RegExp(`第 ${n} 行：数值为数字`))).toBeVisible();

  await form.getByLabel(`数值（第 ${n} 行）`).fill("12.5");
  await form.getByRole("button", { name: "保存指标" }).click();
  await expect(form.getByRole("status")).toContainText("已保存");
  await page.reload();
  const saved = page.getByRole("form", { name: "经济指标" });
  const metricInputs = saved.getByRole("textbox", { name: /^指标（第 \d+ 行）$/ });
  const values = await metricInputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(values).toContain(metric);
});

test("an editor exports content as JSON and CSV through the guarded handlers", async ({ page }) => {
  await signIn(page, sampleEditor);
  const json = await page.request.get("/api/admin/export/zones?format=json&status=published");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const body = (await json.json()) as { type: string; count: number; items: Array<{ name: string; status: string }> };
  expect(body.type).toBe("zones");
  expect(body.count).toBeGreaterThan(0);
  expect(body.items.every((zone) => zone.status === "published")).toBe(true);

  const csv = await page.request.get("/api/admin/export/articles?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.startsWith("\uFEFFID,类型,状态,标题")).toBe(true);
  expect(text.split("\r\n").length).toBeGreaterThan(2);

  await page.goto("/admin/export");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "开发区 · CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^开发区-全部-\d{4}-\d{2}-\d{2}\.csv$/);
});

test("signing out ends the session and the sign-in page says so", async ({ page }) => {
  await signIn(page, sampleEditor);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed_out/);
  await expect(page.getByText("您已退出登录。")).toBeVisible();
  await page.goto("/admin/zones");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fzones/);
});
