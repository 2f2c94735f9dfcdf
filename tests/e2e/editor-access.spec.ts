import { expect, test } from "@playwright/test";
import { signedInPage, submitForReview, writeDraft } from "./support/editor-session";

// A reviewer sees no publish button — and a publish posted by hand to the same server action is refused
// by the action itself, leaving the article unpublished.
test("a reviewer cannot publish, even by posting the action directly", async ({ browser }) => {
  const title = `审核员不能发布的稿件${Date.now() % 100000}`;
  const editor = await signedInPage(browser, "editor");
  const reviewer = await signedInPage(browser, "reviewer");
  const url = await writeDraft(editor, title, "正文一段。");
  await submitForReview(editor);

  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByText("操作成功")).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.getByRole("button", { name: "立即发布" })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: "定时发布" })).toHaveCount(0);

  // Forge the button the page did not render and press it: the server action decides, not the page.
  await reviewer.getByRole("form", { name: "审核与发布" }).evaluate((form) => {
    const forged = document.createElement("button");
    forged.type = "submit";
    forged.name = "intent";
    forged.value = "publish";
    forged.textContent = "伪造的发布";
    form.append(forged);
  });
  await reviewer.getByRole("button", { name: "伪造的发布" }).click();
  await expect(reviewer.getByText(/没有权限/)).toBeVisible();

  await reviewer.goto(url.replace(/\/admin\/articles\/.*/, "/admin/articles?status=published"));
  await expect(reviewer.getByRole("link", { name: title })).toHaveCount(0);
  // and the editor's page still offers publishing: nothing happened
  await editor.goto(url);
  await expect(editor.getByRole("heading", { name: /审核与发布 · 已通过审核/ })).toBeVisible();
});
