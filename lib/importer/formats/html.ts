import { Readability } from "@mozilla/readability";
import iconv from "iconv-lite";
import { parseHTML } from "linkedom";
import { parseDate } from "../dates";
import type { ImportHints, ImportWarning } from "../schema";
import { CELL_SEPARATOR } from "../structure";
import { detectTextEncoding } from "./charset";

/**
 * A saved or fetched web page → the text of its main content, plus what the page states about itself.
 * Metadata first (the meta tags of the national government website guidelines, og: tags, <title>),
 * then the main content through Readability, walked into one paragraph per block: headings, paragraphs,
 * list items, table rows, image captions. Images are reported, never fetched.
 */
export type ReadPage = { text: string; hints: ImportHints; warnings: ImportWarning[] };

type PageDocument = ReturnType<typeof parseHTML>["document"];
type PageElement = Element;

/** Bytes of an HTML page → its text: charset from the BOM, the HTTP header, <meta charset>, or a guess. */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): { html: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = bomCharset(bytes) ?? headerCharset(contentType) ?? metaCharset(buffer);
  const encoding = declared && iconv.encodingExists(declared) ? normalizeCharset(declared) : detectTextEncoding(bytes);
  const skip = encoding === "UTF-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : encoding.startsWith("UTF-16") ? 2 : 0;
  return { html: iconv.decode(buffer.subarray(skip), encoding), encoding };
}

export function readHtmlPage(page: string, options: { baseUrl?: string; isFragment?: boolean } = {}): ReadPage {
  // A fragment (HTML pasted from a selection) has no <body> for the parser to put it in.
  const html = /<(?:html|body)[\s>]/i.test(page) ? page : `<!DOCTYPE html><html><head></head><body>${page}</body></html>`;
  const { document } = parseHTML(html);
  const meta = metaTags(document);
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
  const pageUrl = options.baseUrl ?? httpUrl(savedFrom) ?? httpUrl(meta.get("og:url")) ?? httpUrl(canonicalUrl(document));
  const documentTitle = document.querySelector("title")?.textContent?.trim();
  const title = meta.get("articletitle") ?? meta.get("og:title") ?? (documentTitle ? stripSiteName(documentTitle) : undefined);
  const hints = compactHints({
    title,
    publishedAt: firstDate(meta.get("pubdate"), meta.get("publishdate"), meta.get("article:published_time"), meta.get("firstpublishedtime")),
    sourceDepartment: meta.get("contentsource") ?? meta.get("source"),
    author: meta.get("author"),
    column: meta.get("columnname"),
    siteName: meta.get("sitename") ?? meta.get("og:site_name"),
    keywords: meta.get("keywords")?.split(/[,，;；、\s]+/).map((word) => word.trim()).filter(Boolean),
    description: meta.get("description") ?? meta.get("og:description"),
    sourceUrl: pageUrl,
  });

  const warnings: ImportWarning[] = [];
  const content = mainContent(html, document, options.isFragment ? [] : warnings);
  const blocks: string[] = [];
  const images: string[] = [];
  collectBlocks(content, blocks, images);
  if (title && !startsWithTitle(blocks, title)) blocks.unshift(title);
  if (images.length) {
    const listed = images.slice(0, 5).map((src) => resolveUrl(src, pageUrl)).join("、");
    warnings.push({
      code: "images-not-fetched",
      message: `正文中有 ${images.length} 张图片未导入（${listed}${images.length > 5 ? " 等" : ""}），请通过媒体库上传后插入`,
    });
  }
  return { text: blocks.join("\n\n"), hints, warnings };
}

// ───────────── metadata ─────────────

function metaTags(document: PageDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll("meta")) {
    const name = (element.getAttribute("name") ?? element.getAttribute("property") ?? "").trim().toLowerCase();
    const content = element.getAttribute("content")?.replace(/\s+/g, " ").trim();
    if (name && content && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

function canonicalUrl(document: PageDocument): string | undefined {
  return document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
}

/** 关于…的通知_某某区人民政府 / 某某 - 某某网: the page title without the site name after it. */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s*(?:_|\s[-|–—]\s|\||｜)\s*/).filter(Boolean);
  return parts.length > 1 ? parts.reduce((longest, part) => (part.length > longest.length ? part : longest)) : title;
}

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const day = value ? parseDate(value) : null;
    if (day) return day;
  }
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined; // not a URL: the page simply does not say where it came from
  }
}

function resolveUrl(src: string, base: string | undefined): string {
  if (!base) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src; // an unparseable src is shown as written
  }
}

function compactHints(hints: ImportHints): ImportHints {
  return Object.fromEntries(
    Object.entries(hints).filter(([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)),
  ) as ImportHints;
}

// ───────────── main content ─────────────

const CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, select";

/**
 * Readability's article; the whole body without scripts and page chrome when it finds none. Readability
 * changes the document it reads: the metadata has been read from it before, and the fallback parses anew.
 */
function mainContent(html: string, document: PageDocument, warnings: ImportWarning[]): PageElement {
  const article = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
  if (article?.content) {
    const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
    // On a short page Readability keeps the whole body, navigation included.
    for (const element of content.body?.querySelectorAll(CHROME) ?? []) element.remove();
    if (content.body && (content.body.textContent ?? "").trim()) return content.body;
  }
  const body = parseHTML(html).document.body;
  for (const element of body.querySelectorAll(CHROME)) element.remove();
  warnings.push({ code: "html-no-article", message: "未能识别网页正文区域，已导入整页文字，请核对并删除导航等无关内容" });
  return body;
}

const BLOCK_TAGS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "CAPTION", "DT", "DD", "ADDRESS"]);

function collectBlocks(element: PageElement, blocks: string[], images: string[]) {
  for (const child of element.children) {
    const tag = child.tagName;
    if (tag === "SCRIPT" || tag === "STYLE") continue;
    for (const image of tag === "IMG" ? [child] : child.querySelectorAll("img")) {
      const src = image.getAttribute("src")?.trim();
      if (src && !src.startsWith("data:") && !images.includes(src)) images.push(src);
    }
    if (tag === "TABLE") {
      for (const row of child.querySelectorAll("tr")) {
        const cells = [...row.querySelectorAll("th, td")].map((cell) => inlineText(cell)).filter(Boolean);
        if (cells.length) blocks.push(cells.join(CELL_SEPARATOR));
      }
    } else if (BLOCK_TAGS.has(tag) && !hasBlockChild(child)) {
      for (const line of inlineText(child).split("\n")) if (line.trim()) blocks.push(line.trim());
    } else if (child.children.length === 0 || !hasBlockChild(child)) {
      const text = inlineText(child);
      if (text) blocks.push(text);
    } else {
      collectBlocks(child, blocks, images);
    }
  }
}

function hasBlockChild(element: PageElement): boolean {
  return [...element.children].some((child) => BLOCK_TAGS.has(child.tagName) || ["DIV", "TABLE", "UL", "OL", "SECTION", "ARTICLE", "FIGURE"].includes(child.tagName));
}

/** An element's text as a reader sees it: runs of spaces collapsed, <br> kept as a line break. */
function inlineText(element: PageElement): string {
  for (const br of element.querySelectorAll("br")) br.replaceWith("\n");
  return (element.textContent ?? "")
    .replace(/[ \t\r\f\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

function startsWithTitle(blocks: string[], title: string): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  return blocks.slice(0, 3).some((block) => squeeze(block) === squeeze(title));
}

// ───────────── charset ─────────────

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "UTF-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return null;
}

export function headerCharset(contentType: string | undefined): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312"> in the first 4 KB. */
function metaCharset(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 4096).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** GBK and GB2312 pages are decoded as GB18030, their superset (sites mislabel GB18030 text as GB2312). */
function normalizeCharset(charset: string): string {
  const name = charset.toLowerCase();
  if (["gbk", "gb2312", "gb_2312-80", "x-gbk", "gb18030", "cp936"].includes(name)) return "GB18030";
  if (name === "utf8" || name === "utf-8") return "UTF-8";
  if (name === "big5" || name === "big5-hkscs") return "Big5";
  return charset.toUpperCase();
}
