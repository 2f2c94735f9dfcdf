import { expect, test } from "@playwright/test";
import { sampleEditor, sampleReviewer, signIn } from "./admin-session";

// Access control, asked directly: admin URLs, route handlers and server actions, as the anonymous, with
// a forged cookie (which gets past proxy.ts) and as a reviewer. Every one must be refused by the page,
// handler or action itself.
const ADMIN_PAGES = ["/admin", "/admin/account", "/admin/users", "/admin/audit", "/admin/zones", "/admin/zones/new", "/admin/export", "/admin/articles", "/admin/bulletins", "/admin/import", "/admin/media", "/admin/contributions", "/admin/inquiries", "/admin/mail"];
const OWN_PAGES = ["/admin", "/admin/account", "/admin/users", "/admin/audit", "/admin/zones", "/admin/zones/new", "/admin/export"];
const HANDLERS = ["/api/admin/audit", "/api/admin/audit?action=login", "/api/admin/export/articles?format=json", "/api/admin/export/zones?format=csv", "/api/admin/export/bulletins", "/api/admin/inquiries/export"];
const FORGED = { cookie: "next-auth.session-token=forged.token.value" };

test("an anonymous visitor is sent to sign in from every admin page", async ({ request }) => {
  for (const path of ADMIN_PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/login(\?|$)/);
  }
});

test("a forged session cookie passes the proxy but every admin page refuses it itself", async ({ request }) => {
  for (const path of OWN_PAGES) {
    const response = await request.get(path, { headers: FORGED, maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/login/);
  }
  for (const path of ADMIN_PAGES) {
    const response = await request.get(path, { headers: FORGED, maxRedirects: 0 });
    expect(response.status(), path).not.toBe(200);
  }
});

test("route handlers answer 401 to the anonymous, forged cookie or not", async ({ request }) => {
  for (const path of HANDLERS) {
    for (const headers of [{}, FORGED]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(await response.text(), path).not.toContain("\uFEFF");
    }
  }
});

test("a reviewer cannot reach admin-only pages or handlers", async ({ page }) => {
  await signIn(page, sampleReviewer);
  const nav = page.getByRole("navigation", { name: "管理导航" });
  await expect(nav.getByRole("link", { name: "投稿" })).toBeVisible();
  for (const label of ["用户", "审计日志", "导出", "开发区", "导入"]) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);

  for (const path of ["/admin/users", "/admin/audit", "/admin/zones", "/admin/zones/new", "/admin/export"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
  for (const path of ["/api/admin/audit", "/api/admin/export/articles?format=json"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
  }
});

/** A zone editor form's fields exactly as a browser without JavaScript would post them (server action ids included). */
function scrapeZoneForm(html: string): Record<string, string> {
  const form = /<form[^>]*aria-label="基本信息"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[1])?.[1];
    if (!name || /type="(checkbox|radio|submit)"/.test(match[1])) continue;
    fields[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(match[1])?.[1] ?? "");
  }
  for (const match of form.matchAll(/<textarea[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[decode(match[1])] = decode(match[2]);
  for (const match of form.matchAll(/<select[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) fields[decode(match[1])] = decode(/<option[^>]*\bselected=""[^>]*\bvalue="([^"]*)"|<option[^>]*\bvalue="([^"]*)"[^>]*\bselected=""/.exec(match[2])?.slice(1).find(Boolean) ?? "");
  return fields;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test("a server action posted directly by the anonymous or a reviewer changes nothing; the editor's own post does", async ({ browser, playwright }) => {
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, sampleEditor);
  await editorPage.goto("/admin/zones?status=published");
  const zoneLink = editorPage.getByRole("table", { name: "开发区列表" }).getByRole("rowheader").first().getByRole("link");
  await zoneLink.click();
  await expect(editorPage.getByRole("heading", { level: 2, name: "基本信息" })).toBeVisible();
  const zoneUrl = new URL(editorPage.url()).pathname;
  const originalSummary = await editorPage.getByLabel("简介").inputValue();

  const html = await (await editorContext.request.get(zoneUrl)).text();
  const fields = scrapeZoneForm(html);
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
  expect(fields.zoneId).toBeTruthy();

  const attack = { ...fields, summary: "未经授权的修改" };
  const anonymous = await playwright.request.newContext({ baseURL: new URL(editorPage.url()).origin });
  const refusedByProxy = await anonymous.post(zoneUrl, { multipart: attack, maxRedirects: 0 });
  expect(refusedByProxy.status()).toBe(303);
  await anonymous.post(zoneUrl, { multipart: attack, headers: FORGED, maxRedirects: 0 });

  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, sampleReviewer);
  await reviewerContext.request.post(zoneUrl, { multipart: attack, maxRedirects: 0 });

  await editorPage.reload();
  await expect(editorPage.getByLabel("简介")).toHaveValue(originalSummary);

  // The same post with the editor's session goes through: the refusals above are the guards at work.
  const own = await editorContext.request.post(zoneUrl, { multipart: { ...fields, summary: `${originalSummary}（已核对）` }, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
  await editorPage.reload();
  await expect(editorPage.getByLabel("简介")).toHaveValue(`${originalSummary}（已核对）`);

  await anonymous.dispose();
  await reviewerContext.close();
  await editorContext.close();
});
