import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { canNow, type Action } from "@/lib/auth/permissions";
import { sampleAdmin } from "../../prisma/seed/zones";
import { listAdminPages, listRouteHandlers, listServerActions, ROOT, sampleUrl } from "../fixtures/security/attack-surface";
import { sampleEditor, sampleReviewer, signIn } from "./admin-session";

// The HTTP half of the authorization matrix: every admin page, guarded route handler and server action
// found in the code (tests/fixtures/security/attack-surface.ts), called directly as the anonymous, with a
// forged cookie (gets past proxy.ts), as reviewer, editor and admin (without TOTP: dashboard and 账户
// only), and through the URL and header variants that bypassed Next.js middleware in 2025–2026.
// Figure: unexpected allows = 0.
type Role = "anonymous" | "forged" | "reviewer" | "editor" | "admin";
const FORGED = { cookie: "next-auth.session-token=forged.token.value" };
const BYPASS_HEADERS: Record<string, Record<string, string>> = {
  "x-middleware-subrequest (middleware)": { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  "x-middleware-subrequest (proxy)": { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  "x-middleware-subrequest (src)": { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  "RSC request": { RSC: "1" },
  "RSC prefetch": { RSC: "1", "Next-Router-Prefetch": "1" },
  "segment prefetch": { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
};
const URL_VARIANTS: Record<string, (url: string) => string> = {
  "trailing slash": (url) => `${url}/`,
  ".rsc suffix": (url) => `${url}.rsc`,
  "?_rsc=": (url) => `${url}${url.includes("?") ? "&" : "?"}_rsc=abc12`,
  "encoded a": (url) => url.replace(/^\/admin/, "/%61dmin"),
  "encoded slash": (url) => url.replace(/^\/admin\//, "/admin%2F"),
  "double slash": (url) => url.replace(/^\/admin\//, "/admin//"),
  "upper case": (url) => url.replace(/^\/admin/, "/ADMIN"),
  "dot segment": (url) => url.replace(/^\/admin/, "/x/../admin"),
};

const unexpected: string[] = [];
let checks = 0;

/**
 * A page or handler answer that shows what the caller may not see: 2xx, and not a redirect or 404 that
 * Next.js streams inside a 200 (its digests in the RSC payload). A server action counts as allowed when it
 * got past its permission check: `"ok":true`, or any typed failure other than UNAUTHORIZED/FORBIDDEN (a
 * BAD_REQUEST about the input, a NOT_FOUND for the matrix's made-up id …) — only the malformed-arguments
 * answer comes before the check. So an action that let the caller in but disliked the arguments is still
 * caught, and "unexpected allows = 0" does not depend on the arguments being right.
 */
const REFUSED_ACTION = /"code":"(UNAUTHORIZED|FORBIDDEN)"|"message":"请求参数不正确"/;

async function isAllowed(response: APIResponse, kind: "page" | "action" = "page"): Promise<boolean> {
  if (response.status() < 200 || response.status() >= 300) return false;
  const body = await response.text();
  if (kind === "page") return !/NEXT_REDIRECT;|NEXT_HTTP_ERROR_FALLBACK;/.test(body);
  return /"ok":true/.test(body) || (/"ok":false/.test(body) && !REFUSED_ACTION.test(body));
}

async function expectRefused(label: string, send: () => Promise<APIResponse>, kind: "page" | "action" = "page"): Promise<void> {
  checks++;
  const response = await send();
  if (await isAllowed(response, kind)) unexpected.push(`${label} → ${response.status()}`);
}

function mayReach(role: Role, permissions: string[]): boolean {
  if (role === "anonymous" || role === "forged") return false;
  return permissions.every((permission) => canNow({ role, hasTotp: false }, permission as Action));
}

const ACCOUNTS = { reviewer: sampleReviewer, editor: sampleEditor, admin: sampleAdmin } as const;

async function signedInRequest(browser: Browser, role: keyof typeof ACCOUNTS): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ACCOUNTS[role]);
  return context.request;
}

const pages = listAdminPages();
const handlers = listRouteHandlers().filter((handler) => handler.permissions.length > 0);

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test("every admin page and guarded route handler refuses whoever lacks its permission, by every role", async ({ browser, request }) => {
  const contexts: Record<Role, { request: APIRequestContext; headers: Record<string, string> }> = {
    anonymous: { request, headers: {} },
    forged: { request, headers: FORGED },
    reviewer: { request: await signedInRequest(browser, "reviewer"), headers: {} },
    editor: { request: await signedInRequest(browser, "editor"), headers: {} },
    admin: { request: await signedInRequest(browser, "admin"), headers: {} },
  };
  for (const [role, { request: client, headers }] of Object.entries(contexts) as [Role, (typeof contexts)[Role]][]) {
    for (const target of [...pages, ...handlers]) {
      if (mayReach(role, target.permissions)) continue;
      const url = sampleUrl(target.route);
      await expectRefused(`${role} ${target.name} ${url}`, () => client.get(url, { headers, maxRedirects: 0 }));
    }
  }
  // the positive control: the matrix can tell an allowed answer from a refusal (and the page is not cacheable)
  const allowed = await contexts.editor.request.get("/admin/articles", { maxRedirects: 0 });
  expect(await isAllowed(allowed)).toBe(true);
  expect(allowed.headers()["cache-control"]).toMatch(/no-store/);
  expect(unexpected).toEqual([]);
});

test("middleware-bypass headers and URL variants open no admin page or handler to the anonymous or a forged cookie", async ({ request }) => {
  for (const target of [...pages, ...handlers]) {
    const url = sampleUrl(target.route);
    for (const headers of [{}, FORGED]) {
      for (const [name, extra] of Object.entries(BYPASS_HEADERS)) {
        await expectRefused(`${name} ${url}`, () => request.get(url, { headers: { ...headers, ...extra }, maxRedirects: 0 }));
      }
      for (const [name, variant] of Object.entries(URL_VARIANTS)) {
        await expectRefused(`${name} ${variant(url)}`, () => request.get(variant(url), { headers, maxRedirects: 0 }));
      }
    }
  }
  expect(unexpected).toEqual([]);
});

type ManifestEntry = { workers?: Record<string, unknown>; exportedName?: string; filename?: string };
function actionIds(): { id: string; page: string; exportedName?: string; filename?: string }[] {
  const file = path.join(ROOT, ".next/server/server-reference-manifest.json");
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  return Object.entries(manifest.node ?? {}).flatMap(([id, entry]) => {
    const worker = Object.keys(entry.workers ?? {}).find((name) => name.startsWith("app/admin")) ?? Object.keys(entry.workers ?? {})[0];
    if (!worker) return [];
    const page = sampleUrl(worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/");
    return [{ id, page, exportedName: entry.exportedName, filename: entry.filename }];
  });
}

test("every guarded server action, called by its id, refuses the anonymous, a forged cookie, Origin: null and the reviewer", async ({ browser, request }) => {
  const ids = actionIds();
  expect(ids.length, "server-reference-manifest.json lists the actions").toBeGreaterThan(0);
  const publicNames = new Set(listServerActions().filter((action) => action.permissions.length === 0).map((action) => action.name));
  const reviewerOnly = new Set(listServerActions().filter((action) => action.permissions.every((p) => canNow({ role: "reviewer", hasTotp: false }, p as Action))).map((action) => action.name));
  const reviewer = await signedInRequest(browser, "reviewer");
  for (const action of ids) {
    if (action.exportedName && publicNames.has(action.exportedName)) continue;
    // the arguments (previousState, formData) of a form action
    const post = (client: APIRequestContext, headers: Record<string, string>) => callAction(client, action, actionBody({ _1_id: "security-matrix-id" }, '["$undefined","$K1"]'), headers);
    const label = `${action.exportedName ?? action.id} via ${action.page}`;
    await expectRefused(`anonymous ${label}`, () => post(request, {}), "action");
    await expectRefused(`forged ${label}`, () => post(request, FORGED), "action");
    await expectRefused(`Origin: null ${label}`, () => post(request, { ...FORGED, Origin: "null" }), "action");
    await expectRefused(`reviewer Origin: null ${label}`, () => post(reviewer, { Origin: "null" }), "action");
    if (!(action.exportedName && reviewerOnly.has(action.exportedName))) await expectRefused(`reviewer ${label}`, () => post(reviewer, {}), "action");
  }
  expect(unexpected).toEqual([]);
});

/**
 * The body of a server action call as React 19.3 encodes it: FormData arguments' fields as `_1_<name>` for
 * "$K1", then the root "0" (the server resolves "$K1" as soon as "0" arrives). A FormData keeps this order;
 * a plain object would not — integer-like keys such as "0" always come first.
 */
function actionBody(fields: Record<string, string>, root: string): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append("0", root);
  return body;
}

/** A server action called by its id. */
function callAction(client: APIRequestContext, action: { id: string; page: string }, multipart: FormData, headers: Record<string, string> = {}) {
  return client.post(action.page, { headers: { "Next-Action": action.id, Accept: "text/x-component", ...headers }, multipart, maxRedirects: 0 });
}

test("positive control: the action matrix sees an allowed call as allowed", async ({ browser, request }) => {
  // The editor's live preview (content.read_drafts): harmless, stores nothing, answers "ok":true when allowed.
  const preview = actionIds().find((action) => action.exportedName === "previewArticleAction");
  expect(preview, "previewArticleAction is in the manifest").toBeTruthy();
  if (!preview) return;
  const fields = () => actionBody({ _1_kind: "news", _1_title: "对照组", _1_body: "对照组正文：授权矩阵必须能看见一次允许的调用。" }, '["$K1"]');
  const editor = await signedInRequest(browser, "editor");
  const allowed = await callAction(editor, preview, fields());
  expect(await allowed.text(), "the editor's own action answers ok").toMatch(/"ok":true/);
  expect(await isAllowed(allowed, "action"), "the matrix counts it as allowed").toBe(true);
  expect(allowed.headers()["cache-control"]).toMatch(/no-store/);
  expect(await isAllowed(await callAction(request, preview, fields()), "action"), "the same call without a session is refused").toBe(false);
  // past the permission check but refused for its input: still counted as allowed (the matrix does not rely on right arguments)
  const badInput = await callAction(editor, preview, actionBody({ _1_title: "对照组" }, '["$K1"]'));
  expect(await badInput.text()).toMatch(/"code":"BAD_REQUEST"/);
  expect(await isAllowed(badInput, "action"), "a refusal of the input, after the permission check, counts as allowed").toBe(true);
});

test("every server action answers malformed arguments with a typed refusal, never a 5xx", async ({ browser, request }) => {
  const editor = await signedInRequest(browser, "editor");
  const crashes: string[] = [];
  const malformed: Record<string, string> = {
    "no arguments": "[]",
    "no form data": '["$undefined"]',
    "a string for the form data": '["$undefined","security-matrix"]',
    "an object for the form data": '["$undefined",{"id":"x"}]',
  };
  // signing out takes no arguments to check, and would end the editor's session for the calls after it
  for (const action of actionIds().filter((candidate) => !/^signOut/.test(candidate.exportedName ?? ""))) {
    for (const [name, root] of Object.entries(malformed)) {
      for (const [role, client] of [["anonymous", request], ["editor", editor]] as const) {
        const response = await callAction(client, action, actionBody({}, root));
        const body = await response.text();
        if (response.status() >= 500 || /"ok":true/.test(body)) crashes.push(`${role} ${action.exportedName ?? action.id} (${name}) → ${response.status()}`);
      }
    }
  }
  expect(crashes).toEqual([]);
});

test("public APIs reject unknown query parameters instead of ignoring them", async ({ request }) => {
  for (const url of ["/api/search?q=园区&filter[status]=draft", "/api/search?q=园区&status=draft", "/api/search/suggest?q=园&where=1", "/api/search?q=a&q=b"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(JSON.stringify(await response.json()), url).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signIn(page, sampleEditor);
  const session = (await page.context().cookies()).find((cookie) => /next-auth\.session-token/.test(cookie.name));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test.afterAll(() => {
  console.log(`security access matrix: ${checks} checks, unexpected allows ${unexpected.length}`);
});
