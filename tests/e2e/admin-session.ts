import { expect, type Page } from "@playwright/test";
import { sampleEditor, sampleReviewer, type SampleAccount } from "../../prisma/seed/zones";

/** Sign-in helpers for the admin journeys (the sample accounts are seeded into the e2e database). */
export { sampleEditor, sampleReviewer };

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Signs in through the form and waits for the dashboard. */
export async function signIn(page: Page, account: Pick<SampleAccount, "email" | "password">): Promise<void> {
  await fillSignIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "仪表盘" })).toBeVisible();
}
