import { pinyin } from "pinyin-pro";
import { toSimplified } from "@/lib/search/normalize";
import { POLICY_TITLE, REPORT_TITLE } from "./classify";
import { isDateLine } from "./dates";
import { parseMetaLine } from "./meta";
import type { ImportedDocument, ImportWarning } from "./schema";
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

/** 工 作 简 报 → 工作简报, 第一章 总 则 → 第一章 总则: single characters spaced apart are one word. */
const LETTER_SPACED = new RegExp(`(?<![${CJK}])[${CJK}](?: [${CJK}](?![${CJK}]))+`, "g");

export function collapseLetterSpacing(line: string): string {
  return line.replace(LETTER_SPACED, (run) => run.replace(/ /g, ""));
}

/**
 * Collapses spaces; joins letter-spaced characters; drops the spaces PDF copies put between Chinese and
 * numbers (2019 年) and around full-width punctuation.
 */
export function normaliseWhitespace(line: string): string {
  if (!line.includes(" ")) return line.trim();
  const collapsed = collapseLetterSpacing(line.replace(/ {2,}/g, " ").trim());
  // In a short line (a headline) a space between words and a number is the author's separator.
  const isRunningText = charLength(collapsed) > 40;
  return collapsed
    .replace(new RegExp(`([${CJK}])\\s+(?=[0-9A-Za-z])`, "g"), (whole, char: string) => (isRunningText ? char : whole))
    .replace(new RegExp(`([0-9])\\s+(?=[${CJK}])`, "g"), "$1")
    .replace(new RegExp(`\\s*([${FULL_WIDTH_PUNCTUATION}])\\s*`, "g"), (whole, mark: string) => (isRunningText ? mark : whole))
    .replace(/第\s+(?=[一二三四五六七八九十]+、)/g, "第")
    .trim();
}

/** Where a web page's own content ends: from such a line on come navigation, comments and forms. */
const FOOTER_START = [
  /^上一篇(?:[:：].*)?$/,
  /^下一篇(?:[:：].*)?$/,
  /^(?:相关推荐|相关阅读|相关文章|相关新闻|相关链接|猜你喜欢|新闻推荐|推荐阅读|【推荐阅读】|评论列表|热门评论|最新评论|网友评论|友情链接)[:：]?$/,
  /^(?:你\s*)?发表评论[:：]?$/,
  /^共\s*\d+\s*页/,
  /^有想补充的信息/,
  /点我投稿$/,
  /^(?:投稿须知|投稿提示)$/,
];

/** Page furniture that can also stand between paragraphs: a word list for what structure cannot tell. */
const CHROME_LINE = [
  /^(?:招商热线|投资咨询热线|咨询热线|服务热线|招商中心|联系电话|留言板电话|举报电话|客服电话|投诉电话)[:：]?\s*[\d\s()（）-]*$/,
  /^(?:跳到|跳转到|跳至|直达)(?:主要)?(?:内容|正文)(?:区块|区)?$/,
  /^[\d()（）-]{7,}$/,
  /^•\s*[^。，,；]{1,10}$/,
  /图片来源[:：]/,
  /^[[【]?(?:返回顶部|返回首页|返回列表|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|顶部|收藏|朗读|听全文|纠错)[\]】]?(?:\s*[[【]?(?:返回顶部|打印本页|打印|关闭窗口|关闭|顶部|收藏)[\]】]?)*$/,
  /^关闭】【顶部$/,
  /^(?:分享到?|分享至)(?:[:：].*)?$/,
  /^[【[]?(?:字号|字体)[:：]/,
  /^[\w-]+\.(?:png|jpe?g|gif|webp|bmp)$/i,
  /^(?:用户登录|登录|注册|退出登录|[×✕])$/,
  /^(?:免责声明|版权声明|特别声明)[:：]/,
  /^[(（]?(?:责任编辑|编审)[:：]\s*[^。，,]{1,12}[)）]?$/,
  /^(?:暂无评论|还没有评论|登录后参与讨论|登录\s*评论一下).*/,
  /^(?:主动公开|依申请公开|不予公开|无障碍(?:浏览)?|关怀版|长者模式|简体版|繁体版|繁體版|English|RSS|rss|Network|基本信息)$/,
  /^(?:无障碍|关怀版|返回首页|网站地图|English)(?:\s*[|｜]\s*\S{1,6})+$/,
  /^扫一扫在手机(?:上)?打开当前页$/,
  /^(?:下载本文档|下载地址[:：].*|点击此处下载|正文复制|全文复制|\[?-?\s*\]?)$/,
  /^(?:快捷搜索|热门搜索|热搜)[:：]/,
  /^(?:导读|導讀|導語|导语)[:：]/,
  /^(?:当前位置|您的位置|你的位置|您的当前位置|您现在的位置|当前的位置)[:：]/,
  /^(?:您好[,，]?\s*)?欢迎(?:您)?(?:访问|来到|光临|阅览|浏览|进入|登录)[^。，,]{0,24}$/,
  /欢迎您[!！]?$/,
  /^(?:当前版|版面导航|上一版|下一版|上一期|下一期|往期回顾)(?:[:：].*)?$/,
  /(?:请点击|点击(?:进入|查看|这里|此处))[:：]?$/,
  /隐私(?:声明|政策|权)/,
  /(?:官方微信|微信号|公众号|扫码关注|关注我们)/,
  /(?:\bAPP\b|\bApp\b)\s*(?:Icon|下载)?|^下载(?:APP|客户端)?$/,
  /^(?:文字级数|字体大小|字体)[:：]/,
  /** 2025年 05月 13日 星期二 合作提案: the site's today and its menu */
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天](?:\s+\S{2,6})*$/,
  /^(?:copyright|©)/i,
  /(?:版权所有|All Rights Reserved|ICP备|网站标识码|公网安备)/i,
  /^(?:关于我们|联系我们|网站声明|隐私声明|网站地图)(?:\s*[|｜]\s*\S{1,8})*$/,
  /^(?:注意[:：])?本站(?:部分)?(?:文字内容|内容|文章)/,
  /(?:如有(?:版权|侵权)问题|如侵权请联系|不代表本站观点)/,
  /^\(?原创文章[,，]禁止转载\)?$/,
  /^原标题[:：]?$/,
  /^(?:Next Article|Previous Article|喜欢就按个赞吧!*|点击关闭提示|点击查看原文|阅读原文)$/,
  /^>>?\s*\S{1,8}$/,
  /(?:更多>>|更多»)$/,
  /^[|｜\-—·•]+$/,
  /** 11330700MB10327095/2024-00144, HHCR-2023-01005: an index number (索引号), not the 文号 */
  /^[0-9A-Z]{6,}\/\d{4}-\d{3,}$/,
  /^[A-Z]{2,8}-\d{4}-\d{3,}$/,
  /^(?:新闻投稿|投稿邮箱|投稿信箱)[:：]/,
  /^(?:Produced|Powered|Designed) By\b/i,
  /^(?:技术支持|主办单位|承办单位|网站维护)[:：]/,
  /^(?:编辑|责任编辑|审核|校对|编审)[:：]\s*$/,
  /^[?？]+$/,

  /^已(?:阅读|浏览)\s*\d+\s*页/,
  /** 关键词:高新区国家企业 — the site's tags run together (an author's keywords are separated) */
  /^(?:关键词|关键字|标签)[:：][^;；,，、\s]{1,20}$/,
];

/** Matched in simplified characters: 友情鏈接 is 友情链接. */
export function isFooterStart(line: string): boolean {
  const simple = toSimplified(line);
  return FOOTER_START.some((pattern) => pattern.test(simple));
}

export function isChromeLine(line: string): boolean {
  const simple = toSimplified(line);
  return CHROME_LINE.some((pattern) => pattern.test(simple));
}

/** 首页 > 政务公开 > 通知公告, 首页 -> 招商招标 -> 项目招商: a breadcrumb. */
const BREADCRUMB = /^(?:首页|主页|网站首页)?\s*(?:[>»＞]|->|→)?\s*\S{1,12}(?:\s*(?:[>»＞]|->|→)\s*\S{1,12}){1,6}\s*(?:[>»＞]|->|→)?$/;
/** 商品招商|项目招商|场所招商: a row of links. */
const LINK_ROW = /^\S{1,8}(?:\s*[|｜]\s*\S{1,8}){2,}\s*[|｜]?$/;

/** Your browser does not appear…, こちらのページは…, AENA Taiwan Station: a foreign-language banner or notice. */
function isForeignBanner(line: string): boolean {
  if (parseMetaLine(line)) return false; // http://site/  (2019-05-05 14:13:16): the page's date stamp
  return /[\u3040-\u30ff]/.test(line) || (!CJK_CHAR.test(line) && /[A-Za-z]{2,}/.test(line)) || /(?:\b[A-Z]{2,}\b\s*){3,}/.test(line);
}

/** Cells of a line a table row could be (项目名称 | 投资额（亿元） | 责任单位); 0 when it has no separator. */
function cellCount(line: string | undefined): number {
  return line && /[|｜]/.test(line) ? line.split(/\s*[|｜]\s*/).filter(Boolean).length : 0;
}

/**
 * A row of a table, not a row of links: a neighbour has as many cells. A web page's table (the
 * reader joins cells with " | ") often ends a notice, where menus are looked for; its rows are text.
 */
function isTableRow(lines: string[], index: number): boolean {
  const cells = cellCount(lines[index]);
  return cells >= 2 && (cellCount(lines[index - 1]) === cells || cellCount(lines[index + 1]) === cells);
}

/** 产业高地 科技新城 / 活力之区 幸福家园: a site's slogan couplet. */
const SLOGAN = new RegExp(`^[${CJK}]{4}\\s[${CJK}]{4}$`);

function isNavigationShaped(line: string): boolean {
  return (BREADCRUMB.test(line) && /[>»＞→]/.test(line) && !SENTENCE_END.test(line)) || (LINK_ROW.test(line) && !/\d{4}/.test(line) && !/[。，]/.test(line));
}

/** A line a heading, masthead or signature could be: these never count as navigation by their shape alone. */
const DOCUMENT_WORDS = /简报|簡報|专报|工作动态|报告|報告|通知|公告|通告|决定|意见|意見|办法|辦法|规定|規定|方案|条例|細則|细则|第.{1,4}[期章条]|[厅局委室府会院部署处]$/;

/** Two or more short unpunctuated lines in a row (频道简介 / 图片欣赏 / 精彩资讯) at the top or bottom of a page: a menu. */
function isMenuWord(line: string): boolean {
  return charLength(line) >= 2 && charLength(line) <= 6 && !/[\d。，,、；;：:！？!?“”"（）()]/.test(line) && !DOCUMENT_WORDS.test(line) && !isStructuralMarker(line);
}

/** Running text: a sentence, not a heading or a menu. */
function isRunningText(line: string): boolean {
  return charLength(line) >= 40 || (charLength(line) >= 12 && SENTENCE_END.test(line) && /[，,]/.test(line));
}

/**
 * Page chrome out, the author's text in: a footer block (上一篇, 相关推荐 …) ends the page — unless a lot
 * of running text follows it, then only that navigation block goes. Chrome lines go wherever they stand;
 * menus (runs of short words), breadcrumbs and link rows go from the top and the bottom of the page.
 */
export function stripPageChrome(paragraphs: string[]): string[] {
  const content = cutFooters(paragraphs);
  const isText = (line: string) => isRunningText(line) && !isChromeLine(line) && !isForeignBanner(line);
  const first = content.findIndex(isText);
  const last = content.findLastIndex(isText);
  const atEdge = (index: number) => first === -1 || index < first || index > last;
  return content
    .filter((line, index) => {
      if (isChromeLine(line) && !isDateLine(line)) return false;
      if (!atEdge(index)) return true;
      if ((isNavigationShaped(line) && !isTableRow(content, index)) || SLOGAN.test(line)) return false;
      // Only on a Chinese page: a page of English text keeps its English lines.
      if (first !== -1 && isForeignBanner(line)) return false;
      // 欢 / 迎 / 关 / 注: single characters set one per line
      if (charLength(line) === 1 && (charLength(content[index - 1] ?? "") === 1 || charLength(content[index + 1] ?? "") === 1)) return false;
      const isMenuNeighbour = (other: string | undefined) => other !== undefined && isMenuWord(other) && !isChromeLine(other);
      // 气温 / 降雨: — an empty label counts as a menu word when it stands among them
      const isMenuLike = isMenuWord(line) || (/^[^\s:：]{1,4}[:：]$/.test(line) && !/[们各位]/.test(line));
      const isMenu = isMenuLike && (isMenuNeighbour(content[index - 1]) || isMenuNeighbour(content[index + 1]));
      return !isMenu;
    })
    .map((line) => line.replace(/^•\s*/, "").replace(/[(（]本版图片由[^)）]*提供[)）]$/, "").replace(/[_＿\s]第\s*\d+\s*页$/, "").trim())
    .filter(Boolean);
}

/** Text after a footer start that outweighs this is the page's own, not a footer. */
const FOOTER_MAX_CHARS = 500;

function cutFooters(paragraphs: string[]): string[] {
  const footer = paragraphs.findIndex((line, index) => index > 0 && isFooterStart(line));
  if (footer === -1) return paragraphs;
  const head = paragraphs.slice(0, footer);
  const tail = paragraphs.slice(footer + 1);
  const runningTail = tail.filter(isRunningText).reduce((total, line) => total + charLength(line), 0);
  const headChars = head.reduce((total, line) => total + charLength(line), 0);
  if (runningTail < Math.max(FOOTER_MAX_CHARS, headChars)) return head;
  // 上一篇：… / 下一篇：… in the middle of a long page: drop the navigation block, keep what follows.
  let resume = 0;
  while (resume < tail.length && !isRunningText(tail[resume]) && charLength(tail[resume]) <= 40) resume += 1;
  return [...head, ...cutFooters(tail.slice(resume))];
}

/** A paragraph cut by a page break: long, with no sentence end, and followed by running text. */
function continuesOnNextParagraph(line: string, next: string | undefined, isFirst: boolean): next is string {
  if (next === undefined) return false;
  // A page's first line of headline length and without a clause in it is its headline, not half a paragraph.
  if (isFirst && charLength(line) <= 60 && !/[，,、；;]/.test(line)) return false;
  if (charLength(line) < 40 || SENTENCE_END.test(line) || /[\u4e00-\u9fff][.]$/.test(line) || BYLINE.test(line)) return false;
  // A long metadata line (来源:… 发布时间:… 浏览:392次) is never merged with the text after it.
  if (parseMetaLine(line) || parseMetaLine(next)) return false;
  // A long title (关于印发…的通知) ends where it ends.
  const simple = toSimplified(line);
  if (POLICY_TITLE.test(simple) || REPORT_TITLE.test(simple)) return false;
  if (isStructuralMarker(next) || isDateLine(next) || /^[<＜【•（(]/.test(next) || /^[送发抄][:：]/.test(next)) return false;
  return CJK_CHAR.test(next[0] ?? "") || /^[0-9A-Za-z“《]/.test(next);
}

/**
 * 关于促进我市开发区改革和 / 创新发展的实施方案: a document title set over two short lines, the first
 * ending on a joining word, the second on the kind of document it names. Short lines are never joined
 * by continuesOnNextParagraph (they could be headings of their own), so this shape is told apart.
 */
const SPLIT_HEADING_MAX = 24;
const HEADING_PUNCTUATION = /[。，,、；;：:！？!?]/;
function isSplitHeading(line: string, next: string | undefined): next is string {
  if (next === undefined || charLength(line) > SPLIT_HEADING_MAX || charLength(next) > SPLIT_HEADING_MAX) return false;
  if (HEADING_PUNCTUATION.test(line) || HEADING_PUNCTUATION.test(next) || isStructuralMarker(next) || isDateLine(next)) return false;
  return /[和与及的暨]$/.test(toSimplified(line)) && /(?:方案|办法|意见|规定|细则|通知|决定|条例|公告|通告|措施|规划|计划|报告|要点|指引|清单)$/.test(toSimplified(next));
}

/** □ 曾梅/文: a reporter's byline closes its paragraph. */
export const BYLINE = /\s*□\s*([^□/]{1,20})\/\s*文$/;

/** 召开工 / 作座谈会 → 召开工作座谈会. */
export function joinPageBreaks(paragraphs: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    let line = paragraphs[index];
    while (continuesOnNextParagraph(line, paragraphs[index + 1], joined.length === 0) || isSplitHeading(line, paragraphs[index + 1])) {
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

/** 四川省商务厅, 懷化市人民政府辦公室: the name of an office, as a signature gives it. */
export const ISSUER_ENDING = /(?:厅|局|委|委员会|办公室|办公厅|政府|部|院|署|管委会|协会|商会|学会|联合会|促进会|研究会|中心|处|室|专班|领导小组|指挥部)$/;

export function isIssuerShaped(line: string): boolean {
  return charLength(line) <= 30 && ISSUER_ENDING.test(toSimplified(line)) && !/[。，,；：:！？]/.test(line);
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
    // A document's own headings (its 目录 repeats them) and its signature (which repeats the issuer) stay.
    const isOwnLine = isStructuralMarker(line) || (isIssuerShaped(line) && isDateLine(paragraphs[index + 1] ?? ""));
    if (charLength(line) >= 6 && seen.has(line) && !isOwnLine) continue;
    if (isTeaserOf(line, paragraphs)) continue;
    seen.add(line);
    if (isShortLead) titles.push(line);
    kept.push(line);
  }
  return kept;
}

/** 各区(市)县政府(管委会… — a listing's excerpt of a paragraph the page also gives whole. */
function isTeaserOf(line: string, paragraphs: string[]): boolean {
  const stem = /^(.{8,}?)(?:…+|\.{3,})$/.exec(line)?.[1];
  return Boolean(stem) && paragraphs.some((other) => other !== line && other.includes(stem!));
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
  // A page that sets every paragraph apart by blank lines says nothing with them: no captions to find.
  const gaps = lines.map((line, index) => (line.trim() && index > 0 ? blankRunBefore(index) : -1)).filter((gap) => gap >= 0);
  if (gaps.filter((gap) => gap >= 2).length * 2 > gaps.length) return text;
  let previousWasCaption = false;
  const kept = lines.filter((line, index) => {
    if (!line.trim()) return true;
    const isCaption =
      charLength(line.trim()) <= 30 &&
      !isDateLine(line.trim()) &&
      !isStructuralMarker(line.trim()) &&
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

/** More of a page's text than this removed (navigation, metadata, repeats, annotations) is reported … */
export const CHROME_WARNING_SHARE = 0.25;
/** … once it is more than a metadata line's worth of characters. */
export const CHROME_WARNING_MIN_CHARS = 50;

const visibleLength = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").length;

/** Never a silent loss: when much of the page did not reach the document, the editor is told how much. */
export function chromeRemovedWarning(raw: string, doc: Pick<ImportedDocument, "title" | "body" | "sections">): ImportWarning | null {
  const total = visibleLength(raw);
  const sections = (doc.sections ?? []).flatMap((section) => [section.title, ...section.items.flatMap((item) => [item.title, item.body])]);
  const kept = visibleLength([doc.title, doc.body ?? "", ...sections].join(""));
  const share = total ? 1 - kept / total : 0;
  if (share <= CHROME_WARNING_SHARE || total - kept < CHROME_WARNING_MIN_CHARS) return null;
  const percent = Math.round(share * 100);
  return {
    code: "chrome-removed",
    message: `导入时删去了原文约 ${percent}% 的文字（${total - kept} 字：页面导航、栏目、元数据、重复段落等），请对照原文核对正文是否完整`,
  };
}

/** The whole cleaning pipeline for one document's text. */
export function cleanParagraphs(raw: string): string[] {
  const text = removeOrphanCaptions(removePinyinAnnotations(normaliseText(raw)));
  const paragraphs = splitParagraphs(text)
    .map((line) => normaliseWhitespace(stripMarkdown(line)))
    .filter((line) => line && !/^(?:-{3,}|\*{3,}|_{3,})$/.test(line));
  return dedupeParagraphs(joinPageBreaks(stripPageChrome(paragraphs)));
}
