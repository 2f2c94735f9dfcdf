import { expect, type Browser, type Page } from "@playwright/test";
import { sampleEditor, sampleReviewer } from "@/prisma/seed/zones";

/** The sample accounts the seed creates (development only); admins need a second factor, so journeys use these. */
export const ACCOUNTS = { editor: sampleEditor, reviewer: sampleReviewer } as const;

/** A fresh browser context signed in through the real login page. */
export async function signedInPage(browser: Browser, who: keyof typeof ACCOUNTS, landing = "/admin/articles"): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(landing)}`);
  await page.getByLabel("邮箱").fill(ACCOUNTS[who].email);
  await page.getByLabel("密码").fill(ACCOUNTS[who].password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`${landing.replace(/[/?]/g, "\\$&")}`));
  return page;
}

/** Beijing wall-clock time `seconds` from now, as an <input type=datetime-local step=1> value. */
export function beijingInputValue(secondsFromNow: number): string {
  return new Date(Date.now() + secondsFromNow * 1000 + 8 * 3600 * 1000).toISOString().slice(0, 19);
}

/** Writes a draft through the editor and returns its admin URL. */
export async function writeDraft(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByRole("textbox", { name: "标题", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "来源", exact: true }).fill("经开区管委会");
  await page.getByRole("textbox", { name: "正文" }).fill(body);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+\?created=1/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** The editor sends the open article to review (提交审核) and sees the action succeed. */
export async function submitForReview(editor: Page): Promise<void> {
  await editor.getByRole("button", { name: "提交审核" }).click();
  await expect(editor.getByText("操作成功")).toBeVisible();
}
