import { expect, test, type Page } from "@playwright/test";
import { bodyText, runId, signIn } from "./forms-support";

async function fillContribution(page: Page, values: { title: string; body: string; email: string; phone: string }) {
  await page.getByLabel("标题").fill(values.title);
  await page.getByLabel("稿件类别").selectOption("招商方案");
  await page.getByLabel("正文").fill(values.body);
  await page.getByLabel("作者姓名").fill("陈思远");
  await page.getByLabel("来稿单位").fill("示例市投资促进服务中心");
  await page.getByLabel("电子邮箱").fill(values.email);
  await page.getByLabel("联系电话").fill(values.phone);
}

test("a submitter fixes errors, submits, tracks the piece, and sees the editor's decision", async ({ page }) => {
  const id = runId();
  const title = `产业链精准招商的实践与思考${id}`;
  const email = `submitter-${id}@example.com`;

  await page.goto("/contribute");
  await expect(page.getByRole("heading", { name: "投稿提示" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "投稿须知" })).toBeVisible();

  await fillContribution(page, { title, body: bodyText(900), email, phone: "12345" });
  await expect(page.getByTestId("body-count")).toHaveText("当前 900 字，还差 100 字");
  await page.getByRole("button", { name: "提交投稿" }).click();

  // Errors in Chinese, next to the fields and announced; nothing typed is lost.
  await expect(page.getByRole("status").filter({ hasText: "提交未成功" })).toBeVisible();
  const phone = page.getByLabel("联系电话");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  const phoneError = page.locator(`#${(await phone.getAttribute("aria-describedby"))?.split(" ").pop()}`);
  await expect(phoneError).toContainText("请填写有效的手机号码");
  await expect(page.getByText("正文需 1000～2000 字，当前 900 字，还差 100 字")).toBeVisible();
  await expect(page.getByText("请确认原创声明")).toBeVisible();
  await expect(page.getByText("请阅读并同意《投稿须知》")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email);

  await page.getByLabel("正文").fill(bodyText(1200));
  await expect(page.getByTestId("body-count")).toHaveText("当前 1200 字，字数符合要求");
  await phone.fill("138 1234 5678");
  await page.getByLabel(/我声明/).check();
  await page.getByLabel(/我已阅读并同意《投稿须知》/).check();
  await page.getByRole("button", { name: "提交投稿" }).click();

  await expect(page).toHaveURL(/\/contribute\/received$/);
  await expect(page.getByRole("heading", { name: "投稿已收到" })).toBeVisible();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^TG-[2-9A-HJ-NP-Z]{10}$/);

  await page.getByRole("link", { name: "查询投稿进度" }).click();
  await page.getByLabel("查询码").fill(code.toLowerCase());
  await page.getByLabel("投稿时填写的电子邮箱").fill(email);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: `《${title}》：已收稿` })).toBeVisible();

  // The editor reads it in the queue, with the 24-hour clock, and accepts it into a draft.
  await signIn(page);
  await page.goto(`/admin/contributions?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText(/剩余 23小时|剩余 24小时/);
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByText("示例市投资促进服务中心").first()).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "采用并生成草稿" }).click();
  // Decided: the review forms give way to the draft it became.
  await expect(page.getByText("已转为资讯")).toBeVisible();
  await expect(page.getByText(`《${title}》（草稿）`)).toBeVisible();
  await expect(page.getByRole("link", { name: "在内容管理中编辑" })).toHaveAttribute("href", /^\/admin\/articles\/.+/);
  await expect(page.getByRole("button", { name: "采用并生成草稿" })).toHaveCount(0);

  await page.goto("/contribute/track");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("投稿时填写的电子邮箱").fill(email);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: `《${title}》：已采用` })).toBeVisible();

  // The receipt is in the mail outbox (no SMTP in this run), visible to editors.
  await page.goto(`/admin/mail?q=${encodeURIComponent(email)}`);
  await expect(page.getByText(`已收到您的投稿《${title}》`, { exact: true })).toBeVisible();
});

test("a returned piece shows its reason to the submitter", async ({ page }) => {
  const id = runId();
  const title = `园区招商政策解读${id}`;
  const email = `returned-${id}@example.com`;
  await page.goto("/contribute");
  await fillContribution(page, { title, body: bodyText(1500, "政策解读应当准确全面地说明适用范围和申报条件"), email, phone: "022-23456789" });
  await page.getByLabel(/我声明/).check();
  await page.getByLabel(/我已阅读并同意《投稿须知》/).check();
  await page.getByRole("button", { name: "提交投稿" }).click();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";

  await signIn(page);
  await page.goto(`/admin/contributions?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "标记为审阅中" }).click();
  await expect(page.getByRole("button", { name: "标记为审阅中" })).toHaveCount(0);
  await expect(page.getByText("审阅中", { exact: true }).first()).toBeVisible();
  await page.getByLabel("退回理由").fill("请补充政策出处和实施细则的文号。");
  await page.getByRole("button", { name: "退回" }).click();
  await expect(page.getByText("退回理由").first()).toBeVisible();
  await expect(page.getByText("请补充政策出处和实施细则的文号。")).toBeVisible();
  await expect(page.getByRole("button", { name: "退回" })).toHaveCount(0);

  await page.goto("/contribute/track");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("投稿时填写的电子邮箱").fill(email);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: `《${title}》：已退回` })).toBeVisible();
  await expect(page.getByText("请补充政策出处和实施细则的文号。")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still posts, shows the errors and keeps what was typed", async ({ page }) => {
    const id = runId();
    await page.goto("/contribute");
    await fillContribution(page, { title: `无脚本投稿测试${id}`, body: bodyText(500), email: `nojs-${id}@example.com`, phone: "13812345678" });
    await page.getByRole("button", { name: "提交投稿" }).click();
    await expect(page.getByText("正文需 1000～2000 字，当前 500 字，还差 500 字")).toBeVisible();
    await expect(page.getByLabel("标题")).toHaveValue(`无脚本投稿测试${id}`);
    await expect(page.getByLabel("联系电话")).toHaveValue("13812345678");
    await expect(page.getByLabel("稿件类别")).toHaveValue("招商方案");
  });
});
