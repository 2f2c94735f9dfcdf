import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { sampleEditor, signIn } from "./admin-session";

// An editor's import journey with the formats editors receive: several files at once (a saved page, a
// PDF, a scan, a web archive), one result row each, a draft saved from the web archive keeping its
// 原文链接, which the public page then shows; and HTML pasted from a copied web page.
const formats = path.resolve(import.meta.dirname, "../fixtures/importer/formats");
const databaseUrl = process.env.E2E_DATABASE_URL;
const ARCHIVE_URL = "https://www.hefeng.example.cn/xwzx/2026/0520/kaigong.html";

test("an editor imports many files at once, sees one row per file, and the saved draft keeps its 原文链接", async ({ page }) => {
  await signIn(page, sampleEditor);
  await page.goto("/admin/import");
  await page.getByLabel("或上传文件").setInputFiles(["notice.html", "notice.pdf", "scan.pdf", "news.mhtml"].map((name) => path.join(formats, name)));
  await page.getByRole("button", { name: "解析预览" }).click();

  const table = page.getByRole("table", { name: "导入结果：4 个来源" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row", { name: /notice\.pdf 1 政策文件 禾丰经济技术开发区管理委员会关于开展2026年度技术改造项目申报工作的通知/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /scan\.pdf 未导入/ })).toContainText("是扫描件或图片 PDF");
  await expect(table.getByRole("row", { name: /news\.mhtml/ })).toContainText("正文中有 2 张图片未导入");

  const archive = page.getByRole("region", { name: /news\.mhtml/ });
  await expect(archive.getByLabel("原文链接")).toHaveValue(ARCHIVE_URL);
  await archive.getByRole("button", { name: "保存为草稿" }).click();
  await expect(archive.getByText("已保存为草稿")).toBeVisible();

  test.skip(!databaseUrl, "E2E_DATABASE_URL names the database to publish the draft in");
  // Publishing goes through review (tested in editor-workflow.spec.ts); here the draft is published directly.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(
    `UPDATE "Article" SET status = 'published', "publishedAt" = now() WHERE "sourceUrl" = $1 RETURNING slug`,
    [ARCHIVE_URL],
  );
  await client.end();
  expect(rows).toHaveLength(1);
  await page.goto(`/news/${encodeURIComponent(rows[0].slug)}`);
  await expect(page.getByRole("link", { name: ARCHIVE_URL })).toHaveAttribute("href", ARCHIVE_URL);
  await expect(page.getByText("原文链接：")).toBeVisible();
});

test("HTML pasted from a web page is read as a page", async ({ page }) => {
  await signIn(page, sampleEditor);
  await page.goto("/admin/import");
  const box = page.getByLabel("粘贴文本");
  const text = "禾丰经开区召开季度项目调度会\n5月6日，禾丰经济技术开发区召开季度项目调度会，部署二季度重点工作。";
  await box.fill(text);
  await expect(page.getByText("已保留粘贴内容的网页格式")).toHaveCount(0);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "禾丰经开区召开季度项目调度会");
    data.setData("text/html", "<h2>禾丰经开区召开季度项目调度会</h2><p>5月6日，禾丰经济技术开发区召开季度项目调度会，部署二季度重点工作。</p><p>会议要求加快在建项目进度。</p>");
    document.querySelector("textarea[name=text]")?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByText("已保留粘贴内容的网页格式")).toBeVisible();
  await page.getByRole("button", { name: "解析预览" }).click();
  const pasted = page.getByRole("region", { name: /粘贴网页/ });
  await expect(pasted.getByLabel("正文")).toHaveValue(/会议要求加快在建项目进度。/);
});
