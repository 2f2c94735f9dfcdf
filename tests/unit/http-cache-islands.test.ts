import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorPage, isErrorShell, scriptSources, streamsBehindSuspense, stripAppRouterRuntime } from "@/lib/http-cache/islands";

// Fixtures are pages of the production build (next 16, Turbopack), with the flight data shortened.
const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/http-cache", name), "utf8");
const article = fixture("article-page.html");
const contribute = fixture("contribute-page.html");
const notFoundShell = fixture("not-found-shell.html");

const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>[\s\S]*?<\/script>/g)].map((match) => match[1]?.trim() ?? "");

describe("stripAppRouterRuntime on real build output", () => {
  it("leaves public/enhance.js as the only script of an article page, and JSON-LD as data", () => {
    expect(scriptSources(article).filter((src) => src.startsWith("/_next/")).length).toBeGreaterThan(5);
    const page = stripAppRouterRuntime(article);
    expect(scriptSources(page)).toEqual(["/enhance.js?v=NPGyvsIEQGAB"]);
    expect(inlineScripts(page)).toEqual(['type="application/ld+json"']);
    expect(page).not.toMatch(/__next_f|TURBOPACK|rel="preload" as="script"/);
  });

  it("keeps everything else: styles, metadata, the content, forms and their server-action fields", () => {
    const page = stripAppRouterRuntime(article);
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/3elsokn1_9hs8.css" data-precedence="next"/>');
    expect(page).toContain('<link rel="canonical"');
    expect(page).toContain('as="image"');
    expect(page).toMatch(/<title>[^<]+｜开发区资讯门户<\/title>/);
    expect(page).toContain('"@type":"NewsArticle"');
    const form = stripAppRouterRuntime(contribute);
    for (const field of ['name="$ACTION_REF_1"', 'name="$ACTION_KEY"', 'method="POST"', 'data-count-output="body-count"']) expect(form).toContain(field);
    // nothing but the removed tags changed
    const removed = [...contribute.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !form.includes(tag));
    expect(form.length + removed.reduce((sum, tag) => sum + tag.length, 0)).toBe(contribute.length);
  });

  it("is idempotent and leaves a page without the runtime alone", () => {
    const page = stripAppRouterRuntime(article);
    expect(stripAppRouterRuntime(page)).toBe(page);
    const plain = '<!DOCTYPE html><html><head><script type="module" src="https://example.cn/x.js"></script></head><body><p>&lt;script&gt;</p></body></html>';
    expect(stripAppRouterRuntime(plain)).toBe(plain);
  });

  it("removes every executable inline script, whatever its attributes, and module preloads of the build", () => {
    const html = `<head><link rel="modulepreload" href="/_next/static/chunks/a.js"><link rel="preload" href="/_next/static/media/font.woff2" as="font"></head><body><script type="text/javascript">$RC("B:0","S:0")</script><script nonce="x" async>1</script><script type="module">2</script><script type='application/json'>{"a":1}</script><SCRIPT>3</SCRIPT ></body>`;
    const page = stripAppRouterRuntime(html);
    expect(page).toBe(`<head><link rel="preload" href="/_next/static/media/font.woff2" as="font"></head><body><script type='application/json'>{"a":1}</script></body>`);
  });
});

describe("streamed pages", () => {
  it("tells a page whose content waits in a hidden Suspense segment from a complete one", () => {
    const streamed = `<main><!--$?--><template id="B:0"></template><p>加载中</p><!--/$--></main><div hidden id="S:0"><p>正文</p></div><script>$RC("B:0","S:0")</script>`;
    expect(streamsBehindSuspense(streamed)).toBe(true);
    expect(streamsBehindSuspense(article)).toBe(false);
    expect(streamsBehindSuspense(contribute)).toBe(false);
  });
});

describe("error shells", () => {
  it("recognises Next's empty error shell and nothing else", () => {
    expect(isErrorShell(notFoundShell)).toBe(true);
    expect(isErrorShell(article)).toBe(false);
    expect(stripAppRouterRuntime(notFoundShell)).not.toMatch(/<main|<h1/);
  });

  it("makes a self-contained Chinese page with a retry link for server errors only", () => {
    const server = errorPage(500, '/search?q="><script>x</script>&a=1');
    expect(server).toContain("<h1>页面出错了</h1>");
    expect(server).toContain('href="/search?q=&quot;>&lt;script>x&lt;/script>&amp;a=1"');
    expect(server).not.toMatch(/<script|<link/);
    expect(errorPage(503, "/")).toContain("服务暂时不可用");
    const missing = errorPage(404, "/x");
    expect(missing).toContain("页面不存在");
    expect(missing).not.toContain("重试");
  });
});
