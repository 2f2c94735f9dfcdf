import { expect, test } from "@playwright/test";
import { beijingInputValue, signedInPage, submitForReview, writeDraft } from "./support/editor-session";

// An editor writes a draft → a reviewer returns it → the editor fixes it → the reviewer approves → the
// editor schedules it a few seconds ahead → the scheduler job (running in the server) puts it live → it
// is on the public page.
test("a draft goes through review and a schedule to the public site", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `经开区智能制造项目集中签约${Date.now() % 100000}`;
  const editor = await signedInPage(browser, "editor");
  const reviewer = await signedInPage(browser, "reviewer");

  const url = await writeDraft(editor, title, "## 签约情况\n\n本次签约项目12个。");
  await submitForReview(editor);

  await reviewer.goto(url);
  await expect(reviewer.getByRole("button", { name: "立即发布" })).toHaveCount(0);
  await reviewer.getByLabel("审核意见").fill("请补充总投资额");
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewer.getByText("操作成功")).toBeVisible();

  await editor.reload();
  await expect(editor.getByText("请补充总投资额")).toBeVisible();
  await editor.getByRole("textbox", { name: "正文" }).fill("## 签约情况\n\n本次签约项目12个，总投资300亿元。");
  await expect(editor.getByRole("region", { name: "预览" }).getByText("总投资300亿元")).toBeVisible();
  await editor.getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByText("已保存", { exact: true })).toBeVisible();
  await editor.reload();
  await submitForReview(editor);

  await reviewer.reload();
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByText("操作成功")).toBeVisible();

  await editor.reload();
  await expect(editor.getByRole("heading", { name: /审核与发布 · 已通过审核/ })).toBeVisible();
  await editor.getByLabel("定时发布时间").fill(beijingInputValue(20));
  await editor.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByText("操作成功")).toBeVisible();
  await expect(editor.getByRole("heading", { name: /审核与发布 · 已排期/ })).toBeVisible();

  // the scheduler runs every 15 s inside the server; allow it a few rounds
  await expect(async () => {
    await editor.reload();
    await expect(editor.getByRole("link", { name: "查看公开页面" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 120_000, intervals: [5000] });
  const publicPath = await editor.getByRole("link", { name: "查看公开页面" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/news\//);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(publicPath ?? "/");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("总投资300亿元")).toBeVisible();
  await expect(visitor.getByText("来源：经开区管委会")).toBeVisible();
});
