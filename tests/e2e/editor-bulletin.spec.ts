import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/editor-session";

// An editor composes a new issue (numbers filled in automatically), writes one item, picks an existing
// article as another, reorders them from the keyboard-accessible buttons, checks the print preview and
// publishes the whole issue, which the public bulletin page then shows in that order.
test("an editor composes and publishes a bulletin", async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await signedInPage(browser, "editor", "/admin/bulletins");
  await editor.getByRole("link", { name: "新建一期" }).click();
  const issueNumber = await editor.getByLabel("期号（第N期）").inputValue();
  expect(Number(issueNumber)).toBeGreaterThan(0);
  await editor.getByLabel("编印单位").fill(`测试开发区办公室${Date.now() % 100000}`);
  await editor.getByLabel("期号（第N期）").fill("1");
  await editor.getByRole("button", { name: "创建这一期" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: /工作简报 第1期/ })).toBeVisible();

  await editor.getByLabel("新栏目名称").fill("本区动态");
  await editor.getByRole("button", { name: "新增栏目" }).click();
  await expect(editor.getByRole("heading", { name: "【本区动态】" })).toBeVisible();

  await editor.getByText("写一条").click();
  const write = editor.getByRole("form", { name: "写一条" });
  await write.getByLabel("标题").fill("园区召开一季度工作会议");
  await write.getByLabel("正文").fill("会议总结了一季度工作。");
  await write.getByLabel("来源").fill("管委会办公室");
  await write.getByRole("button", { name: "添加条目" }).click();
  await expect(editor.getByRole("listitem", { name: "园区召开一季度工作会议" })).toBeVisible();

  const picker = editor.getByLabel("选用已发布稿件");
  const firstArticle = (await picker.locator("option").nth(1).textContent()) ?? "";
  await picker.selectOption({ index: 1 });
  await editor.getByRole("button", { name: "选用" }).click();
  await expect(editor.getByRole("listitem", { name: firstArticle })).toBeVisible();

  await editor.getByRole("button", { name: `上移“${firstArticle}”` }).click();
  await expect(editor.locator("li[draggable=true]").first()).toHaveAttribute("aria-label", firstArticle);

  await editor.getByRole("link", { name: "打印预览" }).click();
  await expect(editor.frameLocator("iframe[title=打印预览]").getByText("【本区动态】")).toBeVisible();
  await editor.goBack();

  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByRole("button", { name: "发布本期" }).click();
  await expect(editor.getByText("本期已发布，修改会直接显示在公开页面上。")).toBeVisible();
  const publicPath = await editor.getByRole("link", { name: "查看公开页面" }).getAttribute("href");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(publicPath ?? "/");
  await expect(visitor.getByText("园区召开一季度工作会议").first()).toBeVisible();
  const body = (await visitor.locator("main").textContent()) ?? "";
  expect(body.indexOf(firstArticle)).toBeLessThan(body.indexOf("园区召开一季度工作会议"));
});
