/**
 * Public pages as server-rendered HTML with progressive enhancement, not a hydrated React app. The
 * caching front (lib/http-cache/front.ts) passes every public `text/html` response through here: the App
 * Router runtime goes (its chunks, their preloads, the inline flight data and bootstrap scripts), and
 * what the public client components did in the browser is done by public/enhance.js, which the public
 * layout references. Pure string functions, unit-tested against real build output
 * (tests/unit/http-cache-islands.test.ts).
 *
 * Why this is safe: public pages are server components that work without JavaScript (links are plain
 * anchors, forms post to server actions natively), and they never stream behind Suspense, so the HTML is
 * complete without React's inline `$RC` scripts (a page that does stream is left as it is:
 * streamsBehindSuspense). An `<html id="__next_error__">` page is Next's empty
 * error shell, which only the runtime could fill: the front replaces it (isErrorShell, errorPage).
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/** Types of `<script>` that a browser executes (an absent or empty type is JavaScript too). */
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module|text\/ecmascript|application\/ecmascript)$/i;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attributes);
  if (!match) return new RegExp(`(?:^|\\s)${name}(?:\\s|/|$)`, "i").test(attributes) ? "" : null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

function isRuntimeUrl(url: string): boolean {
  return url.startsWith("/_next/");
}

/**
 * Whether a `<script>` survives: data blocks (JSON-LD) and scripts loaded from anywhere but the Next.js
 * build output (public/enhance.js). Every inline executable script goes — Next's flight data
 * (`self.__next_f.push`), the Turbopack bootstrap, React's streaming helpers.
 */
function keepsScript(attributes: string): boolean {
  const type = (attribute(attributes, "type") ?? "").trim();
  if (!EXECUTABLE_TYPE.test(type)) return true;
  const src = attribute(attributes, "src");
  return src !== null && src !== "" && !isRuntimeUrl(src);
}

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">` of the build's chunks. */
function isRuntimePreload(tag: string): boolean {
  const rel = (attribute(tag.slice(5), "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attribute(tag.slice(5), "href") ?? "";
  if (!isRuntimeUrl(href)) return false;
  if (rel.includes("modulepreload")) return true;
  return rel.includes("preload") && (attribute(tag.slice(5), "as") ?? "").toLowerCase() === "script";
}

/** The page without the App Router runtime. Idempotent; leaves every other byte as it was. */
export function stripAppRouterRuntime(html: string): string {
  return html
    .replace(SCRIPT, (whole, attributes: string) => (keepsScript(attributes) ? whole : ""))
    .replace(LINK, (tag: string) => (isRuntimePreload(tag) ? "" : tag));
}

/**
 * Whether React streamed part of the page behind a Suspense boundary: the content then sits in a hidden
 * segment (`<div hidden id="S:0">`) that only React's inline `$RC` script moves into place. Such a page
 * keeps its runtime (the front leaves it alone), so nothing is lost if a public page ever streams;
 * tests/e2e/public-islands.spec.ts fails when one does.
 */
export function streamsBehindSuspense(html: string): boolean {
  return /<div hidden(?:="")? id="S:[^"]*"|<template id="B:[^"]*"/.test(html);
}

/** The `<script src>` URLs a page still loads. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const src = attribute(match[1] ?? "", "src");
    if (src) sources.push(src);
  }
  return sources;
}

/**
 * Next's error shell: what it sends when rendering failed before any boundary could catch it (a
 * `notFound()` in generateMetadata, a database error while rendering). Its body is empty; the runtime
 * would render the not-found or error page from the flight data.
 */
export function isErrorShell(html: string): boolean {
  return /^\s*(<!doctype html>)?\s*<html\b[^>]*\bid="__next_error__"/i.test(html);
}

const ERROR_TEXT: Record<"notFound" | "client" | "server" | "unavailable", { title: string; text: string }> = {
  notFound: { title: "页面不存在", text: "您访问的页面不存在或已被移除。" },
  client: { title: "无法显示此页面", text: "请求未能完成，请返回首页重新查找。" },
  server: { title: "页面出错了", text: "抱歉，页面暂时无法显示，请稍后再试。" },
  unavailable: { title: "服务暂时不可用", text: "系统正在恢复，请稍后刷新页面再试。" },
};

function errorTextFor(status: number) {
  if (status === 404 || status === 410) return ERROR_TEXT.notFound;
  if (status === 503) return ERROR_TEXT.unavailable;
  return status >= 500 ? ERROR_TEXT.server : ERROR_TEXT.client;
}

/**
 * A self-contained error page in Chinese (styles inline, no script, no request to the server), for an
 * error shell: it must show even when the database or the build's assets are what failed. 重试 is a
 * plain link to the same address.
 */
export function errorPage(status: number, retryPath: string): string {
  const { title, text } = errorTextFor(status);
  const retry = retryPath.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/><title>${title}｜开发区资讯门户</title><style>body{margin:0;font-family:system-ui,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#111827;background:#f3f4f6;line-height:1.75}main{max-width:36rem;margin:0 auto;padding:6rem 1rem;text-align:center}p.code{font-size:3.75rem;font-weight:700;color:#174c87;margin:0}h1{font-size:1.875rem;margin:1rem 0 0}a{display:inline-block;margin:1.5rem .5rem 0;padding:.5rem 1rem;border-radius:.25rem;border:1px solid #174c87;color:#174c87;text-decoration:none}a.primary{background:#174c87;color:#fff}</style></head><body><main id="main"><p class="code" aria-hidden="true">${status}</p><h1>${title}</h1><p>${text}</p><p><a class="primary" href="/">返回首页</a>${status >= 500 ? `<a href="${retry}">重试</a>` : ""}</p></main></body></html>`;
}
