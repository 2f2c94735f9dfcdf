import { expect, test } from "@playwright/test";
import { sampleEditor, signIn } from "./admin-session";

// Security headers on real responses of the production server, through the caching front (a second
// request is a cache hit and must carry the same headers), and the admin's nonce CSP in a browser.
const PUBLIC_URLS = ["/", "/search?q=园区", "/api/search?q=园区", "/api/health", "/login", "/robots.txt"];

test("every public response carries nosniff, Referrer-Policy, frame-ancestors and no inline-script allowance, on a miss and a hit", async ({ request }) => {
  for (const url of PUBLIC_URLS) {
    for (const attempt of ["first", "second"]) {
      const response = await request.get(url);
      const headers = response.headers();
      const label = `${attempt} ${url}`;
      expect(headers["x-content-type-options"], label).toBe("nosniff");
      expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], label).toBe("DENY");
      expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], label).toContain("object-src 'none'");
      expect(`${headers["content-security-policy"]} ${headers["content-security-policy-report-only"] ?? ""}`, label).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers["strict-transport-security"], label).toMatch(/max-age=\d{7,}/);
    }
  }
});

test("public pages enforce their script CSP: 'self' only, no report-only fallback, on a miss, a hit and a 404", async ({ request }) => {
  for (const url of ["/", "/news", "/search?q=园区", "/contribute", "/no-such-page"]) {
    for (const attempt of ["first", "second"]) {
      const response = await request.get(url);
      const label = `${attempt} ${url}`;
      const policy = response.headers()["content-security-policy"] ?? "";
      expect(policy, label).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy, label).toContain("default-src 'self'");
      expect(response.headers()["content-security-policy-report-only"], label).toBeUndefined();
      expect(await response.text(), label).not.toMatch(/<script(?![^>]*type="application\/ld\+json")(?![^>]*src="\/enhance\.js\?v=)[^>]*>/);
    }
  }
});

test("admin pages get a fresh nonce CSP that Next.js puts on its scripts, and the page still works", async ({ page }) => {
  const violations: string[] = [];
  await signIn(page, sampleEditor);
  // enforced violations only (the sign-in page, which keeps the runtime, logs report-only ones)
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()) && !/report-only/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.request.get("/admin/articles");
  const second = await page.request.get("/admin/articles");
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  await page.goto("/admin/articles");
  await expect(page.getByRole("navigation", { name: "管理导航" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the server in front refuses TRACE on any path, a cached public page included (no echo of the request)", async ({ request }) => {
  for (const url of ["/", "/news", "/api/health"]) {
    await request.get(url); // a public page is now a cache hit for GET; TRACE must never be answered from the cache
    const response = await request.fetch(url, { method: "TRACE", headers: { cookie: "secret=1" } });
    expect(response.status(), url).toBe(405);
    expect(await response.text(), url).not.toContain("secret=1");
  }
});
