import { blockText, isSafeHref } from "@/lib/content/blocks";
import type { ParsedMarkdown } from "@/lib/content/markdown";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

/**
 * Pre-publish checks, shown beside the editor while typing and run again by the publish and schedule
 * actions: an error blocks publishing, a warning only asks for a look. Pure functions of the form's
 * values and the parsed body, so the page, the action and the tests agree.
 */
export type CheckStatus = "pass" | "warning" | "error";

export type CheckResult = { id: CheckId; label: string; status: CheckStatus; message: string; details?: string[] };

export type CheckId = "source" | "publishedAt" | "docNumber" | "imageAlt" | "emptyHeadings" | "links" | "punctuation";

export type CheckInput = {
  kind: ArticleKind;
  title: string;
  summary?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
  publishAt?: Date | null;
  docNumber?: string | null;
  body: ParsedMarkdown;
};

/** 川商产业〔2020〕2号, 国发〔2019〕11号: 机关代字 + 〔年份〕 (六角括号) + 序号 + 号, no 第, no leading zeros. */
const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,20}〔(19|20)\d{2}〕[1-9]\d{0,3}号$/;

export function isValidDocNumber(value: string): boolean {
  return DOC_NUMBER.test(value.trim());
}

/** The usual slips — [] () 【】 ［］ （） around the year, a 第 before the number — put right, for the hint. */
export function suggestDocNumber(value: string): string {
  return value
    .trim()
    .replace(/[[(（【［]\s*((?:19|20)\d{2})\s*[\])）】］]/, "〔$1〕")
    .replace(/〕第0*/, "〕")
    .replace(/〕0+(?=\d)/, "〕");
}

const HAN = "\\u4e00-\\u9fff";
// Half-width punctuation touching a Chinese character: "开发区,项目" "签约." "(天津)".
const HALF_WIDTH_NEAR_HAN = new RegExp(`[${HAN}][,;:?!]|[,;:?!][${HAN}]|[${HAN}]\\.(?![\\d.])|\\([${HAN}]|[${HAN}]\\)`, "g");

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）" };

/** Places where Chinese text uses half-width punctuation, each as a short excerpt with the fix. */
export function findHalfWidthPunctuation(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(HALF_WIDTH_NEAR_HAN)) {
    const start = Math.max(0, match.index - 6);
    const excerpt = text.slice(start, match.index + match[0].length + 6).replace(/\s+/g, " ");
    const mark = [...match[0]].find((char) => char in FULL_WIDTH) ?? "";
    found.push(`“…${excerpt}…”：“${mark}”应为“${FULL_WIDTH[mark]}”`);
  }
  return found;
}

/** A link target that will work: a safe scheme, a parseable URL, a site path without spaces. */
export function isValidLink(href: string): boolean {
  const target = href.trim();
  if (!target || !isSafeHref(target)) return false;
  if (target.startsWith("/")) return !/[\s<>"]/.test(target);
  if (target.toLowerCase().startsWith("mailto:")) return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(target);
  try {
    const url = new URL(target);
    return Boolean(url.hostname.includes(".") || url.hostname === "localhost");
  } catch {
    return false; // not a URL at all: reported as an invalid link, which is the point of the check
  }
}

const pass = (id: CheckId, label: string, message: string): CheckResult => ({ id, label, status: "pass", message });

export function runPublishChecks(input: CheckInput): CheckResult[] {
  const results: CheckResult[] = [];
  const { blocks, links, emptyHeadings } = input.body;

  results.push(input.source?.trim() ? pass("source", "来源", `来源：${input.source.trim()}`) : { id: "source", label: "来源", status: "error", message: "请填写来源" });

  results.push(
    input.publishedAt || input.publishAt
      ? pass("publishedAt", "发布时间", "已填写发布时间")
      : { id: "publishedAt", label: "发布时间", status: "error", message: "请填写发布时间（或设置定时发布时间）" },
  );

  if (input.kind === "policy") {
    const docNumber = input.docNumber?.trim();
    if (!docNumber) results.push({ id: "docNumber", label: "文号", status: "warning", message: "政策文件未填写文号；如原文有文号请补上" });
    else if (isValidDocNumber(docNumber)) results.push(pass("docNumber", "文号", `文号：${docNumber}`));
    else {
      const suggestion = suggestDocNumber(docNumber);
      results.push({
        id: "docNumber",
        label: "文号",
        status: "error",
        message: `文号格式不正确：“${docNumber}”`,
        details: [isValidDocNumber(suggestion) ? `应为“${suggestion}”` : "格式如：川商产业〔2020〕2号（年份用六角括号〔〕，序号前不加“第”）"],
      });
    }
  }

  const imagesWithoutAlt = blocks.filter((block) => block.type === "image" && !block.alt.trim()).map((block) => (block.type === "image" ? block.src : ""));
  results.push(
    imagesWithoutAlt.length
      ? { id: "imageAlt", label: "图片说明", status: "error", message: `${imagesWithoutAlt.length} 张图片缺少替代文字`, details: imagesWithoutAlt }
      : pass("imageAlt", "图片说明", "所有图片都有替代文字"),
  );

  results.push(
    emptyHeadings
      ? { id: "emptyHeadings", label: "空标题", status: "error", message: `有 ${emptyHeadings} 个没有文字的小标题` }
      : pass("emptyHeadings", "空标题", "没有空的小标题"),
  );

  const badLinks = links.filter((link) => !isValidLink(link.href)).map((link) => `${link.text || "（无文字）"} → ${link.href || "（空链接）"}`);
  results.push(badLinks.length ? { id: "links", label: "链接", status: "error", message: `${badLinks.length} 个链接无效`, details: badLinks } : pass("links", "链接", "链接格式正确"));

  const texts = [input.title, input.summary ?? "", ...blocks.map(blockText)];
  const punctuation = texts.flatMap(findHalfWidthPunctuation);
  results.push(
    punctuation.length
      ? { id: "punctuation", label: "标点", status: "warning", message: `${punctuation.length} 处中文里用了半角标点`, details: punctuation.slice(0, 10) }
      : pass("punctuation", "标点", "中文使用全角标点"),
  );

  return results;
}

export function hasBlockingIssues(results: readonly CheckResult[]): boolean {
  return results.some((result) => result.status === "error");
}
