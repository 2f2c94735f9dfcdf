import { pinyin } from "pinyin-pro";
import { isDateLine } from "./dates";
import { CJK, CJK_CHAR, SENTENCE_END, charLength, isStructuralMarker } from "./text";

/**
 * Cleaning rules, each a pure function over text or paragraphs. `cleanParagraphs` runs them in order:
 * raw text in, one string per paragraph out, with the author's words and punctuation untouched.
 */

/** Line ends, odd spaces and invisible characters from Word, PDF and web copies. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u2002-\u200a\u3000\t]/g, " ")
    .replace(/\f/g, "\n");
}

const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const ANNOTATION = new RegExp(`([${CJK}]{1,8})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,30})[)）]`, "g");

/** 5月(yuè)27日(rì), 经开区(jīngkāiqū), 了(le): pinyin a scraper added after the characters it reads. */
export function removePinyinAnnotations(text: string): string {
  return text.replace(ANNOTATION, (whole, hanzi: string, annotation: string) =>
    isPinyinOf(hanzi, annotation) ? hanzi : whole,
  );
}

function isPinyinOf(hanzi: string, annotation: string): boolean {
  if (TONE_MARKS.test(annotation)) return true;
  // Toneless annotations (了(le), 的(de)) must read exactly as the characters before them.
  const chars = [...hanzi];
  for (let count = 1; count <= Math.min(4, chars.length); count += 1) {
    const tail = chars.slice(-count).join("");
    if (pinyin(tail, { toneType: "none", type: "array" }).join("") === annotation) return true;
    if (count === 1 && pinyin(tail, { toneType: "none", type: "array", multiple: true }).includes(annotation)) return true;
  }
  return false;
}

const FULL_WIDTH_PUNCTUATION = "，。、；：！？“”‘’（）《》【】〔〕";

/** Collapses spaces; drops the spaces PDF copies put between Chinese and numbers (2019 年) and around full-width punctuation. */
export function normaliseWhitespace(line: string): string {
  if (!line.includes(" ")) return line.trim();
  const collapsed = line.replace(/ {2,}/g, " ");
  // In a short line (a headline) a space between words and a number is the author's separator.
  const isRunningText = charLength(collapsed) > 40;
  return collapsed
    .replace(new RegExp(`([${CJK}])\\s+(?=[0-9A-Za-z])`, "g"), (whole, char: string) => (isRunningText ? char : whole))
    .replace(new RegExp(`([0-9])\\s+(?=[${CJK}])`, "g"), "$1")
    .replace(new RegExp(`\\s*([${FULL_WIDTH_PUNCTUATION}])\\s*`, "g"), (whole, mark: string) => (isRunningText ? mark : whole))
    .replace(/第\s+(?=[一二三四五六七八九十]+、)/g, "第")
    .trim();
}

/** Where a web page's own content ends: everything from such a line on is navigation, comments and forms. */
const FOOTER_START = [
  /^上一篇(?:[:：].*)?$/,
  /^下一篇(?:[:：].*)?$/,
  /^(?:相关推荐|相关阅读|相关文章|相关新闻|猜你喜欢|评论列表|热门评论|最新评论|网友评论)$/,
  /^(?:你\s*)?发表评论[:：]?$/,
  /^共\s*\d+\s*页/,
  /^有想补充的信息/,
  /点我投稿$/,
  /^(?:投稿须知|投稿提示)$/,
];

/** Page furniture that can also stand between paragraphs. */
const CHROME_LINE = [
  /^(?:招商热线|投资咨询热线|咨询热线|服务热线|招商中心|联系电话)[:：]?\s*[\d\s()（）-]*$/,
  /^[\d()（）-]{7,}$/,
  /^•\s*[^。，,；]{1,10}$/,
  /图片来源[:：]/,
  /^(?:返回顶部|返回列表|打印本页|关闭窗口|分享到[:：]?.*|【打印】|【关闭】|字号[:：].*)$/,
  /^(?:暂无评论|还没有评论|登录后参与讨论).*/,
];

export function isFooterStart(line: string): boolean {
  return FOOTER_START.some((pattern) => pattern.test(line));
}

export function stripPageChrome(paragraphs: string[]): string[] {
  const footer = paragraphs.findIndex((line, index) => index > 0 && isFooterStart(line));
  const content = footer === -1 ? paragraphs : paragraphs.slice(0, footer);
  return content
    .filter((line) => !CHROME_LINE.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/^•\s*/, "").replace(/[(（]本版图片由[^)）]*提供[)）]$/, "").trim())
    .filter(Boolean);
}

/** A paragraph cut by a page break: long, with no sentence end, and followed by running text. */
function continuesOnNextParagraph(line: string, next: string | undefined): next is string {
  if (next === undefined) return false;
  if (charLength(line) < 40 || SENTENCE_END.test(line) || BYLINE.test(line)) return false;
  if (isStructuralMarker(next) || isDateLine(next) || /^[<＜【•（(]/.test(next) || /^[送发抄][:：]/.test(next)) return false;
  return CJK_CHAR.test(next[0] ?? "") || /^[0-9A-Za-z“《]/.test(next);
}

/** □ 曾梅/文: a reporter's byline closes its paragraph. */
export const BYLINE = /\s*□\s*([^□/]{1,20})\/\s*文$/;

/** 召开工 / 作座谈会 → 召开工作座谈会. */
export function joinPageBreaks(paragraphs: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    let line = paragraphs[index];
    while (continuesOnNextParagraph(line, paragraphs[index + 1])) {
      index += 1;
      line = joinText(line, paragraphs[index]);
    }
    joined.push(line);
  }
  return joined;
}

function joinText(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

/**
 * Scraped pages repeat the title two or three times and the whole text twice; the last copy of the
 * title is often glued to the first paragraph. Keeps the first occurrence of every paragraph.
 */
export function dedupeParagraphs(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const titles: string[] = [];
  const kept: string[] = [];
  for (const [index, original] of paragraphs.entries()) {
    let line = original;
    for (const title of titles) {
      if (line.length > title.length + 10 && line.startsWith(title)) line = line.slice(title.length).trim();
    }
    const isShortLead = index < 10 && charLength(line) >= 8 && charLength(line) <= 80 && !SENTENCE_END.test(line);
    if (charLength(line) >= 6 && seen.has(line)) continue;
    seen.add(line);
    if (isShortLead) titles.push(line);
    kept.push(line);
  }
  return kept;
}

export function splitParagraphs(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Captions of pictures that did not come along: short lines set apart by two or more blank lines
 * (headings and paragraphs are separated by single blank lines). The last caption of a row may be
 * followed by a single blank line.
 */
export function removeOrphanCaptions(text: string): string {
  const lines = text.split("\n");
  const blankRunBefore = (index: number) => {
    let count = 0;
    while (index - count - 1 >= 0 && !lines[index - count - 1].trim()) count += 1;
    return index - count === 0 ? -1 : count;
  };
  const blankRunAfter = (index: number) => {
    let count = 0;
    while (index + count + 1 < lines.length && !lines[index + count + 1].trim()) count += 1;
    return count;
  };
  let previousWasCaption = false;
  const kept = lines.filter((line, index) => {
    if (!line.trim()) return true;
    const isCaption =
      charLength(line.trim()) <= 30 &&
      !SENTENCE_END.test(line.trim()) &&
      blankRunBefore(index) >= 2 &&
      (blankRunAfter(index) >= 2 || previousWasCaption);
    previousWasCaption = isCaption;
    return !isCaption;
  });
  return kept.join("\n");
}

/** Markdown marks from a .md file or a chat copy: # headings, **bold**, list and quote markers. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/^>\s?/, "")
    .replace(/^[-*+]\s+(?=\S)/, "")
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_whole, bold?: string, underscored?: string) => bold ?? underscored ?? "");
}

/** The whole cleaning pipeline for one document's text. */
export function cleanParagraphs(raw: string): string[] {
  const text = removeOrphanCaptions(removePinyinAnnotations(normaliseText(raw)));
  const paragraphs = splitParagraphs(text)
    .map((line) => normaliseWhitespace(stripMarkdown(line)))
    .filter((line) => line && !/^(?:-{3,}|\*{3,}|_{3,})$/.test(line));
  return dedupeParagraphs(joinPageBreaks(stripPageChrome(paragraphs)));
}
