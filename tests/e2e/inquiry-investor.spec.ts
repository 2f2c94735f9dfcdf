import { expect, test } from "@playwright/test";
import { sampleReviewer } from "../../prisma/seed/zones";
import { runId, signIn } from "./forms-support";

test("an investor goes from a zone page to an inquiry, adds a suggested zone, and the desk handles it", async ({ page }) => {
  const id = runId();
  const company = `示例新能源汽车零部件有限公司${id}`;
  const email = `investor-${id}@example.com`;

  await page.goto("/");
  const zoneLink = page.getByRole("region", { name: "重点园区" }).getByRole("article").first().getByRole("link");
  const zoneName = (await zoneLink.textContent())?.trim() ?? "";
  await zoneLink.click();
  // The zone's own 招商咨询 button (the header has a general one too).
  await page.getByRole("link", { name: "招商咨询" }).and(page.locator('a[href*="/inquiry?zone="]')).first().click();
  await expect(page).toHaveURL(/\/inquiry\?zone=/);
  await expect(page.getByText(`正在咨询：${zoneName}。`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: zoneName, exact: true })).toBeChecked();

  await page.getByLabel("咨询类别").selectOption({ label: "工业用地招商" });
  await page.getByLabel("企业名称").fill(company);
  await page.getByLabel("联系人").fill("赵经理");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("联系电话").fill("+86 139 1234 5678");
  await page.getByLabel("所属行业").fill("汽车零部件");
  await page.getByLabel("咨询内容").fill("计划新建汽车零部件生产基地，需要工业用地，请介绍土地价格和配套政策。");
  await page.getByLabel(/我同意/).check();
  await page.getByRole("button", { name: "提交咨询" }).click();

  // A land inquiry must say how much land.
  await expect(page.getByText("工业用地咨询请填写用地需求（亩）")).toBeVisible();
  await expect(page.getByLabel("企业名称")).toHaveValue(company);
  await expect(page.getByRole("checkbox", { name: zoneName, exact: true })).toBeChecked();
  await page.getByLabel("用地需求（亩）").fill("80");
  await page.getByRole("button", { name: "提交咨询" }).click();

  await expect(page).toHaveURL(/\/inquiry\/received$/);
  await expect(page.getByRole("heading", { name: "咨询已提交" })).toBeVisible();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^ZS-/);

  const suggestions = page.getByTestId("suggested-zone");
  const count = await suggestions.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  await expect(suggestions.first()).toContainText("推荐理由：主导产业");
  await expect(suggestions.filter({ hasText: zoneName })).toHaveCount(0);
  const suggestedName = (await suggestions.first().getByRole("link").textContent())?.trim() ?? "";
  await page.getByRole("form", { name: "添加推荐园区" }).getByRole("checkbox", { name: suggestedName, exact: true }).check();
  await page.getByRole("button", { name: "加入我的咨询" }).click();
  await expect(page.getByText("已加入您的咨询，招商专员会一并对接。")).toBeVisible();
  await expect(page.getByText(new RegExp(`意向园区：.*${suggestedName}`))).toBeVisible();

  await page.goto("/inquiry/track");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("咨询时填写的电子邮箱").fill(email);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: `${company}的咨询：已受理` })).toBeVisible();

  // The desk: inbox → contacted (first response stamped), an internal note, CSV export.
  await signIn(page);
  // Filtered by the company, so other specs' inquiries never push this one off the first page.
  await page.goto(`/admin/inquiries?q=${encodeURIComponent(company)}`);
  const row = page.getByRole("row").filter({ hasText: company });
  await expect(row).toContainText("新咨询");
  await expect(row).toContainText("已等待");
  await row.getByRole("link", { name: company }).click();
  await expect(page.getByText(`${zoneName}、${suggestedName}（推荐后添加）`)).toBeVisible();
  await page.getByLabel("状态改为").selectOption({ label: "已联系" });
  await page.getByRole("button", { name: "更新状态" }).click();
  await expect(page.getByRole("status").filter({ hasText: "状态已更新" })).toBeVisible();
  await expect(page.getByText(/后首次响应/)).toBeVisible();
  await page.getByLabel("新备注").fill("已电话联系，约定下周现场考察。");
  await page.getByRole("button", { name: "添加备注" }).click();
  await expect(page.getByText("已电话联系，约定下周现场考察。").first()).toBeVisible();

  const csv = await page.request.get(`/api/admin/inquiries/export?q=${encodeURIComponent(company)}&status=all`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.startsWith("\uFEFF查询码,")).toBe(true);
  expect(text).toContain(company);
  expect(text).toContain("已联系");

  await page.goto("/inquiry/track");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("咨询时填写的电子邮箱").fill(email);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: `${company}的咨询：已联系` })).toBeVisible();
});

test("the inbox, its export and the mail outbox refuse the wrong people", async ({ page }) => {
  const anonymous = await page.request.get("/api/admin/inquiries/export");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toContain("查询码");

  await signIn(page, sampleReviewer);
  expect((await page.request.get("/api/admin/inquiries/export")).status()).toBe(403);
  for (const path of ["/admin/inquiries", "/admin/mail"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const queue = await page.goto("/admin/contributions");
  expect(queue?.status()).toBe(200);
});
