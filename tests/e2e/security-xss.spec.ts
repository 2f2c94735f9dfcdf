import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { batchPayloads, DETECTOR_SCRIPT, xssPayloads, type XssPayload } from "../fixtures/security/xss-payloads";
import { sampleEditor, signIn } from "./admin-session";

// XSS: a corpus of ≥ 500 payloads (tests/fixtures/security/xss-payloads.ts) through the public forms
// (投稿 and 招商咨询, batched into few submissions) and the admin article editor, then every page that
// shows them — the public confirmation pages, the editors' queues and detail pages, the article editor
// with its preview, and the draft preview — opened in Chromium with a detector for script execution
// (window.__xss) and dialogs (alert/confirm). Figure: executed payloads = 0.
const payloads = xssPayloads();
const databaseUrl = process.env.E2E_DATABASE_URL;
const stamp = Date.now().toString(36);
const executed = new Set<string>();
let pagesOpened = 0;

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The hidden fields (server action ids) of a public form, as a browser without JavaScript posts them. */
async function hiddenFields(request: APIRequestContext, pagePath: string, label: string): Promise<Record<string, string>> {
  const html = await (await request.get(pagePath)).text();
  const form = new RegExp(`<form[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (name && /type="hidden"/.test(attributes)) fields[decodeEntities(name)] = decodeEntities(/\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? "");
  }
  return fields;
}

/**
 * Pages are opened with the CSP switched off, so what is proven is that the output is escaped; the
 * CSP (no inline script on any page) is a second wall, checked by the control at the end.
 */
async function newUncheckedPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ bypassCSP: true })).newPage();
}

async function watch(page: Page): Promise<void> {
  await page.addInitScript(DETECTOR_SCRIPT);
  page.on("dialog", (dialog) => {
    executed.add(`dialog ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss();
  });
}

async function open(page: Page, url: string): Promise<void> {
  pagesOpened++;
  await page.goto(url);
  await page.waitForLoadState("load");
  // give onload/onerror/autofocus/animation payloads a moment, and hover the page once
  await page.mouse.move(200, 200);
  await page.waitForTimeout(300);
  const hits = await page.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits ?? []);
  for (const hit of hits) executed.add(`payload ${String(hit)} on ${url}`);
}

const short = (payload: XssPayload, max: number) => (payload.text.length <= max ? payload.text : `<img src=x onerror=__xss(${payload.id})>`);
// 1 060 characters: the body needs 1 000–2 000, which leaves ~900 for payloads per 投稿
const FILLER = "开发区招商引资与营商环境的观察与思考。".repeat(53);

test("no payload of the corpus runs on any page that shows what the public forms received", async ({ browser, request }) => {
  expect(payloads.length).toBeGreaterThanOrEqual(500);
  const contributionForm = await hiddenFields(request, "/contribute", "投稿表单");
  const inquiryForm = await hiddenFields(request, "/inquiry", "招商咨询表单");
  expect(Object.keys(contributionForm).some((name) => name.startsWith("$ACTION"))).toBe(true);

  const confirmations: string[] = [];
  const emails: string[] = [];
  let submission = 0;
  const post = async (pagePath: string, hidden: Record<string, string>, fields: Record<string, string>) => {
    submission++;
    const response = await request.post(pagePath, {
      multipart: { ...hidden, ...fields },
      headers: { "x-forwarded-for": `10.77.${submission >> 8}.${submission & 255}` },
      maxRedirects: 0,
    });
    expect(response.status(), `${pagePath} #${submission}: ${(await response.text()).slice(0, 200)}`).toBe(303);
    confirmations.push(response.headers().location ?? "");
    emails.push(fields.email ?? "");
  };

  // 投稿: the body holds ~900 characters of payloads each; title, name and unit carry one each.
  for (const [index, batch] of batchPayloads(payloads, 880).entries()) {
    await post("/contribute", contributionForm, {
      title: `XSS ${short(batch[0] as XssPayload, 50)}`,
      body: `${FILLER}\n\n${batch.map((payload) => payload.text).join("\n\n")}`,
      category: "招商资讯",
      authorName: short(batch[1] ?? (batch[0] as XssPayload), 40),
      organisation: short(batch[2] ?? (batch[0] as XssPayload), 80),
      email: `xss-c-${stamp}-${index}@example.cn`,
      phone: `1380013${String(index).padStart(4, "0")}`,
      isOriginal: "on",
      acceptTerms: "on",
      website: "",
    });
  }
  // 招商咨询: the message is at most 1000 characters, so more, smaller batches.
  for (const [index, batch] of batchPayloads(payloads, 900).entries()) {
    await post("/inquiry", inquiryForm, {
      category: "policy",
      company: `企业 ${short(batch[0] as XssPayload, 90)}`,
      contactName: short(batch[1] ?? (batch[0] as XssPayload), 40),
      email: `xss-i-${stamp}-${index}@example.cn`,
      phone: `1390013${String(index).padStart(4, "0")}`,
      industry: short(batch[2] ?? (batch[0] as XssPayload), 40),
      message: batch.map((payload) => payload.text).join("\n\n"),
      consent: "on",
      website: "",
    });
  }

  // What the submitter sees next
  const visitor = await newUncheckedPage(browser);
  await watch(visitor);
  for (const url of [...new Set(confirmations)]) await open(visitor, url);

  // What the editors see: the queues and every detail page with the payloads
  const editor = await newUncheckedPage(browser);
  await watch(editor);
  await signIn(editor, sampleEditor);
  for (const url of ["/admin", "/admin/contributions", "/admin/inquiries"]) await open(editor, url);
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const contributions = await client.query<{ id: string }>(`SELECT id FROM "Contribution" WHERE email = ANY($1)`, [emails]);
    const inquiries = await client.query<{ id: string }>(`SELECT id FROM "Inquiry" WHERE email = ANY($1)`, [emails]);
    await client.end();
    expect(contributions.rows.length + inquiries.rows.length).toBe(emails.length);
    for (const { id } of contributions.rows) await open(editor, `/admin/contributions/${id}`);
    for (const { id } of inquiries.rows) await open(editor, `/admin/inquiries/${id}`);
  }

  // The detector itself works: a payload written straight into one of our pages is caught.
  // And the second wall: with the page's own CSP in force, the same injected handler does not run.
  for (const [control, expected] of [
    [await newUncheckedPage(browser), [1]],
    [await browser.newPage(), []],
  ] as const) {
    await control.addInitScript(DETECTOR_SCRIPT);
    await control.goto("/");
    await control.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src=x onerror="__xss(1)">`));
    await control.waitForTimeout(500);
    expect(await control.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits)).toEqual(expected);
  }

  console.log(`XSS corpus: ${payloads.length} payloads in ${submission} submissions, ${pagesOpened} pages opened, executed payloads ${executed.size}`);
  expect([...executed]).toEqual([]);
});

test("no payload runs when the article editor saves it as Markdown, in the editor or the draft preview", async ({ browser }) => {
  const editor = await browser.newPage();
  await watch(editor);
  await signIn(editor, sampleEditor);
  const form = await hiddenFields(editor.request, "/admin/articles/new", "编辑稿件");
  expect(Object.keys(form).some((name) => name.startsWith("$ACTION"))).toBe(true);
  const articles: string[] = [];
  for (const [index, batch] of batchPayloads(payloads, 6000).entries()) {
    const response = await editor.request.post("/admin/articles/new", {
      multipart: {
        ...form,
        kind: "news",
        title: `XSS 稿件 ${index} ${short(batch[0] as XssPayload, 120)}`,
        body: batch.map((payload) => payload.text).join("\n\n"),
        summary: short(batch[1] ?? (batch[0] as XssPayload), 150),
        author: short(batch[2] ?? (batch[0] as XssPayload), 40),
        region: "测试",
      },
      maxRedirects: 0,
    });
    const location = response.headers().location ?? "";
    expect(location, `article #${index}: ${response.status()}`).toMatch(/\/admin\/articles\/[^/?]+\?created=1/);
    articles.push(/\/admin\/articles\/([^/?]+)/.exec(location)?.[1] ?? "");
  }
  for (const id of articles) {
    await open(editor, `/admin/articles/${id}`);
    await open(editor, `/api/preview?id=${id}`);
  }
  console.log(`XSS corpus through the article editor: ${articles.length} drafts, executed payloads ${executed.size}`);
  expect([...executed]).toEqual([]);
});

test("no payload runs when the importer parses it and shows the preview", async ({ browser }) => {
  const editor = await browser.newPage();
  await watch(editor);
  await signIn(editor, sampleEditor);
  let previews = 0;
  // The importer wants Chinese prose (it refuses text it cannot read as Chinese), so each payload sits in a sentence.
  const prose = "本段介绍开发区近期的招商政策、产业配套与营商环境改善情况，供投资者参考。";
  for (const batch of batchPayloads(payloads, 6000)) {
    await editor.goto("/admin/import");
    const paragraphs = batch.map((payload) => `${prose}${payload.text}${prose}`);
    await editor.getByLabel("粘贴文本").fill(`开发区招商动态 ${batch[0]?.text ?? ""}\n\n2024年5月6日\n\n${paragraphs.join("\n\n")}`);
    await editor.getByRole("button", { name: "解析预览" }).click();
    await expect(editor.getByRole("heading", { level: 3, name: "原文" }).first()).toBeVisible({ timeout: 60_000 });
    await editor.mouse.move(300, 300);
    await editor.waitForTimeout(500);
    const hits = await editor.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits ?? []);
    for (const hit of hits) executed.add(`payload ${String(hit)} in the import preview`);
    previews++;
  }
  console.log(`XSS corpus through the importer: ${previews} previews, executed payloads ${executed.size}`);
  expect([...executed]).toEqual([]);
});
