import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { fillSignIn } from "./admin-session";

// The administrator's journey: the first admin comes from `npm run user:create`, must enrol TOTP before
// anything else, creates an editor, disables them — and the editor's open session ends at once.
// It needs the e2e database's URL to run the command (PostgreSQL, as `npm test -- --e2e` sets it up).
const databaseUrl = process.env.E2E_DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, "../..");
const stamp = Date.now().toString(36);
const admin = { email: `e2e-admin-${stamp}@example.cn`, password: "端到端管理员 晨跑 7 公里" };
const editor = { name: `端到端编辑${stamp}`, email: `e2e-editor-${stamp}@example.cn`, password: "新编辑 的 初始密码 2026" };

test.skip(!databaseUrl?.startsWith("postgres"), "needs E2E_DATABASE_URL on PostgreSQL to create the first admin from the command line");

async function totpCode(seed: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret: seed, epoch: Math.floor(Date.now() / 1000) + offsetSeconds, period: 30 });
}

async function enrolTotp(page: Page): Promise<string> {
  const seed = ((await page.getByTestId("totp-seed").textContent()) ?? "").replace(/\s/g, "");
  expect(seed).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByRole("form", { name: "启用动态口令" }).getByRole("textbox", { name: "动态口令" }).fill(await totpCode(seed));
  await page.getByRole("button", { name: "启用动态口令" }).click();
  await expect(page.getByText("已启用。登录时需要输入验证器应用中的动态口令。")).toBeVisible();
  return seed;
}

test("the first admin enrols TOTP, creates an editor, and disabling the editor ends their session at once", async ({ browser, page }) => {
  test.setTimeout(90_000);
  execFileSync("npx", ["tsx", "--conditions", "react-server", "scripts/user-create.ts", "--email", admin.email, "--role", "admin", "--name", "端到端管理员", "--password-stdin"], {
    cwd: ROOT,
    input: `${admin.password}\n`,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["pipe", "pipe", "inherit"],
  });

  await fillSignIn(page, admin.email, admin.password);
  await expect(page.getByText("管理员须启用动态口令")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "管理导航" });
  await expect(nav.getByRole("link")).toHaveText(["仪表盘", "账户"]);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/account\?notice=totp_required/);
  expect((await page.request.get("/api/admin/audit")).status()).toBe(403);
  const seed = await enrolTotp(page);

  await page.goto("/admin/users");
  const create = page.getByRole("form", { name: "新建用户" });
  await create.getByLabel("姓名").fill(editor.name);
  await create.getByLabel("邮箱").fill(editor.email);
  await create.getByLabel("角色").selectOption("editor");
  await create.getByLabel("初始密码").fill("password1234");
  await create.getByRole("button", { name: "创建账号" }).click();
  await expect(create.getByText("这个密码太常见或太有规律")).toBeVisible();
  await create.getByLabel("初始密码").fill(editor.password);
  await create.getByRole("button", { name: "创建账号" }).click();
  await expect(create.getByRole("status")).toContainText("已创建账号");
  await page.reload();
  await expect(page.getByRole("table", { name: "用户列表" }).getByRole("link", { name: editor.name })).toBeVisible();

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await fillSignIn(editorPage, editor.email, editor.password);
  await expect(editorPage.getByRole("heading", { level: 1, name: "仪表盘" })).toBeVisible();

  await page.getByRole("table", { name: "用户列表" }).getByRole("link", { name: editor.name }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "停用账号" }).click();
  await expect(page.getByRole("form", { name: "账号状态" }).getByRole("status")).toContainText("账号已停用");

  await editorPage.goto("/admin/zones");
  await expect(editorPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fzones/);
  expect((await editorPage.request.get("/api/admin/export/zones")).status()).toBe(401);
  await fillSignIn(editorPage, editor.email, editor.password);
  await expect(editorPage.getByRole("status")).toContainText("邮箱、密码或动态口令不正确");
  await editorContext.close();

  await page.goto("/admin/audit?action=disable");
  await expect(page.getByRole("table", { name: "审计记录" }).getByRole("rowheader", { name: "停用账号" }).first()).toBeVisible();
  const csv = await page.request.get("/api/admin/audit?action=disable");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(editor.email);

  // Signing in again asks for the second factor after the password (the next step's code: the last one was used).
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed_out/);
  await fillSignIn(page, admin.email, admin.password);
  const code = page.getByRole("textbox", { name: "动态口令" });
  await expect(code).toBeFocused();
  await code.fill(await totpCode(seed, 30));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "仪表盘" })).toBeVisible();
  await expect(page.getByText("管理员须启用动态口令")).toHaveCount(0);
});
